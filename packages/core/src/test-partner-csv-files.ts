/**
 * Spreadsheets as districts save them, written by the tests: the bytes each program puts in a
 * CSV file, so the import is tested against what a team really pastes or picks.
 */

/** The header the guidance's inventory template gives, in English. */
const ENGLISH_HEADER = [
  'Name of community partner',
  'Kind of partner',
  'Mission',
  'Outcome goals',
  'Community partner point of contact',
  'School community point of contact',
  'Schedule of supports',
  'Years of partnership',
  'SEL tier',
];

/** The same columns as a Spanish-speaking team names them. */
const SPANISH_HEADER = [
  'Nombre del socio comunitario',
  'Tipo de socio',
  'Misión',
  'Objetivos de resultados',
  'Contacto del socio',
  'Contacto de la escuela',
  'Horario',
  'Años',
  'Nivel SEL',
];

interface SheetRow {
  readonly name: string;
  readonly kind: string;
  readonly mission: string;
  readonly goals: readonly string[];
  readonly partnerContact: string;
  readonly schoolContact: string;
  readonly schedule: string;
  readonly years: string;
  readonly tier: string;
}

export const SHEET_ROWS: readonly SheetRow[] = [
  {
    name: 'YMCA Norte, "Lincoln"',
    kind: 'Out-of-school-time providers',
    mission: 'Desarrollo juvenil; deporte y juego',
    goals: ['Mejorar la asistencia', 'Autogestión'],
    partnerContact: 'Ana Ruiz',
    schoolContact: 'Lee Park',
    schedule: 'lun-jue 3:15-5:30 pm',
    years: '6',
    tier: '1',
  },
  {
    name: 'Clínica Niños Sanos',
    kind: 'health care',
    mission: 'Salud integral para familias, niñas y niños',
    goals: ['Atención en la escuela'],
    partnerContact: 'Dra. Begoña Núñez',
    schoolContact: 'José Müller',
    schedule: 'Miércoles',
    years: '2',
    tier: 'could-support',
  },
  {
    name: 'Café Ñandú',
    kind: 'local business',
    mission: '=HYPERLINK("http://evil.example","clic")',
    goals: [],
    partnerContact: '',
    schoolContact: '',
    schedule: '',
    years: '',
    tier: '',
  },
];

function quote(value: string, delimiter: string): string {
  return /["\r\n]/.test(value) || value.includes(delimiter) ? `"${value.replaceAll('"', '""')}"` : value;
}

function cells(row: SheetRow): string[] {
  return [
    row.name,
    row.kind,
    row.mission,
    row.goals.join('\n'),
    row.partnerContact,
    row.schoolContact,
    row.schedule,
    row.years,
    row.tier,
  ];
}

function sheet(header: readonly string[], rows: readonly string[][], delimiter: string, lineEnd: string): string {
  return (
    [header, ...rows].map((fields) => fields.map((f) => quote(f, delimiter)).join(delimiter)).join(lineEnd) + lineEnd
  );
}

/** Excel's "CSV UTF-8": a byte-order mark, commas, CRLF, quoted line breaks inside cells (LF). */
export function excelUtf8Csv(rows: readonly SheetRow[] = SHEET_ROWS): string {
  return '\uFEFF' + sheet(ENGLISH_HEADER, rows.map(cells), ',', '\r\n');
}

/** Excel set to Spanish: semicolons, CRLF, Spanish headers, a byte-order mark. */
export function spanishExcelCsv(rows: readonly SheetRow[] = SHEET_ROWS): string {
  return '\uFEFF' + sheet(SPANISH_HEADER, rows.map(cells), ';', '\r\n');
}

/** Google Sheets' download as CSV: commas, no byte-order mark, LF line ends. */
export function googleSheetsCsv(rows: readonly SheetRow[] = SHEET_ROWS): string {
  return sheet(ENGLISH_HEADER, rows.map(cells), ',', '\n');
}

/** A sheet of `count` partners, each with accents, a quoted line break and a comma. */
export function largeSheetCsv(count: number): string {
  const rows: SheetRow[] = [];
  for (let n = 1; n <= count; n++) {
    rows.push({
      name: `Socio ${n}, año ${2000 + (n % 25)}`,
      kind: n % 2 === 0 ? 'community-nonprofit' : 'health-care',
      mission: `Misión ${n}: apoyar el aprendizaje socioemocional`,
      goals: [`Meta ${n}a`, `Meta ${n}b`],
      partnerContact: `Contacto ${n}`,
      schoolContact: `Escuela ${n}`,
      schedule: 'Martes',
      years: String(n % 9),
      tier: String((n % 3) + 1),
    });
  }
  return excelUtf8Csv(rows);
}

/** {@link excelUtf8Csv} with one broken row: an unknown kind and years written as words (row 3). */
export function sheetWithBrokenRowCsv(): string {
  const [first, second, third] = SHEET_ROWS as readonly [SheetRow, SheetRow, SheetRow];
  const broken: SheetRow = { ...second, name: 'Fila rota', kind: 'spaceship', years: 'tres' };
  return excelUtf8Csv([first, broken, third]);
}

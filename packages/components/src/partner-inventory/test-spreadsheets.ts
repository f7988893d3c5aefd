import type { PartnerWorkbook } from '@sel/core';

/**
 * Spreadsheets as districts save them, written by the tests as files a person would pick or
 * paste: Excel's UTF-8 CSV (byte-order mark, CRLF), Spanish Excel (semicolons, Spanish headers),
 * Google Sheets (LF), with accents, quotes and line breaks inside cells.
 */
const HEADER = [
  'Name of community partner',
  'Kind of partner',
  'Outcome goals',
  'Community partner point of contact',
  'SEL tier',
];
const SPANISH = [
  'Nombre del socio comunitario',
  'Tipo de socio',
  'Objetivos de resultados',
  'Contacto del socio',
  'Nivel SEL',
];

const ROWS: readonly (readonly string[])[] = [
  ['YMCA Norte, "Lincoln"', 'Out-of-school-time providers', 'Asistencia\nAutogestión', 'Ana Ruiz', '1'],
  ['Clínica Niños Sanos', 'health care', 'Atención; familias', 'Begoña Núñez', 'could-support'],
  ['Café Ñandú', 'local business', '=HYPERLINK("http://evil.example")', '', ''],
];

function sheet(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  delimiter: string,
  end: string,
): string {
  const quote = (value: string): string =>
    /["\r\n]/.test(value) || value.includes(delimiter) ? `"${value.replaceAll('"', '""')}"` : value;
  return [header, ...rows].map((row) => row.map(quote).join(delimiter)).join(end) + end;
}

export const excelCsv = (rows = ROWS): string => '\uFEFF' + sheet(HEADER, rows, ',', '\r\n');
export const spanishExcelCsv = (rows = ROWS): string => '\uFEFF' + sheet(SPANISH, rows, ';', '\r\n');
export const googleSheetsCsv = (rows = ROWS): string => sheet(HEADER, rows, ',', '\n');
/** Excel's file with a broken row 3: an unknown kind. */
export const brokenRowCsv = (): string =>
  excelCsv([ROWS[0] ?? [], ['Fila rota', 'nave espacial', '', '', '2'], ROWS[2] ?? []]);

/** `count` partners with accents and a quoted comma in each name. */
export function largeCsv(count: number): string {
  const rows: string[][] = [];
  for (let n = 1; n <= count; n++)
    rows.push([
      `Socio ${n}, año ${n % 30}`,
      n % 2 ? 'health-care' : 'other',
      `Meta ${n}`,
      `Contacto ${n}`,
      String((n % 3) + 1),
    ]);
  return excelCsv(rows);
}

/** A picked file, as the browser's file input gives it. */
export function csvFile(text: string, name = 'partners.csv'): File {
  return new File([text], name, { type: 'text/csv' });
}

/** A small workbook: three partners, two tiers, one check-in. */
export function sampleWorkbook(): PartnerWorkbook {
  return {
    version: 1,
    partners: [
      {
        id: 'ymca',
        name: 'YMCA North',
        kind: 'out-of-school-time',
        partnerContact: { name: 'Ana Ruiz', email: 'ana@ymca.example.org' },
        schedule: 'Mon-Thu 3:15-5:30 pm',
        years: 6,
      },
      { id: 'clinic', name: 'Clínica Niños Sanos', kind: 'health-care', schoolContact: { name: 'Lee Park' } },
      { id: 'bank', name: 'Riverbend Bank', kind: 'local-business', notes: 'Sponsors the fall fair' },
    ],
    assignments: { ymca: 'clearly-supports', clinic: 'could-support' },
    touchpoints: [{ partnerId: 'ymca', topic: 'spreading-the-word', date: '2026-10-01', by: 'Lee' }],
  };
}

/** `count` partners, for the large-inventory tests. */
export function largeWorkbook(count: number): PartnerWorkbook {
  const partners = Array.from({ length: count }, (_, n) => ({
    id: `p${n}`,
    name: `Partner ${String(count - n).padStart(4, '0')}`,
    kind: n % 2 === 0 ? ('health-care' as const) : ('other' as const),
    notes: `Note ${n}`,
  }));
  return { version: 1, partners, assignments: {}, touchpoints: [] };
}

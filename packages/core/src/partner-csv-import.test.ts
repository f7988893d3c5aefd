import { describe, expect, it } from 'vitest';
import { detectCsvDelimiter, parseCsv } from './csv.js';
import { formatPath } from './errors.js';
import type { Partner } from './partner.js';
import {
  badPartnerRowsCsv,
  goodPartnerRows,
  previewPartnerCsv,
  previewPartnerCsvInSteps,
} from './partner-csv-import.js';
import type { PartnerCsvPreview } from './partner-csv-import.js';
import {
  excelUtf8Csv,
  googleSheetsCsv,
  largeSheetCsv,
  sheetWithBrokenRowCsv,
  spanishExcelCsv,
} from './test-partner-csv-files.js';

const empty = { partners: [] as Partner[] };

function names(preview: PartnerCsvPreview): string[] {
  return goodPartnerRows(preview).map((row) => row.partner.name);
}

describe('partner spreadsheet import', () => {
  it.each([
    ['Excel UTF-8 with a byte-order mark and CRLF', excelUtf8Csv(), ','],
    ['Spanish Excel with semicolons and Spanish headers', spanishExcelCsv(), ';'],
    ['Google Sheets with LF', googleSheetsCsv(), ','],
  ])('reads %s: accents, quotes, line breaks in cells, formulas kept as text', (_, text, delimiter) => {
    const preview = previewPartnerCsv(text, empty);
    expect(preview.delimiter).toBe(delimiter);
    expect(preview.issues).toEqual([]);
    expect(preview.mapping).toEqual([
      'name',
      'kind',
      'mission',
      'outcomeGoals',
      'partnerContactName',
      'schoolContactName',
      'schedule',
      'years',
      'tier',
    ]);
    expect(names(preview)).toEqual(['YMCA Norte, "Lincoln"', 'Clínica Niños Sanos', 'Café Ñandú']);
    const [ymca, clinic, cafe] = goodPartnerRows(preview);
    expect(ymca?.partner).toMatchObject({
      id: 'ymca-norte-lincoln',
      kind: 'out-of-school-time',
      mission: 'Desarrollo juvenil; deporte y juego',
      outcomeGoals: ['Mejorar la asistencia', 'Autogestión'],
      partnerContact: { name: 'Ana Ruiz' },
      years: 6,
    });
    expect(ymca?.tier).toBe('clearly-supports');
    expect(clinic?.partner).toMatchObject({ id: 'clinica-ninos-sanos', kind: 'health-care', years: 2 });
    expect(clinic?.tier).toBe('could-support');
    expect(cafe?.partner.mission).toBe('=HYPERLINK("http://evil.example","clic")');
    expect(cafe?.tier).toBe('unsorted');
    expect(preview.rows.map((row) => row.row)).toEqual([2, 3, 4]);
  });

  it('reports each bad row with row, column and reason, keeps the good ones, and gives the bad ones back', () => {
    const preview = previewPartnerCsv(sheetWithBrokenRowCsv(), empty);
    expect(names(preview)).toEqual(['YMCA Norte, "Lincoln"', 'Café Ñandú']);
    const bad = preview.rows.filter((row) => row.issues.length > 0);
    expect(bad.map((row) => row.issues.map((issue) => [formatPath(issue.path), issue.message]))).toEqual([
      [
        ['row[3].column["Kind of partner"]', expect.stringContaining('Expected a partner kind') as unknown],
        ['row[3].column["Years of partnership"]', 'Expected a whole number of years, e.g. 4, found "tres"'],
      ],
    ]);
    const rest = badPartnerRowsCsv(preview);
    const rows = parseCsv(rest);
    expect(rows[0]?.[0]).toBe('Name of community partner');
    expect(rows.slice(1).map((row) => row[0])).toEqual(['Fila rota']);
    expect(rows[1]?.[3]).toBe('Atención en la escuela');
    expect(badPartnerRowsCsv(previewPartnerCsv(excelUtf8Csv(), empty))).toBe('');
  });

  it('gives bad rows of a semicolon file back with semicolons', () => {
    const text = spanishExcelCsv().replace('health care', 'nave espacial');
    const rest = badPartnerRowsCsv(previewPartnerCsv(text, empty));
    expect(detectCsvDelimiter(rest)).toBe(';');
    const again = previewPartnerCsv(rest.replace('nave espacial', 'health care'), empty);
    expect(names(again)).toEqual(['Clínica Niños Sanos']);
  });

  it('lets the user fix the mapping: a column read as another field, or not read', () => {
    const text = 'Organización,Tipo,Comentarios\r\nClínica,health care,Martes\r\n';
    const guessed = previewPartnerCsv(text, empty);
    expect(guessed.mapping).toEqual([undefined, 'kind', undefined]);
    expect(guessed.issues.map((issue) => formatPath(issue.path))).toEqual([
      'row[1].column["Name of community partner"]',
    ]);
    expect(guessed.rows).toEqual([]);
    const fixed = previewPartnerCsv(text, empty, { mapping: { 0: 'name', 1: null, 2: 'notes' } });
    expect(goodPartnerRows(fixed).map((row) => row.partner)).toEqual([
      { id: 'clinica', name: 'Clínica', kind: 'other', notes: 'Martes' },
    ]);
    const twice = previewPartnerCsv(text, empty, { mapping: { 0: 'name', 2: 'name' } });
    expect(twice.issues.map((issue) => issue.code)).toEqual(['duplicate-column']);
  });

  it('replaces partners whose id the workbook holds and makes new ids that are not taken', () => {
    const text = 'ID,Name of community partner\r\nymca,YMCA renamed\r\n,Clínica\r\n,Clínica\r\n';
    const preview = previewPartnerCsv(text, {
      partners: [
        { id: 'ymca', name: 'YMCA', kind: 'other' },
        { id: 'clinica', name: 'C', kind: 'other' },
      ],
    });
    expect(preview.rows.map((row) => [row.partner?.id, row.replaces])).toEqual([
      ['ymca', true],
      ['clinica-2', false],
      ['clinica-3', false],
    ]);
  });

  it('reports an unreadable file as a whole, with where', () => {
    const preview = previewPartnerCsv('Name of community partner\r\n"Never closed\r\n', empty);
    expect(preview.rows).toEqual([]);
    expect(preview.issues.map((issue) => formatPath(issue.path))).toEqual(['row[2].column[1]']);
    expect(previewPartnerCsv('', empty).issues.map((issue) => issue.code)).toEqual(['missing-header']);
    const extra = previewPartnerCsv('Name of community partner\r\nA,B\r\n', empty);
    expect(extra.rows[0]?.issues.map((issue) => [formatPath(issue.path), issue.code])).toEqual([
      ['row[2].column[2]', 'extra-field'],
    ]);
  });

  it('reads 2,000 rows in steps of 100 with the same result as at once', () => {
    const text = largeSheetCsv(2000);
    const steps = previewPartnerCsvInSteps(text, empty);
    let yields = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) yields += 1;
    // Splitting the text into rows yields too (20 steps), then checking them (20 more).
    expect(yields).toBeGreaterThanOrEqual(40);
    const preview = next.value;
    expect(preview.rows).toHaveLength(2000);
    expect(goodPartnerRows(preview)).toHaveLength(2000);
    expect(preview.rows[1999]?.partner?.name).toBe('Socio 2000, año 2000');
    expect(preview).toEqual(previewPartnerCsv(text, empty));
  });
});

describe('detectCsvDelimiter', () => {
  it('counts separators outside quotes on the header row', () => {
    expect(detectCsvDelimiter('a;b;"c,d,e"\r\n1,2,3,4,5\r\n')).toBe(';');
    expect(detectCsvDelimiter('\uFEFFa,b;c,d\n')).toBe(',');
    expect(detectCsvDelimiter('a\tb\tc\n')).toBe('\t');
    expect(detectCsvDelimiter('\r\n\r\nname;kind\r\n')).toBe(';');
    expect(detectCsvDelimiter('')).toBe(',');
    expect(parseCsv('a;"b;c"\r\n1;2\r\n', { delimiter: ';' })).toEqual([
      ['a', 'b;c'],
      ['1', '2'],
    ]);
  });
});

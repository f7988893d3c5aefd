import { detectCsvDelimiter, parseCsvInSteps, unguardCsvFormula } from './csv.js';
import type { CsvDelimiter } from './csv.js';
import { SelValidationError } from './errors.js';
import type { SelIssue } from './errors.js';
import { checkPartner } from './partner-workbook-reader.js';
import type { Partner } from './partner.js';
import { columnOfPath, HEADER_LOOKUP, normalizeHeader, PARTNER_CSV_COLUMNS, readPartnerCells } from './partner-csv.js';
import { idFromName } from './partner-id.js';
import type { PartnerCsvField } from './partner-csv.js';
import type { PartnerWorkbook } from './partner-workbook.js';
import type { ImportedPartner } from './partner-workbook-import.js';
import type { Tier } from './tier.js';
import { finishSteps } from './validate-in-steps.js';

/**
 * Importing a spreadsheet into a workbook row by row: unlike `partnersFromCsv`, which reads a
 * whole file or nothing, a preview keeps every row with its own verdict, so the good rows can be
 * imported and the bad ones corrected and tried again. Comma, semicolon (Excel in Spanish) and tab
 * files are read, a byte-order mark is skipped, and headers are matched in English or Spanish;
 * the caller may map any column by hand.
 */

/** Spanish headers a team's own sheet may use (the guidance's template, translated). */
const SPANISH_HEADERS: Readonly<Record<string, PartnerCsvField>> = {
  nombre: 'name',
  'nombre del socio': 'name',
  'nombre del socio comunitario': 'name',
  'socio comunitario': 'name',
  tipo: 'kind',
  'tipo de socio': 'kind',
  misión: 'mission',
  'objetivos de resultados': 'outcomeGoals',
  'metas de resultados': 'outcomeGoals',
  'contacto del socio': 'partnerContactName',
  'contacto de la escuela': 'schoolContactName',
  horario: 'schedule',
  duración: 'duration',
  ubicación: 'location',
  lugar: 'location',
  'público objetivo': 'targetAudience',
  'población objetivo': 'targetAudience',
  notas: 'notes',
  'notas adicionales': 'notes',
  historia: 'history',
  años: 'years',
  'años de colaboración': 'years',
  'fuente de financiamiento': 'fundingSource',
  financiamiento: 'fundingSource',
  nivel: 'tier',
  'nivel sel': 'tier',
};

/** The field a header names, in English or Spanish, or `undefined`. */
export function partnerFieldOfHeader(header: string): PartnerCsvField | undefined {
  const key = normalizeHeader(header);
  return HEADER_LOOKUP.get(key) ?? SPANISH_HEADERS[key];
}

/** One data row of a spreadsheet being imported. */
export interface PartnerCsvRow {
  /** The row number as the spreadsheet shows it (the header is row 1 unless blank rows come first). */
  readonly row: number;
  /** The cells as the file holds them, for correcting and trying again. */
  readonly fields: readonly string[];
  /** The partner read from the row, when the row is good. */
  readonly partner: Partner | undefined;
  /** The row's tier, when a column is mapped to the tier. */
  readonly tier: Tier | undefined;
  /** Whether the row's id names a partner the workbook already holds (importing replaces it). */
  readonly replaces: boolean;
  /** What is wrong with the row, each at `['row', n, 'column', header]`; empty for a good row. */
  readonly issues: readonly SelIssue[];
}

/** What a spreadsheet would import, before anything is imported. */
export interface PartnerCsvPreview {
  readonly delimiter: CsvDelimiter;
  readonly headerRow: number;
  /** The header cells, trimmed, in file order. */
  readonly headers: readonly string[];
  /** The field each column is read into, by column index; `undefined` for a column not read. */
  readonly mapping: readonly (PartnerCsvField | undefined)[];
  /** Problems with the file as a whole (unreadable CSV, no name column, a field mapped twice): no row is read then. */
  readonly issues: readonly SelIssue[];
  readonly rows: readonly PartnerCsvRow[];
}

export interface PreviewPartnerCsvOptions {
  /** The field to read each column into, by column index (`null`: do not read it); the rest by header. */
  readonly mapping?: Readonly<Record<number, PartnerCsvField | null>>;
  /** The field separator; found from the header row when left out. */
  readonly delimiter?: CsvDelimiter;
  /** How many rows to read between two steps of {@link previewPartnerCsvInSteps} (default 100). */
  readonly rowsPerStep?: number;
}

const SUBJECT = 'partner inventory CSV';

function fileIssue(preview: Omit<PartnerCsvPreview, 'issues' | 'rows'>, issues: SelIssue[]): PartnerCsvPreview {
  return { ...preview, issues, rows: [] };
}

/**
 * Reads a spreadsheet against a workbook in steps (a yield every `rowsPerStep` rows, while the
 * text is split into rows and while they are checked), so a page
 * can read thousands of rows without holding the main thread; see {@link previewPartnerCsv}.
 */
export function* previewPartnerCsvInSteps(
  text: string,
  workbook: Pick<PartnerWorkbook, 'partners'>,
  options: PreviewPartnerCsvOptions = {},
): Generator<void, PartnerCsvPreview, void> {
  const delimiter = options.delimiter ?? detectCsvDelimiter(text);
  const step = Math.max(1, options.rowsPerStep ?? 100);
  let table: string[][];
  try {
    // Read in steps too: a spreadsheet of thousands of rows is not split in one long task.
    table = yield* parseCsvInSteps(text, { delimiter, rowsPerStep: step });
  } catch (error) {
    if (!(error instanceof SelValidationError)) throw error;
    return fileIssue({ delimiter, headerRow: 1, headers: [], mapping: [] }, [...error.issues]);
  }
  yield;
  const blank = (row: readonly string[]): boolean => row.every((field) => field.trim() === '');
  const headerIndex = table.findIndex((row) => !blank(row));
  const headerRow = headerIndex + 1;
  const headers = (table[headerIndex] ?? []).map((name) => name.trim());
  const mapping = headers.map((name, index): PartnerCsvField | undefined => {
    const chosen = options.mapping?.[index];
    return chosen === null ? undefined : (chosen ?? partnerFieldOfHeader(name));
  });
  const base = { delimiter, headerRow, headers, mapping };
  if (headerIndex === -1) {
    return fileIssue(base, [
      { path: ['row', 1], code: 'missing-header', message: 'Expected a header row naming the columns, found no rows' },
    ]);
  }

  const issues: SelIssue[] = [];
  const columnOf = new Map<PartnerCsvField, number>();
  mapping.forEach((field, index) => {
    if (field === undefined) return;
    const first = columnOf.get(field);
    if (first === undefined) columnOf.set(field, index);
    else {
      issues.push({
        path: ['row', headerRow, 'column', headers[index] ?? index + 1],
        code: 'duplicate-column',
        message: `Expected one column for ${PARTNER_CSV_COLUMNS[field]}, but "${headers[first] ?? ''}" and "${headers[index] ?? ''}" both read into it`,
      });
    }
  });
  if (!columnOf.has('name')) {
    issues.push({
      path: ['row', headerRow, 'column', PARTNER_CSV_COLUMNS.name],
      code: 'missing-column',
      message: `Expected a column read as "${PARTNER_CSV_COLUMNS.name}"; choose which column holds the partner names`,
    });
  }
  if (issues.length > 0) return fileIssue(base, issues);

  const existing = new Set(workbook.partners.map((partner) => partner.id));
  const taken = new Set(existing);
  const headerOf = (field: PartnerCsvField): string => {
    const index = columnOf.get(field);
    return index === undefined ? PARTNER_CSV_COLUMNS[field] : (headers[index] ?? PARTNER_CSV_COLUMNS[field]);
  };
  const givenIds = new Map<string, number>();
  const rows: PartnerCsvRow[] = [];
  for (let offset = headerIndex + 1; offset < table.length; offset++) {
    if ((offset - headerIndex) % step === 0) yield;
    const fields = table[offset] ?? [];
    if (blank(fields)) continue;
    const row = offset + 1;
    const rowIssues: SelIssue[] = [];
    const at = (column: string | number): readonly PropertyKey[] => ['row', row, 'column', column];
    const problem = (field: PartnerCsvField, message: string, code: string): void => {
      rowIssues.push({ path: at(headerOf(field)), message, code });
    };
    const extra = fields.findIndex((value, index) => index >= headers.length && value.trim() !== '');
    if (extra !== -1) {
      rowIssues.push({
        path: at(extra + 1),
        code: 'extra-field',
        message: `Expected at most ${headers.length} fields as in the header row, found a value in field ${extra + 1}`,
      });
    }
    const cell = (field: PartnerCsvField): string | undefined => {
      const index = columnOf.get(field);
      const value = index === undefined ? undefined : unguardCsvFormula(fields[index] ?? '');
      return value === undefined || value.trim() === '' ? undefined : value;
    };
    const { candidate, tier } = readPartnerCells(cell, problem);
    let replaces = false;
    const id = candidate['id'];
    if (typeof id === 'string') {
      const first = givenIds.get(id);
      if (first !== undefined)
        problem('id', `Expected a unique id, but "${id}" is already used in row ${first}`, 'duplicate-id');
      else givenIds.set(id, row);
      replaces = existing.has(id);
      taken.add(id);
    } else {
      const name = typeof candidate['name'] === 'string' ? candidate['name'] : '';
      const made = idFromName(name);
      let unique = made;
      for (let n = 2; taken.has(unique) || givenIds.has(unique); n++) unique = `${made}-${n}`;
      taken.add(unique);
      candidate['id'] = unique;
    }
    const result = checkPartner(candidate, SUBJECT);
    if (!result.ok) {
      for (const issue of result.error.issues) {
        rowIssues.push({ path: at(headerOf(columnOfPath(issue.path))), message: issue.message, code: issue.code });
      }
    }
    const good = result.ok && rowIssues.length === 0;
    rows.push({
      row,
      fields,
      partner: good ? result.value : undefined,
      tier: columnOf.has('tier') ? tier : undefined,
      replaces,
      issues: rowIssues,
    });
  }
  return { ...base, issues: [], rows };
}

/**
 * Reads a spreadsheet (CSV text) against a workbook without importing anything: the separator
 * and the column mapping found, and each row with its partner or its problems.
 */
export function previewPartnerCsv(
  text: string,
  workbook: Pick<PartnerWorkbook, 'partners'>,
  options: PreviewPartnerCsvOptions = {},
): PartnerCsvPreview {
  return finishSteps(previewPartnerCsvInSteps(text, workbook, options));
}

/** The good rows of a preview, ready for `importPartners`. */
export function goodPartnerRows(preview: PartnerCsvPreview): ImportedPartner[] {
  const good: ImportedPartner[] = [];
  for (const row of preview.rows) {
    if (row.partner !== undefined) good.push({ partner: row.partner, tier: row.tier });
  }
  return good;
}

/**
 * The header and the bad rows of a preview as CSV, in the file's own separator, to correct and
 * import again: what the user typed or pasted stays as it was. Empty text when every row is good.
 */
export function badPartnerRowsCsv(preview: PartnerCsvPreview): string {
  const bad = preview.rows.filter((row) => row.partner === undefined);
  if (bad.length === 0) return '';
  const quote = (value: string): string =>
    /^\uFEFF|[",\r\n]/.test(value) || value.includes(preview.delimiter) ? `"${value.replaceAll('"', '""')}"` : value;
  return [preview.headers, ...bad.map((row) => row.fields)]
    .map(
      (fields) => (fields.length === 1 && fields[0] === '' ? '""' : fields.map(quote).join(preview.delimiter)) + '\r\n',
    )
    .join('');
}

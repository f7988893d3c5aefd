import { SelValidationError } from './errors.js';
import type { SelIssue } from './errors.js';

/**
 * Comma-separated values as RFC 4180 defines them, the format every spreadsheet a district
 * already keeps can save to.
 *
 * Positions in errors are 1-based as a spreadsheet shows them: `['row', 3, 'column', 2]` is the
 * second field of the third record (the header, when there is one, is row 1). A record can span
 * several lines when a quoted field holds a line break; messages also give the line number.
 */

const BOM = '\uFEFF';

/** The characters that can separate fields: commas, semicolons (Excel in many locales, Spanish included), tabs. */
export type CsvDelimiter = ',' | ';' | '\t';

const DELIMITER_NAMES: Readonly<Record<CsvDelimiter, string>> = { ',': 'a comma', ';': 'a semicolon', '\t': 'a tab' };

/** How a CSV file separates its fields. */
export interface CsvDialect {
  /** The field separator (default `,`). See {@link detectCsvDelimiter}. */
  readonly delimiter?: CsvDelimiter;
}

/**
 * Guesses the field separator from the first record (the header row): the one of comma,
 * semicolon and tab found most often outside quotes, a comma on a tie or when none is found.
 * Spreadsheets set to a language that writes decimals with a comma (Spanish Excel) save with
 * semicolons; Google Sheets and English Excel with commas.
 */
export function detectCsvDelimiter(text: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  let seen = false;
  for (let i = text.startsWith(BOM) ? 1 : 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (seen) break;
    } else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch] += 1;
    if (ch !== '\n' && ch !== '\r') seen = true;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

function syntaxError(row: number, column: number, message: string): SelValidationError {
  return new SelValidationError('CSV', [{ path: ['row', row, 'column', column], message, code: 'invalid-csv' }]);
}

/**
 * Reads CSV text into rows of fields.
 *
 * - Fields may be enclosed in double quotes; inside them commas, line breaks (CR, LF or CRLF)
 *   and doubled quotes (`""` for one `"`) are part of the value.
 * - Records end with CRLF, LF or a lone CR; the line break after the last record is optional.
 * - A leading byte-order mark is ignored. Empty text has no rows; an empty line is a row with
 *   one empty field.
 *
 * @throws {SelValidationError} subject `CSV`, when a quote is never closed, a quote appears
 * inside a field that is not enclosed in quotes, or text follows a closing quote.
 */
export function parseCsv(text: string, options: CsvDialect = {}): string[][] {
  const steps = parseCsvInSteps(text, { ...options, rowsPerStep: Infinity });
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** How {@link parseCsvInSteps} reads: the dialect, and how many records to read between two steps. */
export interface CsvStepOptions extends CsvDialect {
  /** Records read between two yields (default 100). */
  readonly rowsPerStep?: number;
}

/**
 * {@link parseCsv} in steps: it yields after every `rowsPerStep` records, so a page can read a
 * spreadsheet of thousands of rows between frames; it returns the rows, or throws as `parseCsv`
 * does.
 */
export function* parseCsvInSteps(text: string, options: CsvStepOptions = {}): Generator<void, string[][], void> {
  const delimiter = options.delimiter ?? ',';
  const step = Math.max(1, options.rowsPerStep ?? 100);
  const input = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  const length = input.length;
  if (length === 0) return rows;

  let row: string[] = [];
  let field = '';
  let line = 1;
  let i = 0;

  const endField = (): void => {
    row.push(field);
    field = '';
  };
  const endRow = (): void => {
    endField();
    rows.push(row);
    row = [];
  };

  while (i < length) {
    const ch = input[i];
    if (ch === '"' && field === '') {
      // A quoted field: read to the matching closing quote.
      const openedAtLine = line;
      i++;
      let closed = false;
      while (i < length) {
        const next = input.indexOf('"', i);
        if (next === -1) break;
        const chunk = input.slice(i, next);
        field += chunk;
        line += countLineBreaks(chunk);
        if (input[next + 1] === '"') {
          field += '"';
          i = next + 2;
        } else {
          i = next + 1;
          closed = true;
          break;
        }
      }
      if (!closed) {
        throw syntaxError(
          rows.length + 1,
          row.length + 1,
          `Expected a closing double quote for the quoted field that opens on line ${openedAtLine}, but the text ended`,
        );
      }
      const after = input[i];
      if (after !== undefined && after !== delimiter && after !== '\n' && after !== '\r') {
        throw syntaxError(
          rows.length + 1,
          row.length + 1,
          `Expected ${DELIMITER_NAMES[delimiter]} or a line break after the closing double quote on line ${line}, found ${JSON.stringify(after)} (write a quote inside a quoted field as "")`,
        );
      }
      if (after === undefined) {
        endRow();
        return rows;
      }
      continue;
    }
    if (ch === delimiter) {
      endField();
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && input[i + 1] === '\n' ? 2 : 1;
      line++;
      if (i >= length) return rows;
      if (rows.length % step === 0) yield;
      continue;
    }
    if (ch === '"') {
      throw syntaxError(
        rows.length + 1,
        row.length + 1,
        `Expected a field that contains a double quote to be enclosed in double quotes, found a stray quote on line ${line}`,
      );
    }
    // Plain run of unquoted text up to the next delimiter.
    let end = i;
    while (end < length) {
      const c = input[end];
      if (c === delimiter || c === '\r' || c === '\n' || c === '"') break;
      end++;
    }
    field += input.slice(i, end);
    i = end;
  }
  endRow();
  return rows;
}

function countLineBreaks(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') count++;
    else if (c === '\r' && text[i + 1] !== '\n') count++;
  }
  return count;
}

// A leading byte-order mark is quoted too, or a reader would drop it as the file's BOM.
const NEEDS_QUOTES = /^\uFEFF|[",\r\n]/;

/**
 * Writes one field, enclosing it in double quotes only when it holds a comma, quote or line
 * break (or starts with a byte-order mark).
 */
export function stringifyCsvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Writes rows as CSV with CRLF line breaks (a CRLF ends every record, the last included).
 * Fields are quoted only where needed, so `parseCsv(stringifyCsv(rows))` returns `rows` for any
 * strings. A row made of one empty field is written as `""` so it never reads as a blank line.
 */
export function stringifyCsv(rows: readonly (readonly string[])[]): string {
  let out = '';
  for (const row of rows) {
    out += row.length === 1 && row[0] === '' ? '""' : row.map(stringifyCsvField).join(',');
    out += '\r\n';
  }
  return out;
}

/** One data row of a CSV table, with its 1-based row number in the file (the header is row 1). */
export interface CsvRecord {
  readonly row: number;
  /** Field values keyed by column name; a column missing at the end of a short row reads as `''`. */
  readonly values: Readonly<Record<string, string>>;
}

/** A CSV file with a header row, read into records keyed by column name. */
export interface CsvTable {
  /** Column names in file order, trimmed of surrounding spaces. */
  readonly columns: readonly string[];
  /** The 1-based row number of the header (1 unless blank rows come first). */
  readonly headerRow: number;
  readonly records: readonly CsvRecord[];
}

/**
 * Spreadsheets run a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return as a
 * formula, so text typed by anyone (a note, a partner name) could run in the reader's
 * spreadsheet. The guard writes such text behind an apostrophe, which spreadsheets show as "this
 * cell is text"; text that already starts with an apostrophe gets one more, so that reading the
 * file back removes exactly the apostrophe that was added.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Writes a cell so that no spreadsheet runs it as a formula: `=1+1` becomes `'=1+1`, `'tis`
 * becomes `''tis`, anything else is unchanged. {@link unguardCsvFormula} undoes it exactly.
 */
export function guardCsvFormula(value: string): string {
  return FORMULA_START.test(value) || value.startsWith("'") ? `'${value}` : value;
}

/**
 * Reads a cell written by {@link guardCsvFormula}: removes the apostrophe in front of text that
 * starts like a formula or with another apostrophe. Any other text, an apostrophe typed in a
 * spreadsheet before a plain word included, is kept as it is.
 */
export function unguardCsvFormula(value: string): string {
  return value.startsWith("'") && (FORMULA_START.test(value.slice(1)) || value.startsWith("''"))
    ? value.slice(1)
    : value;
}

/** Whether and where the spreadsheet formula guard applies (see {@link guardCsvFormula}). */
export interface CsvFormulaGuardOptions {
  /**
   * Guard every data cell against spreadsheet formulas: on writing, text that starts like a
   * formula goes behind an apostrophe; on reading, that apostrophe is removed. Header cells are
   * never changed. Default `false`.
   */
  readonly guardFormulas?: boolean;
  /** Columns left as they are even with `guardFormulas`, e.g. a numeric level that may be `-1`. */
  readonly unguardedColumns?: readonly string[];
}

export interface ParseCsvTableOptions extends CsvFormulaGuardOptions, CsvDialect {
  /** Columns that must appear in the header row (matched after trimming spaces, case-sensitive). */
  readonly requiredColumns?: readonly string[];
  /** What the file is, for error messages (default `CSV`), e.g. `partner inventory CSV`. */
  readonly subject?: string;
}

function isBlankRow(row: readonly string[]): boolean {
  return row.every((field) => field.trim() === '');
}

/**
 * Reads CSV whose first row names the columns. Blank rows are skipped; a row shorter than the
 * header leaves its last columns empty. Reports, all at once: a missing header row, missing
 * required columns, duplicate or empty column names over filled columns, and rows with values
 * beyond the last named column.
 *
 * @throws {SelValidationError} with paths like `['row', 1, 'column', 'Name']` or `['row', 7, 'column', 12]`.
 */
export function parseCsvTable(text: string, options: ParseCsvTableOptions = {}): CsvTable {
  const subject = options.subject ?? 'CSV';
  let rows: string[][];
  try {
    rows = parseCsv(text, options);
  } catch (error) {
    if (error instanceof SelValidationError) throw new SelValidationError(subject, error.issues);
    throw error;
  }

  const headerIndex = rows.findIndex((row) => !isBlankRow(row));
  const header = rows[headerIndex];
  if (header === undefined) {
    throw new SelValidationError(subject, [
      { path: ['row', 1], message: 'Expected a header row naming the columns, found no rows', code: 'missing-header' },
    ]);
  }
  const headerRow = headerIndex + 1;
  const issues: SelIssue[] = [];
  const names = header.map((name) => name.trim());
  const dataRows = rows.slice(headerIndex + 1);

  const seen = new Map<string, number>();
  names.forEach((name, index) => {
    if (name === '') {
      const used = dataRows.some((row) => (row[index] ?? '').trim() !== '');
      if (used) {
        issues.push({
          path: ['row', headerRow, 'column', index + 1],
          message: 'Expected a column name in the header row above a column that holds values',
          code: 'missing-column-name',
        });
      }
      return;
    }
    const first = seen.get(name);
    if (first !== undefined) {
      issues.push({
        path: ['row', headerRow, 'column', name],
        message: `Expected each column name once, but "${name}" names columns ${first + 1} and ${index + 1}`,
        code: 'duplicate-column',
      });
    } else seen.set(name, index);
  });

  for (const required of options.requiredColumns ?? []) {
    if (!seen.has(required)) {
      issues.push({
        path: ['row', headerRow, 'column', required],
        message: `Expected a column named "${required}" in the header row`,
        code: 'missing-column',
      });
    }
  }

  const unguarded = new Set(options.unguardedColumns ?? []);
  const readCell = (name: string, value: string): string =>
    options.guardFormulas === true && !unguarded.has(name) ? unguardCsvFormula(value) : value;
  const records: CsvRecord[] = [];
  dataRows.forEach((row, offset) => {
    const rowNumber = headerRow + 1 + offset;
    if (isBlankRow(row)) return;
    for (let index = names.length; index < row.length; index++) {
      if ((row[index] ?? '').trim() !== '') {
        issues.push({
          path: ['row', rowNumber, 'column', index + 1],
          message: `Expected at most ${names.length} fields as in the header row, found a value in field ${index + 1}`,
          code: 'extra-field',
        });
        break;
      }
    }
    const values: Record<string, string> = {};
    seen.forEach((index, name) => {
      values[name] = readCell(name, row[index] ?? '');
    });
    records.push({ row: rowNumber, values });
  });

  if (issues.length > 0) throw new SelValidationError(subject, issues);
  return { columns: [...seen.keys()], headerRow, records };
}

/**
 * Writes a header row and one row per record, columns in the given order. A record without a
 * value for a column leaves that field empty. With `guardFormulas`, data cells are written with
 * {@link guardCsvFormula}, and `parseCsvTable` with the same options reads back the same values.
 */
export function stringifyCsvTable(
  columns: readonly string[],
  records: readonly Readonly<Record<string, string | undefined>>[],
  options: CsvFormulaGuardOptions = {},
): string {
  const unguarded = new Set(options.unguardedColumns ?? []);
  const writeCell = (column: string, value: string): string =>
    options.guardFormulas === true && !unguarded.has(column) ? guardCsvFormula(value) : value;
  return stringifyCsv([
    columns,
    ...records.map((record) => columns.map((column) => writeCell(column, record[column] ?? ''))),
  ]);
}

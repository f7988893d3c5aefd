import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvInSteps, parseCsvTable, stringifyCsv, stringifyCsvField, stringifyCsvTable } from './csv.js';
import { SelValidationError } from './errors.js';
import { validationErrorOf } from './test-errors.js';

/** Characters that matter to CSV, mixed with any code point. */
const csvText = fc.string({
  unit: fc.oneof(
    fc.constantFrom('"', ',', '\r', '\n', '\r\n', '\uFEFF', ' ', '""'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 12,
});

describe('parseCsvInSteps', () => {
  it('yields after every few records and reads what parseCsv reads, quoted line breaks included', () => {
    const text = Array.from({ length: 25 }, (_, n) => `${n},"line\r\nbreak ${n}"`).join('\r\n');
    const steps = parseCsvInSteps(text, { rowsPerStep: 10 });
    let yields = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) yields += 1;
    expect(yields).toBe(2);
    expect(next.value).toEqual(parseCsv(text));
    expect(next.value[24]).toEqual(['24', 'line\r\nbreak 24']);
  });

  it('throws as parseCsv does on a quote never closed', () => {
    const steps = parseCsvInSteps('a\nb\n"open', { rowsPerStep: 1 });
    expect(() => {
      for (let next = steps.next(); !next.done; next = steps.next());
    }).toThrow(SelValidationError);
  });
});

describe('parseCsv', () => {
  it('reads plain rows, with or without a final line break', () => {
    expect(parseCsv('a,b,c\n1,2,3')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
    expect(parseCsv('a,b,c\n1,2,3\n')).toEqual(parseCsv('a,b,c\n1,2,3'));
  });

  it('accepts CRLF, LF and lone CR line breaks and strips a byte-order mark', () => {
    expect(parseCsv('\uFEFFname,kind\r\nBoys & Girls Club,out-of-school-time\r\n')).toEqual([
      ['name', 'kind'],
      ['Boys & Girls Club', 'out-of-school-time'],
    ]);
    expect(parseCsv('a\rb\nc\r\nd')).toEqual([['a'], ['b'], ['c'], ['d']]);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    expect(parseCsv('"Smith, Jo","say ""hi""","line 1\r\nline 2\nline 3\rline 4"\r\n')).toEqual([
      ['Smith, Jo', 'say "hi"', 'line 1\r\nline 2\nline 3\rline 4'],
    ]);
  });

  it('reads empty fields, empty quoted fields and blank lines', () => {
    expect(parseCsv(',,')).toEqual([['', '', '']]);
    expect(parseCsv('"",""')).toEqual([['', '']]);
    expect(parseCsv('a\n\nb')).toEqual([['a'], [''], ['b']]);
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\uFEFF')).toEqual([]);
    expect(parseCsv('\n')).toEqual([['']]);
  });

  it('keeps spaces around fields, since they are part of the value', () => {
    expect(parseCsv(' a , b ')).toEqual([[' a ', ' b ']]);
  });

  it('reports an unterminated quote at its row and column', () => {
    const error = validationErrorOf(() => parseCsv('a,b\nc,"never closed\nmore'));
    expect(error.subject).toBe('CSV');
    expect(error.issues[0]?.path).toEqual(['row', 2, 'column', 2]);
    expect(error.issues[0]?.message).toMatch(/Expected a closing double quote.*line 2/);
  });

  it('reports a stray quote inside an unquoted field', () => {
    const error = validationErrorOf(() => parseCsv('name,notes\nKids Club,6" tall'));
    expect(error.issues[0]?.path).toEqual(['row', 2, 'column', 2]);
    expect(error.issues[0]?.message).toMatch(/enclosed in double quotes/);
  });

  it('reports text after a closing quote, counting lines inside quoted fields', () => {
    const error = validationErrorOf(() => parseCsv('"a\nb",x\n"c"d'));
    expect(error.issues[0]?.path).toEqual(['row', 2, 'column', 1]);
    expect(error.issues[0]?.message).toMatch(/comma or a line break.*line 3.*found "d"/);
  });
});

describe('stringifyCsv', () => {
  it('quotes only fields that need it and ends every record with CRLF', () => {
    expect(
      stringifyCsv([
        ['a', 'b,c', 'say "hi"'],
        ['x\ny', '', 'plain'],
      ]),
    ).toBe('a,"b,c","say ""hi"""\r\n"x\ny",,plain\r\n');
    expect(stringifyCsv([])).toBe('');
  });

  it('writes a row of one empty field so it is not mistaken for a blank line', () => {
    expect(stringifyCsv([[''], ['a']])).toBe('""\r\na\r\n');
  });

  it('quotes a field that starts with a byte-order mark', () => {
    expect(stringifyCsvField('\uFEFFx')).toBe('"\uFEFFx"');
    expect(parseCsv(stringifyCsv([['\uFEFFx']]))).toEqual([['\uFEFFx']]);
  });

  it('round-trips any rows of any strings', () => {
    fc.assert(
      fc.property(fc.array(fc.array(csvText, { minLength: 1, maxLength: 6 }), { maxLength: 6 }), (rows) => {
        expect(parseCsv(stringifyCsv(rows))).toEqual(rows);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseCsvTable', () => {
  const text =
    '\uFEFFName, Kind ,Notes\r\nYMCA,out-of-school-time,"after school, weekdays"\r\n\r\nClinic,health-care\r\n';

  it('keys records by trimmed header names, skips blank rows, fills short rows', () => {
    const table = parseCsvTable(text, { requiredColumns: ['Name', 'Kind'] });
    expect(table.columns).toEqual(['Name', 'Kind', 'Notes']);
    expect(table.headerRow).toBe(1);
    expect(table.records).toEqual([
      { row: 2, values: { Name: 'YMCA', Kind: 'out-of-school-time', Notes: 'after school, weekdays' } },
      { row: 4, values: { Name: 'Clinic', Kind: 'health-care', Notes: '' } },
    ]);
  });

  it('reads a header with no data rows as an empty table', () => {
    expect(parseCsvTable('Name,Kind\r\n').records).toEqual([]);
  });

  it('finds the header below leading blank rows and numbers rows as the file does', () => {
    const table = parseCsvTable('\n,\nName\nA\n');
    expect(table.headerRow).toBe(3);
    expect(table.records).toEqual([{ row: 4, values: { Name: 'A' } }]);
  });

  it('names every missing required column', () => {
    const error = validationErrorOf(() =>
      parseCsvTable('Name\nYMCA', { requiredColumns: ['Name', 'Kind', 'Mission'] }),
    );
    expect(error.issues.map((i) => i.path)).toEqual([
      ['row', 1, 'column', 'Kind'],
      ['row', 1, 'column', 'Mission'],
    ]);
    expect(error.message).toContain('Expected a column named "Kind" in the header row');
  });

  it('uses the given subject for syntax errors and table errors', () => {
    expect(validationErrorOf(() => parseCsvTable('"x', { subject: 'partner inventory CSV' })).subject).toBe(
      'partner inventory CSV',
    );
    expect(validationErrorOf(() => parseCsvTable('', { subject: 'partner inventory CSV' })).issues[0]?.message).toMatch(
      /header row/,
    );
  });

  it('reports duplicate columns, nameless filled columns and values past the header', () => {
    const error = validationErrorOf(() => parseCsvTable('Name,,Name,\nA,b,c,\nB,,,,extra'));
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([
      ['missing-column-name', ['row', 1, 'column', 2]],
      ['duplicate-column', ['row', 1, 'column', 'Name']],
      ['extra-field', ['row', 3, 'column', 5]],
    ]);
  });

  it('ignores an empty trailing header cell over an empty column', () => {
    expect(parseCsvTable('Name,\nA,\n').records).toEqual([{ row: 2, values: { Name: 'A' } }]);
  });

  it('writes tables that read back the same', () => {
    const columns = ['Name', 'Notes'];
    const records = [{ Name: 'Café Niños, Inc.', Notes: 'says "yes"\nsometimes' }, { Name: 'B' }];
    const table = parseCsvTable(stringifyCsvTable(columns, records));
    expect(table.records.map((r) => r.values)).toEqual([records[0], { Name: 'B', Notes: '' }]);
  });
});

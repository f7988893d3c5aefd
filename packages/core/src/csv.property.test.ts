import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardCsvFormula, parseCsv, parseCsvTable, stringifyCsvTable, unguardCsvFormula } from './csv.js';
import { SelValidationError } from './errors.js';

/** Characters that matter to CSV and to spreadsheets, mixed with any grapheme or UTF-16 unit. */
const trickyUnit = fc.oneof(
  fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '\r\n', "'", '"', ',', ' ', '\uFEFF', 'ñ', '中', '😀'),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);
const cell = fc.string({ unit: trickyUnit, maxLength: 16 });

describe('guardCsvFormula', () => {
  it('puts an apostrophe before text a spreadsheet would run, and before an apostrophe', () => {
    expect(guardCsvFormula('=HYPERLINK("http://evil.example")')).toBe('\'=HYPERLINK("http://evil.example")');
    expect(guardCsvFormula('+1 555 0100')).toBe("'+1 555 0100");
    expect(guardCsvFormula('-2+3')).toBe("'-2+3");
    expect(guardCsvFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(guardCsvFormula('\t=1')).toBe("'\t=1");
    expect(guardCsvFormula('\r=1')).toBe("'\r=1");
    expect(guardCsvFormula("'tis")).toBe("''tis");
    expect(guardCsvFormula("'")).toBe("''");
  });

  it('leaves other text alone, a formula character later in the text included', () => {
    for (const value of ['', 'YMCA North', ' =1', 'a=b', '1+1', 'ñandú', '\n=1', "O'Brien"]) {
      expect(guardCsvFormula(value)).toBe(value);
    }
  });

  it('is undone exactly by unguardCsvFormula for any text (property)', () => {
    fc.assert(
      fc.property(cell, (value) => {
        expect(unguardCsvFormula(guardCsvFormula(value))).toBe(value);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('never writes a cell that starts like a formula (property)', () => {
    fc.assert(
      fc.property(cell, (value) => {
        expect(guardCsvFormula(value)).not.toMatch(/^[=+\-@\t\r]/);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('keeps an apostrophe a person typed before a plain word when reading', () => {
    expect(unguardCsvFormula("'tis")).toBe("'tis");
    expect(unguardCsvFormula("'=1")).toBe('=1');
    expect(unguardCsvFormula("''tis")).toBe("'tis");
    expect(unguardCsvFormula("'")).toBe("'");
  });
});

describe('stringifyCsvTable and parseCsvTable with guardFormulas', () => {
  const columns = ['name', 'notes', 'level'] as const;
  const record = fc.record({ name: cell, notes: cell, level: cell });

  it('round-trips any records exactly and writes no data cell a spreadsheet would run (property)', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 6 }), (records) => {
        const options = { guardFormulas: true, unguardedColumns: ['level'] } as const;
        const text = stringifyCsvTable(columns, records, options);
        const [, ...rows] = parseCsv(text);
        for (const row of rows) {
          expect(row[0] ?? '').not.toMatch(/^[=+\-@\t\r]/);
          expect(row[1] ?? '').not.toMatch(/^[=+\-@\t\r]/);
        }
        // The unguarded column is written as it is.
        rows.forEach((row, index) => {
          expect(row[2]).toBe(records[index]?.level);
        });
        // Rows blank in the file are skipped on reading, as for any table.
        const read = parseCsvTable(text, options).records.map((r) => r.values);
        expect(read).toEqual(
          records
            .filter((r) => [guardCsvFormula(r.name), guardCsvFormula(r.notes), r.level].some((v) => v.trim() !== ''))
            .map((r) => ({ ...r })),
        );
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('changes nothing without the option, so other tables read as before', () => {
    const text = stringifyCsvTable(['a'], [{ a: '=1+1' }, { a: "'x" }]);
    expect(text).toBe("a\r\n=1+1\r\n'x\r\n");
    expect(parseCsvTable("a\r\n'=1\r\n").records[0]?.values).toEqual({ a: "'=1" });
  });

  it('never changes header cells', () => {
    const text = stringifyCsvTable(['=name'], [{ '=name': '=x' }], { guardFormulas: true });
    expect(text).toBe("=name\r\n'=x\r\n");
    expect(parseCsvTable(text, { guardFormulas: true }).columns).toEqual(['=name']);
  });

  it('rejects any malformed text with a row and column path, never another error (property)', () => {
    const noisy = fc.string({ unit: fc.constantFrom('"', ',', '\r', '\n', 'a', "'", '='), maxLength: 40 });
    fc.assert(
      fc.property(noisy, (text) => {
        try {
          parseCsvTable(text, { guardFormulas: true, requiredColumns: ['a'] });
        } catch (error) {
          expect(error).toBeInstanceOf(SelValidationError);
          const issues = (error as SelValidationError).issues;
          expect(issues.length).toBeGreaterThan(0);
          for (const issue of issues) {
            expect(issue.path[0]).toBe('row');
            expect(issue.message).toMatch(/^Expected /);
          }
        }
      }),
      { numRuns: 500 },
    );
  }, 30_000);
});

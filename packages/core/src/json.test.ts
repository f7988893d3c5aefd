import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { parseJson, readJson, safeReadJson, toJson } from './json.js';
import { validationErrorOf } from './test-errors.js';

const schema = z.object({ name: z.string(), years: z.optional(z.number()) });

describe('parseJson', () => {
  it('returns data that matches the schema, ignoring a byte-order mark', () => {
    expect(parseJson('\uFEFF{ "name": "YMCA", "years": 3 }', schema, 'partner')).toEqual({ name: 'YMCA', years: 3 });
  });

  it('reports a syntax error at its line and column, never a bare SyntaxError', () => {
    const error = validationErrorOf(() => parseJson('{\n  "name": "YMCA",\n  "years": 3,\n}', schema, 'partner'));
    expect(error.subject).toBe('partner');
    expect(error.issues).toEqual([
      {
        path: [],
        message:
          'Expected a property name in double quotes (JSON allows no trailing comma), found "}" at line 4, column 1',
        code: 'invalid-json',
        line: 4,
        column: 1,
        offset: 34,
      },
    ]);
  });

  it('reports schema problems at their data paths', () => {
    const error = validationErrorOf(() => parseJson('{"name": 5}', schema, 'partner'));
    expect(error.issues[0]?.path).toEqual(['name']);
    expect(error.issues[0]?.message).toMatch(/expected string/);
  });
});

describe('readJson syntax errors', () => {
  const cases: [string, number, number, RegExp][] = [
    ['', 1, 1, /a value: an object, .* found the end of the text/],
    ['   \n  ', 2, 3, /found the end of the text/],
    ["{'a': 1}", 1, 2, /property name in double quotes, found "'"/],
    ["['a']", 1, 2, /JSON strings use double quotes/],
    ['[1, 2,]', 1, 7, /a value after the comma \(JSON allows no trailing comma\)/],
    ['[1 2]', 1, 4, /a comma or "\]" after an array item/],
    ['{"a" 1}', 1, 6, /a colon after the property name/],
    ['{"a": 1 "b": 2}', 1, 9, /a comma or "}" after a property value/],
    ['{"a": }', 1, 7, /a value: an object/],
    ['"abc', 1, 5, /a closing double quote/],
    ['"tab\there"', 1, 5, /without raw control characters/],
    ['"bad \\x escape"', 1, 6, /an escape such as/],
    ['"\\u12G4"', 1, 2, /four hexadecimal digits/],
    ['01', 1, 2, /a number such as/],
    ['-', 1, 2, /a number such as/],
    ['1.', 1, 2, /a number such as/],
    ['{} []', 1, 4, /the end of the text after the value/],
    ['[[[', 1, 4, /found the end of the text/],
    ['tru', 1, 1, /a value/],
    ['{"é": "ñ", x}', 1, 12, /property name/],
    ['[\r\n1,\r\n\r\n]', 4, 1, /a value after the comma/],
    ['["😀", x]', 1, 7, /a value: an object/],
  ];

  it.each(cases)('%j fails at line %i, column %i', (text, line, column, message) => {
    const error = validationErrorOf(() => readJson(text));
    expect(error.subject).toBe('JSON');
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({ code: 'invalid-json', line, column });
    expect(error.issues[0]?.message).toMatch(message);
  });

  it('says where the text broke off, inside which array or object, without throwing', () => {
    const read = safeReadJson('{"partners": [{"id": "ymca",}]}');
    expect(read.ok).toBe(false);
    expect(read.ok ? undefined : read.issue).toEqual({
      path: ['partners', 0],
      code: 'invalid-json',
      message:
        'Expected a property name in double quotes (JSON allows no trailing comma), found "}" at line 1, column 29',
      line: 1,
      column: 29,
      offset: 28,
    });
    expect(safeReadJson('\uFEFF[1]')).toEqual({ ok: true, value: [1] });
  });

  it('copes with very deep nesting', () => {
    const deep = '['.repeat(100_000);
    const read = safeReadJson(deep);
    expect(read.ok ? undefined : read.issue.offset).toBe(100_000);
  });

  it('agrees with JSON.parse on what is valid', () => {
    const jsonish = fc.oneof(
      fc.json(),
      fc.string({
        unit: fc.constantFrom(
          '{',
          '}',
          '[',
          ']',
          '"',
          ':',
          ',',
          ' ',
          '\n',
          '1',
          '-',
          '.',
          'e',
          'a',
          '\\',
          'u',
          'true',
          'null',
        ),
        maxLength: 20,
      }),
      fc.json().chain((valid) => fc.nat(valid.length).map((cut) => valid.slice(0, cut) + valid.slice(cut + 1))),
    );
    fc.assert(
      fc.property(jsonish, (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(safeReadJson(text).ok).toBe(valid);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('toJson', () => {
  it('writes sorted keys with 2-space indents and a final line break', () => {
    expect(toJson({ b: 1, a: { d: [1, 'x'], c: null }, e: [], f: {} })).toBe(
      '{\n  "a": {\n    "c": null,\n    "d": [\n      1,\n      "x"\n    ]\n  },\n  "b": 1,\n  "e": [],\n  "f": {}\n}\n',
    );
  });

  it('gives the same text for the same data built in another order, and leaves out undefined properties', () => {
    expect(toJson({ x: 1, y: 2, z: undefined })).toBe(toJson({ y: 2, x: 1 }));
  });

  it('uses toJSON (dates) and reads back what it writes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(readJson(toJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
    expect(toJson({ at: new Date(Date.UTC(2026, 0, 2)) })).toBe('{\n  "at": "2026-01-02T00:00:00.000Z"\n}\n');
  });

  it('refuses values JSON cannot hold, naming where they are', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic['self'] = cyclic;
    const problems: [unknown, PropertyKey[], RegExp][] = [
      [{ a: [1, Number.NaN] }, ['a', 1], /found NaN/],
      [{ n: 10n }, ['n'], /found a bigint/],
      [[undefined], [0], /found undefined/],
      [{ m: new Map() }, ['m'], /found a Map/],
      [{ f: () => 1 }, ['f'], /found a function/],
      [cyclic, ['self'], /cycle/],
    ];
    for (const [value, path, message] of problems) {
      const error = validationErrorOf(() => toJson(value));
      expect(error.issues[0]?.path).toEqual(path);
      expect(error.issues[0]?.message).toMatch(message);
    }
  });

  it('writes the same object twice when it is shared, not cyclic', () => {
    const shared = { k: 1 };
    expect(readJson(toJson({ a: shared, b: shared }))).toEqual({ a: { k: 1 }, b: { k: 1 } });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createJsonReader, type JsonReadStep } from './json-reader.js';

/**
 * The offset (UTF-16 code units) of a 1-based line and column (characters as an editor counts
 * them); a line ends at `\n`, `\r\n` or `\r`.
 */
function offsetAt(text: string, line: number, column: number): number {
  let offset = 0;
  for (let at = 1; at < line; at += 1) {
    const end = text.slice(offset).search(/\r\n|\r|\n/);
    offset += end + (text.startsWith('\r\n', offset + end) ? 2 : 1);
  }
  for (let at = 1; at < column; at += 1) offset += (text.codePointAt(offset) ?? 0) > 0xffff ? 2 : 1;
  return offset;
}

/** Reads `text` to the end in steps of `budget`, counting the steps. */
function readAll(text: string, budget?: number): { result: JsonReadStep & { done: true }; steps: number } {
  const reader = createJsonReader(text);
  let steps = 1;
  let result = reader.step(budget);
  while (!result.done) {
    steps += 1;
    result = reader.step(budget);
  }
  return { result, steps };
}

function valueOf(text: string, budget?: number): unknown {
  const { result } = readAll(text, budget);
  if (!result.ok) throw new Error(`unexpected syntax error: ${result.issue.message}`);
  return result.value;
}

function problemIn(text: string, budget?: number) {
  const { result } = readAll(text, budget);
  if (result.ok) throw new Error('expected a syntax error');
  return result.issue;
}

/**
 * Whether two JSON values are the same in every way JSON.parse's result can differ: types,
 * -0, own keys in order, prototypes (an own `__proto__` is a key like any other).
 */
function sameJson(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b);
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const keysA = Reflect.ownKeys(a);
  const keysB = Reflect.ownKeys(b);
  if (keysA.length !== keysB.length || keysA.some((key, index) => key !== keysB[index])) return false;
  return keysA.every((key) => {
    const da = Object.getOwnPropertyDescriptor(a, key);
    const db = Object.getOwnPropertyDescriptor(b, key);
    return (
      da?.enumerable === db?.enumerable &&
      da?.writable === db?.writable &&
      da?.configurable === db?.configurable &&
      sameJson(da?.value, db?.value)
    );
  });
}

/** Characters that JSON text treats specially, or that engines and encoders handle unevenly. */
const awkwardChar = fc.oneof(
  fc.constantFrom('\u2028', '\u2029', '\ud800', '\udfff', '\ud83d', '"', '\\', '/', '\n', '\t', '\u0000', '\u001f'),
  fc.constantFrom('\u007f', '\ufeff', '😀', 'é', 'ß', '__proto__', 'constructor', '0', '10', '-1'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }),
);
const jsonOptions = { stringUnit: awkwardChar, maxDepth: 6 } as const;
const budgets = fc.oneof(fc.constantFrom(1, 2, 7, 64, 1_000_000), fc.integer({ min: 1, max: 500 }));

/** JSON text of a value, written as a person or another program might: spacing and escapes vary. */
const jsonText = fc.oneof(
  fc.json(jsonOptions),
  fc.jsonValue(jsonOptions).map((value) => JSON.stringify(value, null, 2)),
  fc.jsonValue(jsonOptions).map((value) => JSON.stringify(value, null, '\t').replaceAll('\n', '\r\n')),
  // Every character of the strings as a \u escape, or the other way round: raw lone surrogates.
  fc
    .json(jsonOptions)
    .map((text) =>
      text.replace(/"(?:[^"\\]|\\.)*"/g, (s) =>
        s.replace(/[^"\\]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
      ),
    ),
  fc
    .json(jsonOptions)
    .map((text) =>
      text.replace(/\\u(d[89a-f][0-9a-f]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
    ),
);

/** Objects with repeated keys, `__proto__`, and keys that look like array indexes. */
const keyedText = fc
  .array(
    fc.tuple(
      fc.constantFrom('a', 'b', '__proto__', 'constructor', 'toString', '0', '7', '10', '-1', '01', 'é', ''),
      fc.oneof(fc.json({ maxDepth: 2 }), fc.constant('{"__proto__": {"polluted": true}}')),
    ),
    { maxLength: 8 },
  )
  .map((entries) => `{${entries.map(([key, value]) => `${JSON.stringify(key)}: ${value}`).join(', ')}}`);

describe('createJsonReader', () => {
  it('gives the value JSON.parse gives, whatever the step budget', () => {
    fc.assert(
      fc.property(fc.oneof(jsonText, keyedText), budgets, (text, budget) => {
        const expected: unknown = JSON.parse(text);
        const actual = valueOf(text, budget);
        expect(sameJson(actual, expected), `${text} read in steps of ${String(budget)}`).toBe(true);
      }),
      { numRuns: 2000 },
    );
    // Thousands of generated texts: about 2 s on a quiet machine, over 5 s on a loaded CI runner.
  }, 60_000);

  it('keeps __proto__ an own property and never touches a prototype', () => {
    const value = valueOf('{"__proto__": {"polluted": true}, "a": {"__proto__": null}}', 1) as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__', 'a']);
    expect(Object.getOwnPropertyDescriptor(value, '__proto__')?.value).toEqual({ polluted: true });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(sameJson(value, JSON.parse('{"__proto__": {"polluted": true}, "a": {"__proto__": null}}'))).toBe(true);
  });

  it('keeps the last of repeated keys in the place of the first, and index-like keys first, as JSON.parse does', () => {
    const text = '{"b": 1, "a": 2, "b": 3, "10": 4, "2": 5}';
    const value = valueOf(text);
    expect(Object.entries(value as object)).toEqual([
      ['2', 5],
      ['10', 4],
      ['b', 3],
      ['a', 2],
    ]);
    expect(sameJson(value, JSON.parse(text))).toBe(true);
  });

  it('reads numbers and strings exactly as JSON.parse does', () => {
    const text = '[-0, 0.1, 1e400, -1e-400, 123456789012345678901234567890, 1.7976931348623157e308, 5e-324]';
    expect(sameJson(valueOf(text, 1), JSON.parse(text))).toBe(true);
    const strings = '["\\ud800", "\ud800\u2028", "\\u2028\\"\\\\\\/\\b\\f\\n\\r\\t", "a\\u0000b", "😀\\ud83d\\ude00"]';
    expect(valueOf(strings, 3)).toEqual(JSON.parse(strings));
  });

  it('fails exactly when JSON.parse fails, at the place the syntax checker names, never throwing', () => {
    const mutated = fc.oneof(
      fc.oneof(jsonText, keyedText).chain((valid) =>
        fc.oneof(
          fc.nat(valid.length).map((cut) => valid.slice(0, cut)),
          fc.nat(valid.length).map((cut) => valid.slice(0, cut) + valid.slice(cut + 1)),
          fc
            .tuple(fc.nat(valid.length), fc.constantFrom(...Array.from('{}[]":,\\ u0-.eE+\n\u0000\'tfn')))
            .map(([at, char]) => valid.slice(0, at) + char + valid.slice(at)),
        ),
      ),
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
          '\\',
          'u',
          'true',
          'nul',
        ),
        maxLength: 24,
      }),
    );
    fc.assert(
      fc.property(mutated, budgets, (text, budget) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        const { result } = readAll(text, budget);
        expect(result.ok, text).toBe(valid);
        if (!result.ok) {
          expect(result.issue.code).toBe('invalid-json');
          expect(result.issue.line).toBeGreaterThanOrEqual(1);
          expect(result.issue.column).toBeGreaterThanOrEqual(1);
          expect(result.issue.message).toMatch(/^Expected .+, found .+ at line \d+, column \d+$/s);
        }
      }),
      { numRuns: 3000 },
    );
    // Thousands of generated texts: about 2 s on a quiet machine, over 5 s on a loaded CI runner.
  }, 60_000);

  it('reads at least its budget each step, and not much more', () => {
    const item = '{"id": "indicator", "text": "The team meets monthly.", "level": 3}';
    const text = `[${Array.from({ length: 1000 }, () => item).join(',\n')}]`;
    const reader = createJsonReader(text);
    let read = 0;
    let steps = 0;
    for (let result = reader.step(200); ; result = reader.step(200)) {
      steps += 1;
      const now = Math.round(reader.progress * text.length);
      if (result.done) {
        expect(result.ok).toBe(true);
        break;
      }
      expect(now - read).toBeGreaterThanOrEqual(200);
      // One token (the longest here is the text string, 25 characters) and the spacing before it.
      expect(now - read).toBeLessThan(200 + 30);
      read = now;
    }
    expect(reader.progress).toBe(1);
    expect(steps).toBeGreaterThanOrEqual(Math.floor(text.length / 230));
    expect(steps).toBeLessThanOrEqual(Math.ceil(text.length / 200));
  });

  it('follows nesting of any depth without recursion', () => {
    const depth = 200_000;
    const value = valueOf(`${'['.repeat(depth)}"core"${']'.repeat(depth)}`);
    let inner = value;
    let levels = 0;
    while (Array.isArray(inner)) {
      inner = inner[0];
      levels += 1;
    }
    expect(levels).toBe(depth);
    expect(inner).toBe('core');
    const open = problemIn('{"a": '.repeat(50_000));
    expect(open.path).toHaveLength(49_999);
    expect(open.path.every((key) => key === 'a')).toBe(true);
  });

  it('gives the same result again once done', () => {
    const reader = createJsonReader('[1, 2]');
    const first = reader.step();
    expect(first).toEqual({ done: true, ok: true, value: [1, 2] });
    expect(reader.step()).toBe(first);
    const broken = createJsonReader('[1, 2');
    const failed = broken.step();
    expect(failed.done && !failed.ok).toBe(true);
    expect(broken.step()).toBe(failed);
  });
});

describe('createJsonReader syntax errors', () => {
  const cases: [string, number, number, readonly PropertyKey[], string][] = [
    ['', 1, 1, [], 'a value: an object, array, string, number, true, false or null, found the end of the text'],
    ['   \n  ', 2, 3, [], 'a value: an object, array, string, number, true, false or null, found the end of the text'],
    ["{'a': 1}", 1, 2, [], `a property name in double quotes, found "'"`],
    [
      "['a']",
      1,
      2,
      [],
      `a value: an object, array, string, number, true, false or null (JSON strings use double quotes), found "'"`,
    ],
    ['[1, 2,]', 1, 7, [], 'a value after the comma (JSON allows no trailing comma), found "]"'],
    ['{"a": 1,}', 1, 9, [], 'a property name in double quotes (JSON allows no trailing comma), found "}"'],
    ['[1 2]', 1, 4, [], 'a comma or "]" after an array item, found "2"'],
    ['{"a" 1}', 1, 6, [], 'a colon after the property name, found "1"'],
    ['{"a": 1 "b": 2}', 1, 9, [], 'a comma or "}" after a property value, found "\\""'],
    ['{"a": [{"b": }]}', 1, 14, ['a', 0], 'a value: an object, array, string, number, true, false or null, found "}"'],
    ['{"list": [1, "abc', 1, 18, ['list'], 'a closing double quote for the string, found the end of the text'],
    ['[0, "tab\there"]', 1, 9, [], 'a string without raw control characters (write a line break as \\n), found "\\t"'],
    [
      '[0, 1, "bad \\x"]',
      1,
      13,
      [],
      'an escape such as \\" \\\\ \\n or \\u00e9 after a backslash in a string, found "\\\\"',
    ],
    ['["\\u12G4"]', 1, 3, [], 'four hexadecimal digits after \\u in a string, found "\\\\"'],
    ['01', 1, 2, [], 'a number such as 3, -0.5 or 1e3, found "1"'],
    ['-', 1, 2, [], 'a number such as 3, -0.5 or 1e3, found the end of the text'],
    ['[1.]', 1, 3, [], 'a number such as 3, -0.5 or 1e3, found "."'],
    ['{} []', 1, 4, [], 'the end of the text after the value, found "["'],
    ['\uFEFF{}', 1, 1, [], 'a value: an object, array, string, number, true, false or null, found "\uFEFF"'],
    ['[[[', 1, 4, [0, 0], 'a value: an object, array, string, number, true, false or null, found the end of the text'],
    ['tru', 1, 1, [], 'a value: an object, array, string, number, true, false or null, found "t"'],
    ['{"é": "ñ", x}', 1, 12, [], 'a property name in double quotes, found "x"'],
    ['[\r\n1,\r\n\r\n]', 4, 1, [], 'a value after the comma (JSON allows no trailing comma), found "]"'],
    ['["😀", x]', 1, 7, [], 'a value: an object, array, string, number, true, false or null, found "x"'],
    [
      '{"a": [[1], {"b": [true, fals]}]}',
      1,
      26,
      ['a', 1, 'b'],
      'a value: an object, array, string, number, true, false or null, found "f"',
    ],
  ];

  it.each(cases)('%j fails at line %i, column %i, inside %j', (text, line, column, path, expected) => {
    for (const budget of [1, 1000]) {
      const issue = problemIn(text, budget);
      expect(issue).toEqual({
        path,
        code: 'invalid-json',
        message: `Expected ${expected} at line ${String(line)}, column ${String(column)}`,
        line,
        column,
        offset: offsetAt(text, line, column),
      });
    }
  });
});

import type { core } from 'zod/mini';
import { parseWith, SelValidationError } from './errors.js';
import type { IssuePath } from './errors.js';

/**
 * JSON reading and writing for @sel data. Syntax errors are reported the same way in every
 * JavaScript engine, at a line and column, in words that say what was expected there.
 */

const BOM = '\uFEFF';

/** Where JSON text stops being valid, and what was expected there. */
export interface JsonSyntaxProblem {
  /** Offset into the text, in UTF-16 code units. */
  readonly offset: number;
  readonly expected: string;
}

/**
 * Reads JSON text and validates it against `schema`.
 *
 * @param subject what the text is, for messages, e.g. `partner inventory`.
 * @throws {SelValidationError} for a syntax error, with path `['line', l, 'column', c]` (1-based)
 * and code `invalid-json`; for data that does not match the schema, at the path of each problem.
 */
export function parseJson<S extends core.$ZodType>(text: string, schema: S, subject: string): core.output<S> {
  return parseWith(schema, readJson(text, subject), subject);
}

/** Reads JSON text without validating its shape (a leading byte-order mark is ignored). */
export function readJson(text: string, subject = 'JSON'): unknown {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  try {
    return JSON.parse(source) as unknown;
  } catch (error) {
    const problem = findJsonSyntaxProblem(source);
    if (problem === undefined) {
      // The engine refused text our scanner accepts: report the engine's own words.
      throw new SelValidationError(subject, [
        { path: [], message: error instanceof Error ? error.message : String(error), code: 'invalid-json' },
      ]);
    }
    const { line, column } = lineAndColumn(source, problem.offset);
    const found = describeAt(source, problem.offset);
    throw new SelValidationError(subject, [
      {
        path: ['line', line, 'column', column],
        message: `Expected ${problem.expected}, found ${found} (line ${line}, column ${column})`,
        code: 'invalid-json',
      },
    ]);
  }
}

function describeAt(text: string, offset: number): string {
  const char = text.codePointAt(offset);
  if (char === undefined) return 'the end of the text';
  return JSON.stringify(String.fromCodePoint(char));
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  // Columns count characters as an editor shows them (code points, so a surrogate pair is one), from 1.
  let column = 1;
  for (let i = lineStart; i < offset; i++) {
    const c = text.charCodeAt(i);
    const isLowSurrogate = c >= 0xdc00 && c <= 0xdfff;
    const afterHigh = i > lineStart && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff;
    if (!(isLowSurrogate && afterHigh)) column++;
  }
  return { line, column };
}

const WHITESPACE = /* @__PURE__ */ new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = /* @__PURE__ */ new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/** What may come next: a value (after a colon or at the top), an array item after a comma, ... */
type Expectation = 'value' | 'item' | 'first-item-or-end' | 'key' | 'first-key-or-end' | 'after-value';

/**
 * Scans JSON text (RFC 8259) and returns the first place it goes wrong, or `undefined` when it
 * is valid. Iterative, so deeply nested input cannot overflow the stack.
 */
export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | undefined {
  const stack: ('[' | '{')[] = [];
  // Set by scanValue too, so the type is widened on purpose: narrowing cannot see that.
  let expect = 'value' as Expectation;
  let i = 0;
  const length = text.length;

  const skipWhitespace = (): void => {
    while (i < length && WHITESPACE.has(text[i] ?? '')) i++;
  };

  /** Scans a string starting at its opening quote; moves `i` past the closing quote. */
  const scanString = (): JsonSyntaxProblem | undefined => {
    i++;
    while (i < length) {
      const c = text[i] ?? '';
      if (c === '"') {
        i++;
        return undefined;
      }
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            return { offset: i, expected: 'four hexadecimal digits after \\u in a string' };
          }
          i += 6;
        } else if (e !== undefined && ESCAPES.has(e)) i += 2;
        else return { offset: i, expected: 'an escape such as \\" \\\\ \\n or \\u00e9 after a backslash in a string' };
        continue;
      }
      if (c < ' ')
        return { offset: i, expected: 'a string without raw control characters (write a line break as \\n)' };
      i++;
    }
    return { offset: i, expected: 'a closing double quote for the string' };
  };

  const scanValue = (): JsonSyntaxProblem | undefined => {
    const c = text[i];
    if (c === '{') {
      stack.push('{');
      i++;
      expect = 'first-key-or-end';
      return undefined;
    }
    if (c === '[') {
      stack.push('[');
      i++;
      expect = 'first-item-or-end';
      return undefined;
    }
    expect = 'after-value';
    if (c === '"') return scanString();
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return undefined;
      }
    }
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      const match = NUMBER.exec(text);
      const end = match ? i + match[0].length : i;
      const next = text[end];
      if (match === null || (next !== undefined && /[0-9.eE+-]/.test(next))) {
        return { offset: match === null ? i + 1 : end, expected: 'a number such as 3, -0.5 or 1e3' };
      }
      i = end;
      return undefined;
    }
    const hint = c === "'" ? ' (JSON strings use double quotes)' : '';
    return { offset: i, expected: `a value: an object, array, string, number, true, false or null${hint}` };
  };

  for (;;) {
    skipWhitespace();
    const c = text[i];
    if (expect === 'after-value') {
      const open = stack.at(-1);
      if (open === undefined)
        return i < length ? { offset: i, expected: 'the end of the text after the value' } : undefined;
      const close = open === '[' ? ']' : '}';
      if (c === ',') {
        i++;
        expect = open === '[' ? 'item' : 'key';
      } else if (c === close) {
        stack.pop();
        i++;
      } else {
        const where = open === '[' ? 'an array item' : 'a property value';
        return { offset: i, expected: `a comma or "${close}" after ${where}` };
      }
    } else if ((expect === 'first-item-or-end' && c === ']') || (expect === 'first-key-or-end' && c === '}')) {
      stack.pop();
      i++;
      expect = 'after-value';
    } else if (expect === 'key' || expect === 'first-key-or-end') {
      if (c !== '"') {
        const hint = expect === 'key' && c === '}' ? ' (JSON allows no trailing comma)' : '';
        return { offset: i, expected: `a property name in double quotes${hint}` };
      }
      const problem = scanString();
      if (problem) return problem;
      skipWhitespace();
      if (text[i] !== ':') return { offset: i, expected: 'a colon after the property name' };
      i++;
      expect = 'value';
    } else {
      if (expect === 'item' && c === ']') {
        return { offset: i, expected: 'a value after the comma (JSON allows no trailing comma)' };
      }
      const problem = scanValue();
      if (problem) return problem;
    }
  }
}

/**
 * Writes a value as JSON a person can read and a diff can compare: 2-space indents, object keys
 * in sorted order, a final line break. The same data always gives the same text.
 *
 * @throws {SelValidationError} subject `JSON value` when the value holds something JSON cannot
 * represent without loss (a non-finite number, a bigint, a function, a Map or Set, `undefined` in
 * an array, or a cycle), at the path of the first such thing.
 */
export function toJson(value: unknown): string {
  return `${write(value, [], '', new Set())}\n`;
}

function unrepresentable(path: IssuePath, what: string): SelValidationError {
  return new SelValidationError('JSON value', [
    { path, message: `Expected a value JSON can represent, found ${what}`, code: 'not-json' },
  ]);
}

function write(value: unknown, path: PropertyKey[], indent: string, ancestors: Set<object>): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw unrepresentable(path, String(value));
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      throw unrepresentable(path, typeof value === 'undefined' ? 'undefined' : `a ${typeof value}`);
  }
  const toJSON: unknown = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') return write(toJSON.call(value) as unknown, path, indent, ancestors);
  if (value instanceof Map || value instanceof Set) throw unrepresentable(path, `a ${value.constructor.name}`);
  if (ancestors.has(value)) throw unrepresentable(path, 'a reference back to a containing object (a cycle)');
  ancestors.add(value);
  const inner = `${indent}  `;
  let out: string;
  if (Array.isArray(value)) {
    const items = (value as unknown[]).map(
      (item, index) => `${inner}${write(item, [...path, index], inner, ancestors)}`,
    );
    out = items.length === 0 ? '[]' : `[\n${items.join(',\n')}\n${indent}]`;
  } else {
    const record = value as Record<string, unknown>;
    const entries = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort()
      .map((key) => `${inner}${JSON.stringify(key)}: ${write(record[key], [...path, key], inner, ancestors)}`);
    out = entries.length === 0 ? '{}' : `{\n${entries.join(',\n')}\n${indent}}`;
  }
  ancestors.delete(value);
  return out;
}

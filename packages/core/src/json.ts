import type { core } from 'zod/mini';
import { SelValidationError } from './errors.js';
import { parseWith } from './zod-parse.js';
import type { IssuePath } from './errors.js';
import { createJsonReader, type JsonSyntaxIssue } from './json-reader.js';

/**
 * JSON reading and writing for @sel data. One reader finds syntax errors (`createJsonReader`),
 * so they are reported the same way in every JavaScript engine and every package: a
 * `JsonSyntaxIssue` with the line and column, in words that say what was expected there.
 */

/** What {@link safeReadJson} found: the value, or the first place the text stops being JSON. */
export type JsonReadResult =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly issue: JsonSyntaxIssue };

/**
 * Reads JSON text without throwing (a leading byte-order mark is ignored). Valid text is read by
 * the engine's `JSON.parse`; invalid text is read again by {@link createJsonReader}, which says
 * what was expected where, in the same words in every engine.
 */
export function safeReadJson(text: string): JsonReadResult {
  const source = text.replace(/^\uFEFF/, '');
  try {
    return { ok: true, value: JSON.parse(source) as unknown };
  } catch {
    // The reader accepts exactly what JSON.parse accepts; here it finds where the text breaks off.
    const reader = createJsonReader(source);
    let read = reader.step(Infinity);
    while (!read.done) read = reader.step(Infinity);
    return read;
  }
}

/**
 * Reads JSON text and validates it against `schema`.
 *
 * @param subject what the text is, for messages, e.g. `partner inventory`.
 * @throws {SelValidationError} for a syntax error, with a {@link JsonSyntaxIssue} (code
 * `invalid-json`, its line and column); for data that does not match the schema, at the path of
 * each problem.
 */
export function parseJson<S extends core.$ZodType>(text: string, schema: S, subject: string): core.output<S> {
  return parseWith(schema, readJson(text, subject), subject);
}

/**
 * Reads JSON text without validating its shape (a leading byte-order mark is ignored).
 *
 * @throws {SelValidationError} for a syntax error, with a {@link JsonSyntaxIssue}.
 */
export function readJson(text: string, subject = 'JSON'): unknown {
  const read = safeReadJson(text);
  if (!read.ok) throw new SelValidationError(subject, [read.issue]);
  return read.value;
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

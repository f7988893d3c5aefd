/**
 * Turns a valid document into invalid ones for the malformed-data property tests: one value
 * somewhere in the document is replaced by something no @sel schema accepts there.
 *
 * The replacements are chosen so the result is invalid whatever the schema says: `null` (no
 * @sel field is nullable, and `undefined` is never used), or a value of another JSON type than
 * the valid one (a number where text was, text where a number, boolean, list or object was).
 */
import fc from 'fast-check';
import type { SelIssue } from '@sel/core';

export type JsonPath = readonly (string | number)[];

/** The path of every value inside `document` (the document itself excluded), parents before children. */
export function pathsOf(document: unknown): JsonPath[] {
  const paths: JsonPath[] = [];
  const visit = (value: unknown, path: JsonPath): void => {
    if (path.length > 0) paths.push(path);
    if (Array.isArray(value))
      value.forEach((item, index) => {
        visit(item, [...path, index]);
      });
    else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    }
  };
  visit(document, []);
  return paths;
}

/** The value at `path`, or `undefined` when there is none. */
export function valueAt(document: unknown, path: JsonPath): unknown {
  let value = document;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** A deep copy of `document` (plain JSON data) with the value at `path` replaced. */
export function withValueAt(document: unknown, path: JsonPath, replacement: unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return replacement;
  if (Array.isArray(document)) {
    return document.map((item: unknown, index) => (index === key ? withValueAt(item, rest, replacement) : item));
  }
  const record = document as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const [name, item] of Object.entries(record)) {
    copy[name] = name === String(key) ? withValueAt(item, rest, replacement) : item;
  }
  return copy;
}

/** A value of another JSON type than `value`, which a schema that accepts `value` must refuse. */
export function otherTypeThan(value: unknown): unknown {
  if (typeof value === 'string') return 404;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return 'a list was expected here';
  return ['an object was expected here'];
}

export interface Mutation {
  readonly path: JsonPath;
  readonly replacement: unknown;
  readonly document: unknown;
}

/** Every way of breaking one value of `document`, as a fast-check arbitrary. */
export function mutationOf(document: unknown): fc.Arbitrary<Mutation> {
  const paths = pathsOf(document);
  return fc.tuple(fc.constantFrom(...paths), fc.boolean()).map(([path, useNull]) => {
    const replacement = useNull ? null : otherTypeThan(valueAt(document, path));
    return { path, replacement, document: withValueAt(document, path, replacement) };
  });
}

/** Whether `prefix` is the start of `path` (or all of it). */
export function isPrefix(prefix: readonly PropertyKey[], path: JsonPath): boolean {
  return prefix.length <= path.length && prefix.every((key, index) => String(key) === String(path[index]));
}

/**
 * Checks what a parse of a mutated document reported: at least one issue, every issue with a
 * message and a path of keys and indexes, and one issue at the broken value or at a parent of it
 * (a union or a record reports at the value that holds the broken part).
 */
export function describeRejection(issues: readonly SelIssue[], path: JsonPath): string | undefined {
  if (issues.length === 0) return 'no issues reported';
  for (const issue of issues) {
    if (issue.message.trim() === '') return `an issue at ${JSON.stringify(issue.path)} has no message`;
    if (!issue.path.every((key) => typeof key === 'string' || typeof key === 'number')) {
      return `an issue path holds something other than keys and indexes: ${String(issue.path)}`;
    }
  }
  const covering = issues.filter((issue) => issue.path.length > 0 && isPrefix(issue.path, path));
  if (covering.length === 0) {
    return `no issue at ${JSON.stringify(path)} or a parent of it; got ${JSON.stringify(issues.map((i) => i.path))}`;
  }
  return undefined;
}

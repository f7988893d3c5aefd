/**
 * Generated documents for the plain readers' property tests: a valid document broken in one to
 * three places with values a schema must tell apart (other types, fractions and huge integers,
 * blank text, bad ids, repeated ids, links and dates that are nearly right, lists too short or too
 * long, keys left out or added, holes), and a check that a plain reader agrees with a schema.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import type { ParseResult } from './errors.js';
import { pathsOf, valueAt, type JsonPath } from './test-malformed.js';

/** Values that land on a boundary of some check of the rubric or assessment schemas. */
const TRICKY_VALUES: readonly unknown[] = [
  '',
  '   ',
  'plan-for-sel',
  'Plan For SEL',
  'a--b',
  '-a',
  '12',
  '1.5',
  0,
  1,
  4,
  -3,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  2 ** 60,
  -(2 ** 60),
  null,
  undefined,
  true,
  [],
  ['a'],
  ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
  {},
  { length: 2 },
  { length: 9 },
  'ab',
  'abcdefgh',
  'district',
  'school',
  'District',
  ' https://example.org/plan.pdf ',
  'https://example.org/plan b.pdf',
  'https://exa mple.org/',
  'http:/example.org',
  'http:example.org',
  'ftp://example.org/',
  'https://example.org/\ta',
  'HTTPS://EXAMPLE.ORG/',
  'https://',
  'mailto:a@example.org',
  '2024-02-29',
  '2023-02-29',
  '2024-1-01',
  '2024-12-31T00:00:00Z',
  'en',
  'es-MX',
  'en_US',
  'english',
  'x-district',
];

/** Values only a program (not JSON) gives: class instances and objects without a prototype. */
function programValues(): unknown[] {
  const bare = Object.create(null) as Record<string, unknown>;
  bare['level'] = 2;
  return [new Date(0), new Map(), bare, JSON.parse('{"__proto__": {"level": 2}, "ok": {"level": 2}}')];
}

/** The value at `path`, or `undefined` when an earlier change took the place away. */
function reachable(document: unknown, path: JsonPath): unknown {
  let node = document;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** A copy of `document` with `change` made at `path`, when that place is still there. */
function changed(
  document: unknown,
  path: JsonPath,
  change: (parent: Record<string | number, unknown>, key: string | number) => void,
): unknown {
  const copy = structuredClone(document);
  const parent = reachable(copy, path.slice(0, -1));
  const key = path.at(-1);
  if (key !== undefined && typeof parent === 'object' && parent !== null) {
    change(parent as Record<string | number, unknown>, key);
  }
  return copy;
}

/** A value as a failing run names it. */
function named(value: unknown): string {
  try {
    return typeof value === 'string' ? JSON.stringify(value) : String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** One to three changes to `document` at its paths, each described for a failing run. */
export function brokenDocuments(
  document: object,
): fc.Arbitrary<{ readonly input: unknown; readonly describe: string }> {
  const paths = pathsOf(document);
  const texts = paths.map((path) => valueAt(document, path)).filter((value) => typeof value === 'string');
  const value = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...TRICKY_VALUES) },
    { weight: 2, arbitrary: fc.constantFrom(...texts) },
    { weight: 1, arbitrary: fc.constantFrom(...programValues()) },
    { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
    { weight: 1, arbitrary: fc.double() },
  );
  const change = fc.oneof(
    fc.tuple(fc.constant('set' as const), fc.constantFrom(...paths), value),
    fc.tuple(fc.constant('remove' as const), fc.constantFrom(...paths), fc.constant(undefined)),
    fc.tuple(fc.constant('add key' as const), fc.constantFrom([] as JsonPath, ...paths), value),
    fc.tuple(fc.constant('grow' as const), fc.constantFrom(...paths), fc.integer({ min: 1, max: 6 })),
    fc.tuple(fc.constant('shrink' as const), fc.constantFrom(...paths), fc.integer({ min: 0, max: 2 })),
  );
  return fc.array(change, { minLength: 1, maxLength: 3 }).map((changes) => {
    let input: unknown = document;
    for (const [kind, path, given] of changes) {
      if (kind === 'set') input = changed(input, path, (parent, key) => (parent[key] = given));
      else if (kind === 'remove') input = changed(input, path, (parent, key) => Reflect.deleteProperty(parent, key));
      else if (kind === 'add key') {
        input = changed(input, [...path, 'extra'], (parent) => {
          if (!Array.isArray(parent)) parent['extra'] = given;
        });
      } else {
        input = changed(input, path, (parent, key) => {
          const list: unknown = parent[key];
          if (!Array.isArray(list)) return;
          const items = list as unknown[];
          parent[key] =
            kind === 'grow' ? [...items, ...Array.from({ length: given }, () => items[0])] : items.slice(0, given);
        });
      }
    }
    return {
      input,
      describe: changes.map(([kind, path, given]) => `${kind} ${JSON.stringify(path)} ${named(given)}`).join('; '),
    };
  });
}

/** That a plain reader gave what the schema gave: the same verdict, value, and issues in the same order. */
export function expectSameReading<T>(plain: ParseResult<T>, schema: ParseResult<T>, describe: string): void {
  if (schema.ok) {
    expect(plain, describe).toStrictEqual(schema);
    return;
  }
  expect(plain.ok, describe).toBe(false);
  if (!plain.ok) {
    expect(plain.error.subject, describe).toBe(schema.error.subject);
    expect(plain.error.issues, describe).toStrictEqual(schema.error.issues);
  }
}

/**
 * Generated breakage for core's malformed-data property tests: a valid document broken at one
 * place (another JSON type or `null` at any path, a required field left out), and a check that a
 * reported issue points at that place. The components' tests have the same helpers in
 * `packages/components/src/test/hostile/malformed.ts` (a package's tests do not import another's).
 */
import fc from 'fast-check';
import type { SelIssue } from './errors.js';

export type JsonPath = readonly (string | number)[];

/** Every path inside `value` (through objects and arrays, not the root), parents before children. */
export function pathsOf(value: unknown, prefix: JsonPath = []): JsonPath[] {
  if (typeof value !== 'object' || value === null) return [];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((item, index): [number, unknown] => [index, item])
    : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
}

export function valueAt(document: unknown, path: JsonPath): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], document);
}

/** A copy of `document` with the value at `path` replaced, or removed when `remove` is set. */
export function withValueAt(document: unknown, path: JsonPath, replacement: unknown, remove = false): unknown {
  const copy = structuredClone(document);
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1) ?? 0;
  if (remove) Reflect.deleteProperty(node, last);
  else node[last] = replacement;
  return copy;
}

/** A value of another JSON type than `value`. */
export function otherTypeThan(value: unknown): unknown {
  if (typeof value === 'string') return 42;
  if (typeof value === 'number' || typeof value === 'boolean') return 'forty-two';
  if (Array.isArray(value)) return { length: 0 };
  return ['not', 'an', 'object'];
}

/** One way a valid document was broken, at `path`. */
export interface Mutation {
  readonly path: JsonPath;
  readonly describe: string;
  readonly apply: (document: unknown) => unknown;
}

/** Another JSON type, or `null`, at any path of `document` (a schema without nullable or `unknown` fields refuses each). */
export function typeMutation(
  document: unknown,
  paths: readonly JsonPath[] = pathsOf(document),
): fc.Arbitrary<Mutation> {
  return fc.tuple(fc.constantFrom(...paths), fc.boolean()).map(([path, asNull]) => ({
    path,
    describe: `${asNull ? 'null' : 'another type'} at ${JSON.stringify(path)}`,
    apply: (doc: unknown) => withValueAt(doc, path, asNull ? null : otherTypeThan(valueAt(doc, path))),
  }));
}

/** One of the `required` paths of `document` left out. */
export function removalMutation(required: readonly JsonPath[]): fc.Arbitrary<Mutation> {
  return fc.constantFrom(...required).map((path) => ({
    path,
    describe: `no ${JSON.stringify(path)}`,
    apply: (doc: unknown) => withValueAt(doc, path, undefined, true),
  }));
}

/** Whether an issue points at `path`, or at a place around or inside it. */
export function pointsAt(issue: SelIssue, path: JsonPath): boolean {
  const n = Math.min(issue.path.length, path.length);
  return n > 0 && issue.path.slice(0, n).every((key, i) => String(key) === String(path[i]));
}

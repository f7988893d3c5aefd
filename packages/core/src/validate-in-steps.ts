import type { core } from 'zod/mini';
import { SelValidationError, type ParseResult, type SelIssue } from './errors.js';
import { safeParseWith } from './zod-parse.js';

/**
 * Where the long list sits in a document, from the root: property names, and `'*'` for every item
 * of an array on the way. `['milestones']`, or `['focusAreas', '*', 'practices', '*', 'indicators']`;
 * `[]` when the document itself is the list.
 */
export type ListPath = readonly string[];

// The parts of a zod schema this module reads: its definition and its checks.
interface RawIssue {
  readonly code?: string;
  readonly path?: readonly PropertyKey[];
  readonly message?: string;
  readonly inst?: Check;
}
interface Check {
  readonly _zod: {
    readonly def: { readonly error?: (issue: RawIssue) => unknown };
    check(payload: { value: unknown; issues: RawIssue[] }): unknown;
  };
}
interface Schema {
  readonly _zod: {
    readonly def: {
      readonly type: string;
      readonly shape?: Readonly<Record<string, Schema>>;
      readonly element?: Schema;
      readonly innerType?: Schema;
      readonly checks?: readonly Check[];
    };
  };
}

type Record_ = Record<string, unknown>;
const isRecord = (value: unknown): value is Record_ =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The schemas of the containers on the way to the list (the list's own array schema last) and the
 * schema of one item, or `undefined` when the schema has another shape than the path says.
 */
function schemasAlong(schema: Schema, listPath: ListPath): { containers: Schema[]; item: Schema } | undefined {
  const containers: Schema[] = [];
  let node: Schema | undefined = schema;
  for (const key of [...listPath, '']) {
    while (node?._zod.def.innerType) node = node._zod.def.innerType;
    if (!node) return undefined;
    containers.push(node);
    const def: Schema['_zod']['def'] = node._zod.def;
    const { type, shape, element } = def;
    if (key === '' || key === '*') {
      if (type !== 'array') return undefined;
      node = element;
    } else {
      if (type !== 'object') return undefined;
      node = shape?.[key];
    }
  }
  const item = containers.at(-1)?._zod.def.element;
  return item && { containers, item };
}

interface List {
  /** Concrete path of the list, e.g. `['focusAreas', 0, 'practices', 2, 'indicators']`. */
  readonly path: readonly (string | number)[];
  readonly items: readonly unknown[];
}

/**
 * Copies `value` along `listPath`, each list cut to its first item (so a rule like "at least one
 * indicator" still holds), and notes every list found with its concrete path.
 */
function cut(value: unknown, listPath: ListPath, depth: number, at: (string | number)[], lists: List[]): unknown {
  const key = listPath[depth];
  if (key === undefined) {
    if (!Array.isArray(value)) return value;
    lists.push({ path: [...at], items: value });
    return value.slice(0, 1);
  }
  if (key === '*') {
    return Array.isArray(value)
      ? value.map((item, index) => cut(item, listPath, depth + 1, [...at, index], lists))
      : value;
  }
  if (!isRecord(value) || !Object.hasOwn(value, key)) return value;
  return { ...value, [key]: cut(value[key], listPath, depth + 1, [...at, key], lists) };
}

function at(root: unknown, path: readonly (string | number)[]): unknown {
  let node = root;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  return node;
}

const fail = (subject: string, issues: readonly SelIssue[]): ParseResult<never> => ({
  ok: false,
  error: new SelValidationError(subject, issues),
});

/**
 * Validates `raw` against `schema` as `safeParseWith` does, in small steps, for data with one long
 * list (thousands of milestones, hundreds of indicators with pages of text): it yields after the
 * rest of the document and after each item, so a caller can give the main thread back between
 * steps. First the document with each list cut to its first item, then every other item alone
 * with the list's item schema, each issue at its full path; when all are valid, the rules of the
 * containers on the way (unique ids, cross-references) run once on the whole data. Returns the
 * same value as `safeParseWith`; with invalid data, the same verdict and each issue of each item
 * (rules across items run only once every item is valid).
 *
 * Falls back to one `safeParseWith` when `schema` does not have the shape `listPath` describes.
 */
export function* validateInSteps<S extends core.$ZodType>(
  schema: S,
  raw: unknown,
  subject: string,
  listPath: ListPath,
): Generator<void, ParseResult<core.output<S>>, void> {
  const schemas = schemasAlong(schema as unknown as Schema, listPath);
  if (!schemas) return safeParseWith(schema, raw, subject);
  const lists: List[] = [];
  const shell = safeParseWith(schema, cut(raw, listPath, 0, [], lists), subject);
  const issues: SelIssue[] = shell.ok ? [] : [...shell.error.issues];
  const rest: unknown[][] = [];
  for (const list of lists) {
    const values: unknown[] = [];
    rest.push(values);
    for (let index = 1; index < list.items.length; index += 1) {
      yield;
      const item = safeParseWith(schemas.item as unknown as S, list.items[index], subject);
      if (item.ok) values.push(item.value);
      else for (const found of item.error.issues) issues.push({ ...found, path: [...list.path, index, ...found.path] });
    }
  }
  if (!shell.ok || issues.length > 0) return fail(subject, issues);
  yield;

  // Put the lists back together, then run the containers' own rules on the whole data.
  let value: unknown = shell.value;
  lists.forEach((list, n) => {
    const whole = [...(at(value, list.path) as unknown[]), ...(rest[n] ?? [])];
    const parent = list.path.slice(0, -1);
    const key = list.path.at(-1);
    if (key === undefined) value = whole;
    else (at(value, parent) as Record<string | number, unknown>)[key] = whole;
  });
  const checked = new Set<unknown>();
  for (const list of lists) {
    for (let depth = list.path.length; depth >= 0; depth -= 1) {
      const path = list.path.slice(0, depth);
      const container = at(value, path);
      if (checked.has(container)) continue;
      checked.add(container);
      const payload = { value: container, issues: [] as RawIssue[] };
      for (const check of schemas.containers[depth]?._zod.def.checks ?? []) check._zod.check(payload);
      for (const found of payload.issues) {
        const own = found.inst?._zod.def.error?.(found);
        issues.push({
          path: [...path, ...(found.path ?? [])],
          code: found.code ?? 'custom',
          message:
            found.message ??
            (typeof own === 'string'
              ? own
              : isRecord(own) && typeof own['message'] === 'string'
                ? own['message']
                : 'Invalid input'),
        });
      }
    }
  }
  return issues.length > 0 ? fail(subject, issues) : { ok: true, value: value as core.output<S> };
}

/**
 * Validates `raw` against `schema` at once, with the signature of {@link validateInSteps}, for code
 * written once for both ways.
 */
// eslint-disable-next-line require-yield -- one step, by design
export function* validateAtOnce<S extends core.$ZodType>(
  schema: S,
  raw: unknown,
  subject: string,
): Generator<void, ParseResult<core.output<S>>, void> {
  return safeParseWith(schema, raw, subject);
}

/** Runs steps to the end at once and gives their result. */
export function finishSteps<R>(steps: Iterator<unknown, R, undefined>): R {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

import type * as z from 'zod/mini';
import { SelValidationError } from './errors.js';
import type { SelIssue } from './errors.js';
import { FOCUS_AREA_NUMBERS, RESOURCE_AUDIENCES, RESOURCE_KINDS, RESOURCE_ORIGINS } from './resource-vocabulary.js';
import type { resourceQuerySchema } from './resource.js';

// `parseResourceQuery` checks a query by hand, with the messages of `resourceQuerySchema`, so a
// program that searches a catalog does not bring zod for it: the query API with this check is a
// few kilobytes, with zod about ten. The schema stays the definition (types, documentation); a
// property test in resource-query.test.ts keeps the two in agreement on every input.

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_MESSAGE =
  'Expected a slug: lowercase letters and digits in words joined by single hyphens, e.g. "sel-partnerships"';

/** How zod names the type of a value in "Invalid input: expected ..., received ..." messages. */
function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return typeof value;
}

type Check = (value: unknown) => boolean;

const oneOf =
  (choices: readonly unknown[]): Check =>
  (value) =>
    choices.includes(value);

/** A field that takes one value or a list of them, with the message of its union. */
function oneOrMany(check: Check, what: () => string) {
  return (value: unknown, path: string, issues: SelIssue[]): void => {
    if (check(value) || (Array.isArray(value) && value.every(check))) return;
    issues.push({ path: [path], code: 'invalid_union', message: `Expected ${what()}, or a list of them` });
  };
}

/**
 * The source organisation: a non-empty text or a list of them. As in the schema's union, text
 * that is only spaces (a string, so the text branch fits but for its content) is reported where it
 * is, at the field or at its index in a list of strings; anything else gets the union's message.
 */
function sourceField(value: unknown, path: string, issues: SelIssue[]): void {
  const blank = (text: string) => !/\S/.test(text);
  const message = 'Expected a source organisation (a non-empty string)';
  if (typeof value === 'string') {
    if (blank(value)) issues.push({ path: [path], code: 'invalid_format', message });
    return;
  }
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
    value.forEach((item: string, index) => {
      if (blank(item)) issues.push({ path: [path, index], code: 'invalid_format', message });
    });
    return;
  }
  issues.push({ path: [path], code: 'invalid_union', message: 'Expected a source organisation, or a list of them' });
}

/** A field that takes a list of tag slugs: each item that is not one is reported at its index. */
function slugList(value: unknown, path: string, issues: SelIssue[]): void {
  if (!Array.isArray(value)) {
    issues.push({
      path: [path],
      code: 'invalid_type',
      message: `Invalid input: expected array, received ${typeName(value)}`,
    });
    return;
  }
  value.forEach((item: unknown, index) => {
    if (typeof item !== 'string') {
      issues.push({
        path: [path, index],
        code: 'invalid_type',
        message: `Invalid input: expected string, received ${typeName(item)}`,
      });
    } else if (!SLUG.test(item)) {
      issues.push({ path: [path, index], code: 'invalid_format', message: SLUG_MESSAGE });
    }
  });
}

/** The checks of the query's fields, in the order of the schema's shape. */
const fields: Readonly<Record<string, (value: unknown, path: string, issues: SelIssue[]) => void>> = {
  focusArea: /* @__PURE__ */ oneOrMany(/* @__PURE__ */ oneOf(FOCUS_AREA_NUMBERS), () => 'a focus area number (1 to 4)'),
  kind: /* @__PURE__ */ oneOrMany(
    /* @__PURE__ */ oneOf(RESOURCE_KINDS),
    () => `a resource kind (${RESOURCE_KINDS.join(', ')})`,
  ),
  source: sourceField,
  origin: (value, path, issues) => {
    if (!RESOURCE_ORIGINS.includes(value as (typeof RESOURCE_ORIGINS)[number])) {
      issues.push({
        path: [path],
        code: 'invalid_value',
        message: 'Expected an origin: district-artifact or learn-more',
      });
    }
  },
  audience: /* @__PURE__ */ oneOrMany(/* @__PURE__ */ oneOf(RESOURCE_AUDIENCES), () => 'an audience'),
  tags: slugList,
  anyTags: slugList,
  text: (value, path, issues) => {
    if (typeof value !== 'string') {
      issues.push({ path: [path], code: 'invalid_type', message: 'Expected the search text as a string' });
    }
  },
};

/**
 * Validates a resource query (see `resourceQuerySchema`); throws a `SelValidationError` naming
 * every bad field. Fields the schema does not know are left out of the result, as the schema does.
 */
export function parseResourceQuery(input: unknown): z.output<typeof resourceQuerySchema> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new SelValidationError('resource query', [
      { path: [], code: 'invalid_type', message: `Invalid input: expected object, received ${typeName(input)}` },
    ]);
  }
  const issues: SelIssue[] = [];
  const query: Record<string, unknown> = {};
  for (const [name, check] of Object.entries(fields)) {
    if (!Object.hasOwn(input, name)) continue;
    const value = (input as Record<string, unknown>)[name];
    query[name] = value;
    if (value !== undefined) check(value, name, issues);
  }
  if (issues.length > 0) throw new SelValidationError('resource query', issues);
  return query;
}

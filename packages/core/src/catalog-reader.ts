import type { IssuePath, ParseResult } from './errors.js';
import { readLanguageTag } from './language-tag-reader.js';
import {
  checkLength,
  listInSteps,
  listOf,
  PlainReading,
  readCheckedString,
  readFields,
  readHttpUrl,
  readOneOf,
  runSteps,
  type Read,
  type Steps,
} from './plain-reader.js';
import type { BilingualText, Catalog, LocalizedText, Resource, Tag } from './resource.js';
import { FOCUS_AREA_NUMBERS, RESOURCE_AUDIENCES, RESOURCE_KINDS, RESOURCE_ORIGINS } from './resource-vocabulary.js';

// A resource catalog read in plain code: what `catalogSchema` gives (value, verdict, issues and
// their messages) without zod, for a page that finds resources. catalog-reader.property.test.ts
// holds the two together.

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const VISIBLE = /\S/;

const readSlug = /* @__PURE__ */ readCheckedString(
  (text) => SLUG.test(text),
  'invalid_format',
  'Expected a slug: lowercase letters and digits in words joined by single hyphens, e.g. "sel-partnerships"',
);

/** Text with a visible character; both problems say `Expected <what> (a non-empty string)`. */
function readText(what: string): Read<string> {
  const message = `Expected ${what} (a non-empty string)`;
  return readCheckedString((text) => VISIBLE.test(text), 'invalid_format', message, message);
}

const kindMessage = (): string => `Expected a resource kind: ${RESOURCE_KINDS.join(', ')}`;
const audienceMessage = (): string => `Expected an audience: ${RESOURCE_AUDIENCES.join(', ')}`;

const readEnglish = /* @__PURE__ */ readText('English text');
const readSpanish = /* @__PURE__ */ readText('Spanish text');
const readTitle = /* @__PURE__ */ readText('a title');
const readSource = /* @__PURE__ */ readText('a source organisation');
const readDistrict = /* @__PURE__ */ readText('a district name');
const readKind = /* @__PURE__ */ readOneOf(RESOURCE_KINDS, /* @__PURE__ */ kindMessage());
const readAudience = /* @__PURE__ */ readOneOf(RESOURCE_AUDIENCES, /* @__PURE__ */ audienceMessage());
const readOrigin = /* @__PURE__ */ readOneOf(RESOURCE_ORIGINS, 'Expected an origin: district-artifact or learn-more');
const readUrl = /* @__PURE__ */ readHttpUrl('Expected a web address (http or https), e.g. "https://example.org/page"');
const readTags = /* @__PURE__ */ listOf(readSlug);

/** A focus area number (`z.literal([1, 2, 3, 4], { error })`). */
const readFocusArea: Read<number> = (reading, input, path) => {
  if (!(FOCUS_AREA_NUMBERS as readonly unknown[]).includes(input)) {
    reading.add(path, 'invalid_value', 'Expected a focus area number: 1, 2, 3 or 4');
  }
  return input as number;
};

/** A list of at least one item (`z.array(item).check(z.minLength(1, { error }))`). */
function atLeastOne<T>(item: Read<T>, tooShort: string): Read<T[]> {
  const readItems = listOf(item);
  return (reading, input, path) => {
    const mark = reading.mark;
    const list = readItems(reading, input, path);
    checkLength(reading, mark, list, path, { min: 1, tooShort });
    return list;
  };
}

const readFocusAreas = /* @__PURE__ */ atLeastOne(readFocusArea, 'Expected at least one focus area (1 to 4)');
const readAudiences = /* @__PURE__ */ atLeastOne(readAudience, 'Expected at least one audience');

const readBilingual: Read<BilingualText> = (reading, input, path) =>
  readFields(reading, input, path, [
    ['en', readEnglish],
    ['es', readSpanish],
  ]) as BilingualText;

const readLocalized: Read<LocalizedText> = (reading, input, path) =>
  readFields(reading, input, path, [
    ['en', readEnglish],
    ['es', readSpanish, true],
  ]) as LocalizedText;

const readTag: Read<Tag> = (reading, input, path) =>
  readFields(reading, input, path, [
    ['slug', readSlug],
    ['label', readBilingual],
  ]) as Tag;

/** Reports every value of `values` seen before, as the schema does. */
function reportRepeats(
  reading: PlainReading,
  values: readonly (string | number)[],
  path: IssuePath,
  what: string,
): void {
  const seen = new Set<string | number>();
  values.forEach((value, index) => {
    if (seen.has(value)) {
      reading.add(
        [...path, index],
        'custom',
        `Expected each ${what} once, but ${JSON.stringify(value)} is repeated`,
        true,
      );
    }
    seen.add(value);
  });
}

/** One resource (`resourceSchema`): its fields, then, when they are sound, the rules across them. */
export const readResource: Read<Resource> = (reading, input, path) => {
  const mark = reading.mark;
  const resource = readFields(reading, input, path, [
    ['id', readSlug],
    ['title', readTitle],
    ['lang', readLanguageTag, true],
    ['source', readSource],
    ['kind', readKind],
    ['focusAreas', readFocusAreas],
    ['tags', readTags],
    ['audience', readAudiences],
    ['origin', readOrigin],
    ['district', readDistrict, true],
    ['url', readUrl, true],
    ['summary', readLocalized],
  ]) as Resource;
  if (reading.stopped(mark)) return resource;
  reportRepeats(reading, resource.focusAreas, [...path, 'focusAreas'], 'focus area');
  reportRepeats(reading, resource.tags, [...path, 'tags'], 'tag');
  reportRepeats(reading, resource.audience, [...path, 'audience'], 'audience');
  if (resource.origin === 'district-artifact' && resource.district === undefined) {
    reading.add(
      [...path, 'district'],
      'custom',
      'Expected the name of the district that shared this artifact (origin is district-artifact)',
      true,
    );
  }
  return resource;
};

/** One resource is one step, taken after it. */
function* resourceStep(reading: PlainReading, input: unknown, path: IssuePath): Steps<Resource> {
  const resource = readResource(reading, input, path);
  yield;
  return resource;
}

const readTagList = /* @__PURE__ */ listOf(readTag);

/** Adds `key` to `seen`; a key already there is reported at `path` with `message(key)`, as the schema does. */
function reportReused(
  reading: PlainReading,
  seen: Set<string>,
  key: string,
  path: IssuePath,
  message: (key: string) => string,
): void {
  if (seen.has(key)) reading.add(path, 'custom', message(key), true);
  seen.add(key);
}

const slugTwice = (slug: string): string => `Expected unique tag slugs, but "${slug}" is defined twice`;
const idTwice = (id: string): string => `Expected unique resource ids, but "${id}" is used twice`;

/** The checks across a whole catalog: unique tags and ids, tags from the vocabulary. */
function checkWhole(reading: PlainReading, catalog: Catalog): void {
  const slugs = new Set<string>();
  catalog.tags.forEach((tag, index) => {
    reportReused(reading, slugs, tag.slug, ['tags', index, 'slug'], slugTwice);
  });
  const ids = new Set<string>();
  catalog.resources.forEach((resource, index) => {
    reportReused(reading, ids, resource.id, ['resources', index, 'id'], idTwice);
    resource.tags.forEach((tag, tagIndex) => {
      if (!slugs.has(tag)) {
        reading.add(
          ['resources', index, 'tags', tagIndex],
          'custom',
          `Expected a tag from the vocabulary, but "${tag}" is not defined`,
          true,
        );
      }
    });
  });
}

/**
 * Reads a resource catalog as `safeParseWith(catalogSchema, input, subject)` does (the same value,
 * or the same issues in the same order), in plain code and in steps: one after each resource.
 */
export function* checkCatalogInSteps(input: unknown, subject = 'resource catalog'): Steps<ParseResult<Catalog>> {
  const reading = new PlainReading();
  const catalog = readFields(reading, input, [], [['tags', readTagList]]) as Record<string, unknown>;
  if (typeof input === 'object' && input !== null && !Array.isArray(input)) {
    const fields = input as Readonly<Record<string, unknown>>;
    const resources = yield* listInSteps(reading, fields['resources'], ['resources'], resourceStep);
    if ('resources' in fields) catalog['resources'] = resources;
  }
  if (!reading.stopped(0)) checkWhole(reading, catalog as Catalog);
  return reading.result(subject, catalog as Catalog);
}

/** {@link checkCatalogInSteps} at once: a catalog read as `safeParseCatalog` reads it, without zod. */
export function checkCatalog(input: unknown, subject = 'resource catalog'): ParseResult<Catalog> {
  return runSteps(checkCatalogInSteps(input, subject));
}

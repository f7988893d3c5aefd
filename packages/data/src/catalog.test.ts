import { describe, expect, it } from 'vitest';
import {
  FOCUS_AREA_NUMBERS,
  RESOURCE_KINDS,
  RESOURCE_ORIGINS,
  SelValidationError,
  checkCatalog,
  parseCatalog,
  safeParseCatalog,
} from '@sel/core';
import { catalog } from './catalog.js';
import { tagVocabulary } from './tags.js';
import { syntheticResources } from './test-synthetic-catalog.js';

/** A deep copy the test may damage without touching the shipped catalog. */
function copyOfCatalog() {
  return structuredClone({ tags: [...catalog.tags], resources: [...catalog.resources] });
}

describe('the canonical catalog', () => {
  it('is valid for catalogSchema (ids unique, every tag in the vocabulary)', () => {
    const result = safeParseCatalog(catalog);
    if (!result.ok) throw result.error; // prints every bad path in the CI log
    expect(result.value.resources).toHaveLength(catalog.resources.length);
  });

  it("reads as the schema reads it with core's plain-code reader, as a finder on a page does", () => {
    expect(checkCatalog(catalog)).toStrictEqual(safeParseCatalog(catalog));
    const large = { tags: [...tagVocabulary], resources: syntheticResources(2_000) };
    expect(checkCatalog(large)).toStrictEqual(safeParseCatalog(large));
  });

  it('uses every tag of the vocabulary at least once', () => {
    const used = new Set(catalog.resources.flatMap((resource) => resource.tags));
    expect(catalog.tags.filter((tag) => !used.has(tag.slug)).map((tag) => tag.slug)).toEqual([]);
  });

  it('covers every focus area, origin and kind of the vocabulary', () => {
    expect(new Set(catalog.resources.flatMap((r) => r.focusAreas))).toEqual(new Set(FOCUS_AREA_NUMBERS));
    expect(new Set(catalog.resources.map((r) => r.origin))).toEqual(new Set(RESOURCE_ORIGINS));
    expect(new Set(catalog.resources.map((r) => r.kind))).toEqual(new Set(RESOURCE_KINDS));
  });

  it('names the district of every district artifact', () => {
    for (const resource of catalog.resources.filter((r) => r.origin === 'district-artifact')) {
      expect(resource.district, resource.id).toBeTruthy();
    }
  });

  it('has a Spanish summary for every resource and distinct labels per language', () => {
    expect(catalog.resources.filter((r) => r.summary.es === undefined).map((r) => r.id)).toEqual([]);
    for (const { label } of catalog.tags) {
      expect(new Set(catalog.tags.filter((t) => t.label.es === label.es))).toHaveProperty('size', 1);
      expect(new Set(catalog.tags.filter((t) => t.label.en === label.en))).toHaveProperty('size', 1);
    }
  });

  it('links only to addresses the source pages give', () => {
    const urls = catalog.resources.flatMap((r) => (r.url === undefined ? [] : [r.url]));
    expect(urls.sort()).toEqual([
      'https://casel.org/about-us/our-mission-work/community-network-partners/',
      'https://schoolguide.casel.org/',
    ]);
  });

  it('keeps the titles and sources of the district resource page', () => {
    const byId = new Map(catalog.resources.map((r) => [r.id, r]));
    expect(byId.get('selwell-menu-of-supports')).toMatchObject({
      source: 'Boston Public Schools',
      kind: 'menu-of-supports',
      tags: ['trauma', 'sel-partnerships', 'mtss', 'professional-learning'],
    });
    expect(byId.get('denver-organizational-chart')?.title).toBe(
      'District Organizational Chart: SEL within Student Equity and Opportunity',
    );
    expect(byId.get('k12-equity-directors')?.source).toBe('Center for Urban Education Leadership');
  });
});

describe('an invalid catalog entry', () => {
  it('fails with the path of a tag missing from the vocabulary', () => {
    const broken = copyOfCatalog();
    const index = broken.resources.findIndex((r) => r.id === 'sacramento-sel-board-training');
    const resource = broken.resources[index];
    if (!resource) throw new Error('fixture missing');
    broken.resources[index] = { ...resource, tags: [...resource.tags.slice(0, 2), 'fund-raising'] };
    const error = (() => {
      try {
        parseCatalog(broken);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(SelValidationError);
    expect((error as SelValidationError).issues.map((i) => i.path)).toEqual([['resources', index, 'tags', 2]]);
    expect((error as SelValidationError).message).toContain(`resources[${index}].tags[2]`);
  });

  it('fails with the path of a duplicated id and of a bad field', () => {
    const broken = copyOfCatalog();
    const [first, second] = broken.resources;
    if (!first || !second) throw new Error('fixture missing');
    broken.resources[1] = { ...second, id: first.id };
    const duplicate = safeParseCatalog(broken);
    expect(duplicate.ok ? [] : duplicate.error.issues.map((i) => i.path)).toEqual([['resources', 1, 'id']]);

    const badKind = copyOfCatalog();
    badKind.resources[3] = { ...second, kind: 'pamphlet' } as unknown as typeof second;
    const shape = safeParseCatalog(badKind);
    expect(shape.ok ? [] : shape.error.issues.map((i) => i.path)).toEqual([['resources', 3, 'kind']]);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RESOURCE_AUDIENCES, RESOURCE_KINDS, safeParseCatalog, SelValidationError } from '@sel/core';
import type { FocusAreaNumber, Resource, ResourceQuery } from '@sel/core';
import { createCatalogIndex } from './query.js';
import { resources } from './resources.js';
import { foldSearchText, searchWords } from './search-text.js';
import { districtRubric } from './rubrics/district.js';
import { schoolPartnershipsRubric } from './rubrics/school.js';
import { syntheticResources } from './test-synthetic-catalog.js';
import { tagVocabulary } from './tags.js';

const ids = (found: readonly Resource[]) => found.map((r) => r.id);

function resource(id: string, overrides: Partial<Resource> = {}): Resource {
  return {
    id,
    title: `Title of ${id}`,
    source: 'CASEL',
    kind: 'report',
    focusAreas: [1],
    tags: [],
    audience: ['district-leaders'],
    origin: 'learn-more',
    summary: { en: 'A summary.' },
    ...overrides,
  };
}

describe('createCatalogIndex over the canonical catalog', () => {
  const index = createCatalogIndex(resources);

  it('returns every resource, in catalog order, for an empty query', () => {
    expect(index.query()).toEqual([...resources]);
    expect(index.query({})).toEqual([...resources]);
  });

  it('filters by focus area, kind and source', () => {
    expect(ids(index.query({ kind: 'org-chart' }))).toEqual([
      'sacramento-organizational-chart',
      'denver-organizational-chart',
      'austin-organizational-chart',
    ]);
    expect(ids(index.query({ focusArea: 3, source: 'boston public schools' }))).toEqual(['selwell-menu-of-supports']);
    expect(ids(index.query({ focusArea: 4, kind: ['tool', 'report'] }))).toEqual([
      'ten-years-of-sel-in-districts',
      'nashville-walkthrough-protocol',
      'coordinating-with-community-partners',
    ]);
  });

  it('filters by tags: all of `tags`, any of `anyTags`', () => {
    expect(ids(index.query({ tags: ['district-organizational-charts', 'equity'] }))).toEqual([
      'denver-organizational-chart',
    ]);
    expect(ids(index.query({ anyTags: ['trauma', 'job-descriptions'] }))).toEqual([
      'k12-equity-directors',
      'selwell-menu-of-supports',
    ]);
  });

  it('filters by origin and audience', () => {
    const artifacts = index.query({ origin: 'district-artifact', audience: 'families' });
    expect(ids(artifacts)).toEqual(['bps-selwell-brochure']);
  });

  it('searches titles and both summaries ignoring case and accents', () => {
    expect(ids(index.query({ text: 'SELWELL' }))).toEqual(['selwell-menu-of-supports', 'bps-selwell-brochure']);
    // Spanish summary, typed without accents.
    expect(ids(index.query({ text: 'organigrama oficina academica' }))).toEqual(['sacramento-organizational-chart']);
    // Typed with accents that the English text does not have.
    expect(ids(index.query({ text: 'Denvér' }))).toEqual(['denver-organizational-chart']);
  });

  it('matches search words as prefixes of words, every word required', () => {
    expect(ids(index.query({ text: 'walkthr' }))).toEqual(['nashville-walkthrough-protocol']);
    expect(index.query({ text: 'walkthrough atlanta' })).toEqual([]);
    expect(index.query({ text: 'zzzz' })).toEqual([]);
  });

  it('treats text with no words as no text filter', () => {
    expect(index.query({ text: '  --  ' })).toHaveLength(resources.length);
  });

  it('combines text with facets', () => {
    expect(ids(index.query({ text: 'board', kind: 'presentation' }))).toEqual(['sacramento-sel-board-training']);
    expect(index.query({ text: 'board', kind: 'video' })).toEqual([]);
  });

  it('answers unknown tags and sources with no results rather than an error', () => {
    expect(index.query({ tags: ['no-such-tag'] })).toEqual([]);
    expect(index.query({ source: 'Nobody' })).toEqual([]);
  });

  it('looks resources up by id and lists sources', () => {
    expect(index.get('beyond-the-bell')?.source).toBe('American Institutes for Research');
    expect(index.get('nope')).toBeUndefined();
    expect(index.sources()).toContain('Denver Public Schools');
    expect(new Set(index.sources()).size).toBe(index.sources().length);
  });

  it('rejects a malformed query with the path of the bad field', () => {
    const bad = { focusArea: 7, kind: 'poster', text: 3 } as unknown as ResourceQuery;
    expect(() => index.query(bad)).toThrow(SelValidationError);
    try {
      index.query(bad);
    } catch (error) {
      const issues = (error as SelValidationError).issues;
      expect(issues.map((i) => i.path)).toEqual([['focusArea'], ['kind'], ['text']]);
      expect(issues[0]?.message).toBe('Expected a focus area number (1 to 4), or a list of them');
    }
  });
});

describe('createCatalogIndex edge cases', () => {
  it('handles an empty catalog', () => {
    const index = createCatalogIndex([]);
    expect(index.query()).toEqual([]);
    expect(index.query({ text: 'sel', focusArea: 1 })).toEqual([]);
    expect(index.sources()).toEqual([]);
  });

  it('handles catalogs whose size is and is not a multiple of 32', () => {
    for (const size of [1, 31, 32, 33, 64, 65]) {
      const list = Array.from({ length: size }, (_, i) =>
        resource(`r-${i}`, { focusAreas: [((i % 4) + 1) as FocusAreaNumber] }),
      );
      const index = createCatalogIndex(list);
      expect(index.query()).toHaveLength(size);
      expect(ids(index.query({ focusArea: 2 }))).toEqual(ids(list.filter((r) => r.focusAreas.includes(2))));
      expect(ids(index.query({ text: `r ${size - 1}` }))).toContain(`r-${size - 1}`);
    }
  });

  it('keeps the first of two resources with the same id for get()', () => {
    const first = resource('same', { title: 'First' });
    const index = createCatalogIndex([first, resource('same', { title: 'Second' })]);
    expect(index.get('same')).toBe(first);
    expect(index.query()).toHaveLength(2);
  });
});

/** The obvious, slow implementation the index must agree with. */
function naiveQuery(list: readonly Resource[], query: ResourceQuery): Resource[] {
  const asList = <T>(value: T | readonly T[] | undefined) =>
    value === undefined ? undefined : Array.isArray(value) ? (value as readonly T[]) : [value as T];
  const focusAreas = asList(query.focusArea);
  const kinds = asList(query.kind);
  const audiences = asList(query.audience);
  const sources = asList(query.source)?.map((s) => foldSearchText(s.trim()));
  const terms = searchWords(query.text ?? '');
  return list.filter((r) => {
    if (focusAreas && !focusAreas.some((f) => r.focusAreas.includes(f))) return false;
    if (kinds && !kinds.includes(r.kind)) return false;
    if (audiences && !audiences.some((a) => r.audience.includes(a))) return false;
    if (sources && !sources.includes(foldSearchText(r.source.trim()))) return false;
    if (query.origin !== undefined && r.origin !== query.origin) return false;
    if (query.tags && !query.tags.every((t) => r.tags.includes(t))) return false;
    if (query.anyTags && !query.anyTags.some((t) => r.tags.includes(t))) return false;
    const words = searchWords([r.title, r.summary.en, r.summary.es ?? ''].join(' '));
    return terms.every((term) => words.some((word) => word.startsWith(term)));
  });
}

describe('createCatalogIndex agrees with a naive filter', () => {
  const tagPool = ['equity', 'mtss', 'trauma', 'budgeting', 'school-board'];
  const wordPool = ['Equidad', 'équipe', 'board', 'Boston', 'colaboración', 'plan', 'planning', 'SEL', 'niño'];
  const resourceArb = fc.record({
    focusAreas: fc.uniqueArray(fc.constantFrom<FocusAreaNumber>(1, 2, 3, 4), { minLength: 1 }),
    kind: fc.constantFrom(...RESOURCE_KINDS),
    tags: fc.uniqueArray(fc.constantFrom(...tagPool)),
    audience: fc.uniqueArray(fc.constantFrom(...RESOURCE_AUDIENCES), { minLength: 1, maxLength: 3 }),
    source: fc.constantFrom('CASEL', 'Boston Public Schools', 'casel '),
    origin: fc.constantFrom('learn-more' as const, 'district-artifact' as const),
    title: fc.array(fc.constantFrom(...wordPool), { maxLength: 4 }).map((w) => w.join(' ') || 'Untitled'),
    summary: fc.record({ en: fc.constantFrom('A plan.', 'Boston board'), es: fc.constantFrom('Un plan.', 'Niños') }),
  });
  const queryArb: fc.Arbitrary<ResourceQuery> = fc.record(
    {
      focusArea: fc.oneof(
        fc.constantFrom<FocusAreaNumber>(1, 2, 3, 4),
        fc.array(fc.constantFrom<FocusAreaNumber>(1, 4)),
      ),
      kind: fc.oneof(
        fc.constantFrom(...RESOURCE_KINDS),
        fc.array(fc.constantFrom(...RESOURCE_KINDS), { maxLength: 3 }),
      ),
      audience: fc.constantFrom(...RESOURCE_AUDIENCES),
      source: fc.constantFrom('casel', 'Boston Public Schools'),
      origin: fc.constantFrom('learn-more' as const, 'district-artifact' as const),
      tags: fc.uniqueArray(fc.constantFrom(...tagPool), { maxLength: 2 }),
      anyTags: fc.uniqueArray(fc.constantFrom(...tagPool), { maxLength: 2 }),
      text: fc
        .array(fc.constantFrom('equi', 'BOARD', 'nino', 'plan', 'colab', 'x'), { maxLength: 2 })
        .map((w) => w.join(' ')),
    },
    { requiredKeys: [] },
  );

  it('for random catalogs and queries', () => {
    fc.assert(
      fc.property(fc.array(resourceArb, { maxLength: 70 }), queryArb, (drafts, query) => {
        const list = drafts.map((draft, i) => resource(`r-${i}`, draft));
        expect(ids(createCatalogIndex(list).query(query))).toEqual(ids(naiveQuery(list, query)));
      }),
      { numRuns: 300 },
    );
  }, 30_000); // generous: CI machines can be slow, the run itself takes well under a second
});

describe('createCatalogIndex text postings', () => {
  // The index folds each distinct space-separated chunk once and reuses it; these fragments are the
  // ones where cutting text anywhere but at a plain space could change the words: a combining mark
  // starting a chunk, Greek final sigma, compatibility forms that fold into letters or separators,
  // and other whitespace that is not a plain space.
  const fragments = ['ΟΔΟΣ', 'Σ', 'οδός', 'co\u0301digo', 'código', '\u0301', 'ﬁnal', '½', '¨a', 'İstanbul', 'plan,'];
  const separators = [' ', '  ', '', '\t', '\u00a0', '\n', '-', ' \u0301'];
  const textArb = fc
    .array(fc.tuple(fc.constantFrom(...fragments), fc.constantFrom(...separators)), { maxLength: 8 })
    .map((parts) => parts.map(([fragment, separator]) => fragment + separator).join(''));

  it('finds each resource under every word `searchWords` gives its texts, and no other', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ title: textArb, en: textArb, es: fc.option(textArb, { nil: undefined }) }), {
          minLength: 1,
          maxLength: 12,
        }),
        (drafts) => {
          const list = drafts.map(({ title, en, es }, i) =>
            resource(`r-${i}`, { title, summary: es === undefined ? { en } : { en, es } }),
          );
          const index = createCatalogIndex(list);
          const allWords = new Set(
            list.flatMap((r) => searchWords(`${r.title} ${r.summary.en} ${r.summary.es ?? ''}`)),
          );
          for (const word of allWords) {
            expect(ids(index.query({ text: word }))).toEqual(ids(naiveQuery(list, { text: word })));
          }
        },
      ),
      { numRuns: 200 },
    );
  }, 30_000); // generous: CI machines can be slow, the run itself takes well under a second

  it('finds a chunk repeated across resources and fields in every one of them', () => {
    const list = [
      resource('a', { title: 'Participación, familias', summary: { en: 'none' } }),
      resource('b', { title: 'Other', summary: { en: 'x', es: 'PARTICIPACIÓN, escuela' } }),
      resource('c', { title: 'Participacio\u0301n,\u00a0familias', summary: { en: 'Participación, Participación,' } }),
    ];
    const index = createCatalogIndex(list);
    expect(ids(index.query({ text: 'participacion' }))).toEqual(['a', 'b', 'c']);
    expect(ids(index.query({ text: 'familias' }))).toEqual(['a', 'c']);
    expect(ids(index.query({ text: 'escuela participacion' }))).toEqual(['b']);
  });

  it('finds every chunk when many collide in the chunk table', () => {
    // FNV-1a, as the index hashes chunks: 80 words sharing the low 10 bits of their hash land in one
    // run of the (1,024-slot) table, so the later ones overflow the probe limit and are folded uncached.
    const fnv1a = (text: string) => {
      let hash = 0x811c9dc5;
      for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
      return hash;
    };
    const colliding: string[] = [];
    for (let i = 0; colliding.length < 80; i++) {
      if ((fnv1a(`w${i}`) & 1023) === 0) colliding.push(`w${i}`);
    }
    const list = colliding.map((word, i) =>
      resource(`r-${i}`, { title: `${word} common`, summary: { en: `${word} ${colliding[0] ?? ''}` } }),
    );
    const index = createCatalogIndex(list);
    colliding.forEach((word, i) => {
      expect(ids(index.query({ text: word }))).toEqual(i === 0 ? ids(list) : [`r-${i}`]);
    });
    expect(index.query({ text: 'common' })).toHaveLength(80);
  });

  it('lists sources folded together once, in English collation order', () => {
    const list = ['zeta', 'Émile', 'CASEL', 'casel ', 'émile', 'apple', 'Zeta'].map((source, i) =>
      resource(`r-${i}`, { source }),
    );
    expect(createCatalogIndex(list).sources()).toEqual(['apple', 'CASEL', 'Émile', 'zeta']);
  });
});

describe('forIndicators', () => {
  const index = createCatalogIndex(resources);

  it('finds resources for weak indicators through their tags, best first', () => {
    const matches = index.forIndicators(districtRubric, ['sel-team-serves-all-students', 'sel-embedded-in-frameworks']);
    const [best] = matches;
    // SEL Trends carries the org-chart, alignment and integration tags of both indicators.
    expect(best?.resource.id).toBe('sel-trends-reorganizing-central-offices');
    expect(best?.indicatorIds).toEqual(['sel-team-serves-all-students', 'sel-embedded-in-frameworks']);
    expect(best?.tags).toEqual([
      'sel-and-academic-integration',
      'district-organizational-charts',
      'human-and-financial-resource-alignment',
      'integrate-with-district-priorities',
    ]);
    for (const [a, b] of matches.slice(1).map((m, i) => [matches[i], m] as const)) {
      expect(a?.indicatorIds.length ?? 0).toBeGreaterThanOrEqual(b.indicatorIds.length);
    }
    for (const match of matches) {
      expect(match.tags.length).toBeGreaterThan(0);
      for (const tag of match.tags) expect(match.resource.tags).toContain(tag);
    }
  });

  it('returns every resource sharing a tag with an indicator, and no other', () => {
    const indicatorTags = new Set(['community-partnerships', 'sel-partnerships']);
    const expected = resources.filter((r) => r.tags.some((t) => indicatorTags.has(t))).map((r) => r.id);
    const found = index.forIndicators(districtRubric, ['partners-sorted-by-sel-connection']).map((m) => m.resource.id);
    expect(found.sort()).toEqual(expected.sort());
  });

  it('narrows by a query and a limit', () => {
    const artifacts = index.forIndicators(districtRubric, ['sel-team-serves-all-students'], {
      query: { origin: 'district-artifact' },
      limit: 2,
    });
    expect(artifacts).toHaveLength(2);
    for (const match of artifacts) expect(match.resource.origin).toBe('district-artifact');
    expect(index.forIndicators(districtRubric, ['sel-team-serves-all-students'], { limit: 0 })).toEqual([]);
  });

  it('returns nothing for no indicators and ignores repeated ids', () => {
    expect(index.forIndicators(districtRubric, [])).toEqual([]);
    const once = index.forIndicators(districtRubric, ['share-progress']);
    expect(index.forIndicators(districtRubric, ['share-progress', 'share-progress'])).toEqual(once);
  });

  it('works with any rubric, e.g. the school rubric on a 0-to-3 scale', () => {
    const found = index.forIndicators(schoolPartnershipsRubric, ['shared-improvement']).map((m) => m.resource.id);
    expect(found).toContain('coordinating-with-community-partners');
  });

  it('rejects an indicator the rubric does not have', () => {
    expect(() => index.forIndicators(districtRubric, ['no-such-indicator'])).toThrow(
      expect.objectContaining({ name: 'SelRuleError', code: 'unknown-indicator' }),
    );
  });
});

describe('forIndicators agrees with a naive ranking', () => {
  it('on a synthetic catalog, with and without a query', () => {
    const list = syntheticResources(500, 7);
    const index = createCatalogIndex(list);
    const indicators = ['sel-team-serves-all-students', 'partner-inventory', 'share-progress'];
    const tagSets = indicators.map(
      (id) =>
        new Set(
          districtRubric.focusAreas.flatMap((a) => a.practices.flatMap((p) => p.indicators)).find((i) => i.id === id)
            ?.tags,
        ),
    );
    const expected = list
      .map((r, position) => {
        const helped = tagSets.filter((set) => r.tags.some((t) => set.has(t))).length;
        const linking = r.tags.filter((t) => tagSets.some((set) => set.has(t))).length;
        return { id: r.id, helped, linking, position, origin: r.origin };
      })
      .filter((row) => row.helped > 0)
      .sort((a, b) => b.helped - a.helped || b.linking - a.linking || a.position - b.position);
    expect(index.forIndicators(districtRubric, indicators).map((m) => m.resource.id)).toEqual(
      expected.map((r) => r.id),
    );
    expect(
      index
        .forIndicators(districtRubric, indicators, { query: { origin: 'district-artifact' }, limit: 25 })
        .map((m) => m.resource.id),
    ).toEqual(
      expected
        .filter((r) => r.origin === 'district-artifact')
        .slice(0, 25)
        .map((r) => r.id),
    );
  }, 30_000);
});

describe('CatalogIndex.search', () => {
  const index = createCatalogIndex(resources);
  const count = (query: ResourceQuery) => index.query(query).length;

  it('finds what query finds, with the count of every value of the catalog', () => {
    const { resources: found, counts } = index.search({});
    expect(found).toEqual([...resources]);
    expect(counts.focusArea.get(3)).toBe(count({ focusArea: 3 }));
    expect(counts.kind.get('org-chart')).toBe(3);
    expect(counts.source.get('Boston Public Schools')).toBe(count({ source: 'Boston Public Schools' }));
    expect(counts.origin.get('district-artifact')).toBe(count({ origin: 'district-artifact' }));
    expect(counts.tags.get('equity')).toBe(count({ tags: ['equity'] }));
    expect([...counts.kind.keys()].every((kind) => RESOURCE_KINDS.includes(kind))).toBe(true);
  });

  it('counts a field that takes any of its values without its own choice, and tags within the results', () => {
    const query: ResourceQuery = { focusArea: 3, kind: 'report', text: 'district' };
    const { resources: found, counts } = index.search(query);
    expect(found).toEqual(index.query(query));
    expect(counts.focusArea.get(1)).toBe(count({ ...query, focusArea: 1 }));
    expect(counts.kind.get('guide')).toBe(count({ ...query, kind: 'guide' }));
    expect(counts.origin.get('learn-more')).toBe(count({ ...query, origin: 'learn-more' }));
    expect(counts.tags.get('equity') ?? 0).toBe(count({ ...query, tags: ['equity'] }));
  });

  it('agrees with query on any query over a synthetic catalog', () => {
    const synthetic = syntheticResources(300, 7);
    const big = createCatalogIndex(synthetic);
    fc.assert(
      fc.property(
        fc.record(
          {
            focusArea: fc.subarray([1, 2, 3, 4] as FocusAreaNumber[], { minLength: 1 }),
            kind: fc.subarray([...RESOURCE_KINDS], { minLength: 1 }),
            origin: fc.constantFrom('district-artifact' as const, 'learn-more' as const),
            tags: fc.subarray(['equity', 'trauma', 'mtss', 'budgeting'], { minLength: 1 }),
            text: fc.constantFrom('equ', 'plan', 'ka', 'datos'),
          },
          { requiredKeys: [] },
        ),
        (query) => {
          const { resources: found, counts } = big.search(query);
          expect(found).toEqual(big.query(query));
          for (const [kind, n] of counts.kind) expect(n).toBe(big.query({ ...query, kind }).length);
          for (const [focusArea, n] of counts.focusArea) expect(n).toBe(big.query({ ...query, focusArea }).length);
          for (const [tag, n] of counts.tags) {
            expect(n).toBe(big.query({ ...query, tags: [...(query.tags ?? []), tag] }).length);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('syntheticResources', () => {
  it('makes a catalog that catalogSchema accepts', () => {
    const checked = safeParseCatalog({ tags: tagVocabulary, resources: syntheticResources(400, 3) });
    expect(checked.ok ? [] : checked.error.issues.slice(0, 3)).toEqual([]);
  });
});

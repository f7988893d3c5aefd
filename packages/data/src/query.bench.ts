import { bench, describe } from 'vitest';
import type { Resource, ResourceQuery } from '@sel/core';
import { createCatalogIndex } from './query.js';
import { districtRubric } from './rubrics/district.js';
import { foldSearchText, searchWords } from './search-text.js';
import { syntheticResources } from './test-synthetic-catalog.js';

// Run: npx pnpm@10 exec vitest bench --run packages/data/src/query.bench.ts
const resources = syntheticResources(10_000);
const index = createCatalogIndex(resources);
// The naive side gets its text folded ahead of time too, so only the lookup strategy differs.
const folded = resources.map((r) => searchWords([r.title, r.summary.en, r.summary.es ?? ''].join(' ')));

function naive(query: ResourceQuery): Resource[] {
  const kinds = query.kind === undefined ? undefined : ([] as string[]).concat(query.kind);
  const terms = searchWords(query.text ?? '');
  const source = query.source === undefined ? undefined : foldSearchText(String(query.source));
  return resources.filter((r, i) => {
    if (query.focusArea !== undefined && !r.focusAreas.includes(query.focusArea as 1 | 2 | 3 | 4)) return false;
    if (kinds && !kinds.includes(r.kind)) return false;
    if (source !== undefined && foldSearchText(r.source) !== source) return false;
    if (query.tags && !query.tags.every((t) => r.tags.includes(t))) return false;
    const words = folded[i] ?? [];
    return terms.every((term) => words.some((word) => word.startsWith(term)));
  });
}

const facetQuery: ResourceQuery = { focusArea: 2, kind: ['report', 'guide'], tags: ['equity'] };
const textQuery: ResourceQuery = { text: 'colaboracion equidad' };
const mixedQuery: ResourceQuery = { focusArea: 1, source: 'Source organisation 7', text: 'plan' };

describe('10,000 resources: facets (focus area + kinds + tag)', () => {
  bench('index.query', () => void index.query(facetQuery));
  bench('naive filter', () => void naive(facetQuery));
});

describe('10,000 resources: accent-insensitive text, two words', () => {
  bench('index.query', () => void index.query(textQuery));
  bench('naive filter', () => void naive(textQuery));
});

describe('10,000 resources: facets + source + text', () => {
  bench('index.query', () => void index.query(mixedQuery));
  bench('naive filter', () => void naive(mixedQuery));
});

describe('10,000 resources: the 10 best resources for two weak indicators', () => {
  const weak = ['sel-team-serves-all-students', 'partner-inventory'];
  bench('index.forIndicators', () => void index.forIndicators(districtRubric, weak, { limit: 10 }));
});

import { isDeepStrictEqual } from 'node:util';
import type { Resource, ResourceQuery } from '@sel/core';
import { createCatalogIndex, districtRubric, foldSearchText, searchWords } from '@sel/data';
import { syntheticResources } from '../../packages/data/src/test-synthetic-catalog.js';
import { compare, measure } from '../harness/measure.js';
import { comparedRow, singleRow } from '../harness/result.js';
import type { BenchResult } from '../harness/result.js';
import type { CoreProfile } from './profile.js';

export const RESOURCE_COUNT = 10_000;

/**
 * The naive way: filter the whole catalog on every query, testing each resource against each
 * condition. Its text is folded ahead of time, like the index's, so only the lookup differs.
 */
function naiveQuery(resources: readonly Resource[], folded: readonly string[][], query: ResourceQuery): Resource[] {
  const kinds = query.kind === undefined ? undefined : ([] as string[]).concat(query.kind);
  const terms = searchWords(query.text ?? '');
  const source = query.source === undefined ? undefined : foldSearchText(String(query.source));
  return resources.filter((resource, i) => {
    if (query.focusArea !== undefined && !resource.focusAreas.includes(query.focusArea as 1 | 2 | 3 | 4)) return false;
    if (kinds && !kinds.includes(resource.kind)) return false;
    if (source !== undefined && foldSearchText(resource.source) !== source) return false;
    if (query.tags && !query.tags.every((tag) => resource.tags.includes(tag))) return false;
    const words = folded[i] ?? [];
    return terms.every((term) => words.some((word) => word.startsWith(term)));
  });
}

const QUERIES: readonly { readonly name: string; readonly query: ResourceQuery }[] = [
  { name: 'facets (focus area + 2 kinds + tag)', query: { focusArea: 2, kind: ['report', 'guide'], tags: ['equity'] } },
  { name: 'accent-insensitive text, two words', query: { text: 'colaboracion equidad' } },
  { name: 'facets + source + text', query: { focusArea: 1, source: 'Source organisation 7', text: 'plan' } },
];

export async function catalogQueryBench(profile: CoreProfile): Promise<BenchResult[]> {
  const resources = syntheticResources(RESOURCE_COUNT);
  const index = createCatalogIndex(resources);
  const folded = resources.map((r) => searchWords([r.title, r.summary.en, r.summary.es ?? ''].join(' ')));
  const count = RESOURCE_COUNT.toLocaleString('en-US');
  const rows: BenchResult[] = [];
  for (const { name, query } of QUERIES) {
    const expected = naiveQuery(resources, folded, query).map((r) => r.id);
    if (
      !isDeepStrictEqual(
        index.query(query).map((r) => r.id),
        expected,
      )
    ) {
      throw new Error(`Catalog query "${name}": the naive filter disagrees with the index`);
    }
    const comparison = await compare(
      () => index.query(query),
      () => naiveQuery(resources, folded, query),
      profile.light,
    );
    rows.push(
      comparedRow(
        {
          group: 'core',
          name: `catalog query: ${name}`,
          operation: `one query over ${count} resources (${expected.length} match)`,
          subjectName: 'createCatalogIndex(...).query',
          baselineName: 'naive: filter every resource',
          target: { maxRatio: 1, source: 'floor' },
        },
        comparison,
      ),
    );
  }
  const weak = ['sel-team-serves-all-students', 'partner-inventory'];
  rows.push(
    singleRow(
      {
        group: 'core',
        name: 'catalog: 10 best resources for 2 weak indicators',
        operation: `index.forIndicators over ${count} resources, limit 10`,
        subjectName: 'createCatalogIndex(...).forIndicators',
      },
      await measure(() => index.forIndicators(districtRubric, weak, { limit: 10 }), profile.light),
    ),
    singleRow(
      {
        group: 'core',
        name: 'catalog: build the index',
        operation: `createCatalogIndex over ${count} resources (once per catalog)`,
        subjectName: 'createCatalogIndex',
      },
      // Seconds per build on a busy machine: a few samples say enough.
      await measure(() => createCatalogIndex(resources), {
        ...profile.heavy,
        samples: Math.min(profile.heavy.samples, 9),
      }),
    ),
  );
  return rows;
}

import { parseResourceQuery, SelRuleError } from '@sel/core';
import type { FocusAreaNumber, Resource, ResourceKind, ResourceOrigin, ResourceQuery, Rubric } from '@sel/core';
import { Facet } from './facet.js';
import { emptySet, forEachPosition, hasPosition, intersectInto, type ResourceSet } from './resource-set.js';
import { foldSearchText, searchWords } from './search-text.js';
import { WordIndex } from './word-index.js';

/**
 * The catalog's query API. {@link createCatalogIndex} reads every resource once: each field a
 * query can ask about becomes a {@link Facet} (the set of resources per value) and titles and
 * summaries a {@link WordIndex} (the set of resources per folded word). A query then intersects
 * one set per criterion and lists what is left in catalog order; `forIndicators` counts, per
 * resource, the weak indicators and tags it shares and ranks by those counts.
 */

/** Bits a resource's position takes in a ranking key; a catalog index holds fewer resources than 2^21. */
const POSITION_BITS = 21;

/**
 * One number that sorts `forIndicators` matches best first when sorted ascending: more indicators
 * helped with, then more linking tags, then catalog order. The position takes the low 21 bits and
 * each count 16 bits above it (53 bits in all, exact in a double), so the numbers sort as a typed
 * array and the position is read back with {@link positionOfKey}.
 */
function rankKey(indicators: number, tags: number, position: number): number {
  return (0xffff - indicators) * 2 ** (POSITION_BITS + 16) + (0xffff - tags) * 2 ** POSITION_BITS + position;
}

const positionOfKey = (key: number): number => key % 2 ** POSITION_BITS;

/** A resource that helps with one or more weak indicators, and why. */
export interface IndicatorResourceMatch {
  readonly resource: Resource;
  /** The requested indicators this resource helps with, in the order they were asked for. */
  readonly indicatorIds: readonly string[];
  /** The resource's tags that link it to those indicators, in the resource's own order. */
  readonly tags: readonly string[];
}

/** Narrows and shortens the result of {@link CatalogIndex.forIndicators}. */
export interface ForIndicatorsOptions {
  /** Only resources that also match this query (e.g. `{ origin: 'district-artifact' }`). */
  readonly query?: ResourceQuery;
  /** At most this many matches (the best ones). */
  readonly limit?: number;
}

/**
 * Per value of each field a resource finder filters by: how many resources there would be with that
 * value chosen too. Focus area, kind, source and origin match any of their chosen values, so each of
 * their counts is taken over the query without that field's own choice (the resources having every
 * other criterion and that value); tags must all match, so their counts are taken over the results.
 * Only values some resource of the catalog has are listed.
 */
export interface ResourceFacetCounts {
  readonly focusArea: ReadonlyMap<FocusAreaNumber, number>;
  readonly kind: ReadonlyMap<ResourceKind, number>;
  /** By the source's spelling in {@link CatalogIndex.sources}. */
  readonly source: ReadonlyMap<string, number>;
  readonly origin: ReadonlyMap<ResourceOrigin, number>;
  readonly tags: ReadonlyMap<string, number>;
}

/** What {@link CatalogIndex.search} finds: the matching resources and the counts for a filter menu. */
export interface ResourceSearch {
  /** The resources matching every criterion, in catalog order (as `query` gives them). */
  readonly resources: Resource[];
  readonly counts: ResourceFacetCounts;
}

/** A read-only index over one catalog's resources, built once by {@link createCatalogIndex}. */
export interface CatalogIndex {
  /** The indexed resources, in catalog order. */
  readonly resources: readonly Resource[];
  /** The resource with this id, if any. */
  get(id: string): Resource | undefined;
  /**
   * The resources matching every given criterion, in catalog order. An empty query returns them all.
   * Throws a `SelValidationError` naming the bad field when the query itself is malformed.
   */
  query(query?: ResourceQuery): Resource[];
  /**
   * The resources matching `query` (as {@link query} gives them) with the facet counts a finder
   * shows beside its filters. Throws a `SelValidationError` naming the bad field, as `query` does.
   */
  search(query?: ResourceQuery): ResourceSearch;
  /**
   * Resources for the given (weak) indicators of `rubric`, through each indicator's `tags`. Best first:
   * resources helping with more of the indicators, then those sharing more tags, then catalog order.
   * Throws a `SelRuleError` with code `unknown-indicator` for an id the rubric does not have.
   */
  forIndicators(
    rubric: Rubric,
    indicatorIds: readonly string[],
    options?: ForIndicatorsOptions,
  ): IndicatorResourceMatch[];
  /** The source organisations present in the catalog, sorted, e.g. to fill a filter menu. */
  sources(): string[];
}

/**
 * Indexes `resources` for repeated queries. Building costs one pass over titles and summaries;
 * each query then combines precomputed bitsets, so it stays fast on large catalogs.
 * The index keeps the given array and objects; do not mutate them afterwards.
 */
export function createCatalogIndex(resources: readonly Resource[]): CatalogIndex {
  if (resources.length >= 2 ** POSITION_BITS) {
    throw new SelRuleError('catalog-too-large', `A catalog index holds at most ${2 ** POSITION_BITS - 1} resources`, {
      size: resources.length,
    });
  }
  const words = Math.ceil(resources.length / 32);
  const byId = new Map<string, Resource>();
  const focusAreas = new Facet(words);
  const kinds = new Facet(words);
  const sources = new Facet(words);
  const sourceNames = new Map<string, string>();
  const origins = new Facet(words);
  const audiences = new Facet(words);
  const tags = new Facet(words);
  const text = new WordIndex();
  /** Each distinct source spelling, folded once (a catalog has far fewer sources than resources). */
  const foldedSources = new Map<string, string>();

  resources.forEach((resource, position) => {
    if (!byId.has(resource.id)) byId.set(resource.id, resource);
    for (const focusArea of resource.focusAreas) focusAreas.add(focusArea, position);
    kinds.add(resource.kind, position);
    let source = foldedSources.get(resource.source);
    if (source === undefined) {
      source = foldSearchText(resource.source.trim());
      foldedSources.set(resource.source, source);
      if (!sourceNames.has(source)) sourceNames.set(source, resource.source.trim());
    }
    sources.add(source, position);
    origins.add(resource.origin, position);
    for (const audience of resource.audience) audiences.add(audience, position);
    for (const tag of resource.tags) tags.add(tag, position);
    text.add(resource.title, position);
    text.add(resource.summary.en, position);
    if (resource.summary.es !== undefined) text.add(resource.summary.es, position);
  });
  text.seal();
  // One collator for the whole sort (`localeCompare` would set one up per comparison); same order.
  const sortedSources = [...sourceNames.values()].sort(new Intl.Collator('en').compare);

  const list = <T>(value: T | readonly T[] | undefined): readonly T[] | undefined =>
    value === undefined ? undefined : Array.isArray(value) ? (value as readonly T[]) : [value as T];

  /** A set a query asks resources to be in, and the field that asks; built on first use. */
  interface Criterion {
    readonly field: keyof ResourceQuery;
    readonly set: () => ResourceSet;
  }

  const once = (build: () => ResourceSet): (() => ResourceSet) => {
    let built: ResourceSet | undefined;
    return () => (built ??= build());
  };

  /** The sets `input` asks for, by field; text last, since its sets cost the most to build. */
  function criteria(input: ResourceQuery): Criterion[] {
    const q = parseResourceQuery(input);
    const found: Criterion[] = [];
    const add = (field: keyof ResourceQuery, build: () => ResourceSet) => {
      found.push({ field, set: once(build) });
    };
    const focusAreaList = list(q.focusArea);
    if (focusAreaList) add('focusArea', () => focusAreas.anyOf(focusAreaList));
    const kindList = list(q.kind);
    if (kindList) add('kind', () => kinds.anyOf(kindList));
    const sourceList = list(q.source);
    if (sourceList) add('source', () => sources.anyOf(sourceList.map((s) => foldSearchText(s.trim()))));
    const origin = q.origin;
    if (origin !== undefined) add('origin', () => origins.anyOf([origin]));
    const audienceList = list(q.audience);
    if (audienceList) add('audience', () => audiences.anyOf(audienceList));
    for (const tag of q.tags ?? []) add('tags', () => tags.anyOf([tag]));
    const anyTags = q.anyTags;
    if (anyTags) add('anyTags', () => tags.anyOf(anyTags));
    if (q.text !== undefined) {
      for (const term of new Set(searchWords(q.text))) add('text', () => text.withPrefix(term, words));
    }
    return found;
  }

  /**
   * The positions in the set of every criterion but those of the field `besides`, as a fresh
   * bitset (empty when nothing matches: the sets after an empty intersection are not built).
   */
  function within(found: readonly Criterion[], besides?: keyof ResourceQuery): ResourceSet {
    const result = emptySet(words);
    result.fill(0xffffffff);
    const trailing = resources.length & 31;
    if (trailing !== 0 && words > 0) result[words - 1] = (1 << trailing) - 1;
    for (const criterion of found) {
      if (criterion.field !== besides && !intersectInto(result, criterion.set())) break;
    }
    return result;
  }

  /** The positions matching `input`, as a fresh bitset (empty when nothing matches). */
  const matching = (input: ResourceQuery): ResourceSet => within(criteria(input));

  const listed = (set: ResourceSet): Resource[] => {
    const found: Resource[] = [];
    forEachPosition(set, (position) => {
      const resource = resources[position];
      if (resource) found.push(resource);
    });
    return found;
  };

  function search(input: ResourceQuery = {}): ResourceSearch {
    const found = criteria(input);
    const matched = within(found);
    const besides = (field: keyof ResourceQuery) =>
      found.some((criterion) => criterion.field === field) ? within(found, field) : matched;
    const sourceCounts = new Map<string, number>();
    for (const [folded, count] of sources.countsIn<string>(besides('source'))) {
      sourceCounts.set(sourceNames.get(folded) ?? folded, count);
    }
    return {
      resources: listed(matched),
      counts: {
        focusArea: focusAreas.countsIn<FocusAreaNumber>(besides('focusArea')),
        kind: kinds.countsIn<ResourceKind>(besides('kind')),
        source: sourceCounts,
        origin: origins.countsIn<ResourceOrigin>(besides('origin')),
        tags: tags.countsIn<string>(matched),
      },
    };
  }

  function query(input: ResourceQuery = {}): Resource[] {
    return listed(matching(input));
  }

  function forIndicators(
    rubric: Rubric,
    indicatorIds: readonly string[],
    options: ForIndicatorsOptions = {},
  ): IndicatorResourceMatch[] {
    // The tags of the requested indicators only (the last indicator of an id wins, as in a Map of all).
    const wanted = new Set(indicatorIds);
    const tagsByIndicator = new Map<string, readonly string[] | undefined>();
    for (const focusArea of rubric.focusAreas) {
      for (const practice of focusArea.practices) {
        for (const indicator of practice.indicators) {
          if (wanted.has(indicator.id)) tagsByIndicator.set(indicator.id, indicator.tags);
        }
      }
    }
    const requested = [...new Set(indicatorIds)].map((indicatorId) => {
      if (!tagsByIndicator.has(indicatorId)) {
        throw new SelRuleError('unknown-indicator', `Rubric "${rubric.id}" has no indicator "${indicatorId}"`, {
          rubricId: rubric.id,
          indicatorId,
        });
      }
      return { indicatorId, tags: new Set(tagsByIndicator.get(indicatorId) ?? []) };
    });
    const allowed = options.query === undefined ? undefined : matching(options.query);

    // Count, per resource, the requested indicators it helps with and the distinct linking tags.
    const indicatorHits = new Uint16Array(resources.length);
    const tagHits = new Uint16Array(resources.length);
    const lastIndicator = new Int32Array(resources.length).fill(-1);
    requested.forEach(({ tags: indicatorTags }, ordinal) => {
      for (const tag of indicatorTags) {
        tags.forEachWith(tag, (position) => {
          if (lastIndicator[position] === ordinal) return;
          lastIndicator[position] = ordinal;
          indicatorHits[position] = (indicatorHits[position] ?? 0) + 1;
        });
      }
    });
    for (const tag of new Set(requested.flatMap((r) => [...r.tags]))) {
      tags.forEachWith(tag, (position) => {
        tagHits[position] = (tagHits[position] ?? 0) + 1;
      });
    }

    const keys: number[] = [];
    for (let position = 0; position < resources.length; position++) {
      const hits = indicatorHits[position] ?? 0;
      if (hits === 0) continue;
      if (allowed && !hasPosition(allowed, position)) continue;
      keys.push(rankKey(hits, tagHits[position] ?? 0, position));
    }
    const ranked = Float64Array.from(keys).sort();
    const count = options.limit === undefined ? ranked.length : Math.min(ranked.length, Math.max(0, options.limit));

    const matches: IndicatorResourceMatch[] = [];
    for (let i = 0; i < count; i++) {
      const resource = resources[positionOfKey(ranked[i] ?? 0)];
      if (!resource) continue;
      const linking = new Set<string>();
      const helped: string[] = [];
      for (const { indicatorId, tags: indicatorTags } of requested) {
        const shared = resource.tags.filter((tag) => indicatorTags.has(tag));
        if (shared.length === 0) continue;
        helped.push(indicatorId);
        for (const tag of shared) linking.add(tag);
      }
      matches.push({ resource, indicatorIds: helped, tags: resource.tags.filter((tag) => linking.has(tag)) });
    }
    return matches;
  }

  return {
    resources,
    get: (id) => byId.get(id),
    query,
    search,
    forIndicators,
    sources: () => [...sortedSources],
  };
}

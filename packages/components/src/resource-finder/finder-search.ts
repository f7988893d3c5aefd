import type { Resource, ResourceQuery } from '@sel/core';
import type { CatalogIndex, ResourceFacetCounts } from '@sel/data/query';
import type { IndicatorTargetValue } from './indicator-target.js';

/** The resources found and the counts beside the filters, for one state of the filters. */
export interface Found {
  readonly resources: readonly Resource[];
  readonly counts: ResourceFacetCounts;
  /** In the weakest-indicators mode: per resource, the indicators it helps with. */
  readonly helps: ReadonlyMap<Resource, readonly string[]> | undefined;
  /** Whether a filter besides the search text is set. */
  readonly filtered: boolean;
}

/**
 * The resources matching `query`, in catalog order, or, for `indicators`, those that help with
 * them, best match first (`forIndicators`); the counts are taken over the same resources.
 */
export function findResources(
  index: CatalogIndex,
  query: ResourceQuery,
  filtered: boolean,
  indicators: IndicatorTargetValue | undefined,
): Found {
  if (indicators === undefined) {
    const { resources, counts } = index.search(query);
    return { resources, counts, helps: undefined, filtered };
  }
  const matches = index.forIndicators(indicators.rubric, indicators.indicatorIds, { query });
  // The resources having any tag of the indicators are exactly those forIndicators finds.
  const { counts } = index.search({ ...query, anyTags: [...indicators.tags] });
  return {
    resources: matches.map((match) => match.resource),
    counts,
    helps: new Map(matches.map((match) => [match.resource, match.indicatorIds])),
    filtered,
  };
}

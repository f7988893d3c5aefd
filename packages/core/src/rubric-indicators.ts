import { listIndicators } from './rubric.js';
import type { IndicatorEntry, Rubric } from './rubric.js';

/** A rubric's indicators in rubric order and the set of their ids (internal to @sel/core). */
export interface RubricIndicators {
  readonly entries: readonly IndicatorEntry[];
  readonly ids: ReadonlySet<string>;
}

interface CachedIndicators extends RubricIndicators {
  /** The indicator ids as they were when listed, to notice an id changed in place. */
  readonly idList: readonly string[];
}

const cache = /* @__PURE__ */ new WeakMap<Rubric, CachedIndicators>();

/**
 * `listIndicators(rubric)` and the set of their ids, kept per rubric object for rules that run once
 * per assessment (scoring 10,000 assessments of one rubric lists it once, not 20,000 times).
 *
 * Rubric objects are plain and mutable, so a cached answer is used only after a walk over the rubric
 * (no allocation) finds the same focus area, practice and indicator objects, in the same order, with
 * the same ids; a rubric changed in place is listed afresh. Callers must not mutate the result.
 */
export function rubricIndicators(rubric: Rubric): RubricIndicators {
  const cached = cache.get(rubric);
  if (cached !== undefined && stillListed(rubric, cached)) return cached;
  const entries = listIndicators(rubric);
  const idList = entries.map((entry) => entry.indicator.id);
  const fresh: CachedIndicators = { entries, ids: new Set(idList), idList };
  cache.set(rubric, fresh);
  return fresh;
}

function stillListed(rubric: Rubric, cached: CachedIndicators): boolean {
  let position = 0;
  for (const focusArea of rubric.focusAreas) {
    for (const practice of focusArea.practices) {
      for (const indicator of practice.indicators) {
        const entry = cached.entries[position];
        if (
          entry?.indicator !== indicator ||
          entry.practice !== practice ||
          entry.focusArea !== focusArea ||
          entry.practiceId !== practice.id ||
          entry.focusAreaId !== focusArea.id ||
          cached.idList[position] !== indicator.id
        ) {
          return false;
        }
        position++;
      }
    }
  }
  return position === cached.entries.length;
}

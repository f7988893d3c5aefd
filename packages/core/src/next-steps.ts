import * as z from 'zod/mini';
import { isPriorityPractice, ratingOf } from './assessment.js';
import { assertAssessmentFitsRubric } from './assessment-fit.js';
import type { Assessment, Rating } from './assessment.js';
import type { ParseResult } from './errors.js';
import { PlainReading, readFields, readInt, type Read } from './plain-reader.js';
import { findLevel, listIndicators } from './rubric.js';
import type { FocusArea, Indicator, Practice, Rubric } from './rubric.js';
import { normaliseLevel } from './scoring.js';

/** Options of {@link weakestIndicators}. */
export const weakestIndicatorsOptionsSchema = /* @__PURE__ */ z.object({
  /** At most this many indicators (default 5). */
  limit: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z
      .int({ error: 'Expected a whole number' })
      .check(/* @__PURE__ */ z.gte(0, { error: 'Expected a limit of 0 or more' })),
  ),
  /** Also list unrated indicators, ahead of the rated ones (default `false`). */
  includeUnrated: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean({ error: 'Expected true or false' })),
  /** Also list indicators already at the rubric's highest level (default `false`: nothing left to improve). */
  includeHighest: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean({ error: 'Expected true or false' })),
  /** Put the indicators of the team's priority practices first (default `true`; no effect without priorities). */
  priorityFirst: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean({ error: 'Expected true or false' })),
});
export type WeakestIndicatorsOptions = z.infer<typeof weakestIndicatorsOptionsSchema>;

// The options read in plain code, as the schema reads them (next-steps.property.test.ts holds the
// two together): a page that proposes next steps does not download zod for four options.
const readWholeNumber = /* @__PURE__ */ readInt('Expected a whole number');

const readLimit: Read<number> = (reading, input, path) => {
  const mark = reading.mark;
  const limit = readWholeNumber(reading, input, path);
  if (!reading.stopped(mark) && !(limit >= 0)) reading.add(path, 'too_small', 'Expected a limit of 0 or more', true);
  return limit;
};

const readFlag: Read<boolean> = (reading, input, path) => {
  if (typeof input !== 'boolean') reading.add(path, 'invalid_type', 'Expected true or false');
  return input as boolean;
};

/** Reads the options of {@link weakestIndicators} as `weakestIndicatorsOptionsSchema` does. */
export function checkWeakestIndicatorsOptions(input: unknown): ParseResult<WeakestIndicatorsOptions> {
  const reading = new PlainReading();
  const options = readFields(
    reading,
    input,
    [],
    [
      ['limit', readLimit, true],
      ['includeUnrated', readFlag, true],
      ['includeHighest', readFlag, true],
      ['priorityFirst', readFlag, true],
    ],
  ) as WeakestIndicatorsOptions;
  return reading.result('options', options);
}

/** An indicator proposed as a next step, with what is needed to show it and find resources for it. */
export interface WeakIndicator {
  readonly indicator: Indicator;
  readonly indicatorId: string;
  readonly practiceId: string;
  readonly focusAreaId: string;
  readonly practice: Practice;
  readonly focusArea: FocusArea;
  /** The indicator's tag slugs (empty when it has none), to look up resources that help. */
  readonly tags: readonly string[];
  /** The rated level value, or `null` when unrated. */
  readonly level: number | null;
  readonly levelLabel: string | null;
  /** Position of the level on the 0..1 scale, or `null` when unrated. */
  readonly normalised: number | null;
  readonly rating: Rating | undefined;
  /** Whether the indicator's practice is one the team marked as a priority. */
  readonly priority: boolean;
}

/**
 * The indicators with the lowest ratings: sorted by level ascending, ties kept in rubric order,
 * at most `limit` of them. Unrated indicators are left out unless `includeUnrated` is set; then they
 * come first (no evidence of implementation yet), in rubric order. Indicators at the highest level
 * are left out unless `includeHighest` is set, so a fully implemented rubric proposes nothing.
 * When the team marked priority practices, their indicators come before all others (each group
 * ordered as above) unless `priorityFirst` is `false`; then priority only shows in `priority`.
 *
 * @throws {SelValidationError} subject `options` when an option is malformed.
 * @throws {SelRuleError} when the assessment does not fit the rubric (see `assertAssessmentFitsRubric`).
 */
export function weakestIndicators(
  rubric: Rubric,
  assessment: Assessment,
  options: WeakestIndicatorsOptions = {},
): WeakIndicator[] {
  const read = checkWeakestIndicatorsOptions(options);
  if (!read.ok) throw read.error;
  const { limit = 5, includeUnrated = false, includeHighest = false, priorityFirst = true } = read.value;
  assertAssessmentFitsRubric(rubric, assessment);
  const highest = rubric.levels[rubric.levels.length - 1]?.value;

  const candidates: WeakIndicator[] = [];
  for (const entry of listIndicators(rubric)) {
    const rating = ratingOf(assessment, entry.indicator.id);
    if (rating === undefined ? !includeUnrated : !includeHighest && rating.level === highest) continue;
    candidates.push({
      indicator: entry.indicator,
      indicatorId: entry.indicator.id,
      practiceId: entry.practiceId,
      focusAreaId: entry.focusAreaId,
      practice: entry.practice,
      focusArea: entry.focusArea,
      tags: entry.indicator.tags ?? [],
      level: rating?.level ?? null,
      levelLabel: rating === undefined ? null : (findLevel(rubric, rating.level)?.label ?? null),
      normalised: rating === undefined ? null : normaliseLevel(rubric, rating.level),
      rating,
      priority: isPriorityPractice(assessment, entry.practiceId),
    });
  }
  // Array.prototype.sort is stable, so equal keys stay in rubric order.
  candidates.sort((a, b) => {
    if (priorityFirst && a.priority !== b.priority) return a.priority ? -1 : 1;
    if (a.level === null || b.level === null) return (a.level === null ? 0 : 1) - (b.level === null ? 0 : 1);
    return a.level - b.level;
  });
  return candidates.slice(0, limit);
}

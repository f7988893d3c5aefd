import { isPriorityPractice, ratingOf } from './assessment.js';
import { assertAssessmentFitsRubric } from './assessment-fit.js';
import type { Assessment } from './assessment.js';
import { listIndicators } from './rubric.js';
import type { IndicatorEntry, Rubric, RubricLevel } from './rubric.js';
import { rubricIndicators } from './rubric-indicators.js';

/** How much of a rubric (or of one focus area) an assessment has rated. */
export interface Completeness {
  readonly rated: number;
  readonly total: number;
  /** `rated / total`, from 0 to 1. */
  readonly ratio: number;
  /** Ids of the indicators not rated yet, in rubric order. */
  readonly unrated: readonly string[];
}

export interface FocusAreaCompleteness extends Completeness {
  readonly focusAreaId: string;
}

export interface AssessmentCompleteness extends Completeness {
  /** One entry per focus area, in rubric order. */
  readonly focusAreas: readonly FocusAreaCompleteness[];
}

function completenessOf(entries: readonly IndicatorEntry[], assessment: Assessment): Completeness {
  const unrated = entries
    .filter((entry) => ratingOf(assessment, entry.indicator.id) === undefined)
    .map((entry) => entry.indicator.id);
  const total = entries.length;
  const rated = total - unrated.length;
  return { rated, total, ratio: total === 0 ? 0 : rated / total, unrated };
}

/**
 * How many of the rubric's indicators the assessment rates, overall and per focus area.
 * Throws `SelRuleError` when the assessment does not fit the rubric (see `assertAssessmentFitsRubric`).
 */
export function completeness(rubric: Rubric, assessment: Assessment): AssessmentCompleteness {
  assertAssessmentFitsRubric(rubric, assessment);
  const entries = listIndicators(rubric);
  return {
    ...completenessOf(entries, assessment),
    focusAreas: rubric.focusAreas.map((area) => ({
      focusAreaId: area.id,
      ...completenessOf(
        entries.filter((entry) => entry.focusAreaId === area.id),
        assessment,
      ),
    })),
  };
}

/**
 * The position of a level value on the rubric's scale: 0 for the lowest level, 1 for the highest,
 * in proportion to the values between (`(value - lowest) / (highest - lowest)`).
 */
export function normaliseLevel(rubric: Rubric, value: number): number {
  const lowest = rubric.levels[0]?.value ?? 0;
  const highest = rubric.levels[rubric.levels.length - 1]?.value ?? lowest;
  if (highest === lowest) return 0;
  return Math.min(1, Math.max(0, (value - lowest) / (highest - lowest)));
}

/**
 * The rubric level whose value is nearest `value`; when `value` lies exactly halfway between two
 * levels, the lower one (a summary never claims more than the ratings show).
 */
export function nearestLevel(rubric: Rubric, value: number): RubricLevel {
  let best: RubricLevel | undefined;
  for (const level of rubric.levels) {
    if (best === undefined || Math.abs(level.value - value) < Math.abs(best.value - value)) best = level;
  }
  if (best === undefined) throw new RangeError('A rubric has at least three levels');
  return best;
}

/** The score of a group of indicators: a practice, a focus area or the whole rubric. */
export interface ScoreSummary {
  /**
   * Mean position of the rated levels on the rubric's scale, from 0 (every rated indicator at the
   * lowest level) to 1 (every one at the highest); `null` when nothing in the group is rated.
   */
  readonly normalised: number | null;
  /** Mean of the rated level values on the rubric's own scale; `null` when nothing is rated. */
  readonly mean: number | null;
  /** Value of the rubric level nearest `mean`; `null` when nothing is rated. */
  readonly level: number | null;
  /** Label of that level; `null` when nothing is rated. */
  readonly levelLabel: string | null;
  /** Indicators of the group that are rated. */
  readonly rated: number;
  /** Indicators in the group. */
  readonly total: number;
}

export interface PracticeScore extends ScoreSummary {
  readonly practiceId: string;
  /** Whether the team marked this practice as a priority (the assessment's `priorities`). */
  readonly priority: boolean;
}

export interface FocusAreaScore extends ScoreSummary {
  readonly focusAreaId: string;
  /** One entry per practice, in rubric order. */
  readonly practices: readonly PracticeScore[];
}

export interface AssessmentScore {
  readonly overall: ScoreSummary;
  /**
   * The score over the indicators of the practices the team marked as priorities, in the same
   * formula; `null` when the assessment marks no practice.
   */
  readonly priorities: ScoreSummary | null;
  /** One entry per focus area, in rubric order. */
  readonly focusAreas: readonly FocusAreaScore[];
}

/** Scores a group of indicators (see {@link scoreAssessment} for the formula). */
function summariseLevels(rubric: Rubric, levels: readonly (number | undefined)[]): ScoreSummary {
  const rated = levels.filter((value): value is number => value !== undefined);
  if (rated.length === 0)
    return { normalised: null, mean: null, level: null, levelLabel: null, rated: 0, total: levels.length };
  const mean = rated.reduce((sum, value) => sum + value, 0) / rated.length;
  const nearest = nearestLevel(rubric, mean);
  return {
    normalised: normaliseLevel(rubric, mean),
    mean,
    level: nearest.value,
    levelLabel: nearest.label,
    rated: rated.length,
    total: levels.length,
  };
}

/**
 * Scores an assessment per practice, per focus area and overall.
 *
 * For a group of indicators with rated level values `v1..vn` on a scale from `lowest` to `highest`:
 * - `mean = (v1 + ... + vn) / n`, over the rated indicators only (unrated ones are left out, not
 *   counted as the lowest level; `rated` and `total` say how much the score rests on);
 * - `normalised = (mean - lowest) / (highest - lowest)`, the same as averaging each rating's
 *   position on the scale, so 0..1 whatever the number of levels or their values;
 * - `level` = the rubric level nearest `mean` (halfway goes to the lower level).
 *
 * A focus area's score averages all its rated indicators (not its practices' scores), so every
 * indicator weighs the same; the overall score does likewise over the whole rubric, and `priorities`
 * over the indicators of the priority practices. Every score is `null` when its group has no rated
 * indicator. Priorities weigh nothing extra in the other scores: they are reported beside them.
 *
 * Throws `SelRuleError` when the assessment does not fit the rubric (see `assertAssessmentFitsRubric`).
 */
export function scoreAssessment(rubric: Rubric, assessment: Assessment): AssessmentScore {
  assertAssessmentFitsRubric(rubric, assessment);
  const levelOf = (entry: IndicatorEntry): number | undefined => ratingOf(assessment, entry.indicator.id)?.level;
  const { entries } = rubricIndicators(rubric);
  const marked = (assessment.priorities ?? []).length > 0;
  return {
    overall: summariseLevels(rubric, entries.map(levelOf)),
    priorities: marked
      ? summariseLevels(
          rubric,
          entries.filter((entry) => isPriorityPractice(assessment, entry.practiceId)).map(levelOf),
        )
      : null,
    focusAreas: rubric.focusAreas.map((area) => ({
      focusAreaId: area.id,
      ...summariseLevels(rubric, entries.filter((entry) => entry.focusAreaId === area.id).map(levelOf)),
      practices: area.practices.map((practice) => ({
        practiceId: practice.id,
        priority: isPriorityPractice(assessment, practice.id),
        ...summariseLevels(
          rubric,
          practice.indicators.map((indicator) => ratingOf(assessment, indicator.id)?.level),
        ),
      })),
    })),
  };
}

import { ratingOf } from './assessment.js';
import { assertAssessmentFitsRubric } from './assessment-fit.js';
import type { Assessment } from './assessment.js';
import { SelRuleError } from './errors.js';
import { listIndicators } from './rubric.js';
import type { IndicatorEntry, Rubric } from './rubric.js';
import { normaliseLevel, scoreAssessment } from './scoring.js';
import type { ScoreSummary } from './scoring.js';

/** How one indicator moved between two assessments. */
export interface IndicatorGrowth {
  readonly indicatorId: string;
  readonly practiceId: string;
  readonly focusAreaId: string;
  /** Level value in the earlier assessment, or `null` when it was unrated there. */
  readonly before: number | null;
  /** Level value in the later assessment, or `null` when it is unrated there. */
  readonly after: number | null;
  /** `after - before` in level values; `null` unless both are rated. */
  readonly levelDelta: number | null;
  /** Change of position on the 0..1 scale (see `normaliseLevel`); `null` unless both are rated. */
  readonly normalisedDelta: number | null;
}

/** How a group of indicators (a practice, a focus area, the whole rubric) moved. */
export interface GrowthSummary {
  readonly before: ScoreSummary;
  readonly after: ScoreSummary;
  /**
   * `after.normalised - before.normalised`: the change of the group's score, each side taken over
   * the indicators it rates. `null` when either side rates nothing in the group.
   */
  readonly scoreDelta: number | null;
  /**
   * Mean `normalisedDelta` over the indicators rated in both assessments: the like-for-like change,
   * unaffected by indicators rated on one side only. `null` when no indicator is rated in both.
   */
  readonly pairedDelta: number | null;
  /** Indicators rated in both assessments. */
  readonly compared: number;
  readonly improved: number;
  readonly declined: number;
  readonly unchanged: number;
}

export interface PracticeGrowth extends GrowthSummary {
  readonly practiceId: string;
}

export interface FocusAreaGrowth extends GrowthSummary {
  readonly focusAreaId: string;
  readonly practices: readonly PracticeGrowth[];
}

export interface AssessmentGrowth {
  readonly beforeId: string;
  readonly afterId: string;
  /** Every indicator of the rubric, in rubric order. */
  readonly indicators: readonly IndicatorGrowth[];
  /** One entry per focus area, in rubric order. */
  readonly focusAreas: readonly FocusAreaGrowth[];
  readonly overall: GrowthSummary;
}

function summarise(before: ScoreSummary, after: ScoreSummary, indicators: readonly IndicatorGrowth[]): GrowthSummary {
  const deltas = indicators.flatMap((growth) => (growth.normalisedDelta === null ? [] : [growth.normalisedDelta]));
  const levelDeltas = indicators.flatMap((growth) => (growth.levelDelta === null ? [] : [growth.levelDelta]));
  return {
    before,
    after,
    scoreDelta: before.normalised === null || after.normalised === null ? null : after.normalised - before.normalised,
    pairedDelta: deltas.length === 0 ? null : deltas.reduce((sum, delta) => sum + delta, 0) / deltas.length,
    compared: deltas.length,
    improved: levelDeltas.filter((delta) => delta > 0).length,
    declined: levelDeltas.filter((delta) => delta < 0).length,
    unchanged: levelDeltas.filter((delta) => delta === 0).length,
  };
}

/**
 * Compares two assessments of the same rubric version: per indicator, per practice, per focus area
 * and overall. `before` and `after` are taken in the order given (they are not sorted by date).
 *
 * @throws {SelRuleError} `rubric-mismatch` when the two assessments are of different rubrics,
 * `rubric-version-mismatch` when they are of different versions of it (the message names both
 * versions), or any code of `assertAssessmentFitsRubric` when they do not fit `rubric`.
 */
export function compareAssessments(rubric: Rubric, before: Assessment, after: Assessment): AssessmentGrowth {
  if (before.rubricId !== after.rubricId) {
    throw new SelRuleError(
      'rubric-mismatch',
      `Cannot compare assessments of different rubrics: "${before.id}" is of rubric "${before.rubricId}", "${after.id}" of rubric "${after.rubricId}"`,
      { before: before.rubricId, after: after.rubricId },
    );
  }
  if (before.rubricVersion !== after.rubricVersion) {
    throw new SelRuleError(
      'rubric-version-mismatch',
      `Cannot compare assessments of different versions of rubric "${before.rubricId}": "${before.id}" uses version "${before.rubricVersion}", "${after.id}" uses version "${after.rubricVersion}"`,
      { before: before.rubricVersion, after: after.rubricVersion },
    );
  }
  assertAssessmentFitsRubric(rubric, before);
  assertAssessmentFitsRubric(rubric, after);

  const growthOf = (entry: IndicatorEntry): IndicatorGrowth => {
    const from = ratingOf(before, entry.indicator.id)?.level ?? null;
    const to = ratingOf(after, entry.indicator.id)?.level ?? null;
    const both = from !== null && to !== null;
    return {
      indicatorId: entry.indicator.id,
      practiceId: entry.practiceId,
      focusAreaId: entry.focusAreaId,
      before: from,
      after: to,
      levelDelta: both ? to - from : null,
      normalisedDelta: both ? normaliseLevel(rubric, to) - normaliseLevel(rubric, from) : null,
    };
  };
  const indicators = listIndicators(rubric).map(growthOf);
  const scoreBefore = scoreAssessment(rubric, before);
  const scoreAfter = scoreAssessment(rubric, after);

  return {
    beforeId: before.id,
    afterId: after.id,
    indicators,
    overall: summarise(scoreBefore.overall, scoreAfter.overall, indicators),
    focusAreas: rubric.focusAreas.map((area, a) => {
      const areaBefore = scoreBefore.focusAreas[a];
      const areaAfter = scoreAfter.focusAreas[a];
      if (areaBefore === undefined || areaAfter === undefined)
        throw new RangeError(`No score for focus area ${area.id}`);
      return {
        focusAreaId: area.id,
        ...summarise(
          areaBefore,
          areaAfter,
          indicators.filter((growth) => growth.focusAreaId === area.id),
        ),
        practices: area.practices.map((practice, p) => {
          const practiceBefore = areaBefore.practices[p];
          const practiceAfter = areaAfter.practices[p];
          if (practiceBefore === undefined || practiceAfter === undefined) {
            throw new RangeError(`No score for practice ${practice.id}`);
          }
          return {
            practiceId: practice.id,
            ...summarise(
              practiceBefore,
              practiceAfter,
              indicators.filter((growth) => growth.practiceId === practice.id),
            ),
          };
        }),
      };
    }),
  };
}

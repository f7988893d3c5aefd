import type { Assessment, AssessmentCompleteness, AssessmentScore, Rating, ReadinessStage } from '@sel/core';

/** `detail` of `sel-rating-change`: one indicator was rated, re-rated or given new evidence. */
export interface SelRatingChangeDetail {
  readonly indicatorId: string;
  /** The indicator's rating as it is now. */
  readonly rating: Rating;
  /** The level before this change, or `null` when the indicator was unrated. */
  readonly previousLevel: number | null;
  /** The whole assessment after the change (also the element's `value`, as an object). */
  readonly assessment: Assessment;
}

/** `detail` of `sel-assessment-change`: the assessment after any change, with its running summary. */
export interface SelAssessmentChangeDetail {
  readonly assessment: Assessment;
  readonly completeness: AssessmentCompleteness;
  readonly score: AssessmentScore;
  /** Readiness stage of the whole rubric, or `null` while fewer than half of the indicators are rated. */
  readonly stage: ReadinessStage | null;
}

declare global {
  interface HTMLElementEventMap {
    'sel-rating-change': CustomEvent<SelRatingChangeDetail>;
    'sel-assessment-change': CustomEvent<SelAssessmentChangeDetail>;
  }
}

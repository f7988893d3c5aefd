import {
  assessmentIssues,
  completeness,
  DEFAULT_READINESS_THRESHOLDS,
  scoreAssessment,
  stageOfValidScore,
  type Assessment,
  type AssessmentCompleteness,
  type AssessmentGrowth,
  type AssessmentScore,
  type LocalizedRubric,
  type ReadinessStage,
  type Rubric,
  type ScoreSummary,
  type SelIssue,
} from '@sel/core';
import type { OnDemand } from './on-demand.js';
import type * as Growth from './rubric-growth.js';
import { prefixed } from '../shared/issue-path.js';
import type { RubricIssueGroup } from './rubric-issues.js';

/** Everything shown for one rubric, derived from the data before each render. */
export interface RubricView {
  /** The rubric as shown: in the element's language where a translation gives its texts. */
  readonly rubric: Rubric;
  /** The language each text of `rubric` is in (a translation's, else the rubric's own `lang`). */
  readonly langOf: LocalizedRubric['langOf'];
  /** The current assessment, or an empty one when nothing is rated or the current one does not fit. */
  readonly assessment: Assessment;
  /** True when the current assessment does not fit the rubric: ratings are hidden and locked. */
  readonly locked: boolean;
  readonly completeness: AssessmentCompleteness;
  readonly score: AssessmentScore;
  /** The previous assessment, when given and it fits the rubric. */
  readonly previous: Assessment | undefined;
  readonly growth: AssessmentGrowth | undefined;
  /** The words of growth, with `growth`. */
  readonly growthWords: GrowthWords | undefined;
}

/** Readiness stage of a summary, or `null` while fewer than half of its indicators are rated. */
export function stageOf(score: ScoreSummary): ReadinessStage | null {
  return stageOfValidScore(
    { normalised: score.normalised, rated: score.rated, total: score.total },
    DEFAULT_READINESS_THRESHOLDS,
  );
}

const weights = new WeakMap<Rubric, [count: number, weight: number]>();

/**
 * How many indicators a rubric has, and what drawing them costs in rows of ordinary weight: one
 * per indicator, or one per 1,000 characters of text where that is more (a 5 MB rubric's rows
 * carry pages of descriptors). Counted once per rubric.
 */
export function rubricWeight(rubric: Rubric): [count: number, weight: number] {
  let weight = weights.get(rubric);
  if (!weight) {
    let count = 0;
    let characters = 0;
    for (const area of rubric.focusAreas) {
      for (const practice of area.practices) {
        for (const { text, fullImplementation = '', descriptors = [] } of practice.indicators) {
          count += 1;
          characters += text.length + fullImplementation.length;
          for (const descriptor of descriptors) characters += descriptor.length;
        }
      }
    }
    weight = [count, Math.max(count, characters / 1000)];
    weights.set(rubric, weight);
  }
  return weight;
}

/** Growth since a previous assessment: the rule and its words (rubric-growth.ts), loaded on first use. */
export type GrowthWords = Pick<typeof Growth, 'summaryGrowth' | 'rowGrowth'>;

const same = (a: readonly unknown[], b: readonly unknown[]): boolean => a.every((part, i) => part === b[i]);

/**
 * Derives the {@link RubricView} from the rubric, the current and the previous assessment, again
 * only when one of them is another object. An assessment that does not fit the rubric is reported
 * through `report` (groups `assessment-fit` and `previous-fit`) once per rubric and assessment pair.
 */
export class RubricViewModel {
  readonly #report: (group: RubricIssueGroup, issues: readonly SelIssue[]) => void;
  #view: RubricView | undefined;
  #key: readonly unknown[] = [];
  /** The rubric and assessment each group of misfits was last reported for. */
  readonly #fitKeys: Record<'assessment' | 'previous', readonly unknown[]> = { assessment: [], previous: [] };

  readonly #loading: OnDemand;
  /** Growth since a previous assessment, loaded the first time a previous assessment is shown. */
  #growth: typeof Growth | undefined;

  /** `loading` loads the growth rule's module when it is first needed. */
  constructor(report: (group: RubricIssueGroup, issues: readonly SelIssue[]) => void, loading: OnDemand) {
    this.#report = report;
    this.#loading = loading;
  }

  /** The view of the last {@link update}; `undefined` without a rubric. */
  get view(): RubricView | undefined {
    return this.#view;
  }

  /**
   * Brings the view up to date for the rubric as `shown` (in the element's language, `undefined`
   * while there is none to show); `blank` is the assessment shown when none (that fits) is given.
   */
  update(
    shown: LocalizedRubric | undefined,
    current: Assessment | undefined,
    previous: Assessment | undefined,
    blank: (rubric: Rubric) => Assessment,
  ): RubricView | undefined {
    if (!shown) {
      this.#view = undefined;
      return undefined;
    }
    const { rubric, langOf } = shown;
    const key = [rubric, current, previous];
    if (this.#view && same(key, this.#key)) return this.#view;
    this.#key = key;

    const fits = this.#fits('assessment', rubric, current);
    const previousFits = this.#fits('previous', rubric, previous);
    const shownAssessment = current && fits ? current : blank(rubric);
    const shownPrevious = previous && previousFits ? previous : undefined;
    this.#view = {
      rubric,
      langOf,
      assessment: shownAssessment,
      locked: !fits,
      completeness: completeness(rubric, shownAssessment),
      score: scoreAssessment(rubric, shownAssessment),
      previous: shownPrevious,
      growth:
        shownPrevious && this.#growth
          ? this.#growth.compareAssessments(rubric, shownPrevious, shownAssessment)
          : undefined,
      growthWords: (shownPrevious && this.#growth) || undefined,
    };
    if (shownPrevious) {
      this.#loading.load(
        'growth',
        () => import('./rubric-growth.js'),
        (growth) => {
          this.#growth = growth;
          this.#key = [];
        },
      );
    }
    return this.#view;
  }

  /**
   * Whether `assessment` fits `rubric` (`undefined` has nothing that could not fit), reporting its
   * misfits to the group `<kind>-fit` once per rubric and assessment pair.
   */
  #fits(kind: 'assessment' | 'previous', rubric: Rubric, assessment: Assessment | undefined): boolean {
    const group = kind === 'assessment' ? 'assessment-fit' : 'previous-fit';
    if (!assessment) {
      this.#report(group, []);
      return true;
    }
    const misfits = assessmentIssues(rubric, assessment);
    const key = [rubric, assessment];
    if (!same(key, this.#fitKeys[kind])) {
      this.#fitKeys[kind] = key;
      this.#report(group, prefixed(kind, misfits));
    }
    return misfits.length === 0;
  }
}

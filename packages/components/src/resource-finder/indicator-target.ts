import { html, nothing, type TemplateResult } from 'lit';
import {
  checkAssessment,
  checkRubric,
  listIndicators,
  weakestIndicators,
  type Assessment,
  type Rubric,
  type SelIssue,
} from '@sel/core';
import { prefixed } from '../shared/issue-path.js';
import type { FinderText } from './finder-text.js';
import type { OnDemand } from './on-demand.js';

/** An indicator the finder looks for resources for. */
export interface TargetIndicator {
  readonly id: string;
  readonly text: string;
  /** The level it was rated at, when it comes from an assessment. */
  readonly levelLabel: string | null;
}

/** The indicators to find resources for, in the rubric they belong to. */
export interface IndicatorTargetValue {
  readonly rubric: Rubric;
  readonly indicators: readonly TargetIndicator[];
  readonly indicatorIds: readonly string[];
  /** Every tag of those indicators: the resources having any of them help with one. */
  readonly tags: readonly string[];
  /** Whether the indicators are an assessment's weakest (not named by `for-indicators`). */
  readonly fromAssessment: boolean;
}

/** Where an {@link IndicatorTarget} reads its inputs and reports what is wrong with them. */
export interface IndicatorTargetOptions {
  readonly rubric: () => Rubric | undefined;
  readonly assessment: () => Assessment | undefined;
  readonly forIndicators: () => readonly string[];
  readonly report: (group: string, issues: readonly SelIssue[]) => void;
}

/**
 * Turns the finder into "resources for our weakest indicators": from the indicator ids of
 * `for-indicators`, or else the weakest indicators of `assessment` (core's `weakestIndicators`:
 * lowest rated first, those at the highest level left out), in `rubric` (the district rubric
 * of `@sel/data` when none is given, loaded only then). A bad rubric, assessment or id is reported
 * at its path and the finder goes on as a plain finder.
 */
export class IndicatorTarget {
  /** The indicators to find resources for; `undefined` for a plain finder. */
  value: IndicatorTargetValue | undefined;

  readonly #onDemand: OnDemand;
  readonly #options: IndicatorTargetOptions;
  #inputs: readonly unknown[] = [];
  #texts = new Map<string, string>();

  constructor(onDemand: OnDemand, options: IndicatorTargetOptions) {
    this.#onDemand = onDemand;
    this.#options = options;
  }

  /** True while the inputs ask for indicators of the default rubric and it is still loading. */
  get pending(): boolean {
    const wanted = this.#options.assessment() !== undefined || this.#options.forIndicators().length > 0;
    return wanted && this.#options.rubric() === undefined && !this.#onDemand.has('rubric');
  }

  /** Works the indicators out again when an input changed; true when it did. */
  update(): boolean {
    const given = this.#options.rubric();
    const assessment = this.#options.assessment();
    const ids = this.#options.forIndicators();
    const inputs = [given, assessment, ids, this.#onDemand.has('rubric')];
    if (inputs.every((input, i) => input === this.#inputs[i])) return false;
    this.#inputs = inputs;
    const before = this.value;
    this.value = this.#work(given, assessment, ids);
    return before !== this.value;
  }

  #work(given: Rubric | undefined, assessment: Assessment | undefined, ids: readonly string[]) {
    const { report } = this.#options;
    if (assessment === undefined && ids.length === 0) {
      for (const group of ['rubric', 'assessment', 'forIndicators']) report(group, []);
      return undefined;
    }
    const rubric = given === undefined ? this.#loadDefault() : this.#checkRubric(given);
    if (rubric === undefined) return undefined;
    const entries = listIndicators(rubric);
    this.#texts = new Map(entries.map((entry) => [entry.indicator.id, entry.indicator.text]));
    let indicators: TargetIndicator[];
    if (ids.length > 0) {
      const issues: SelIssue[] = [];
      indicators = [];
      ids.forEach((id, index) => {
        const text = this.#texts.get(id);
        if (text === undefined) {
          issues.push({
            path: ['forIndicators', index],
            code: 'unknown-indicator',
            message: `Expected an indicator id of the rubric "${rubric.id}", got ${JSON.stringify(id)}`,
          });
        } else if (!indicators.some((indicator) => indicator.id === id))
          indicators.push({ id, text, levelLabel: null });
      });
      report('forIndicators', issues);
      report('assessment', []);
    } else {
      report('forIndicators', []);
      const parsed = checkAssessment(assessment, rubric);
      report('assessment', parsed.ok ? [] : prefixed('assessment', parsed.error.issues));
      if (!parsed.ok) return undefined;
      indicators = weakestIndicators(rubric, parsed.value).map((weak) => ({
        id: weak.indicatorId,
        text: weak.indicator.text,
        levelLabel: weak.levelLabel,
      }));
    }
    const tags = new Set<string>();
    for (const indicator of indicators) {
      for (const tag of entries.find((entry) => entry.indicator.id === indicator.id)?.indicator.tags ?? [])
        tags.add(tag);
    }
    return {
      rubric,
      indicators,
      indicatorIds: indicators.map((indicator) => indicator.id),
      tags: [...tags],
      fromAssessment: ids.length === 0,
    };
  }

  #checkRubric(given: Rubric): Rubric | undefined {
    const parsed = checkRubric(given);
    this.#options.report('rubric', parsed.ok ? [] : prefixed('rubric', parsed.error.issues));
    return parsed.ok ? parsed.value : undefined;
  }

  /** The district rubric of `@sel/data`, loaded the first time no rubric is given. */
  #loadDefault(): Rubric | undefined {
    this.#options.report('rubric', []);
    return this.#onDemand.get(
      'rubric',
      () => import('@sel/data/rubrics/district').then((module) => module.districtRubric),
      (error) => {
        this.#options.report('rubric', [
          {
            path: ['rubric'],
            code: 'default-rubric',
            message: `The district rubric could not be loaded: ${String(error)}`,
          },
        ]);
      },
    );
  }

  /** The text of an indicator of the current rubric (its id when unknown). */
  indicatorText(id: string): string {
    return this.#texts.get(id) ?? id;
  }

  /** What the finder is looking for: the indicators, weakest first, with their rated level. */
  render(text: FinderText): TemplateResult {
    const value = this.value;
    if (value === undefined) return html``;
    const { t } = text;
    if (value.indicators.length === 0) return html`<p class="target__none">${t('finder.indicators.none')}</p>`;
    return html`<div class="target" part="indicators">
      <p class="target__intro">${t(value.fromAssessment ? 'finder.indicators.weakest' : 'finder.indicators.named')}</p>
      <ul class="target__list">
        ${value.indicators.map(
          (indicator) =>
            html`<li>
              ${indicator.text}${
                indicator.levelLabel === null
                  ? nothing
                  : html` <span class="target__level"
                      >${t('finder.indicators.level', { level: indicator.levelLabel })}</span
                    >`
              }
            </li>`,
        )}
      </ul>
    </div>`;
  }
}

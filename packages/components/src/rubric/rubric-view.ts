import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { repeat } from 'lit/directives/repeat.js';
import { html as staticHtml } from 'lit/static-html.js';
import {
  indicatorDescriptors,
  isPriorityPractice,
  type AssessmentGrowth,
  type FocusArea,
  type Indicator,
  type IndicatorGrowth,
  type ScoreSummary,
} from '@sel/core';
import { inLang, withParts } from '../shared/data-language.js';
import { headingTag } from '../shared/heading.js';
import type { LocaleController } from '../shared/i18n.js';
import { styleProperties } from '../shared/style-properties.js';
import { indicatorRow, type IndicatorRowContext } from './indicator-row.js';
import type * as Navigation from './rubric-navigation.js';
import { stageOf } from './rubric-view-model.js';
import { areaHeading, labelLang, levelName, textLang, writtenMean } from './rubric-words.js';

/** What the whole rubric is drawn from: its rows' context, its headings and how much of it to draw. */
export interface RubricViewContext extends IndicatorRowContext {
  /** Heading level of the rubric title; focus areas and practices use the next two levels. */
  readonly headingLevel: number;
  /** How many indicators (in order) this render draws; the rest follow in later frames. */
  readonly drawn: number;
  /** True while the rubric is long enough to be drawn over several frames. */
  readonly long: boolean;
  /** True while indicators are still to be drawn. */
  readonly busy: boolean;
  /** The delegated `change` listener of every level radio and evidence box. */
  readonly onChange: (event: Event) => void;
  /** Offers the assessment as a JSON file (a member's own ratings, for the team's facilitator). */
  readonly onExport: () => void;
  /** A long rubric's progress bar and folding focus areas, once loaded (none in read-only). */
  readonly navigation: typeof Navigation | undefined;
}

/**
 * The rubric: its title and `actions` slot, the overall summary, then each focus area with its
 * summary and practices, as far as `drawn` indicators reach, and the button that exports the
 * assessment.
 */
export function renderRubric(context: RubricViewContext): TemplateResult {
  const { view, i18n } = context;
  const { rubric } = view;
  const titleTag = headingTag(context.headingLevel);
  // Indicators are drawn in order; `left` counts down what this render may still draw.
  let left = context.drawn;
  const take = (indicators: readonly Indicator[]): readonly Indicator[] => {
    const drawn = indicators.slice(0, Math.max(0, left));
    left -= indicators.length;
    return drawn;
  };
  return html`<div
    class=${classMap({ rubric: true, 'rubric--long': context.long })}
    part="rubric"
    aria-busy=${context.busy ? 'true' : nothing}
    style=${styleProperties({ '--_levels': String(rubric.levels.length) })}
    @change=${context.onChange}
  >
    <div class="summary-header">
      ${staticHtml`<${titleTag} class="heading rubric-title" lang=${textLang(context, rubric, 'title')}>${rubric.title}</${titleTag}>`}
      <slot name="actions"></slot>
    </div>
    ${context.marks?.renderMissing(context)}
    ${rubric.description ? html`<p class="area-description" lang=${textLang(context, rubric, 'description')}>${rubric.description}</p>` : nothing}
    <section class="summary" part="summary">
      <p class="summary-title" id="overall-title">${i18n.t('rubric.summary.overall')}</p>
      ${renderSummary(i18n, view.score.overall, growthLines(context, view.growth?.overall), view.score.priorities, (value) => labelLang(context, value))}
    </section>
    ${rubric.focusAreas.map((area, a) => (left > 0 ? renderFocusArea(context, area, a, take) : nothing))}
    ${context.navigation?.renderProgress(context)}
    ${
      context.readonly
        ? nothing
        : html`<p class="export">
            <button type="button" class="secondary" ?disabled=${context.disabled} @click=${context.onExport}>
              ${i18n.t('rubric.export')}
            </button>
          </p>`
    }
  </div>`;
}

/** A summary's lines about growth since the previous assessment, once the growth module is here. */
function growthLines(
  context: IndicatorRowContext,
  growth: AssessmentGrowth['overall'] | undefined,
): readonly string[] | undefined {
  const { previous, growthWords } = context.view;
  return growth && previous && growthWords?.summaryGrowth(context, growth, previous);
}

/**
 * A running summary: how many are rated, the average level, the readiness stage, growth and the
 * priorities' average. Level labels are the rubric's texts, each in the `lang` that `labelLang`
 * gives its level (`dataLang`).
 */
export function renderSummary(
  i18n: LocaleController,
  score: ScoreSummary,
  growth: readonly string[] | undefined,
  priorities?: ScoreSummary | null,
  labelLang: (level: number | null) => string | typeof nothing = () => nothing,
): TemplateResult {
  const t = i18n.t.bind(i18n);
  const stage = stageOf(score);
  return html`<ul>
    <li>${t('rubric.summary.rated', { rated: score.rated, total: score.total })}</li>
    <li>
      ${
        score.mean === null || score.levelLabel === null
          ? t('rubric.summary.noRatings')
          : withParts(t, 'rubric.summary.average', {
              mean: writtenMean(i18n, score.mean),
              label: inLang(score.levelLabel, labelLang(score.level)),
            })
      }
    </li>
    <li class="stage">
      ${stage === null ? t('rubric.stage.notEnough') : t('rubric.stage', { stage: t(`rubric.stage.${stage}`) })}
    </li>
    ${growth?.map((line) => html`<li>${line}</li>`)}
    ${
      priorities
        ? html`<li class="stage">
            ${
              priorities.mean === null || priorities.levelLabel === null
                ? t('rubric.summary.prioritiesNone')
                : withParts(t, 'rubric.summary.priorities', {
                    mean: writtenMean(i18n, priorities.mean),
                    label: inLang(priorities.levelLabel, labelLang(priorities.level)),
                  })
            }
          </li>`
        : nothing
    }
  </ul>`;
}

/**
 * One focus area: its heading (in a long rubric, a button that folds the area away), summary,
 * then its description and practices with the indicators `take` lets it draw.
 */
function renderFocusArea(
  context: RubricViewContext,
  area: FocusArea,
  index: number,
  take: (indicators: readonly Indicator[]) => readonly Indicator[],
): TemplateResult {
  const { view, i18n } = context;
  const tag = headingTag(context.headingLevel + 1);
  const practiceTag = headingTag(context.headingLevel + 2);
  const score = view.score.focusAreas[index];
  const growth = view.growth?.focusAreas[index];
  const titleId = `area-${area.id}`;
  const growthById = new Map<string, IndicatorGrowth>(
    (view.growth?.indicators ?? []).map((entry) => [entry.indicatorId, entry]),
  );
  const bodyId = `area-body-${area.id}`;
  const heading = areaHeading(i18n, area, textLang(context, area, 'title'));
  const title = context.navigation?.areaToggle(heading, bodyId) ?? heading;
  return html`<section class="focus-area" part="focus-area">
    ${staticHtml`<${tag} class="heading area-title" id=${titleId}>${title}</${tag}>`}
    ${score ? html`<div class="summary" part="summary">${renderSummary(i18n, score, growthLines(context, growth), undefined, (value) => labelLang(context, value))}</div>` : nothing}
    <div class="area-body" id=${bodyId}>
      ${area.description ? html`<p class="area-description" lang=${textLang(context, area, 'description')}>${area.description}</p>` : nothing}
      ${area.practices.map((practice) => {
        const drawn = take(practice.indicators);
        return drawn.length === 0 && practice.indicators.length > 0
          ? nothing
          : html`<div class="practice">
              ${staticHtml`<${practiceTag} class="heading practice-title" lang=${textLang(context, practice, 'title')}>${practice.title}</${practiceTag}>`}
              ${renderPriority(context, practice.id)}
              ${practice.description ? html`<p class="practice-description" lang=${textLang(context, practice, 'description')}>${practice.description}</p>` : nothing}
              ${
                // The level names once, as column heads over the compact rows (each radio carries its own name).
                drawn.some((indicator) => indicatorDescriptors(indicator) === undefined)
                  ? html`<div class="scale-header" aria-hidden="true">
                      ${view.rubric.levels.map((level) => html`<span>${levelName(i18n, level)}</span>`)}
                    </div>`
                  : nothing
              }
              ${repeat(
                drawn,
                (indicator) => indicator.id,
                (indicator) => indicatorRow(context, indicator, growthById.get(indicator.id)),
              )}
            </div>`;
      })}
    </div>
  </section>`;
}

/** A mark on a practice the team chose as a priority (set in team mode, kept in the assessment). */
function renderPriority(context: RubricViewContext, practiceId: string): unknown {
  return isPriorityPractice(context.view.assessment, practiceId)
    ? html`<p class="priority"><span aria-hidden="true">★</span> ${context.i18n.t('rubric.priority')}</p>`
    : nothing;
}

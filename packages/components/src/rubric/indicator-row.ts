import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { indicatorDescriptors, ratingOf, type Indicator, type IndicatorGrowth, type Rating } from '@sel/core';
import { inLang } from '../shared/data-language.js';
import type { LocaleController, SelStringOverrides } from '../shared/i18n.js';
import type { LevelRadioNames } from './level-radios.js';
import type * as Marks from './missing-ratings.js';
import type { RubricView } from './rubric-view-model.js';
import { levelText, textLang } from './rubric-words.js';

/** What every row of a rubric is drawn from besides its indicator. */
export interface IndicatorRowContext {
  readonly view: RubricView;
  readonly i18n: LocaleController;
  /** The element's `strings`: a new object redraws every row. */
  readonly strings: SelStringOverrides | undefined;
  /** Ratings and evidence as text, with no controls. */
  readonly readonly: boolean;
  /** Every control disabled (the element, its form or fieldset, or an assessment that does not fit). */
  readonly disabled: boolean;
  /** Evidence typed for an indicator and not saved yet. */
  readonly draftOf: (indicatorId: string) => string | undefined;
  readonly radios: LevelRadioNames;
  /** While unrated rows are marked as missing (a required rubric its form found incomplete): the marks' module. */
  readonly marks: typeof Marks | undefined;
}

/** Text areas that size themselves to their text (`field-sizing`); elsewhere rows are counted. */
const autoSized = typeof CSS !== 'undefined' && CSS.supports('field-sizing', 'content');

/** Rows enough for `text` in a narrow box (about 35 characters a line), between 2 and 10. */
function rowsFor(text: string): number {
  if (autoSized || text === '') return 2;
  const lines = text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / 35)), 0);
  return Math.min(10, Math.max(2, lines));
}

/** One indicator's row, drawn again only when something it shows changed. */
export function indicatorRow(
  context: IndicatorRowContext,
  indicator: Indicator,
  growth: IndicatorGrowth | undefined,
): unknown {
  const { view } = context;
  const rating = ratingOf(view.assessment, indicator.id);
  const previous = view.previous ? ratingOf(view.previous, indicator.id) : undefined;
  return guard(
    [
      indicator,
      view.rubric.levels,
      rating,
      previous,
      view.previous?.takenOn,
      growth?.levelDelta,
      view.growthWords,
      context.draftOf(indicator.id),
      context.readonly,
      context.disabled,
      context.i18n.locale,
      context.strings,
      context.marks,
    ],
    () => renderIndicator(context, indicator, rating, previous, growth),
  );
}

function renderIndicator(
  context: IndicatorRowContext,
  indicator: Indicator,
  rating: Rating | undefined,
  previous: Rating | undefined,
  growth: IndicatorGrowth | undefined,
): TemplateResult {
  const { view, i18n } = context;
  const t = i18n.t.bind(i18n);
  const id = indicator.id;
  const levels = view.rubric.levels;
  const notes = context.draftOf(id) ?? rating?.notes ?? '';
  const statusId = `status-${id}`;
  const fullId = `full-${id}`;
  const describedBy = indicator.fullImplementation ? `${fullId} ${statusId}` : statusId;
  const descriptors = indicatorDescriptors(indicator);
  const lang = textLang(context, indicator, 'text');
  const fullLang = textLang(context, indicator, 'fullImplementation');
  const descriptorLang = textLang(context, indicator, 'descriptors');
  // Without descriptors a row is a compact scale: one radio per level under the level names shown
  // once per practice, with the full-implementation statement (the meaning of the top level) above.
  const compact = descriptors === undefined;
  const full = indicator.fullImplementation
    ? html`<p class="full" id=${fullId}>
        <strong>${t('rubric.fullImplementation')}</strong> ${inLang(indicator.fullImplementation, fullLang)}
      </p>`
    : nothing;
  const missing = context.marks !== undefined && !rating;
  const rowClass = { indicator: true, compact, 'is-missing': missing };
  const status = rowStatus(context, rating, previous, growth);

  if (context.readonly) {
    const textId = `text-${id}`;
    return html`<div
      class=${classMap(rowClass)}
      part="indicator"
      role="group"
      aria-labelledby=${textId}
      aria-describedby=${describedBy}
    >
      <p class="indicator-text" id=${textId} lang=${lang}>${indicator.text}</p>
      ${full}
      <ul class="levels">
        ${levels.map((level, i) => {
          const chosen = rating?.level === level.value;
          const wasChosen = previous?.level === level.value;
          return html`<li
            class=${classMap({ level: true, 'is-chosen': chosen, 'is-previous': wasChosen })}
            part=${levelParts(chosen, wasChosen)}
          >
            <span class=${compact ? 'level-name visually-hidden' : 'level-name'}
              >${levelText(i18n, level, textLang(context, level, 'label'))}</span
            >
            ${compact ? nothing : html`<span class="descriptor" lang=${descriptorLang}>${descriptors[i]}</span>`}
            ${
              chosen || wasChosen
                ? html`<span class="marks">
                    ${chosen ? html`<span class="mark">✓ ${t('rubric.chosen')}</span>` : nothing}
                    ${wasChosen ? html`<span class="mark mark-previous">${t('rubric.previous.badge')}</span>` : nothing}
                  </span>`
                : nothing
            }
          </li>`;
        })}
      </ul>
      <p class="row-status" id=${statusId}>${status}</p>
      <p class="notes"><strong>${t('rubric.evidence')}:</strong> ${notes === '' ? t('rubric.evidence.none') : notes}</p>
    </div>`;
  }

  const notesId = `notes-${id}`;
  const hintId = `hint-${id}`;
  return html`<fieldset
    class=${classMap(rowClass)}
    part="indicator"
    ?disabled=${context.disabled}
    aria-describedby=${describedBy}
  >
    <legend class="indicator-text" lang=${lang}>${indicator.text}</legend>
    ${full}
    <div class="levels">
      ${levels.map((level, i) => {
        const chosen = rating?.level === level.value;
        const wasChosen = previous?.level === level.value;
        const inputId = `level-${id}-${i}`;
        return html`<label
          class=${classMap({ level: true, 'is-chosen': chosen, 'is-previous': wasChosen })}
          part=${levelParts(chosen, wasChosen)}
        >
          <input
            type="radio"
            id=${inputId}
            value=${level.value}
            data-indicator=${id}
            ${context.radios.collect()}
            .checked=${live(chosen)}
            aria-invalid=${missing ? 'true' : nothing}
            aria-labelledby=${`${inputId}-name`}
            aria-describedby=${[compact ? '' : `${inputId}-descriptor`, wasChosen ? `${inputId}-marks` : ''].join(' ').trim() || nothing}
          />
          <span class=${compact ? 'level-name visually-hidden' : 'level-name'} id=${`${inputId}-name`}
            >${levelText(i18n, level, textLang(context, level, 'label'))}</span
          >
          ${compact ? nothing : html`<span class="descriptor" id=${`${inputId}-descriptor`} lang=${descriptorLang}>${descriptors[i]}</span>`}
          ${
            // The check sits on the cell's border, out of the flow: choosing a level moves nothing.
            chosen && !compact
              ? html`<span class="mark mark-chosen" aria-hidden="true">✓ ${t('rubric.chosen')}</span>`
              : nothing
          }
          ${
            wasChosen
              ? html`<span class="marks"
                  ><span class="mark mark-previous" id=${`${inputId}-marks`}>${t('rubric.previous.badge')}</span></span
                >`
              : nothing
          }
        </label>`;
      })}
    </div>
    <p class="row-status" id=${statusId}>${status}</p>
    <div class="evidence">
      <label for=${notesId}>${t('rubric.evidence')}</label>
      <textarea
        id=${notesId}
        part="evidence"
        data-indicator=${id}
        rows=${rowsFor(notes)}
        .value=${live(notes)}
        aria-describedby=${hintId}
      ></textarea>
      <p class="hint" id=${hintId}>${rating ? t('rubric.evidence.hint') : t('rubric.evidence.pending')}</p>
      ${notes === '' ? nothing : html`<p class="notes-print"><strong>${t('rubric.evidence')}:</strong> ${notes}</p>`}
    </div>
  </fieldset>`;
}

function levelParts(chosen: boolean, wasChosen: boolean): string {
  return ['level', chosen ? 'level-chosen' : '', wasChosen ? 'level-previous' : ''].filter(Boolean).join(' ');
}

/** The row's status line: "Not rated yet", where it stood last time, and how far it moved since. */
function rowStatus(
  context: IndicatorRowContext,
  rating: Rating | undefined,
  previous: Rating | undefined,
  growth: IndicatorGrowth | undefined,
): unknown[] {
  const { view } = context;
  const parts: unknown[] = [];
  if (!rating) parts.push(context.marks?.missingWords(context) ?? context.i18n.t('rubric.notRated'));
  if (view.previous && view.growthWords) {
    parts.push(...view.growthWords.rowGrowth(context, view, view.previous, previous, growth));
  }
  return parts.flatMap((part, i) => (i === 0 ? [part] : [' ', part]));
}

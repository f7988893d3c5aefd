import { html, nothing, type TemplateResult } from 'lit';
import { renderBlocks } from '../partner-workbook/row-blocks.js';
import { TOUCHPOINT_TOPICS, type Partner, type Touchpoint, type TouchpointTopic } from '@sel/core';
import { inLang, shownAndSaid, withParts } from '../shared/data-language.js';
import type { Translate } from '../partner-workbook/part-words.js';
import type { SelMessageKey } from '../shared/i18n.js';
import { CHECK_IN_TIERS, type CheckInTier, type TouchpointRow } from './touchpoint-rows.js';

export type { Translate };

/** A check-in being logged: the row it was opened from, what was typed, and its problems by field. */
export interface CheckInDraft {
  readonly partnerId: string;
  readonly topic: TouchpointTopic;
  readonly values: Readonly<Record<string, string>>;
  readonly errors: ReadonlyMap<string, string>;
}

export interface TouchpointsView {
  readonly rows: readonly TouchpointRow[];
  readonly drawn: number;
  readonly total: number;
  readonly partners: readonly Partner[];
  readonly topic: TouchpointTopic | '';
  readonly partnerId: string;
  readonly interactive: boolean;
  readonly busy: boolean;
  /** Changes with the language and the `strings` overrides, so rows already drawn are drawn again. */
  readonly stamp: unknown;
  readonly locale: string;
  /** The `lang` of the workbook's texts (`dataLang`). */
  readonly lang: string | typeof nothing;
  readonly t: Translate;
  readonly date: (iso: string) => string;
  readonly tierLabel: (tier: CheckInTier) => string;
  readonly onFilter: (change: { topic?: TouchpointTopic | ''; partnerId?: string }) => void;
  readonly onLog: (partnerId: string, topic: TouchpointTopic) => void;
}

const topicKey = (topic: TouchpointTopic): SelMessageKey => `touchpoints.topic.${topic}`;

/** The row's state in words: overdue by so many days, due today, due in so many days, or no schedule. */
export function stateText(row: TouchpointRow, t: Translate): string {
  if (row.days === undefined) return t('touchpoints.state.noCadence');
  if (row.days < 0) return t('touchpoints.state.overdue', { count: -row.days });
  if (row.days === 0) return t(row.lastDate === undefined ? 'touchpoints.state.never' : 'touchpoints.state.today');
  return t('touchpoints.state.upcoming', { count: row.days });
}

/** The topic and partner filters. */
export function renderFilters(view: TouchpointsView): TemplateResult {
  const { t } = view;
  return html`<div class="filters" role="search" aria-label=${t('touchpoints.filters')}>
    <label class="filter">
      <span>${t('touchpoints.filter.topic')}</span>
      <select
        name="filter-topic"
        @change=${(event: Event) => {
          view.onFilter({ topic: (event.target as HTMLSelectElement).value as TouchpointTopic | '' });
        }}
      >
        <option value="" ?selected=${view.topic === ''}>${t('touchpoints.filter.all')}</option>
        ${TOUCHPOINT_TOPICS.map((topic) => html`<option value=${topic} ?selected=${view.topic === topic}>${t(topicKey(topic))}</option>`)}
      </select>
    </label>
    <label class="filter">
      <span>${t('touchpoints.filter.partner')}</span>
      <select
        name="filter-partner"
        @change=${(event: Event) => {
          view.onFilter({ partnerId: (event.target as HTMLSelectElement).value });
        }}
      >
        <option value="" ?selected=${view.partnerId === ''}>${t('touchpoints.filter.all')}</option>
        ${view.partners.map(
          (partner) =>
            html`<option value=${partner.id} ?selected=${view.partnerId === partner.id} lang=${view.lang}>
              ${partner.name}
            </option>`,
        )}
      </select>
    </label>
  </div>`;
}

/** The table: one row per partner and topic, most overdue first, each with its log button. */
export function renderTouchpointTable(view: TouchpointsView): TemplateResult {
  const { t } = view;
  return html`<div
      class="scroller"
      part="table-scroller"
      tabindex="0"
      role="region"
      aria-labelledby="touchpoints-caption"
    >
      <table class="table" part="table" aria-busy=${view.busy ? 'true' : 'false'}>
        <caption id="touchpoints-caption">
          ${t('touchpoints.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('touchpoints.column.partner')}</th>
            <th scope="col">${t('touchpoints.column.tier')}</th>
            <th scope="col">${t('touchpoints.column.topic')}</th>
            <th scope="col">${t('touchpoints.column.last')}</th>
            <th scope="col">${t('touchpoints.column.next')}</th>
            <th scope="col">${t('touchpoints.column.state')}</th>
            ${view.interactive ? html`<th scope="col">${t('touchpoints.column.action')}</th>` : nothing}
          </tr>
        </thead>
        ${renderBlocks(view.drawn, [view.rows, view.interactive, view.stamp, view.locale], (from, to) =>
          view.rows.slice(from, to).map((row) => renderRow(row, view)),
        )}
      </table>
    </div>
    ${view.total === 0 ? html`<p class="empty">${t('touchpoints.empty')}</p>` : nothing}`;
}

/** A partner's check-ins, latest first. */
export function renderHistory(partner: Partner, history: readonly Touchpoint[], view: TouchpointsView): TemplateResult {
  const { t } = view;
  return html`<section class="history" part="history">
    <h3 id="history-title">${withParts(t, 'touchpoints.history', { name: inLang(partner.name, view.lang) })}</h3>
    ${
      history.length === 0
        ? html`<p>${t('touchpoints.history.none')}</p>`
        : html`<ul>
            ${history.map(
              (entry) =>
                html`<li>
                  <strong>${view.date(entry.date)}</strong>,
                  ${t(topicKey(entry.topic))}${entry.by ? html` (${entry.by})` : nothing}${
                    entry.notes ? html`: <span class="notes">${entry.notes}</span>` : nothing
                  }
                </li>`,
            )}
          </ul>`
    }
  </section>`;
}

/** The months between check-ins of tiers 1 and 2, each editable. */
export function renderCadence(
  cadence: (tier: CheckInTier) => number | null,
  errors: ReadonlyMap<string, string>,
  view: TouchpointsView,
  onChange: (tier: CheckInTier, value: string) => void,
): TemplateResult {
  const { t } = view;
  return html`<fieldset class="cadence" part="cadence">
    <legend>${t('touchpoints.cadence')}</legend>
    ${CHECK_IN_TIERS.map((tier) => {
      const error = errors.get(tier);
      const months = cadence(tier);
      return html`<div class="field">
        <label for="cadence-${tier}">${view.tierLabel(tier)}</label>
        <input
          id="cadence-${tier}"
          type="text"
          inputmode="numeric"
          .value=${months === null ? '' : String(months)}
          ?disabled=${!view.interactive}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby="cadence-${tier}-hint ${error ? `cadence-${tier}-error` : ''}"
          @change=${(event: Event) => {
            onChange(tier, (event.target as HTMLInputElement).value);
          }}
        />
        <p class="field__hint" id="cadence-${tier}-hint">${t('touchpoints.cadence.hint')}</p>
        ${error ? html`<p class="field__error" id="cadence-${tier}-error">${error}</p>` : nothing}
      </div>`;
    })}
  </fieldset>`;
}

function renderRow(row: TouchpointRow, view: TouchpointsView): TemplateResult {
  const { t } = view;
  return html`<tr
    data-state=${row.days === undefined ? 'none' : row.days < 0 ? 'overdue' : row.days === 0 ? 'due' : 'upcoming'}
  >
    <th scope="row" lang=${view.lang}>${row.partner.name}</th>
    <td>${view.tierLabel(row.tier as CheckInTier)}</td>
    <td>${t(topicKey(row.topic))}</td>
    <td>${row.lastDate === undefined ? t('touchpoints.never') : view.date(row.lastDate)}</td>
    <td>${row.nextDue === undefined ? '' : view.date(row.nextDue)}</td>
    <td class="state">${stateText(row, t)}</td>
    ${
      view.interactive
        ? html`<td>
            <button
              type="button"
              data-action="log"
              data-partner=${row.partnerId}
              data-topic=${row.topic}
              @click=${() => {
                view.onLog(row.partnerId, row.topic);
              }}
            >
              ${shownAndSaid(
                t('touchpoints.log'),
                withParts(t, 'touchpoints.logLabel', {
                  name: inLang(row.partner.name, view.lang),
                  topic: t(topicKey(row.topic)),
                }),
              )}
            </button>
          </td>`
        : nothing
    }
  </tr>`;
}

import { html, nothing, type TemplateResult } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import type { IndicatorProgress, ReportNextStep } from '@sel/core';
import { inLang, withParts } from '../shared/data-language.js';
import type { GrowthColumn, ReportModel, SortDirection } from './report-model.js';
import { areaName, pointsText, roundName, scoreText, stageName, type ReportText } from './report-text.js';

/** What the growth table shows and does. */
export interface GrowthTableState {
  /** The table's rows, built by {@link growthRowElements}. */
  readonly rows: readonly HTMLTableRowElement[];
  readonly column: GrowthColumn;
  readonly direction: SortDirection;
  readonly sort: (column: GrowthColumn) => void;
}

const GROWTH_HEADERS = {
  indicator: 'report.growth.indicator',
  latest: 'report.growth.latest',
  change: 'report.growth.change',
} as const;

export function growthColumnLabel(column: GrowthColumn, text: ReportText): string {
  return text.t(GROWTH_HEADERS[column]);
}

const TREND_MARKS = { improved: '▲', slipped: '▼', unchanged: '=', unrated: '–' } as const;

let rowPrototype: HTMLTableRowElement | undefined;

/**
 * One empty row of the growth table, built element by element (no HTML parsing: Trusted Types
 * pages allow it): the indicator, first rated, latest, change and trend (a mark and a word), each
 * holding an empty text node for {@link growthRowElements} to fill.
 */
function emptyRow(): HTMLTableRowElement {
  const tr = document.createElement('tr');
  const name = document.createElement('th');
  name.scope = 'row';
  const trend = document.createElement('td');
  trend.className = 'trend';
  const mark = document.createElement('span');
  mark.setAttribute('aria-hidden', 'true');
  const word = document.createElement('span');
  const cells = [name, document.createElement('td'), document.createElement('td'), document.createElement('td')];
  for (const holder of [...cells, mark, word]) holder.append(document.createTextNode(''));
  trend.append(mark, ' ', word);
  tr.append(...cells, trend);
  return tr;
}

/** The text node a cell (or span) of a cloned row holds. */
const textIn = (holder: ChildNode | null | undefined): Text => holder?.firstChild as Text;

/**
 * The growth table's rows, each indicator's text, first rated and latest level, change and trend
 * (a word with a mark, never a colour alone). A table of a long rubric has many rows of plain text:
 * they are cloned from one row and their text nodes filled (`data`), which is cheaper than a
 * template instance per row, or than `textContent`, which replaces the node, and shows every text
 * as text.
 */
export function growthRowElements(rows: readonly IndicatorProgress[], text: ReportText): HTMLTableRowElement[] {
  rowPrototype ??= emptyRow();
  const row = rowPrototype;
  const level = (value: number | null) => (value === null ? text.t('report.unrated') : String(value));
  const trends = new Map<IndicatorProgress['trend'], string>();
  return rows.map((progress) => {
    const tr = row.cloneNode(true) as HTMLTableRowElement;
    tr.setAttribute('data-indicator', progress.entry.indicator.id);
    tr.setAttribute('data-trend', progress.trend);
    const name = tr.firstChild;
    const first = name?.nextSibling;
    const latest = first?.nextSibling;
    const change = latest?.nextSibling;
    const mark = change?.nextSibling?.firstChild;
    textIn(name).data = progress.entry.indicator.text;
    const lang = text.lang(progress.entry.indicator, 'text');
    if (lang !== nothing) (name as Element).setAttribute('lang', lang);
    textIn(first).data = level(progress.first);
    textIn(latest).data = level(progress.latest);
    const delta = progress.levelDelta;
    textIn(change).data = delta === null ? '' : delta > 0 ? `+${delta}` : String(delta);
    let label = trends.get(progress.trend);
    if (label === undefined) {
      label = text.t(`report.trend.${progress.trend}`);
      trends.set(progress.trend, label);
    }
    textIn(mark).data = TREND_MARKS[progress.trend];
    textIn(mark?.nextSibling?.nextSibling).data = label;
    return tr;
  });
}

/** Puts the given nodes in the element as its children, when the list given changes. */
class RowsInto extends Directive {
  #shown: readonly Node[] | undefined;

  render(nodes: readonly Node[]): readonly Node[] {
    return nodes;
  }

  override update(part: ElementPart, [nodes]: [readonly Node[]]): typeof nothing {
    if (nodes !== this.#shown) {
      this.#shown = nodes;
      part.element.replaceChildren(...nodes);
    }
    return nothing;
  }
}
const rowsInto = directive(RowsInto);

/**
 * Each indicator's first rated and latest level, the change and its trend, as a table sorted by
 * indicator (rubric order), latest level or change: a header button sorts by its column, a second
 * press reverses the order. The trend is a word with a mark, never a colour alone.
 */
export function renderGrowthTable(state: GrowthTableState, text: ReportText): TemplateResult {
  const sortable = (column: GrowthColumn) =>
    html`<th scope="col" aria-sort=${column === state.column ? state.direction : 'none'}>
      <button
        type="button"
        class="sort"
        data-column=${column}
        @click=${() => {
          state.sort(column);
        }}
      >
        ${growthColumnLabel(column, text)}<span class="sort__arrow" aria-hidden="true"
          >${column === state.column ? (state.direction === 'ascending' ? '▲' : '▼') : ''}</span
        >
      </button>
    </th>`;
  return html`<div class="scroll" role="region" aria-label=${text.t('report.growth.table')} tabindex="0">
    <table class="table growth" part="growth-table">
      <caption>
        ${text.t('report.growth.table')}
      </caption>
      <thead>
        <tr>
          ${sortable('indicator')}
          <th scope="col">${text.t('report.growth.first')}</th>
          ${sortable('latest')} ${sortable('change')}
          <th scope="col">${text.t('report.growth.trend')}</th>
        </tr>
      </thead>
      <tbody ${rowsInto(state.rows)}></tbody>
    </table>
  </div>`;
}

/**
 * "Where we are" in words: the latest round's overall score, stage and completeness, and the
 * strongest and weakest areas (their names in the rubric's language).
 */
export function standingSummary(model: ReportModel, text: ReportText): unknown[] {
  const last = model.rounds.length - 1;
  const [overall, ...areas] = model.areas;
  const score = overall?.scores[last];
  const sentences: unknown[] = [
    text.t('report.where.summary', {
      date: text.date(model.latest.assessment.takenOn),
      percent: scoreText(score?.normalised ?? null, text),
      stage: stageName(overall?.stages[last] ?? null, text),
      rated: text.t('report.rated', { rated: score?.rated ?? 0, total: score?.total ?? 0 }),
    }),
  ];
  const scored = areas.flatMap((area) => {
    const value = area.scores[last]?.normalised;
    return value === null || value === undefined ? [] : [{ area, value }];
  });
  if (scored.length > 1) {
    const byScore = [...scored].sort((a, b) => b.value - a.value);
    const top = byScore[0];
    const bottom = byScore[byScore.length - 1];
    if (top && bottom) {
      sentences.push(
        ' ',
        ...withParts(text.t, 'report.where.strongest', {
          area: areaName(top.area, text),
          percent: text.percent(top.value),
          weakest: areaName(bottom.area, text),
          weakestPercent: text.percent(bottom.value),
        }),
      );
    }
  }
  return sentences;
}

/**
 * "How far we came" in words: the overall change, how many indicators improved, slipped or stayed,
 * and those that slipped (in the rubric's language).
 */
export function growthSummary(model: ReportModel, text: ReportText): unknown[] {
  const first = model.rounds[0];
  if (model.rounds.length < 2 || first === undefined) return [text.t('report.growth.single')];
  const overall = model.areas[0];
  const from = overall?.scores[0]?.normalised ?? null;
  const to = overall?.scores[model.rounds.length - 1]?.normalised ?? null;
  const count = (trend: IndicatorProgress['trend']) =>
    text.t('report.growth.indicators', { count: model.progress.filter((row) => row.trend === trend).length });
  const slipped = model.progress
    .filter((row) => row.trend === 'slipped')
    .map(({ entry: { indicator } }, i) => [
      i === 0 ? '' : '; ',
      inLang(indicator.text.trim().replace(/[.!?]+$/, ''), text.lang(indicator, 'text')),
    ]);
  return [
    text.t('report.growth.summary', {
      first: roundName(first, text),
      latest: roundName(model.latest, text),
      from: scoreText(from, text),
      to: scoreText(to, text),
      change: from === null || to === null ? '–' : pointsText(to - from, text),
    }),
    ' ',
    text.t('report.growth.counts', {
      improved: count('improved'),
      slipped: count('slipped'),
      unchanged: count('unchanged'),
    }),
    ...(slipped.length > 0 ? [' ', ...withParts(text.t, 'report.growth.slippedList', { list: html`${slipped}` })] : []),
  ];
}

/** The weakest indicators of the latest round, priorities first, each with its level and practice. */
export function renderWeakest(steps: readonly ReportNextStep[], text: ReportText): TemplateResult {
  if (steps.length === 0) return html`<p class="empty">${text.t('report.weakest.none')}</p>`;
  return html`<ol class="weakest" part="weakest">
    ${steps.map(
      (step) =>
        html`<li data-indicator=${step.indicatorId}>
          ${step.priority ? html`<strong class="priority">${text.t('report.priority')}</strong> ` : nothing}
          <span class="weakest__text" lang=${text.lang(step.indicator, 'text')}>${step.indicator.text}</span>
          <span class="weakest__level"
            >${
              step.level === null
                ? text.t('report.unrated')
                : withParts(text.t, 'report.weakest.level', {
                    level: step.level,
                    label: inLang(step.levelLabel ?? '', text.labelLang(step.level)),
                  })
            }</span
          >
          <span class="weakest__practice" lang=${text.lang(step.practice, 'title')}>${step.practice.title}</span>
        </li>`,
    )}
  </ol>`;
}

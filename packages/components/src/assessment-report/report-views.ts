import { html, nothing, type TemplateResult } from 'lit';
import type { IndicatorProgress } from '@sel/core';
import type * as Charts from './report-charts.js';
import type { GrowthColumn, ReportModel, SortDirection } from './report-model.js';
import type * as Words from './report-text.js';
import type { ReportText } from './report-text.js';

export { reportViewsStrings as words } from './report-views-strings.js';

/*
 * What only a person's press shows: each chart's data table and the growth table sorted another
 * way than rubric order. A module of its own, fetched at the first pointer, press or focus in a
 * report (`warmOnUse`), so a report is drawn without it. Its words come with it (`words`), added to
 * the element's own before a press shows them.
 */

/**
 * How the report names areas, rounds, scores and stages, given by the element: importing them here
 * would take them out of the element's chunk into one the element would fetch besides.
 */
export interface ReportNames {
  readonly areaName: typeof Words.areaName;
  readonly roundName: typeof Words.roundName;
  readonly scoreText: typeof Words.scoreText;
  readonly stageName: typeof Words.stageName;
  readonly areaChange: typeof Charts.areaChange;
}

/** The figures of {@link renderStandingChart} as a table. */
export function renderStandingTable(
  model: ReportModel,
  text: ReportText,
  caption: string,
  { areaName, scoreText, stageName }: ReportNames,
): TemplateResult {
  const last = model.rounds.length - 1;
  const hasTarget = model.areas.some((area) => area.target !== null);
  return html`<table class="table">
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        <th scope="col">${text.t('report.table.area')}</th>
        <th scope="col">${text.t('report.table.score')}</th>
        <th scope="col">${text.t('report.table.stage')}</th>
        <th scope="col">${text.t('report.table.rated')}</th>
        ${hasTarget ? html`<th scope="col">${text.t('report.table.target')}</th>` : nothing}
      </tr>
    </thead>
    <tbody>
      ${model.areas.map((area) => {
        const score = area.scores[last];
        return html`<tr>
          <th scope="row">${areaName(area, text)}</th>
          <td>${scoreText(score?.normalised ?? null, text)}</td>
          <td>${stageName(area.stages[last] ?? null, text)}</td>
          <td>${text.t('report.rated', { rated: score?.rated ?? 0, total: score?.total ?? 0 })}</td>
          ${hasTarget ? html`<td>${area.target === null ? '' : text.percent(area.target)}</td>` : nothing}
        </tr>`;
      })}
    </tbody>
  </table>`;
}

/** The figures of {@link renderRoundsChart} as a table: areas down, rounds across, then the change. */
export function renderRoundsTable(
  model: ReportModel,
  text: ReportText,
  caption: string,
  { areaName, roundName, scoreText, areaChange }: ReportNames,
): TemplateResult {
  return html`<div class="scroll" role="region" aria-label=${caption} tabindex="0">
    <table class="table">
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${text.t('report.table.area')}</th>
          ${model.rounds.map((round) => html`<th scope="col">${roundName(round, text)}</th>`)}
          <th scope="col">${text.t('report.table.change')}</th>
        </tr>
      </thead>
      <tbody>
        ${model.areas.map(
          (area) =>
            html`<tr>
              <th scope="row">${areaName(area, text)}</th>
              ${area.scores.map((score) => html`<td>${scoreText(score.normalised, text)}</td>`)}
              <td>${areaChange(area, text)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/**
 * The indicators sorted for the growth table: by rubric order, latest level or change; indicators
 * without a value for the column (not rated, or rated once) go last either way, and ties keep
 * rubric order.
 */
export function sortProgress(
  rows: readonly IndicatorProgress[],
  column: GrowthColumn,
  direction: SortDirection,
): IndicatorProgress[] {
  const value = (row: IndicatorProgress): number | null =>
    column === 'indicator' ? row.entry.position : column === 'latest' ? row.latest : row.levelDelta;
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0);
    return (x - y) * sign || a.entry.position - b.entry.position;
  });
}

/** What the live region says once the growth table is sorted: "Sorted by Change, ascending." */
export function sortedText(column: string, direction: SortDirection, text: ReportText): string {
  return text.t('report.sorted', {
    column,
    direction: text.t(direction === 'ascending' ? 'report.ascending' : 'report.descending'),
  });
}

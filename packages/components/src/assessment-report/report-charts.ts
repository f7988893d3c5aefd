import { html, nothing, svg, type TemplateResult } from 'lit';
import { DEFAULT_READINESS_THRESHOLDS } from '@sel/core';
import type { AreaSeries, ReportModel } from './report-model.js';
import { areaName, pointsText, scoreText, stageName, targetText, type ReportText } from './report-text.js';

/*
 * The report's two charts, drawn as SVG by the element. Each bar or line is hidden from assistive
 * technology: the same figures are written as text beside it (score, stage, completeness, target),
 * so colour and shape are never the only cue, and the data table the user can switch to holds them
 * all. Sizes come from percentages and a viewBox, so the charts reflow with the element's width.
 */

const pct = (value: number): string => `${(value * 100).toFixed(2)}%`;
/** Where the Improving and Innovating stages begin on a bar. */
const IMPROVING = pct(DEFAULT_READINESS_THRESHOLDS.improving);
const INNOVATING = pct(DEFAULT_READINESS_THRESHOLDS.innovating);

/** One bar per area (overall first) for the latest round: score, stage, completeness, target. */
export function renderStandingChart(model: ReportModel, text: ReportText): TemplateResult {
  const last = model.rounds.length - 1;
  return html`<ul class="bars" role="list">
    ${model.areas.map((area) => {
      const score = area.scores[last];
      const normalised = score?.normalised ?? null;
      const stage = area.stages[last] ?? null;
      const facts = [
        scoreText(normalised, text),
        stageName(stage, text),
        text.t('report.rated', { rated: score?.rated ?? 0, total: score?.total ?? 0 }),
        ...(area.target === null ? [] : [targetText(normalised, area.target, text)]),
      ];
      return html`<li class="bar" data-area=${area.key} data-stage=${stage ?? 'none'}>
        <span class="bar__name">${areaName(area, text)}</span>
        <svg class="bar__track" aria-hidden="true" focusable="false" height="24" width="100%">
          <rect class="bar__back" width="100%" height="100%"></rect>
          <line class="bar__stage" x1=${IMPROVING} x2=${IMPROVING} y1="0" y2="100%"></line>
          <line class="bar__stage" x1=${INNOVATING} x2=${INNOVATING} y1="0" y2="100%"></line>
          ${normalised === null ? nothing : svg`<rect class="bar__fill" width=${pct(normalised)} height="100%"></rect>`}
          ${
            area.target === null
              ? nothing
              : svg`<line class="bar__target" x1=${pct(area.target)} x2=${pct(area.target)} y1="0" y2="100%"></line>`
          }
        </svg>
        <span class="bar__facts">${facts.join(' · ')}</span>
      </li>`;
    })}
  </ul>`;
}

const WIDTH = 240;
const HEIGHT = 120;
const PAD_X = 16;
const TOP = 16;
const BOTTOM = 18;

/** The change of an area's score from its first scored round to its last, in words. */
export function areaChange(area: AreaSeries, text: ReportText): string {
  const scored = area.scores.map((score) => score.normalised).filter((value): value is number => value !== null);
  const first = scored[0];
  const latest = scored[scored.length - 1];
  if (first === undefined || latest === undefined) return text.t('report.unrated');
  return scored.length < 2
    ? text.percent(latest)
    : `${text.percent(first)} → ${text.percent(latest)} (${pointsText(latest - first, text)})`;
}

/**
 * One small chart per area (overall first): its score in each round as points joined by a line,
 * each labelled, with the target as a dashed line; the change in words beneath.
 */
export function renderRoundsChart(model: ReportModel, text: ReportText): TemplateResult {
  const count = model.rounds.length;
  const x = (i: number): number => (count === 1 ? WIDTH / 2 : PAD_X + (i * (WIDTH - 2 * PAD_X)) / (count - 1));
  const y = (value: number): number => TOP + (1 - value) * (HEIGHT - TOP - BOTTOM);
  // With many rounds only the first and last points carry their value, so labels never overlap.
  const labelled = (i: number): boolean => count <= 5 || i === 0 || i === count - 1;
  // Each round's number under the axis, with its point and value when the round is scored: one
  // template per round, so a chart of three rounds is three template instances, not nine. With
  // many rounds the unlabelled points' values are left empty.
  const round = (value: number | null, i: number) =>
    value === null
      ? svg`<text class="round" x=${x(i)} y=${HEIGHT - 4} text-anchor="middle">${i + 1}</text>`
      : svg`<circle class="point" cx=${x(i)} cy=${y(value)} r="4"></circle><text class="value" x=${x(i)} y=${y(value) - 7} text-anchor="middle">${labelled(i) ? text.percent(value) : ''}</text><text class="round" x=${x(i)} y=${HEIGHT - 4} text-anchor="middle">${i + 1}</text>`;
  return html`<ul class="multiples" role="list">
    ${model.areas.map((area) => {
      const points = area.scores.flatMap((score, i) =>
        score.normalised === null ? [] : [{ i, value: score.normalised }],
      );
      return html`<li class="multiple" data-area=${area.key}>
        <span class="multiple__name">${areaName(area, text)}</span>
        <svg class="multiple__chart" aria-hidden="true" focusable="false" viewBox="0 0 ${WIDTH} ${HEIGHT}">
          <line class="axis" x1="0" x2=${WIDTH} y1=${y(0)} y2=${y(0)}></line>
          <line class="grid" x1="0" x2=${WIDTH} y1=${y(1)} y2=${y(1)}></line>
          ${
            area.target === null
              ? nothing
              : svg`<line class="target" x1="0" x2=${WIDTH} y1=${y(area.target)} y2=${y(area.target)}></line>`
          }
          <polyline class="line" points=${points.map((p) => `${x(p.i)},${y(p.value)}`).join(' ')}></polyline>
          ${model.rounds.map((_, i) => round(area.scores[i]?.normalised ?? null, i))}
        </svg>
        <span class="multiple__change">${areaChange(area, text)}</span>
      </li>`;
    })}
  </ul>`;
}

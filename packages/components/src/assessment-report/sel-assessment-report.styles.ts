import { css } from 'lit';

/**
 * Styles of `<sel-assessment-report>`, adopted after the shared `tokenStyles`. Bars and points are
 * filled by readiness stage, darker as the stage rises, and every figure is written beside them,
 * so the charts read in black and white, in print and in forced colours. The charts size by
 * percentages and viewBoxes and the small multiples wrap, so the report reflows at 360 px.
 */
export const assessmentReportStyles = css`
  :host {
    --_initiating: var(--sel-assessment-report-initiating, #9ec5ea);
    --_improving: var(--sel-assessment-report-improving, #3f84c8);
    --_innovating: var(--sel-assessment-report-innovating, #0b3d73);
    --_target: var(--sel-assessment-report-target, #1f2328);
  }

  /* The shared tokens switch the text, surface and border colours; the stages' fills follow. */
  @media (prefers-color-scheme: dark) {
    :host {
      --_initiating: var(--sel-assessment-report-initiating, #24507e);
      --_improving: var(--sel-assessment-report-improving, #5b9bd8);
      --_innovating: var(--sel-assessment-report-innovating, #a7cdf0);
      --_target: var(--sel-assessment-report-target, #e6edf3);
    }
  }

  .heading,
  .section-heading,
  .minor-heading {
    margin: var(--_sel-space-3) 0 var(--_sel-space-2);
    line-height: 1.3;
  }
  .heading {
    margin-block-start: 0;
    font-size: 1.25em;
  }
  .section-heading {
    font-size: 1.125em;
  }
  .minor-heading {
    font-size: 1em;
  }

  .rounds,
  .summary,
  .figure__key,
  .multiple__change,
  .bar__facts,
  .weakest__level,
  .weakest__practice {
    color: var(--_sel-color-text-muted);
  }

  button {
    min-block-size: 2.75rem;
    padding: var(--_sel-space-1) var(--_sel-space-3);
    border: 1px solid var(--_sel-color-border);
    border-radius: var(--_sel-radius);
    background: var(--_sel-color-surface);
    color: var(--_sel-color-text);
    font: inherit;
    cursor: pointer;
  }
  button[aria-pressed='true'] {
    border-color: var(--_sel-color-accent);
    background: var(--_sel-color-accent);
    color: var(--_sel-color-on-accent);
  }

  .figure {
    margin: var(--_sel-space-3) 0;
  }
  figcaption {
    display: flex;
    flex-direction: column;
    gap: var(--_sel-space-1);
  }
  .figure__title {
    font-weight: 700;
  }
  .view {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_sel-space-1);
    margin-block: var(--_sel-space-2);
  }

  .bars,
  .multiples,
  .weakest {
    margin: 0;
    padding: 0;
  }
  .bars,
  .multiples {
    list-style: none;
  }
  .bar {
    display: grid;
    gap: var(--_sel-space-1);
    margin-block-end: var(--_sel-space-3);
  }
  .bar__name,
  .multiple__name {
    font-weight: 600;
  }
  .bar__track {
    display: block;
    overflow: visible;
  }
  .bar__back {
    fill: var(--_sel-color-surface-raised);
    stroke: var(--_sel-color-border);
  }
  .bar__stage {
    stroke: var(--_sel-color-border);
    stroke-dasharray: 2 3;
  }
  .bar__fill,
  .point {
    fill: var(--_fill, var(--_improving));
    stroke: var(--_sel-color-text);
  }
  [data-stage='initiating'],
  [data-stage='none'] {
    --_fill: var(--_initiating);
  }
  [data-stage='innovating'] {
    --_fill: var(--_innovating);
  }
  .bar__target,
  .target {
    stroke: var(--_target);
    stroke-width: 3;
    stroke-dasharray: 6 4;
  }

  .multiples {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
    gap: var(--_sel-space-3);
  }
  .multiple {
    display: grid;
    align-content: start;
    gap: var(--_sel-space-1);
  }
  .multiple__chart {
    inline-size: 100%;
    block-size: auto;
    overflow: visible;
  }
  .axis,
  .grid {
    stroke: var(--_sel-color-border);
  }
  .grid {
    stroke-dasharray: 2 3;
  }
  .line {
    fill: none;
    stroke: var(--_sel-color-text);
    stroke-width: 2;
  }
  .point {
    fill: var(--_sel-color-surface);
    stroke-width: 2;
  }
  .value,
  .round {
    fill: var(--_sel-color-text);
    font-size: 11px;
  }

  .scroll {
    max-inline-size: 100%;
    overflow-x: auto;
  }
  .table {
    border-collapse: collapse;
    margin-block: var(--_sel-space-2);
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: var(--_sel-space-1);
  }
  th,
  td {
    padding: var(--_sel-space-1) var(--_sel-space-2);
    border: 1px solid var(--_sel-color-border);
    text-align: start;
    vertical-align: top;
  }
  th[scope='col'] {
    background: var(--_sel-color-surface-raised);
  }
  .sort {
    min-block-size: 2.75rem;
    padding: 0 var(--_sel-space-1);
    border: 0;
    background: none;
    font-weight: 700;
    text-decoration: underline;
  }

  .weakest {
    padding-inline-start: var(--_sel-space-4);
  }
  .weakest li {
    margin-block-end: var(--_sel-space-2);
  }
  .weakest__level,
  .weakest__practice {
    display: block;
    font-size: var(--_sel-font-size-small);
  }
  .priority {
    padding: 0 var(--_sel-space-1);
    border: 1px solid currentColor;
    border-radius: var(--_sel-radius);
    font-size: var(--_sel-font-size-small);
  }

  @media (forced-colors: active) {
    .bar__back {
      fill: Canvas;
      stroke: CanvasText;
    }
    .bar__fill {
      fill: CanvasText;
    }
    .point,
    .line,
    .axis,
    .grid,
    .bar__stage {
      stroke: CanvasText;
    }
    .value,
    .round {
      fill: CanvasText;
    }
    .bar__target,
    .target {
      stroke: Highlight;
    }
    button[aria-pressed='true'] {
      border-width: 3px;
    }
  }

  @media print {
    :host {
      color: #000;
      background: #fff;
      font-size: 10.5pt;
      --_initiating: #d0d0d0;
      --_improving: #8a8a8a;
      --_innovating: #303030;
      --_target: #000;
      --_sel-color-text: #000;
      --_sel-color-text-muted: #000;
      --_sel-color-accent: #000;
      --_sel-color-border: #000;
      --_sel-color-surface: #fff;
      --_sel-color-surface-raised: #eee;
    }
    .export,
    .view {
      display: none;
    }
    .heading,
    .section-heading,
    .minor-heading,
    figcaption,
    caption {
      break-after: avoid;
      break-inside: avoid;
    }
    .multiples {
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
    }
    .multiple,
    .bar,
    .weakest li,
    tr {
      break-inside: avoid;
    }
    .scroll {
      overflow: visible;
    }
    .table {
      inline-size: 100%;
      font-size: 9pt;
    }
    th,
    td {
      padding: 1pt 3pt;
    }
    td {
      white-space: nowrap;
    }
    thead th {
      overflow-wrap: normal;
    }
    /* A table header repeated on each printed page draws the text of a button only on the first. */
    .sort {
      display: contents;
    }
  }
`;

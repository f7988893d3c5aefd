import { css } from 'lit';

/**
 * Styles of `<sel-status-map>`, adopted after the shared `tokenStyles`. Squares are filled by
 * legend class (`data-step` 1 to 5, lightest to darkest) with a pattern per class as well, so
 * the classes differ without colour, in print and in forced colours; the code and value on a
 * square sit on a chip of the surface colour, so they stay readable on any fill. Below 22rem of
 * the element's own width (a container query) the map and legend give way to the table, whose
 * styles are in `status-map-views.styles.ts`, loaded with it.
 */
export const statusMapStyles = css`
  :host {
    --_step-1: var(--sel-status-map-step-1, #dbe9f6);
    --_step-2: var(--sel-status-map-step-2, #a6cbe8);
    --_step-3: var(--sel-status-map-step-3, #5d9fd3);
    --_step-4: var(--sel-status-map-step-4, #2a6fb0);
    --_step-5: var(--sel-status-map-step-5, #0b3d73);
    --_empty: var(--sel-status-map-empty, var(--_sel-color-surface-raised));
    --_tile-size: var(--sel-status-map-tile-size, 3.5rem);
    --_ink: rgb(0 0 0 / 0.35);
  }

  /* The shared tokens turn dark with the scheme; the legend classes turn with them. */
  @media (prefers-color-scheme: dark) {
    :host {
      --_step-1: var(--sel-status-map-step-1, #1c3350);
      --_step-2: var(--sel-status-map-step-2, #24507e);
      --_step-3: var(--sel-status-map-step-3, #2f6fae);
      --_step-4: var(--sel-status-map-step-4, #5b9bd8);
      --_step-5: var(--sel-status-map-step-5, #a7cdf0);
      --_ink: rgb(255 255 255 / 0.35);
    }
  }

  .report {
    container: sel-status-map / inline-size;
  }

  .heading {
    margin: 0 0 var(--_sel-space-2);
    font-size: 1.25em;
    line-height: 1.3;
  }

  .illustrative {
    margin: 0 0 var(--_sel-space-2);
    padding: var(--_sel-space-2) var(--_sel-space-3);
    border-inline-start: 4px solid var(--_sel-color-accent);
    background: var(--_sel-color-accent-surface);
    color: var(--_sel-color-text);
  }

  .as-of,
  .summary {
    margin: 0 0 var(--_sel-space-2);
  }

  .totals {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_sel-space-2) var(--_sel-space-4);
    margin: 0 0 var(--_sel-space-2);
  }

  .total dt {
    color: var(--_sel-color-text-muted);
    font-size: var(--_sel-font-size-small);
  }

  .total dd {
    margin: 0;
    font-size: 1.25em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_sel-space-2) var(--_sel-space-3);
    margin: 0 0 var(--_sel-space-3);
  }

  .measure {
    display: grid;
    gap: var(--_sel-space-1);
  }

  select,
  button {
    font: inherit;
    color: inherit;
  }

  select,
  .view button,
  .close {
    min-height: 2.75rem;
    padding: var(--_sel-space-1) var(--_sel-space-2);
    border: 1px solid var(--_sel-color-border);
    border-radius: var(--_sel-radius);
    background: var(--_sel-color-surface);
  }

  .view {
    display: flex;
    gap: var(--_sel-space-1);
  }

  .view button[aria-pressed='true'] {
    background: var(--_sel-color-accent);
    border-color: var(--_sel-color-accent);
    color: var(--_sel-color-on-accent);
  }

  /* The tile grid: squares keep their aspect and shrink with the element's width. Each square is
     placed by row and column; the grid makes a track for every row and column up to the last. */
  .grid {
    display: grid;
    grid-auto-columns: minmax(0, var(--_tile-size));
    gap: 3px;
    margin-block-end: var(--_sel-space-3);
  }

  .tile {
    position: relative;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 1px;
    aspect-ratio: 1;
    min-width: 0;
    padding: 0;
    border: 1px solid var(--_sel-color-border);
    border-radius: 2px;
    background-color: var(--_fill, var(--_empty));
    background-image: var(--_pattern, none);
    font-size: clamp(0.55rem, 2.2cqi, 0.8rem);
    line-height: 1.1;
    cursor: pointer;
    print-color-adjust: exact;
  }

  [data-step='none'] {
    border-style: dashed;
    color: var(--_sel-color-text-muted);
  }

  .tile[aria-pressed='true'] {
    outline: 3px solid var(--_sel-color-text);
    outline-offset: -3px;
  }

  .tile:focus-visible {
    z-index: 1;
    outline: var(--_sel-focus-ring-width) solid var(--_sel-color-focus);
    outline-offset: var(--_sel-focus-ring-offset);
  }

  .tile__code,
  .tile__value:not(:empty) {
    padding: 0 2px;
    border-radius: 2px;
    background: var(--_sel-color-surface);
    color: var(--_sel-color-text);
  }

  .tile__code {
    font-weight: 600;
  }

  [data-step='1'] {
    --_fill: var(--_step-1);
  }
  [data-step='2'] {
    --_fill: var(--_step-2);
    --_pattern: repeating-linear-gradient(45deg, var(--_ink) 0 1px, transparent 1px 6px);
  }
  [data-step='3'] {
    --_fill: var(--_step-3);
    --_pattern: radial-gradient(circle, var(--_ink) 1.2px, transparent 1.5px) 0 0 / 6px 6px;
  }
  [data-step='4'] {
    --_fill: var(--_step-4);
    --_pattern:
      repeating-linear-gradient(45deg, var(--_ink) 0 1px, transparent 1px 6px),
      repeating-linear-gradient(-45deg, var(--_ink) 0 1px, transparent 1px 6px);
  }
  [data-step='5'] {
    --_fill: var(--_step-5);
    --_pattern: repeating-linear-gradient(0deg, var(--_ink) 0 2px, transparent 2px 5px);
  }

  .legend {
    margin: 0 0 var(--_sel-space-3);
  }

  .legend__title {
    margin-block-end: var(--_sel-space-1);
    font-weight: 600;
  }

  .legend__list {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_sel-space-1) var(--_sel-space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .legend__item {
    display: flex;
    align-items: center;
    gap: var(--_sel-space-1);
  }

  .swatch {
    display: inline-grid;
    place-items: center;
    width: 1.5rem;
    height: 1.5rem;
    border: 1px solid var(--_sel-color-border);
    background-color: var(--_fill, var(--_empty));
    background-image: var(--_pattern, none);
    font-size: var(--_sel-font-size-small);
    print-color-adjust: exact;
  }

  /* Phones and narrow sidebars: the table carries everything the map shows. */
  @container sel-status-map (max-width: 22rem) {
    .map,
    .legend {
      display: none;
    }
  }

  @media (forced-colors: active) {
    .tile,
    .swatch {
      forced-color-adjust: none;
      border-color: CanvasText;
      background-color: Canvas;
      color: CanvasText;
      --_ink: CanvasText;
    }
    .tile__code,
    .tile__value:not(:empty) {
      background: Canvas;
      color: CanvasText;
    }
    .tile[aria-pressed='true'] {
      outline-color: Highlight;
    }
    .tile:focus-visible {
      outline-color: Highlight;
    }
  }

  @media print {
    .controls {
      display: none;
    }
  }
`;

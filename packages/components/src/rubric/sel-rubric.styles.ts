import { css } from 'lit';
import { token } from '../shared/tokens.styles.js';

/**
 * Styles of `<sel-rubric>`. Levels sit side by side as columns while an indicator has room
 * (a container query on the rubric) and stack into one column on narrow screens or at
 * high zoom, so nothing scrolls sideways. Print keeps the columns, drops backgrounds and form
 * chrome, prints evidence as text and never splits an indicator across pages.
 *
 * On a long rubric (one drawn in frames, `.rubric--long`), descriptor text off screen skips layout
 * and paint, so pages of it below the fold cost nothing while more indicators arrive. Only text is
 * contained, never an element holding a control: Chromium's autofill looks at every form control
 * about 100 ms after the DOM changes, and a control inside a skipped subtree costs it a layout of
 * its own (over 200 ms in one task for 600 contained indicators). (Comments here, not in the CSS:
 * CSS comments would ship in the template.)
 */
export const rubricStyles = css`
  :host {
    --_chosen: var(--sel-rubric-chosen-color, ${token('color-accent')});
    --_cell-min-block-size: var(--sel-rubric-cell-min-block-size, 3rem);
  }

  .rubric {
    container: rubric / inline-size;
    display: grid;
    gap: ${token('space-4')};
  }

  .heading {
    margin: 0;
    line-height: 1.25;
  }

  .rubric-title {
    font-size: 1.5rem;
  }

  .area-title {
    font-size: 1.25rem;
  }

  .practice-title {
    font-size: 1.0625rem;
  }

  .summary {
    margin: 0;
    padding: ${token('space-3')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius')};
    background: ${token('color-surface-raised')};
  }

  .summary-title {
    margin: 0 0 ${token('space-1')};
    font-weight: 700;
  }

  .summary ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .summary li + li {
    margin-block-start: ${token('space-1')};
  }

  .stage {
    font-weight: 700;
  }

  .summary-header {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    justify-content: space-between;
    gap: ${token('space-3')};
  }

  /* Block flow, not a grid: an indicator added to a practice of hundreds is laid out on its own,
     while a grid placed and sized every indicator again. Margins stand in for the gap. */
  .focus-area,
  .area-body,
  .practice {
    display: flow-root;
  }

  .focus-area > * + *,
  .area-body > * + *,
  .practice > * + * {
    margin-block-start: ${token('space-3')};
  }

  .practice-description,
  .area-description {
    margin: 0;
    color: ${token('color-text-muted')};
  }

  .indicator {
    margin: 0;
    padding: ${token('space-3')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius')};
    min-inline-size: 0;
  }

  .rubric--long .descriptor,
  .rubric--long .full {
    content-visibility: auto;
    contain-intrinsic-size: auto 6em;
  }

  .indicator-text {
    margin: 0;
    padding: 0;
    font-weight: 700;
  }

  legend.indicator-text {
    float: inline-start;
    inline-size: 100%;
  }

  legend.indicator-text + * {
    clear: both;
  }

  .full {
    margin: ${token('space-1')} 0 ${token('space-2')};
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-small')};
  }

  .levels {
    display: grid;
    grid-template-columns: repeat(var(--_levels, 4), minmax(0, 1fr));
    gap: ${token('space-2')};
    margin-block: ${token('space-2')};
    padding: 0;
    list-style: none;
  }

  .scale-header,
  .compact .levels {
    display: grid;
    grid-template-columns: repeat(var(--_levels, 4), minmax(0, 1fr));
    gap: ${token('space-2')};
  }

  .scale-header {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    padding: ${token('space-1')} calc(${token('space-3')} + 1px);
    border-block-end: 1px solid ${token('color-border')};
    background: ${token('color-surface')};
    font-size: ${token('font-size-small')};
    font-weight: 700;
    text-align: center;
  }

  .compact .level {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    min-block-size: auto;
    padding-block: ${token('space-1')};
  }

  .compact .level.is-chosen {
    padding-block: calc(${token('space-1')} - 2px);
  }

  .priority {
    display: flex;
    align-items: center;
    gap: ${token('space-1')};
    margin: 0;
    font-size: ${token('font-size-small')};
    font-weight: 700;
  }

  @container rubric (max-width: 40rem) {
    .levels {
      grid-template-columns: minmax(0, 1fr);
    }
  }

  .level {
    position: relative;
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    align-content: start;
    gap: ${token('space-1')} ${token('space-2')};
    min-block-size: var(--_cell-min-block-size);
    padding: ${token('space-2')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius')};
    background: ${token('color-surface')};
    transition: background-color ${token('motion-duration')} ease;
  }

  label.level {
    cursor: pointer;
  }

  label.level:hover {
    background: ${token('color-surface-raised')};
  }

  .level:focus-within {
    outline: ${token('focus-ring-width')} solid ${token('color-focus')};
    outline-offset: ${token('focus-ring-offset')};
  }

  .level input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0.125rem 0 0;
    accent-color: var(--_chosen);
  }

  .level input:focus-visible {
    outline: none;
  }

  .level-name {
    font-weight: 700;
  }

  .descriptor {
    grid-column: 1 / -1;
    font-size: ${token('font-size-small')};
  }

  .level.is-chosen {
    border: 3px solid var(--_chosen);
    padding: calc(${token('space-2')} - 2px);
    background: ${token('color-accent-surface')};
  }

  .level.is-previous {
    border-style: dashed;
  }

  .level.is-chosen.is-previous {
    border-style: solid;
  }

  .marks {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-1')};
  }

  .mark {
    padding: 0 ${token('space-1')};
    border: 1px solid currentColor;
    border-radius: ${token('radius')};
    font-size: ${token('font-size-small')};
    font-weight: 700;
  }

  .mark-chosen {
    position: absolute;
    inset-block-start: -2px;
    inset-inline-end: ${token('space-2')};
    transform: translateY(-50%);
    background: ${token('color-surface')};
    color: var(--_chosen);
    font-size: 0.75rem;
    line-height: 1.1;
  }

  .mark-previous {
    color: ${token('color-text-muted')};
    border-style: dashed;
  }

  .row-status {
    margin: 0 0 ${token('space-2')};
    font-size: ${token('font-size-small')};
  }

  .evidence {
    display: grid;
    gap: ${token('space-1')};
  }

  .evidence label {
    font-weight: 700;
    font-size: ${token('font-size-small')};
  }

  .hint {
    margin: 0;
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-small')};
  }

  textarea {
    inline-size: 100%;
    min-block-size: 3.5rem;
    max-block-size: 20rem;
    field-sizing: content;
    padding: ${token('space-1')} ${token('space-2')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius')};
    background: ${token('color-surface')};
    color: inherit;
    font: inherit;
    resize: vertical;
  }

  .notes-print,
  .notes {
    margin: 0;
    white-space: pre-wrap;
  }

  .notes-print {
    display: none;
  }

  @media (forced-colors: active) {
    .level.is-chosen {
      border-color: Highlight;
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
    }

    .level:focus-within {
      outline-color: Highlight;
    }
  }

  @media print {
    :host {
      --_sel-color-surface: #fff;
      --_sel-color-surface-raised: #fff;
      --_sel-color-accent-surface: #fff;
      --_sel-color-text: #000;
      --_sel-color-text-muted: #000;
      font-size: 10.5pt;
    }

    .indicator,
    .summary {
      break-inside: avoid;
    }

    .rubric--long .descriptor,
    .rubric--long .full {
      content-visibility: visible;
    }

    .heading {
      break-after: avoid;
    }

    .level.is-chosen {
      border-color: #000;
    }

    .evidence label,
    .evidence textarea,
    .hint,
    .export,
    ::slotted([slot='actions']) {
      display: none;
    }

    .notes-print {
      display: block;
    }

    .scale-header {
      position: static;
    }
  }
`;

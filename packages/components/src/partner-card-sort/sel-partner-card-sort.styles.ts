import { css } from 'lit';
import { token, tokenStyles } from '../shared/tokens.styles.js';

/** Styles of `<sel-partner-card-sort>`, adopted after the shared tokens. */
export const partnerCardSortStyles = [
  tokenStyles,
  css`
    :host {
      /* Columns grow with their cards and the page scrolls: a capped list hid cards below an edge
         that overlay scrollbars (Chromebooks, iPads) do not show. A page may still cap them. */
      --_list-height: var(--sel-card-sort-list-height, none);
      --_column-min: var(--sel-card-sort-column-min, 14rem);
    }

    button {
      min-block-size: 2.75rem;
      min-inline-size: 2.75rem;
      padding: ${token('space-1')} ${token('space-2')};
      border: 1px solid ${token('color-border')};
      border-radius: ${token('radius')};
      background: ${token('color-surface')};
      color: ${token('color-text')};
      font: inherit;
      font-size: ${token('font-size-small')};
      cursor: pointer;
    }

    button:hover {
      border-color: ${token('color-accent')};
      color: ${token('color-accent')};
    }

    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: ${token('space-2')};
      margin-block-end: ${token('space-2')};
    }

    .progress,
    .readonly-note,
    .instructions,
    .column__heading,
    .column__count,
    .empty-board,
    .column__empty,
    .cards {
      margin: 0;
    }

    /* The board's small print: what a column or card says beside its name, the notes above the board. */
    .instructions,
    .readonly-note,
    .column__count,
    .column__empty,
    .card__meta {
      color: ${token('color-text-muted')};
      font-size: ${token('font-size-small')};
    }

    .progress {
      font-weight: 600;
    }

    .instructions {
      margin-block-end: ${token('space-3')};
      max-inline-size: 70ch;
    }

    .board {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--_column-min)), 1fr));
      gap: ${token('space-3')};
      align-items: start;
    }

    .column {
      display: flex;
      flex-direction: column;
      min-inline-size: 0;
      border: 1px solid ${token('color-border')};
      border-block-start-width: 0.375rem;
      border-radius: ${token('radius')};
      background: ${token('color-surface-raised')};
    }

    .column--clearly-supports {
      border-block-start-color: ${token('color-success')};
    }

    .column--could-support {
      border-block-start-color: ${token('color-accent')};
    }

    .column--no-apparent-connection {
      border-block-start-color: ${token('color-text-muted')};
    }

    .column__header {
      padding: ${token('space-2')} ${token('space-3')} 0;
    }

    .column__heading {
      font-size: 1.0625rem;
      line-height: 1.3;
    }

    .empty-board {
      padding: ${token('space-3')};
      border: 1px dashed ${token('color-border')};
      border-radius: ${token('radius')};
      color: ${token('color-text-muted')};
    }

    .column__empty {
      padding: ${token('space-3')};
      font-style: italic;
    }

    .cards {
      max-block-size: var(--_list-height);
      padding: ${token('space-1')} ${token('space-2')} ${token('space-2')};
      overflow-y: auto;
      overscroll-behavior: contain;
      list-style: none;
    }

    .card {
      position: relative;
      padding-block: ${token('space-1')};
    }

    /* On a long board (one drawn in frames), cards off screen skip layout and paint, which keeps a
       sort of 1,000 partners smooth. Paint containment would clip what a card draws outside its
       box (its focus rings, a lifted card's shadow, the drop line above it): such a card is not
       contained. */
    .board--long .card {
      content-visibility: auto;
      contain-intrinsic-size: auto 4rem;
    }

    .board--long .card:focus-within,
    .board--long .card--lifted,
    .board--long .card--drop-before {
      content-visibility: visible;
    }

    .card__inner {
      display: grid;
      grid-template-columns: auto 1fr;
      grid-template-areas:
        'handle body'
        'actions actions';
      gap: ${token('space-1')} ${token('space-2')};
      padding: ${token('space-2')};
      border: 1px solid ${token('color-border')};
      border-radius: ${token('radius')};
      background: ${token('color-surface')};
      transition: opacity ${token('motion-duration')} ease;
    }

    .card__handle {
      grid-area: handle;
      display: grid;
      place-items: center;
      align-self: start;
      color: ${token('color-text-muted')};
      cursor: grab;
      touch-action: none;
    }

    /* The grip is drawn by CSS, not an SVG per card: 1,000 cards stay light for layout and tools. */
    .card__handle::before {
      content: '';
      display: block;
      inline-size: 1rem;
      block-size: 1rem;
      background: currentColor;
      mask: radial-gradient(circle, #000 0.09rem, transparent 0.1rem) 0 0 / 0.5rem 0.34rem;
    }

    .card__body {
      grid-area: body;
      display: flex;
      flex-direction: column;
      min-inline-size: 0;
    }

    .card__name {
      font-weight: 600;
    }

    .card__actions {
      grid-area: actions;
      display: flex;
      flex-wrap: wrap;
      gap: ${token('space-1')};
    }

    .card:not(:has(.card__handle)) .card__body {
      grid-column: 1 / -1;
    }

    @media (forced-colors: active) {
      .column,
      .card__inner {
        border-color: CanvasText;
      }

      .card__handle::before {
        forced-color-adjust: none;
        background: ButtonText;
      }
    }

    @media print {
      .instructions,
      .card__handle,
      .card__actions {
        display: none;
      }

      .cards {
        max-block-size: none;
        overflow: visible;
      }

      .board--long .card {
        content-visibility: visible;
      }

      .card {
        break-inside: avoid;
      }
    }
  `,
];

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

    button[aria-disabled='true'] {
      border-style: dashed;
      color: ${token('color-text-muted')};
      cursor: not-allowed;
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
    .instructions {
      margin: 0;
    }

    .progress {
      font-weight: 600;
    }

    .history-buttons {
      display: flex;
      gap: ${token('space-2')};
    }

    .instructions,
    .readonly-note {
      color: ${token('color-text-muted')};
      font-size: ${token('font-size-small')};
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

    .board--dragging {
      cursor: grabbing;
      user-select: none;
      -webkit-user-select: none;
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

    .column--drop {
      outline: 2px dashed ${token('color-accent')};
      outline-offset: 2px;
    }

    .column__header {
      padding: ${token('space-2')} ${token('space-3')} 0;
    }

    .column__heading {
      margin: 0;
      font-size: 1.0625rem;
      line-height: 1.3;
    }

    .column__count {
      margin: 0;
      color: ${token('color-text-muted')};
      font-size: ${token('font-size-small')};
    }

    .column__empty {
      margin: 0;
      padding: ${token('space-3')};
      color: ${token('color-text-muted')};
      font-size: ${token('font-size-small')};
      font-style: italic;
    }

    .cards {
      max-block-size: var(--_list-height);
      margin: 0;
      padding: ${token('space-1')} ${token('space-2')} ${token('space-2')};
      overflow-y: auto;
      overscroll-behavior: contain;
      list-style: none;
    }

    .cards--drop-end::after {
      content: '';
      display: block;
      block-size: 0.25rem;
      border-radius: 0.125rem;
      background: ${token('color-accent')};
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

    .card--drop-before::before {
      content: '';
      position: absolute;
      inset-block-start: -0.125rem;
      inset-inline: 0;
      block-size: 0.25rem;
      border-radius: 0.125rem;
      background: ${token('color-accent')};
    }

    .card__inner {
      display: grid;
      grid-template-columns: auto 1fr;
      grid-template-areas:
        'handle body'
        'actions actions'
        'menu menu';
      gap: ${token('space-1')} ${token('space-2')};
      padding: ${token('space-2')};
      border: 1px solid ${token('color-border')};
      border-radius: ${token('radius')};
      background: ${token('color-surface')};
      transition: opacity ${token('motion-duration')} ease;
    }

    .card--lifted .card__inner {
      border: 2px solid ${token('color-accent')};
      background: ${token('color-accent-surface')};
      box-shadow: 0 0.25rem 0.75rem rgb(0 0 0 / 0.2);
    }

    .board--dragging .card--lifted .card__inner {
      opacity: 0.55;
      box-shadow: none;
      border-style: dashed;
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

    .card__meta {
      color: ${token('color-text-muted')};
      font-size: ${token('font-size-small')};
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

    .menu {
      grid-area: menu;
      display: flex;
      flex-direction: column;
      gap: ${token('space-1')};
      padding: ${token('space-1')};
      border: 1px solid ${token('color-accent')};
      border-radius: ${token('radius')};
      background: ${token('color-surface')};
    }

    .menu button {
      text-align: start;
    }

    .menu button:focus {
      background: ${token('color-accent-surface')};
    }

    .ghost {
      position: fixed;
      inset-block-start: 0;
      inset-inline-start: 0;
      z-index: 10;
      padding: ${token('space-2')} ${token('space-3')};
      border: 2px solid ${token('color-accent')};
      border-radius: ${token('radius')};
      background: ${token('color-surface')};
      box-shadow: 0 0.5rem 1.5rem rgb(0 0 0 / 0.25);
      font-weight: 600;
      pointer-events: none;
    }

    .ghost[hidden] {
      display: none;
    }

    .details {
      inline-size: min(40rem, calc(100vw - 2rem));
      max-block-size: calc(100dvh - 2rem);
      padding: ${token('space-4')};
      border: 1px solid ${token('color-border')};
      border-radius: ${token('radius')};
      background: ${token('color-surface')};
      color: ${token('color-text')};
    }

    .details::backdrop {
      background: rgb(0 0 0 / 0.45);
    }

    .details__title {
      margin: 0 0 ${token('space-3')};
      font-size: 1.25rem;
    }

    .details__fields {
      display: grid;
      gap: ${token('space-2')};
      margin: 0 0 ${token('space-3')};
    }

    .details__field {
      display: grid;
      grid-template-columns: minmax(8rem, 14rem) 1fr;
      gap: ${token('space-2')};
    }

    .details__field dt {
      font-weight: 600;
    }

    .details__field dd {
      margin: 0;
    }

    .details__field ul {
      margin: 0;
      padding-inline-start: ${token('space-3')};
    }

    .details__missing {
      color: ${token('color-text-muted')};
      font-style: italic;
    }

    .details__contact {
      display: flex;
      flex-direction: column;
    }

    .details__contact a {
      color: ${token('color-accent')};
    }

    @media (max-width: 30rem) {
      .details__field {
        grid-template-columns: 1fr;
        gap: 0;
      }
    }

    @media (prefers-reduced-motion: reduce) {
      .card__inner {
        transition: none;
      }
    }

    @media (forced-colors: active) {
      .column,
      .card__inner,
      .menu,
      .ghost {
        border-color: CanvasText;
      }

      .card--lifted .card__inner,
      .column--drop {
        outline: 3px solid Highlight;
      }

      .card--drop-before::before,
      .cards--drop-end::after {
        background: Highlight;
      }

      button[aria-disabled='true'] {
        color: GrayText;
      }

      .card__handle::before {
        forced-color-adjust: none;
        background: ButtonText;
      }
    }

    @media print {
      .toolbar .history-buttons,
      .instructions,
      .card__handle,
      .card__actions,
      .ghost {
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

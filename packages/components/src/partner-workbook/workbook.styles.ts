import { css } from 'lit';

/**
 * Styles shared by the partner workbook's inventory and touchpoints: the toolbar, buttons, form
 * fields, the table with a header that stays in view, the dialog, dark, print and forced-colors
 * modes. State is always in words; colour only repeats it.
 */
export const workbookStyles = css`
  .toolbar,
  .filters,
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_sel-space-2) var(--_sel-space-3);
  }

  .toolbar {
    margin-block-end: var(--_sel-space-2);
  }

  .filter,
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_sel-space-1);
  }

  .filter span,
  .field label,
  legend {
    font-weight: 600;
    font-size: var(--_sel-font-size-small);
  }

  input:not([type='checkbox'], [type='file']),
  select,
  textarea {
    min-height: 2.25rem;
    padding: var(--_sel-space-1) var(--_sel-space-2);
    border: 1px solid var(--_sel-color-border);
    border-radius: var(--_sel-radius);
    background: var(--_sel-color-surface);
    color: inherit;
    font: inherit;
  }

  textarea {
    resize: vertical;
  }

  button,
  summary {
    min-height: 2.25rem;
    padding: var(--_sel-space-1) var(--_sel-space-3);
    border: 1px solid var(--_sel-color-accent);
    border-radius: var(--_sel-radius);
    background: var(--_sel-color-surface);
    color: var(--_sel-color-accent);
    font: inherit;
    cursor: pointer;
  }

  button.primary {
    background: var(--_sel-color-accent);
    color: var(--_sel-color-on-accent);
  }

  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }

  .scroller {
    max-height: var(--sel-inventory-height, 32rem);
    overflow: auto;
    border: 1px solid var(--_sel-color-border);
    border-radius: var(--_sel-radius);
  }

  /*
   * A fixed layout, so rows drawn in later frames do not change the columns, and separate borders:
   * collapsed ones are worked out across every cell of the table on each layout, which made each
   * frame that adds rows to a table of thousands a long task.
   */
  .table {
    table-layout: fixed;
    width: max(100%, calc(var(--_columns, 6) * 10rem));
    border-collapse: separate;
    border-spacing: 0;
    font-size: var(--_sel-font-size-small);
  }

  .table caption {
    padding: var(--_sel-space-2);
    text-align: start;
    font-weight: 600;
  }

  .table th,
  .table td {
    padding: var(--_sel-space-1) var(--_sel-space-2);
    border-block-end: 1px solid var(--_sel-color-border);
    text-align: start;
    vertical-align: top;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }

  .table thead th {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    background: var(--_sel-color-surface-raised);
    /* A long header wraps at its spaces rather than being cut at the column's edge. */
    white-space: normal;
    overflow-wrap: normal;
  }

  .table .number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }

  .sort {
    min-height: 0;
    text-align: start;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font-weight: 600;
  }

  .sort__arrow {
    display: inline-block;
    min-width: 1em;
    margin-inline-start: var(--_sel-space-1);
  }

  /* The row's buttons side by side on one line each (not the cells' pre-line, which broke at the
     template's line breaks and stacked them, their words at the bottom of tall boxes). */
  .table .row-actions,
  .row-actions button {
    white-space: nowrap;
  }

  .row-actions button {
    min-height: 1.75rem;
    padding: 0 var(--_sel-space-2);
  }

  dialog {
    max-width: min(48rem, 95vw);
    max-height: 90vh;
    padding: var(--_sel-space-3);
    border: 1px solid var(--_sel-color-border);
    border-radius: var(--_sel-radius);
    background: var(--_sel-color-surface);
    color: var(--_sel-color-text);
  }

  dialog h2 {
    margin: 0 0 var(--_sel-space-2);
    font-size: 1.25em;
  }

  .dialog__fields {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    gap: var(--_sel-space-2) var(--_sel-space-3);
  }

  .field--wide {
    grid-column: 1 / -1;
  }

  fieldset {
    margin: 0;
    padding: var(--_sel-space-2);
    border: 1px solid var(--_sel-color-border);
    border-radius: var(--_sel-radius);
  }

  .contact {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
    gap: var(--_sel-space-2);
  }

  .field__hint {
    margin: 0;
    color: var(--_sel-color-text-muted);
    font-size: var(--_sel-font-size-small);
  }

  .field__error,
  .dialog__summary {
    margin: 0;
    color: var(--_sel-color-danger);
    font-weight: 600;
  }

  .field__error::before {
    content: '⚠ ';
  }

  [aria-invalid='true'] {
    border-color: var(--_sel-color-danger);
    border-width: 2px;
  }

  .dialog__actions {
    display: flex;
    gap: var(--_sel-space-2);
    margin-block-start: var(--_sel-space-3);
  }

  .count,
  .empty {
    margin: var(--_sel-space-1) 0;
    color: var(--_sel-color-text-muted);
  }

  @media print {
    .toolbar,
    .row-actions,
    .actions,
    dialog {
      display: none;
    }

    .scroller {
      max-height: none;
      overflow: visible;
      border: 0;
    }

    .table thead th {
      position: static;
    }
  }

  @media (forced-colors: active) {
    button.primary {
      border: 2px solid ButtonText;
    }

    [aria-invalid='true'] {
      outline: 2px solid Mark;
    }
  }
`;

import { css } from 'lit';

/**
 * Styles of `<sel-action-plan>`, adopted after the shared `tokenStyles`. Overdue and due-soon steps
 * carry a word and a thick start border (never colour alone); data rows that may not, or might
 * not, be shared carry a bordered warning. In print, controls go and each status shows as text.
 */
export const actionPlanStyles = css`
  :host {
    --_overdue: var(--sel-action-plan-overdue, var(--_sel-color-danger));
    --_due-soon: var(--sel-action-plan-due-soon, #7d4e00);
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --_due-soon: var(--sel-action-plan-due-soon, #e3b341);
    }
  }

  .plan {
    container: sel-action-plan / inline-size;
  }

  .title {
    margin: 0;
    font-size: 1.4em;
    line-height: 1.3;
  }

  .heading {
    margin: var(--_sel-space-4) 0 var(--_sel-space-2);
    font-size: 1.15em;
    line-height: 1.3;
  }

  .goal .heading {
    font-size: 1.05em;
  }

  .kind,
  .as-of,
  .measure,
  .step__meta,
  .empty {
    margin: var(--_sel-space-1) 0;
    color: var(--_sel-color-text-muted);
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_sel-space-3);
    align-items: end;
    margin: var(--_sel-space-3) 0;
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_sel-space-1);
    font-weight: 600;
  }

  select,
  input,
  textarea,
  button {
    font: inherit;
    min-block-size: 2.75rem;
  }

  .progress {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_sel-space-2);
    align-items: center;
    margin: var(--_sel-space-2) 0;
  }

  progress {
    inline-size: 10rem;
    max-inline-size: 100%;
    accent-color: var(--_sel-color-success);
  }

  .goals,
  .steps,
  .rows,
  .changed {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .goal-item + .goal-item {
    border-block-start: 1px solid var(--_sel-color-border);
  }

  .step,
  .row {
    margin: var(--_sel-space-2) 0;
    padding: var(--_sel-space-2) var(--_sel-space-3);
    border: 1px solid var(--_sel-color-border);
    border-inline-start-width: 6px;
    border-radius: var(--_sel-radius);
  }

  .step[data-timing='overdue'] {
    border-inline-start-color: var(--_overdue);
    border-inline-start-style: double;
  }

  .step[data-timing='due-soon'] {
    border-inline-start-color: var(--_due-soon);
    border-inline-start-style: dashed;
  }

  .step[data-timing='done'] .step__what {
    text-decoration: line-through;
  }

  .step__what {
    margin: 0;
    font-weight: 600;
  }

  .step__meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_sel-space-1) var(--_sel-space-3);
  }

  .badge {
    padding: 0 var(--_sel-space-2);
    border: 2px solid currentcolor;
    border-radius: var(--_sel-radius);
  }

  .badge--overdue {
    color: var(--_overdue);
  }

  .badge--due-soon {
    color: var(--_due-soon);
  }

  .status {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_sel-space-1) var(--_sel-space-3);
    margin: var(--_sel-space-2) 0 0;
    padding: 0;
    border: 0;
  }

  .status legend {
    float: inline-start;
    margin-inline-end: var(--_sel-space-2);
    padding: 0;
    font-weight: 600;
  }

  .status__choice {
    display: inline-flex;
    gap: var(--_sel-space-1);
    align-items: center;
    min-block-size: 2.75rem;
    cursor: pointer;
  }

  .status__choice input {
    min-block-size: auto;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    accent-color: var(--_sel-color-accent);
  }

  dl {
    display: grid;
    grid-template-columns: minmax(6rem, max-content) 1fr;
    gap: var(--_sel-space-1) var(--_sel-space-3);
    margin: 0;
  }

  dt {
    font-weight: 600;
  }

  dd {
    margin: 0;
  }

  .row--no,
  .row--unknown {
    border-inline-start-color: var(--_overdue);
  }

  .legal--no,
  .legal--unknown {
    color: var(--_overdue);
  }

  button {
    padding: 0 var(--_sel-space-3);
    border: 2px solid var(--_sel-color-accent);
    border-radius: var(--_sel-radius);
    background: var(--_sel-color-surface);
    color: var(--_sel-color-accent);
    font-weight: 600;
    cursor: pointer;
  }

  button:disabled {
    border-color: var(--_sel-color-border);
    color: var(--_sel-color-text-muted);
    cursor: not-allowed;
  }

  .edit-toggle {
    margin-block-start: var(--_sel-space-2);
  }

  input:not([type='radio']),
  textarea,
  select {
    max-inline-size: 100%;
    padding: var(--_sel-space-1) var(--_sel-space-2);
    border: 2px solid var(--_sel-color-border);
    border-radius: var(--_sel-radius);
    background: var(--_sel-color-surface);
    color: var(--_sel-color-text);
  }

  @container sel-action-plan (max-width: 30rem) {
    dl {
      grid-template-columns: 1fr;
    }
  }

  @media (forced-colors: active) {
    .step[data-timing='overdue'],
    .step[data-timing='due-soon'],
    .row--no,
    .row--unknown {
      border-inline-start-color: CanvasText;
    }
  }

  @media print {
    .toolbar,
    .edit-toggle,
    .out,
    progress {
      display: none;
    }

    .step,
    .row {
      break-inside: avoid;
    }

    .status__choice:not(:has(input:checked)) {
      display: none;
    }
  }
`;

import { css } from 'lit';
import { errorSummaryStyles } from '../shared/error-summary.js';

/**
 * Styles of the plan editor, adopted by `<sel-action-plan>` when the editor first loads (a page
 * that only follows a plan never downloads them): the GOV.UK-style error summary, each field with
 * its label and error, and the groups of a list with their buttons.
 */
export const planEditorStyles = css`
  ${errorSummaryStyles}

  .error-summary {
    margin: 0 0 var(--_sel-space-3);
  }

  .input {
    display: flex;
    flex-direction: column;
    gap: var(--_sel-space-1);
    margin: var(--_sel-space-2) 0;
  }

  .input label,
  .item legend {
    font-weight: 600;
  }

  .input--error {
    padding-inline-start: var(--_sel-space-3);
    border-inline-start: 4px solid var(--_sel-color-danger);
  }

  .field-error {
    margin: 0;
    color: var(--_sel-color-danger);
    font-weight: 600;
  }

  [aria-invalid='true'] {
    border-color: var(--_sel-color-danger);
  }

  .edit-list {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .item {
    margin: var(--_sel-space-2) 0;
    padding: var(--_sel-space-2) var(--_sel-space-3);
    border: 1px solid var(--_sel-color-border);
    border-radius: var(--_sel-radius);
  }

  .steps-group {
    margin: var(--_sel-space-3) 0 0;
    padding: 0;
    border: 0;
  }

  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_sel-space-2);
    margin: var(--_sel-space-2) 0;
  }

  .proposals {
    margin: var(--_sel-space-3) 0;
    padding: var(--_sel-space-2) var(--_sel-space-3);
    border-inline-start: 4px solid var(--_sel-color-accent);
  }

  .proposals__title {
    margin: 0;
    font-weight: 600;
  }

  @media print {
    .tools,
    .add {
      display: none;
    }
  }
`;

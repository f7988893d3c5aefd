import { css } from 'lit';

/**
 * The autosaved draft's question ("Restore your unsaved changes from 3:42 PM?"), its notes and its
 * status line, shown above a value-holding element's content; hidden in print.
 *
 * @csspart draft - The area holding the draft's question, notes and status.
 * @csspart draft-button - The Restore, Discard, Keep, Delete and Clear draft buttons.
 */
export const draftStyles = css`
  .draft {
    display: grid;
    gap: var(--_sel-space-2);
    margin-block-end: var(--_sel-space-2);
    font-size: var(--_sel-font-size-small);
  }

  .draft:empty {
    display: none;
  }

  .draft p {
    margin: 0;
  }

  .draft__prompt {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_sel-space-2);
    padding: var(--_sel-space-2) var(--_sel-space-3);
    border: 1px solid var(--_sel-color-accent);
    border-radius: var(--_sel-radius);
    background: var(--_sel-color-accent-surface);
    color: var(--_sel-color-text);
  }

  .draft__prompt p {
    flex: 1 1 16rem;
    font-weight: 600;
  }

  .draft__note,
  .draft__status {
    color: var(--_sel-color-text-muted);
  }

  .draft button {
    padding: var(--_sel-space-1) var(--_sel-space-3);
    border: 1px solid var(--_sel-color-accent);
    border-radius: var(--_sel-radius);
    background: var(--_sel-color-surface);
    color: var(--_sel-color-accent);
    font: inherit;
    cursor: pointer;
  }

  .draft__status button {
    margin-inline-start: var(--_sel-space-2);
  }

  @media print {
    .draft {
      display: none;
    }
  }

  @media (forced-colors: active) {
    .draft__prompt {
      border-color: CanvasText;
    }
  }
`;

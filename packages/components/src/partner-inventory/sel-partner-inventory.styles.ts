import { css } from 'lit';

/** Styles of `<sel-partner-inventory>` beyond the workbook's shared ones: the chooser, undo and import. */
export const partnerInventoryStyles = css`
  .chooser {
    position: relative;
  }

  .chooser summary {
    display: inline-flex;
    align-items: center;
  }

  .chooser fieldset {
    position: absolute;
    z-index: 2;
    display: grid;
    min-width: 16rem;
    background: var(--_sel-color-surface);
  }

  .chooser__option {
    display: flex;
    gap: var(--_sel-space-2);
    align-items: center;
  }

  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_sel-space-2);
    margin-block-end: var(--_sel-space-2);
  }

  .pager [aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }

  .undo {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_sel-space-2);
    padding: var(--_sel-space-2);
    border-inline-start: 4px solid var(--_sel-color-accent);
    background: var(--_sel-color-surface-raised);
  }

  .import {
    display: grid;
    gap: var(--_sel-space-2);
    margin-block-end: var(--_sel-space-3);
    padding: var(--_sel-space-3);
    border: 1px solid var(--_sel-color-border);
    border-radius: var(--_sel-radius);
  }

  .import h3 {
    margin: 0;
    font-size: 1.1em;
  }

  .import__paste {
    font-weight: 600;
  }

  .import__actions {
    display: flex;
    gap: var(--_sel-space-2);
  }

  .import__mapping {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
    gap: var(--_sel-space-2);
  }

  .mapping {
    display: flex;
    flex-direction: column;
    gap: var(--_sel-space-1);
    font-size: var(--_sel-font-size-small);
  }

  .import__problems {
    margin: 0;
    padding-inline-start: var(--_sel-space-4);
    color: var(--_sel-color-danger);
    max-height: 16rem;
    overflow: auto;
  }

  .import button.primary {
    justify-self: start;
  }
`;

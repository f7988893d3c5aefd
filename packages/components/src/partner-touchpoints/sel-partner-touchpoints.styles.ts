import { css } from 'lit';

/** Styles of `<sel-partner-touchpoints>` beyond the workbook's shared ones. State is in words; the mark repeats it. */
export const partnerTouchpointsStyles = css`
  .filters {
    margin-block-end: var(--_sel-space-2);
  }

  tr[data-state='overdue'] .state {
    color: var(--_sel-color-danger);
    font-weight: 600;
  }

  tr[data-state='overdue'] .state::before {
    content: '⚠ ';
  }

  tr[data-state='due'] .state {
    font-weight: 600;
  }

  .history,
  .cadence {
    margin-block-start: var(--_sel-space-3);
  }

  .history h3 {
    margin: 0 0 var(--_sel-space-2);
    font-size: 1.1em;
  }

  .history .notes {
    white-space: pre-line;
  }

  .cadence {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_sel-space-3);
  }
`;

import { css } from 'lit';

/**
 * Styles of the table of states and the panel of a place's communities, loaded with them
 * (status-map-views.ts) and adopted after the map's own. The table that stands in for the map
 * shows below the container query's width, and in print beside the map.
 */
export const statusMapViewStyles = css`
  .sort,
  .place {
    min-height: 2.75rem;
    padding: var(--_sel-space-1) var(--_sel-space-2);
    border: 1px solid transparent;
    border-radius: var(--_sel-radius);
    background: transparent;
    text-align: start;
  }

  .table {
    width: 100%;
    border-collapse: collapse;
    margin-block-end: var(--_sel-space-3);
  }

  .table caption {
    margin-block-end: var(--_sel-space-1);
    font-weight: 600;
    text-align: start;
  }

  .table th,
  .table td {
    padding: var(--_sel-space-1) var(--_sel-space-2);
    border-block-end: 1px solid var(--_sel-color-border);
    text-align: start;
  }

  .table .number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }

  .sort {
    font-weight: 600;
  }

  .place {
    color: var(--_sel-color-accent);
    text-decoration: underline;
  }

  .sort__arrow {
    margin-inline-start: var(--_sel-space-1);
  }

  .table--fallback {
    display: none;
  }

  .panel {
    margin-block: var(--_sel-space-3);
    padding: var(--_sel-space-3);
    border: 1px solid var(--_sel-color-border);
    border-radius: var(--_sel-radius);
  }

  .panel__heading {
    margin: 0 0 var(--_sel-space-2);
    font-size: 1.1em;
  }

  .scroll {
    overflow-x: auto;
  }

  @container sel-status-map (max-width: 22rem) {
    .table--fallback {
      display: table;
    }
  }

  @media print {
    .table--fallback {
      display: table;
    }
    .close,
    .sort__arrow {
      display: none;
    }
    .place,
    .sort {
      color: inherit;
      text-decoration: none;
    }
  }
`;

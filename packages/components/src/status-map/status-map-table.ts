import { html, type TemplateResult } from 'lit';
import { STATE_COLUMNS, type SortDirection, type StateColumn, type StateRow } from './state-rows.js';
import type { TileKey } from './status-map-model.js';
import { stateTableRows } from './state-table-rows.js';
import type { StatusMapText } from './status-map-text.js';

/** How the table is sorted and what it does when a header or a place is pressed. */
export interface TableViewState {
  readonly column: StateColumn;
  readonly direction: SortDirection;
  readonly caption: string;
  readonly sort: (column: StateColumn) => void;
  readonly open: (key: TileKey, event: Event) => void;
}

const HEADERS = {
  place: 'statusMap.table.place',
  communities: 'statusMap.table.communities',
  districts: 'statusMap.table.districts',
  students: 'statusMap.table.students',
  phase: 'statusMap.table.phase',
  readiness: 'statusMap.table.readiness',
} as const;

/** The column's header in the reader's language. */
export function columnLabel(column: StateColumn, text: StatusMapText): string {
  return text.t(HEADERS[column]);
}

/**
 * The same figures as the map, as a table sorted by any column (a header button sorts by it, a
 * second press reverses it); each place opens its communities, as its square does.
 */
export function renderStateTable(
  rows: readonly StateRow[],
  view: TableViewState,
  text: StatusMapText,
  extraClass = '',
): TemplateResult {
  const number = (value: number) => text.formatNumber(value);
  return html`<table class="table ${extraClass}" part="table">
    <caption>
      ${view.caption}
    </caption>
    <thead>
      <tr>
        ${STATE_COLUMNS.map(
          (column) =>
            html`<th scope="col" aria-sort=${column === view.column ? view.direction : 'none'}>
              <button
                type="button"
                class="sort"
                data-column=${column}
                @click=${() => {
                  view.sort(column);
                }}
              >
                ${columnLabel(column, text)}<span class="sort__arrow" aria-hidden="true"
                  >${column === view.column ? (view.direction === 'ascending' ? '▲' : '▼') : ''}</span
                >
              </button>
            </th>`,
        )}
      </tr>
    </thead>
    <tbody
      ${stateTableRows(
        rows.map((row) => ({
          key: row.key,
          place: row.place,
          action: text.t('statusMap.table.open', { place: row.place }),
          cells: [
            number(row.communities),
            number(row.districts),
            number(row.students),
            row.phase === undefined ? '' : text.t(`timeline.phase.${row.phase}`),
            row.readiness === undefined ? '' : text.t(`rubric.stage.${row.readiness}`),
          ],
        })),
        view.open,
      )}
    ></tbody>
  </table>`;
}

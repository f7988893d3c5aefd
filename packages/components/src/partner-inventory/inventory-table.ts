import { html, nothing, type TemplateResult } from 'lit';
import { renderBlocks } from '../partner-workbook/row-blocks.js';
import { inLang, shownAndSaid, withParts } from '../shared/data-language.js';
import { styleProperties } from '../shared/style-properties.js';
import { PARTNER_KINDS, SORTED_TIERS, type PartnerKind, type Tier } from '@sel/core';
import type { Translate } from '../partner-workbook/part-words.js';
import {
  cellText,
  INVENTORY_COLUMNS,
  type InventoryColumn,
  type InventoryLabels,
  type InventoryQuery,
  type InventoryRow,
} from './inventory-rows.js';

/** The header of each column. */
export const COLUMN_LABELS: Readonly<Record<InventoryColumn, SelColumnKey>> = {
  name: 'inventory.field.name',
  kind: 'cardsort.field.kind',
  mission: 'cardsort.field.mission',
  outcomeGoals: 'cardsort.field.outcomeGoals',
  partnerContact: 'cardsort.field.partnerContact',
  schoolContact: 'cardsort.field.schoolContact',
  schedule: 'cardsort.field.schedule',
  duration: 'cardsort.field.duration',
  location: 'cardsort.field.location',
  targetAudience: 'cardsort.field.targetAudience',
  years: 'cardsort.field.years',
  fundingSource: 'cardsort.field.fundingSource',
  notes: 'cardsort.field.notes',
  tier: 'cardsort.field.tier',
};
type SelColumnKey = Parameters<Translate>[0];

/** Rows a page of the table shows: a few screens of the table's box, and a table the browser lays out quickly. */
export const PAGE_SIZE = 100;

export interface InventoryTableView {
  /** Every row the filters keep, in the sorted order. */
  readonly rows: readonly InventoryRow[];
  /** The rows of the page shown. */
  readonly pageRows: readonly InventoryRow[];
  /** The page shown (from 0) and how many there are. */
  readonly page: number;
  readonly pages: number;
  /** How many of `pageRows` to draw now (the rest come in later frames). */
  readonly drawn: number;
  readonly total: number;
  readonly query: InventoryQuery;
  readonly columns: readonly InventoryColumn[];
  readonly labels: InventoryLabels;
  readonly interactive: boolean;
  readonly busy: boolean;
  /** Changes when the strings do (the `strings` overrides), so rows already drawn are drawn again. */
  readonly stamp: unknown;
  /** The `lang` of the partners' texts (`dataLang`). */
  readonly lang: string | typeof nothing;
  readonly t: Translate;
  readonly onQuery: (change: Partial<InventoryQuery>) => void;
  readonly onColumns: (columns: InventoryColumn[]) => void;
  readonly onAction: (action: 'add' | 'edit' | 'delete' | 'import' | 'export', id?: string) => void;
  readonly onPage: (page: number) => void;
}

/** The filters, the column chooser and the add, import and export buttons. */
export function renderToolbar(view: InventoryTableView): TemplateResult {
  const { t, query, labels } = view;
  return html`<div class="toolbar" part="toolbar">
    <div class="filters" role="search" aria-label=${t('inventory.filters')}>
      <label class="filter">
        <span>${t('inventory.filter.text')}</span>
        <input
          type="search"
          name="filter-text"
          .value=${query.text}
          @input=${(event: Event) => {
            view.onQuery({ text: (event.target as HTMLInputElement).value });
          }}
        />
      </label>
      <label class="filter">
        <span>${t('cardsort.field.kind')}</span>
        <select
          name="filter-kind"
          @change=${(event: Event) => {
            view.onQuery({ kind: (event.target as HTMLSelectElement).value as PartnerKind | '' });
          }}
        >
          <option value="" ?selected=${query.kind === ''}>${t('inventory.filter.all')}</option>
          ${PARTNER_KINDS.map((kind) => html`<option value=${kind} ?selected=${query.kind === kind}>${labels.kind(kind)}</option>`)}
        </select>
      </label>
      <label class="filter">
        <span>${t('cardsort.field.tier')}</span>
        <select
          name="filter-tier"
          @change=${(event: Event) => {
            view.onQuery({ tier: (event.target as HTMLSelectElement).value as Tier | '' });
          }}
        >
          <option value="" ?selected=${query.tier === ''}>${t('inventory.filter.all')}</option>
          ${(['unsorted', ...SORTED_TIERS] as const).map(
            (tier) => html`<option value=${tier} ?selected=${query.tier === tier}>${labels.tier(tier)}</option>`,
          )}
        </select>
      </label>
    </div>
    <details class="chooser" part="column-chooser">
      <summary>${t('inventory.columns')}</summary>
      <fieldset>
        <legend class="visually-hidden">${t('inventory.columns')}</legend>
        ${INVENTORY_COLUMNS.map(
          (column) =>
            html`<label class="chooser__option">
              <input
                type="checkbox"
                value=${column}
                .checked=${view.columns.includes(column)}
                ?disabled=${column === 'name'}
                @change=${(event: Event) => {
                  const on = (event.target as HTMLInputElement).checked;
                  view.onColumns(INVENTORY_COLUMNS.filter((c) => (c === column ? on : view.columns.includes(c))));
                }}
              />
              ${t(COLUMN_LABELS[column])}
            </label>`,
        )}
      </fieldset>
    </details>
    <div class="actions">
      ${
        view.interactive
          ? html`<button
                type="button"
                class="primary"
                data-action="add"
                @click=${() => {
                  view.onAction('add');
                }}
              >
                ${t('inventory.add')}
              </button>
              <button
                type="button"
                data-action="import"
                @click=${() => {
                  view.onAction('import');
                }}
              >
                ${t('inventory.import')}
              </button>`
          : nothing
      }
      <button
        type="button"
        data-action="export"
        @click=${() => {
          view.onAction('export');
        }}
      >
        ${t('inventory.export')}
      </button>
    </div>
  </div>`;
}

/**
 * The table of partners: a header button sorts by its column (a second press reverses it), the
 * partner's name heads each row, and each row has its edit and delete buttons. The header stays
 * in view while the rows scroll.
 */
export function renderInventoryTable(view: InventoryTableView): TemplateResult {
  const { t, query, labels } = view;
  return html`<p class="count" role="status">
      ${
        view.rows.length === view.total
          ? t('inventory.count', { count: view.total })
          : t('inventory.shown', { count: view.rows.length, total: view.total })
      }
    </p>
    ${view.pages > 1 ? renderPager(view) : nothing}
    <div class="scroller" part="table-scroller" tabindex="0" role="region" aria-labelledby="inventory-caption">
      <table
        class="table"
        part="table"
        style=${styleProperties({ '--_columns': String(view.columns.length + (view.interactive ? 1 : 0)) })}
        aria-busy=${view.busy ? 'true' : 'false'}
      >
        <caption id="inventory-caption">
          ${t('inventory.caption')}
          ${
            query.column === undefined
              ? nothing
              : html`<span class="visually-hidden"
                  >${t('inventory.sorted', {
                    column: t(COLUMN_LABELS[query.column]),
                    direction: t(query.direction === 'ascending' ? 'inventory.ascending' : 'inventory.descending'),
                  })}</span
                >`
          }
        </caption>
        <thead>
          <tr>
            ${view.columns.map(
              (column) =>
                html`<th scope="col" aria-sort=${column === query.column ? query.direction : 'none'}>
                  <button
                    type="button"
                    class="sort"
                    data-column=${column}
                    @click=${() => {
                      view.onQuery({
                        column,
                        direction:
                          query.column === column && query.direction === 'ascending' ? 'descending' : 'ascending',
                      });
                    }}
                  >
                    ${t(COLUMN_LABELS[column])}<span class="sort__arrow" aria-hidden="true"
                      >${column === query.column ? (query.direction === 'ascending' ? '▲' : '▼') : ''}</span
                    >
                  </button>
                </th>`,
            )}
            ${view.interactive ? html`<th scope="col">${t('inventory.actions')}</th>` : nothing}
          </tr>
        </thead>
        ${renderBlocks(
          view.drawn,
          [view.pageRows, view.columns, view.interactive, labels.locale, view.stamp],
          (from, to) => view.pageRows.slice(from, to).map((row) => renderRow(row, view)),
        )}
      </table>
    </div>
    ${
      view.rows.length === 0
        ? html`<p class="empty">${view.total === 0 ? t('inventory.empty') : t('inventory.noMatch')}</p>`
        : nothing
    }`;
}

/**
 * The pages of a long table: the page shown, with its first and last partner, between Previous
 * and Next, above the table (a keyboard reaches them without passing every row's buttons). The
 * buttons stay focusable at either end (`aria-disabled`), so focus is never lost.
 */
function renderPager(view: InventoryTableView): TemplateResult {
  const { t, page, pages } = view;
  const button = (to: number, key: 'inventory.page.previous' | 'inventory.page.next'): TemplateResult => {
    const off = to < 0 || to >= pages;
    return html`<button
      type="button"
      data-action=${key === 'inventory.page.next' ? 'next-page' : 'previous-page'}
      aria-disabled=${off ? 'true' : 'false'}
      @click=${() => {
        if (!off) view.onPage(to);
      }}
    >
      ${t(key)}
    </button>`;
  };
  return html`<nav class="pager" aria-label=${t('inventory.pages')}>
    ${button(page - 1, 'inventory.page.previous')}
    <span class="pager__status" role="status"
      >${t('inventory.page', {
        page: page + 1,
        pages,
        from: page * PAGE_SIZE + 1,
        to: page * PAGE_SIZE + view.pageRows.length,
      })}</span
    >
    ${button(page + 1, 'inventory.page.next')}
  </nav>`;
}

/** The columns in the element's own words; the others hold the partners' texts. */
const ownWords: ReadonlySet<InventoryColumn> = new Set<InventoryColumn>(['kind', 'tier', 'years']);

function renderRow(row: InventoryRow, view: InventoryTableView): TemplateResult {
  const { t, labels } = view;
  const name = { name: inLang(row.partner.name, view.lang) };
  return html`<tr data-id=${row.partner.id}>
    ${view.columns.map((column) => {
      if (column === 'name') return html`<th scope="row" lang=${view.lang}>${row.partner.name}</th>`;
      const lang = ownWords.has(column) ? nothing : view.lang;
      return html`<td class=${column === 'years' ? 'number' : ''} lang=${lang}>${cellText(row, column, labels)}</td>`;
    })}
    ${
      view.interactive
        ? html`<td class="row-actions">
            <button
              type="button"
              data-action="edit"
              @click=${() => {
                view.onAction('edit', row.partner.id);
              }}
            >
              ${shownAndSaid(t('inventory.edit'), withParts(t, 'inventory.editLabel', name))}
            </button>
            <button
              type="button"
              data-action="delete"
              @click=${() => {
                view.onAction('delete', row.partner.id);
              }}
            >
              ${shownAndSaid(t('inventory.delete'), withParts(t, 'inventory.deleteLabel', name))}
            </button>
          </td>`
        : nothing
    }
  </tr>`;
}

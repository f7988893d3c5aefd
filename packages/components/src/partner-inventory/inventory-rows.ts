import type { Partner, PartnerKind, PartnerWorkbook, Tier } from '@sel/core';
import { TIERS, workbookTier } from '@sel/core';

/** The columns of the inventory table: the fields of the guidance's template, and the tier. */
export const INVENTORY_COLUMNS = [
  'name',
  'kind',
  'mission',
  'outcomeGoals',
  'partnerContact',
  'schoolContact',
  'schedule',
  'duration',
  'location',
  'targetAudience',
  'years',
  'fundingSource',
  'notes',
  'tier',
] as const;
export type InventoryColumn = (typeof INVENTORY_COLUMNS)[number];

/** The columns shown until the user chooses others. */
export const DEFAULT_COLUMNS: readonly InventoryColumn[] = [
  'name',
  'kind',
  'partnerContact',
  'schoolContact',
  'schedule',
  'tier',
];

export type SortDirection = 'ascending' | 'descending';

/** One partner as the table shows it. */
export interface InventoryRow {
  readonly partner: Partner;
  readonly tier: Tier;
  /** Its place in the inventory, the order when no column is sorted. */
  readonly index: number;
}

/** What the table shows: filters and the sort. */
export interface InventoryQuery {
  /** Words to find in any field (accents and case ignored). */
  readonly text: string;
  readonly kind: PartnerKind | '';
  readonly tier: Tier | '';
  /** The sorted column; `undefined` keeps the inventory's order. */
  readonly column: InventoryColumn | undefined;
  readonly direction: SortDirection;
}

/** The words of a label for the reader's language (kinds and tiers). */
export interface InventoryLabels {
  readonly kind: (kind: PartnerKind) => string;
  readonly tier: (tier: Tier) => string;
  readonly locale: string;
}

/** Lowercase, without accents: "Clínica" is found by "clinica". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The text of one cell, as shown and as sorted. */
export function cellText(row: InventoryRow, column: InventoryColumn, labels: InventoryLabels): string {
  const { partner } = row;
  switch (column) {
    case 'kind':
      return labels.kind(partner.kind);
    case 'tier':
      return labels.tier(row.tier);
    case 'outcomeGoals':
      return partner.outcomeGoals?.join('\n') ?? '';
    case 'partnerContact':
    case 'schoolContact': {
      const contact = partner[column];
      return contact ? [contact.name, contact.role, contact.email, contact.phone].filter(Boolean).join(' · ') : '';
    }
    case 'years':
      return partner.years === undefined ? '' : String(partner.years);
    default:
      return partner[column] ?? '';
  }
}

/** The rows of a workbook, one per partner, in inventory order. */
export function inventoryRows(workbook: PartnerWorkbook): InventoryRow[] {
  return workbook.partners.map((partner, index) => ({ partner, tier: workbookTier(workbook, partner.id), index }));
}

/** Everything a row says, folded for search; built once per row and language. */
const searchTexts = new WeakMap<InventoryRow, { locale: string; text: string }>();

function searchText(row: InventoryRow, labels: InventoryLabels): string {
  const known = searchTexts.get(row);
  if (known?.locale === labels.locale) return known.text;
  const { partner } = row;
  const text = foldText(
    [...INVENTORY_COLUMNS.map((column) => cellText(row, column, labels)), partner.id, partner.history ?? ''].join('\n'),
  );
  searchTexts.set(row, { locale: labels.locale, text });
  return text;
}

const collators = new Map<string, Intl.Collator>();
function collator(locale: string): Intl.Collator {
  let found = collators.get(locale);
  if (!found) {
    found = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    collators.set(locale, found);
  }
  return found;
}

/** Every row of a workbook in the order of a column and direction, by language: sorted once, kept while the rows stay. */
const sortedRows = new WeakMap<readonly InventoryRow[], Map<string, readonly InventoryRow[]>>();

/** `rows` sorted by `column` (empty cells last, ties in inventory order), sorted once per rows, column, direction and language. */
function sortRows(
  rows: readonly InventoryRow[],
  column: InventoryColumn,
  direction: SortDirection,
  labels: InventoryLabels,
): readonly InventoryRow[] {
  let orders = sortedRows.get(rows);
  if (!orders) {
    orders = new Map();
    sortedRows.set(rows, orders);
  }
  const cacheKey = `${column} ${direction} ${labels.locale}`;
  const known = orders.get(cacheKey);
  if (known) return known;
  const sign = direction === 'ascending' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, key: sortKey(row, column, labels) }));
  const compare = collator(labels.locale).compare;
  keyed.sort((a, b) => {
    const aEmpty = a.key === '' || a.key === undefined;
    const bEmpty = b.key === '' || b.key === undefined;
    if (aEmpty !== bEmpty) return aEmpty ? 1 : -1;
    const order =
      typeof a.key === 'number' && typeof b.key === 'number' ? a.key - b.key : compare(String(a.key), String(b.key));
    return order === 0 ? a.row.index - b.row.index : sign * order;
  });
  const sorted = keyed.map((entry) => entry.row);
  orders.set(cacheKey, sorted);
  return sorted;
}

/**
 * The rows the table shows: those of the chosen kind and tier whose text holds every word typed,
 * sorted by the chosen column (empty cells last, ties in inventory order). The order of each
 * column is worked out once for the rows and kept, and each row's text is folded for search once,
 * so a key typed in the filter or a press on a header only walks the rows.
 */
export function queryRows(
  rows: readonly InventoryRow[],
  query: InventoryQuery,
  labels: InventoryLabels,
): readonly InventoryRow[] {
  const words = foldText(query.text).split(/\s+/).filter(Boolean);
  const ordered = query.column === undefined ? rows : sortRows(rows, query.column, query.direction, labels);
  return words.length === 0 && query.kind === '' && query.tier === ''
    ? ordered
    : ordered.filter(
        (row) =>
          (query.kind === '' || row.partner.kind === query.kind) &&
          (query.tier === '' || row.tier === query.tier) &&
          words.every((word) => searchText(row, labels).includes(word)),
      );
}

function sortKey(row: InventoryRow, column: InventoryColumn, labels: InventoryLabels): string | number | undefined {
  if (column === 'years') return row.partner.years;
  if (column === 'tier') return TIERS.indexOf(row.tier);
  return cellText(row, column, labels);
}

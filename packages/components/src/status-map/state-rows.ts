import { PHASES, READINESS_STAGES } from '@sel/core';
import type { Phase, ReadinessStage } from '@sel/core';
import type { MapTile, TileKey } from './status-map-model.js';

/** The columns of the table view, each sortable. */
export const STATE_COLUMNS = ['place', 'communities', 'districts', 'students', 'phase', 'readiness'] as const;
export type StateColumn = (typeof STATE_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';

/** One line of the table view: a square of the map with a community, in figures. */
export interface StateRow {
  readonly key: TileKey;
  /** The place's name in the reader's language. */
  readonly place: string;
  readonly communities: number;
  readonly districts: number;
  readonly students: number;
  /** The furthest phase and the most ready stage of the communities scoped there (or of all there). */
  readonly phase: Phase | undefined;
  readonly readiness: ReadinessStage | undefined;
}

/** The furthest of `values` in the order of `order`, or undefined for none. */
function furthest<T>(order: readonly T[], values: readonly T[]): T | undefined {
  const ranks = values.map((value) => order.indexOf(value));
  return ranks.length === 0 ? undefined : order[Math.max(...ranks)];
}

/** The rows of the table: every square where a community works, named by `nameOf`. */
export function stateRows(tiles: readonly MapTile[], nameOf: (key: TileKey) => string): StateRow[] {
  return tiles
    .filter((tile) => tile.communities.length > 0)
    .map((tile) => {
      const coloured = tile.own.length > 0 ? tile.own : tile.communities;
      return {
        key: tile.key,
        place: nameOf(tile.key),
        communities: tile.communities.length,
        districts: tile.districts,
        students: tile.students,
        phase: furthest(
          PHASES,
          coloured.map((c) => c.status.phase),
        ),
        readiness: furthest(
          READINESS_STAGES,
          coloured.map((c) => c.status.readiness),
        ),
      };
    });
}

const rank = (row: StateRow, column: 'phase' | 'readiness') =>
  column === 'phase'
    ? PHASES.indexOf(row.phase ?? PHASES[0]) // rows always have a phase; the fallback keeps the type
    : READINESS_STAGES.indexOf(row.readiness ?? READINESS_STAGES[0]);

/** One collator per language, made on first use (building one takes longer than sorting 50 rows). */
const collators = new Map<string, Intl.Collator>();

/**
 * A copy of `rows` sorted by `column`: places by name in the reader's language, figures by size,
 * phases and stages in lifecycle order. Ties keep the order by place name.
 */
export function sortStateRows(
  rows: readonly StateRow[],
  column: StateColumn,
  direction: SortDirection,
  locale: string,
): StateRow[] {
  let collator = collators.get(locale);
  if (collator === undefined) {
    collator = new Intl.Collator(locale);
    collators.set(locale, collator);
  }
  const byPlace = (a: StateRow, b: StateRow) => collator.compare(a.place, b.place);
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    let order: number;
    if (column === 'place') order = byPlace(a, b);
    else if (column === 'phase' || column === 'readiness') order = rank(a, column) - rank(b, column);
    else order = a[column] - b[column];
    return sign * order || byPlace(a, b);
  });
}

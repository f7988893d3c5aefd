/**
 * Where the arrow, paging, Home and End keys move in a list or a board of columns: pure functions
 * of the key and the current place, so a list's and a board's keyboard paths are tested without a
 * DOM and the elements share one reading of the keys (see `RovingFocusController`).
 */

/**
 * The keys that move the focus between the places of a board or a grid (the card sort's cards, the
 * status map's squares): the arrows, Home and End. PageUp and PageDown move only in a list.
 */
export const GRID_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
]);

/** How {@link listStep} reads the keys. */
export interface ListStepOptions {
  /** How many items PageUp and PageDown skip. Default 10. */
  readonly page?: number;
}

/**
 * The index `key` moves to from `index` in a list of `count` items: ArrowDown/ArrowRight the next,
 * ArrowUp/ArrowLeft the previous, PageDown/PageUp `page` items on or back, Home the first, End the
 * last, always within the list. `undefined` for a key that does not move in a list.
 */
export function listStep(key: string, index: number, count: number, options: ListStepOptions = {}): number | undefined {
  const last = count - 1;
  const page = options.page ?? 10;
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return Math.min(last, index + 1);
    case 'ArrowUp':
    case 'ArrowLeft':
      return Math.max(0, index - 1);
    case 'PageDown':
      return Math.min(last, index + page);
    case 'PageUp':
      return Math.max(0, index - page);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return undefined;
  }
}

/** A place on a board: the column, and the row within it (0 is the top). */
export interface GridPlace {
  readonly column: number;
  readonly row: number;
}

/**
 * The place `key` moves to from `at` on a board whose columns hold `lengths` items: ArrowUp and
 * ArrowDown the neighbour in the column, Home and End its first and last, ArrowLeft and ArrowRight
 * the nearest column in that direction that has items, at the same row or its last one. `undefined`
 * for another key, or at the edge (nothing there to move to).
 */
export function gridStep(key: string, at: GridPlace, lengths: readonly number[]): GridPlace | undefined {
  const length = lengths[at.column] ?? 0;
  const inColumn = (row: number): GridPlace | undefined =>
    row >= 0 && row < length ? { column: at.column, row } : undefined;
  switch (key) {
    case 'ArrowUp':
      return inColumn(at.row - 1);
    case 'ArrowDown':
      return inColumn(at.row + 1);
    case 'Home':
      return inColumn(0);
    case 'End':
      return inColumn(length - 1);
    case 'ArrowLeft':
    case 'ArrowRight': {
      const step = key === 'ArrowLeft' ? -1 : 1;
      for (let column = at.column + step; column >= 0 && column < lengths.length; column += step) {
        const other = lengths[column] ?? 0;
        if (other > 0) return { column, row: Math.min(at.row, other - 1) };
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

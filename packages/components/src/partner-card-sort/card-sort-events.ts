import type { CardSortMove } from '@sel/core';

/** How a partner was moved: by dragging, by keyboard, through the "Move to" menu, or by undo/redo. */
export type SelPartnerMoveCause = 'pointer' | 'keyboard' | 'menu' | 'undo' | 'redo';

/**
 * `detail` of `sel-partner-move`: the move as `@sel/core`'s card sort records it (which partner,
 * from where to where; `toIndex` is its final position, 0 the top of the column) and how it was made.
 */
export interface SelPartnerMoveDetail extends CardSortMove {
  readonly cause: SelPartnerMoveCause;
}

declare global {
  interface HTMLElementEventMap {
    'sel-partner-move': CustomEvent<SelPartnerMoveDetail>;
  }
}

import { SelRuleError } from './errors.js';
import { locate, type CardSortHistory, type CardSortMove, type CardSortState } from './card-sort.js';
import { isTier, TIERS } from './tier.js';
import type { Tier } from './tier.js';

// The moves of a card sort, with undo and redo, apart from the sort itself (card-sort.ts): a page
// that shows a board brings them the first time a person moves a card.

function clampIndex(index: number | undefined, length: number): number {
  if (index === undefined || Number.isNaN(index) || index >= length) return length;
  if (index <= 0) return 0;
  return Math.floor(index);
}

/**
 * Moves a partner to `toTier` at position `toIndex` (its index once the move is done; clamped to
 * the column, and the end of the column when left out). Within one column this reorders.
 * Moving a partner onto the place it already has returns the same state object.
 *
 * @throws {SelRuleError} `unknown-partner` when the sort does not hold `partnerId`,
 * `unknown-tier` when `toTier` is not a tier.
 */
export function movePartner(
  state: CardSortState,
  partnerId: string,
  toTier: Tier,
  toIndex?: number,
): { readonly state: CardSortState; readonly move: CardSortMove } {
  if (!isTier(toTier)) {
    throw new SelRuleError('unknown-tier', `Expected a tier to move to: ${TIERS.join(', ')}; got ${String(toTier)}`, {
      tier: toTier,
    });
  }
  const found = locate(state, partnerId);
  if (found === undefined) {
    throw new SelRuleError('unknown-partner', `Cannot move partner "${partnerId}": it is not in this card sort`, {
      partnerId,
    });
  }
  const { tier: from, index: fromIndex } = found;
  const source = state.columns[from];

  if (from === toTier) {
    const index = clampIndex(toIndex, source.length - 1);
    const move: CardSortMove = { partnerId, from, fromIndex, to: toTier, toIndex: index };
    if (index === fromIndex) return { state, move };
    const column = source.slice();
    column.splice(fromIndex, 1);
    column.splice(index, 0, partnerId);
    return { state: { columns: { ...state.columns, [from]: column } }, move };
  }

  const target = state.columns[toTier];
  const index = clampIndex(toIndex, target.length);
  const nextSource = source.slice();
  nextSource.splice(fromIndex, 1);
  const nextTarget = target.slice();
  nextTarget.splice(index, 0, partnerId);
  return {
    state: { columns: { ...state.columns, [from]: nextSource, [toTier]: nextTarget } },
    move: { partnerId, from, fromIndex, to: toTier, toIndex: index },
  };
}

/**
 * Moves a partner (see {@link movePartner}) and records the move. A move that changes nothing
 * is not recorded: the same history is returned, and redo stays available.
 */
export function applyMove(
  history: CardSortHistory,
  partnerId: string,
  toTier: Tier,
  toIndex?: number,
): CardSortHistory {
  const { state, move } = movePartner(history.state, partnerId, toTier, toIndex);
  if (state === history.state) return history;
  return { state, past: [...history.past, move], future: [] };
}

/** Takes back the last move, putting the partner back where it was. With nothing to undo, returns `history`. */
export function undo(history: CardSortHistory): CardSortHistory {
  const move = history.past.at(-1);
  if (move === undefined) return history;
  const { state } = movePartner(history.state, move.partnerId, move.from, move.fromIndex);
  return { state, past: history.past.slice(0, -1), future: [...history.future, move] };
}

/** Makes the last undone move again. With nothing to redo, returns `history`. */
export function redo(history: CardSortHistory): CardSortHistory {
  const move = history.future.at(-1);
  if (move === undefined) return history;
  const { state } = movePartner(history.state, move.partnerId, move.to, move.toIndex);
  return { state, past: [...history.past, move], future: history.future.slice(0, -1) };
}

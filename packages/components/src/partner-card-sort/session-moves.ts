import { applyMove, redo, undo, type CardSortMove, type Tier } from '@sel/core';
import type { CardSortSession } from './card-sort-session.js';

/*
 * Moves, undo and redo on a card sort's session, loaded with the rest of the moves' code.
 * They use `@sel/core`'s card sort, so no partner is ever lost or duplicated.
 */

/** Moves a partner (see `@sel/core`'s `movePartner`); returns the move, or `undefined` when nothing changed. */
export function moveIn(
  session: CardSortSession,
  id: string,
  to: Tier,
  index: number | undefined,
): CardSortMove | undefined {
  const history = session.history;
  if (!history) return undefined;
  const next = applyMove(history, id, to, index);
  if (next === history) return undefined;
  session.set(next);
  return next.past.at(-1);
}

/** Undoes or redoes a move; returns the move as made now (an undo goes back), or `undefined` with none. */
export function stepIn(session: CardSortSession, kind: 'undo' | 'redo'): CardSortMove | undefined {
  const history = session.history;
  const move = kind === 'undo' ? history?.past.at(-1) : history?.future.at(-1);
  if (!history || !move) return undefined;
  session.set(kind === 'undo' ? undo(history) : redo(history));
  if (kind === 'redo') return move;
  const { partnerId, from, fromIndex, to, toIndex } = move;
  return { partnerId, from: to, fromIndex: toIndex, to: from, toIndex: fromIndex };
}

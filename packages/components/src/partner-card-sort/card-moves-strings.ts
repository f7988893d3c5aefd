import type { SelMessage, SelStrings } from '../shared/strings/message.js';

/**
 * The English words of `<sel-partner-card-sort>`'s moves, said in its live region as a card is
 * picked up, carried, dropped, put back, undone or redone. They load with the code of moves, on
 * the first sign of a move; `strings` overrides them like the element's other keys.
 */
export const cardMovesEn = {
  'cardsort.announce.lifted':
    'Picked up {name}, in {tier}, position {position} of {total}. Use the arrow keys to move it, Space to drop it, Escape to cancel.',
  'cardsort.announce.grabbed': 'Picked up {name}, in {tier}, position {position} of {total}.',
  'cardsort.announce.over-tier': '{name} is over {tier}.',
  'cardsort.announce.over': '{name}: {tier}, position {position} of {total}.',
  'cardsort.announce.dropped': '{name} dropped in {tier}, position {position} of {total}.',
  'cardsort.announce.moved': '{name} moved from {from} to {tier}, position {position} of {total}.',
  'cardsort.announce.unchanged': '{name} stays in {tier}, position {position} of {total}.',
  'cardsort.announce.cancelled': 'Move cancelled. {name} is back in {tier}, position {position} of {total}.',
  'cardsort.announce.undone': 'Undone: {name} is back in {tier}, position {position} of {total}.',
  'cardsort.announce.redone': 'Redone: {name} moved to {tier}, position {position} of {total}.',
  'cardsort.announce.nothingToUndo': 'Nothing to undo.',
  'cardsort.announce.nothingToRedo': 'Nothing to redo.',
  'cardsort.undo': 'Undo',
  'cardsort.redo': 'Redo',
} as const satisfies Readonly<Record<string, SelMessage>>;

/** A key of the words of the card sort's moves. */
export type CardMovesMessageKey = keyof typeof cardMovesEn;

/** The words of the card sort's moves: English here, Spanish loaded the first time they are said in Spanish. */
export const cardMovesStrings: SelStrings<CardMovesMessageKey> = {
  en: cardMovesEn,
  es: () => import('./card-moves-strings-es.js').then((module) => module.cardMovesEs),
};

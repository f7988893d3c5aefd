import type { SelMessage, SelStrings } from '../shared/strings/message.js';

/** The English strings of `<sel-partner-card-sort>`; their keys are the ones its `strings` property takes. */
export const cardSortEn = {
  'cardsort.label': 'Partner card sort',
  'cardsort.instructions':
    'To move a partner with the keyboard, focus its card and press Space to pick it up. Use the arrow keys to move it between tiers and up or down, then press Space to drop it or Escape to cancel. The "Move to" button on each card does the same without dragging.',
  'cardsort.column.count': { one: 'One partner', other: '{count} partners' },
  'cardsort.column.empty': 'No partners here yet.',
  'cardsort.progress': { one: '{sorted} of one partner sorted', other: '{sorted} of {count} partners sorted' },
  'cardsort.drawing': 'Showing {shown} of {count} partner cards',
  'cardsort.drawn': 'Showing all {count} partner cards',
  'cardsort.card.move': 'Move {name}',
  'cardsort.card.contact': 'Contact: {name}',
  'cardsort.card.noContact': 'No contact listed',
  'cardsort.card.details': 'Details',
  'cardsort.card.detailsLabel': 'Details for {name}',
  'cardsort.card.moveTo': 'Move to…',
  'cardsort.card.moveToLabel': 'Move to… ({name})',
  'cardsort.menu.label': 'Move {name} to',
  'cardsort.undo': 'Undo',
  'cardsort.redo': 'Redo',
  'cardsort.readonly': 'This card sort is read-only.',
  'cardsort.required': 'Sort every partner into one of the three tiers.',
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
  'cardsort.details.close': 'Close',
  'cardsort.details.notRecorded': 'Not recorded',
  'cardsort.details.years': { one: 'One year', other: '{count} years' },
} as const satisfies Readonly<Record<string, SelMessage>>;

/** A key of `<sel-partner-card-sort>`'s strings. */
export type CardSortMessageKey = keyof typeof cardSortEn;

/** `<sel-partner-card-sort>`'s strings: English here, Spanish loaded the first time the element speaks it. */
export const cardSortStrings: SelStrings<CardSortMessageKey> = {
  en: cardSortEn,
  es: () => import('./card-sort-strings-es.js').then((module) => module.cardSortEs),
};

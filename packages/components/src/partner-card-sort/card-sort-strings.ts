import type { SelMessage, SelStrings } from '../shared/strings/message.js';

/** The English strings of `<sel-partner-card-sort>`; their keys are the ones its `strings` property takes. */
export const cardSortEn = {
  'cardsort.label': 'Partner card sort',
  'cardsort.filter.label': 'Find partners',
  'cardsort.instructions':
    'To move a partner by keyboard, press Space on its grip ("Move …") to pick it up, the arrow keys to carry it, and Space to drop it; Escape cancels. Each card’s "Move to…" button does the same without dragging.',
  'cardsort.column.count': { one: 'One partner', other: '{count} partners' },
  'cardsort.column.empty': 'No partners here yet.',
  'cardsort.emptyBoard': 'No partners to sort yet. Add partners to the inventory, then sort them here.',
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
  'cardsort.readonly': 'This card sort is read-only.',
  'cardsort.required': 'Sort every partner into one of the three tiers.',
} as const satisfies Readonly<Record<string, SelMessage>>;

/** A key of `<sel-partner-card-sort>`'s strings. */
export type CardSortMessageKey = keyof typeof cardSortEn;

/** `<sel-partner-card-sort>`'s strings: English here, Spanish loaded the first time the element speaks it. */
export const cardSortStrings: SelStrings<CardSortMessageKey> = {
  en: cardSortEn,
  es: () => import('./card-sort-strings-es.js').then((module) => module.cardSortEs),
};

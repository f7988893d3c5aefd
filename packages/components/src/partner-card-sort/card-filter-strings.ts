import type { SelMessage, SelStrings } from '../shared/strings/message.js';

/**
 * The English words of `<sel-partner-card-sort>`'s search: how many cards match, per board and
 * per column. They load with the search's code, on the first key typed in the search field;
 * `strings` overrides them like the element's other keys.
 */
export const cardFilterEn = {
  'cardsort.filter.matches': { one: 'One of {total} partners matches', other: '{count} of {total} partners match' },
  'cardsort.filter.column': { one: 'One of {total} matches', other: '{count} of {total} match' },
  'cardsort.filter.noMatch': 'No partner in this column matches the search.',
  'cardsort.filter.clear': 'Clear search',
  'cardsort.filter.cleared': 'Search cleared: all {count} partners are shown.',
} as const satisfies Readonly<Record<string, SelMessage>>;

/** A key of the words of the card sort's search. */
export type CardFilterMessageKey = keyof typeof cardFilterEn;

/** The words of the card sort's search: English here, Spanish loaded the first time it searches in Spanish. */
export const cardFilterStrings: SelStrings<CardFilterMessageKey> = {
  en: cardFilterEn,
  es: () => import('./card-filter-strings-es.js').then((module) => module.cardFilterEs),
};

import type { SelMessage } from '../shared/strings/message.js';

/** The Spanish words of the card sort's search (usted form, neutral Latin American Spanish). */
export const cardFilterEs = {
  'cardsort.filter.matches': { one: 'Coincide un aliado de {total}', other: 'Coinciden {count} de {total} aliados' },
  'cardsort.filter.column': { one: 'Coincide uno de {total}', other: 'Coinciden {count} de {total}' },
  'cardsort.filter.noMatch': 'Ningún aliado de esta columna coincide con la búsqueda.',
  'cardsort.filter.clear': 'Borrar la búsqueda',
  'cardsort.filter.cleared': 'Búsqueda borrada: se muestran los {count} aliados.',
} as const satisfies Readonly<Record<string, SelMessage>>;

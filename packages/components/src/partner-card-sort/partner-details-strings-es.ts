import type { SelMessage } from '../shared/strings/message.js';

/** The Spanish words of the card sort's details dialog (usted form, neutral Latin American Spanish). */
export const partnerDetailsEs = {
  'cardsort.details.close': 'Cerrar',
  'cardsort.details.notRecorded': 'Sin registrar: {fields}.',
  'cardsort.details.years': { one: 'Un año', other: '{count} años' },
} as const satisfies Readonly<Record<string, SelMessage>>;

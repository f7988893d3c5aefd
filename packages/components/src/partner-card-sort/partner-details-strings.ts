import type { SelMessage, SelStrings } from '../shared/strings/message.js';

/**
 * The English words of `<sel-partner-card-sort>`'s details dialog. They load with the dialog's
 * code, the first time a user opens one; `strings` overrides them like the element's other keys.
 */
export const partnerDetailsEn = {
  'cardsort.details.close': 'Close',
  'cardsort.details.notRecorded': 'Not recorded: {fields}.',
  'cardsort.details.years': { one: 'One year', other: '{count} years' },
} as const satisfies Readonly<Record<string, SelMessage>>;

/** A key of the words of the card sort's details dialog. */
export type PartnerDetailsMessageKey = keyof typeof partnerDetailsEn;

/** The details dialog's words: English here, Spanish loaded the first time a dialog opens in Spanish. */
export const partnerDetailsStrings: SelStrings<PartnerDetailsMessageKey> = {
  en: partnerDetailsEn,
  es: () => import('./partner-details-strings-es.js').then((module) => module.partnerDetailsEs),
};

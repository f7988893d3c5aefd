import type { SelMessage, SelStrings } from '../shared/strings/message.js';

/**
 * The English words of `<sel-partner-touchpoints>`'s check-in dialog and of what its edits say.
 * They load with the dialog's code, the first time a person logs a check-in or changes a cadence;
 * `strings` overrides them like the element's other keys.
 */
export const touchpointEditEn = {
  'touchpoints.logged': 'Check-in with {name} on {date} logged.',
  'touchpoints.cadence.saved': 'Cadence for {tier} saved.',
  'touchpoints.dialog.title': 'Log a check-in with {name}',
  'touchpoints.dialog.date': 'Date',
  'touchpoints.dialog.by': 'Who held it',
  'touchpoints.dialog.notes': 'Notes',
  'touchpoints.dialog.save': 'Log check-in',
  'touchpoints.dialog.cancel': 'Cancel',
} as const satisfies Readonly<Record<string, SelMessage>>;

/** A key of the words of the touchpoints' check-in dialog and edits. */
export type TouchpointEditMessageKey = keyof typeof touchpointEditEn;

/** The words of the touchpoints' check-in dialog and edits: English here, Spanish loaded the first time they are said in Spanish. */
export const touchpointEditStrings: SelStrings<TouchpointEditMessageKey> = {
  en: touchpointEditEn,
  es: () => import('./touchpoint-edit-strings-es.js').then((module) => module.touchpointEditEs),
};

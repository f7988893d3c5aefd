import type { SelMessage, SelStrings } from '../shared/strings/message.js';

/**
 * The English words of a long `<sel-rubric>`'s navigation. They load with it; `strings` overrides
 * them like the element's other keys.
 */
export const rubricNavigationEn = {
  'rubric.nextUnrated': 'Next unrated indicator',
} as const satisfies Readonly<Record<string, SelMessage>>;

/** A key of the words of the navigation. */
export type RubricNavigationMessageKey = keyof typeof rubricNavigationEn;

/** The words of the navigation: English here, Spanish loaded the first time they are said in Spanish. */
export const rubricNavigationStrings: SelStrings<RubricNavigationMessageKey> = {
  en: rubricNavigationEn,
  es: () => import('./navigation-strings-es.js').then((module) => module.rubricNavigationEs),
};

import type { SelMessage, SelStrings } from '../shared/strings/message.js';

/**
 * The English words of a required `<sel-rubric>` its form found incomplete: each unrated row's
 * mark and the error summary. They load with the marks, on the form's first `invalid`; `strings`
 * overrides them like the element's other keys.
 */
export const rubricMarksEn = {
  'rubric.missing': 'Required: choose a level for this indicator.',
  'rubric.errors.title': 'There is a problem',
  'rubric.errors.item': 'Choose a level for “{indicator}”',
} as const satisfies Readonly<Record<string, SelMessage>>;

/** A key of the words of the required marks. */
export type RubricMarksMessageKey = keyof typeof rubricMarksEn;

/** The words of the required marks: English here, Spanish loaded the first time they are said in Spanish. */
export const rubricMarksStrings: SelStrings<RubricMarksMessageKey> = {
  en: rubricMarksEn,
  es: () => import('./marks-strings-es.js').then((module) => module.rubricMarksEs),
};

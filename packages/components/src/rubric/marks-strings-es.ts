import type { SelMessage } from '../shared/strings/message.js';

/** The Spanish words of a required `<sel-rubric>` found incomplete (usted form). */
export const rubricMarksEs = {
  'rubric.missing': 'Obligatorio: elija un nivel para este indicador.',
  'rubric.errors.title': 'Hay un problema',
  'rubric.errors.item': 'Elija un nivel para “{indicator}”',
} as const satisfies Readonly<Record<string, SelMessage>>;

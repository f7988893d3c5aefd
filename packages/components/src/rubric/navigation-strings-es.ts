import type { SelMessage } from '../shared/strings/message.js';

/** The Spanish words of a long `<sel-rubric>`'s navigation (usted form). */
export const rubricNavigationEs = {
  'rubric.nextUnrated': 'Siguiente indicador sin calificar',
} as const satisfies Readonly<Record<string, SelMessage>>;

import type { SelMessage } from '../shared/strings/message.js';

/** The Spanish words of `<sel-rubric>`'s growth since a previous assessment (usted form). */
export const rubricGrowthEs = {
  'rubric.previous.rating': 'La vez anterior ({date}): nivel {value}, {label}.',
  'rubric.previous.unrated': 'La vez anterior ({date}): sin calificar.',
  'rubric.growth.up': { one: 'Subió un nivel desde entonces.', other: 'Subió {count} niveles desde entonces.' },
  'rubric.growth.down': { one: 'Bajó un nivel desde entonces.', other: 'Bajó {count} niveles desde entonces.' },
  'rubric.growth.same': 'Mismo nivel que entonces.',
  'rubric.growth.average': 'Nivel promedio el {date}: {before}; ahora: {after}',
  'rubric.growth.counts': 'Desde entonces: {improved} mejoraron, {declined} bajaron, {unchanged} sin cambio',
} as const satisfies Readonly<Record<string, SelMessage>>;

import type { SelMessage, SelStrings } from '../shared/strings/message.js';

/**
 * The English words of `<sel-rubric>`'s growth since a previous assessment. They load with the
 * growth rule, only for a rubric given a `previous` assessment; `strings` overrides them like the
 * element's other keys.
 */
export const rubricGrowthEn = {
  'rubric.previous.rating': 'Last time ({date}): level {value}, {label}.',
  'rubric.previous.unrated': 'Last time ({date}): not rated.',
  'rubric.growth.up': { one: 'Up one level since then.', other: 'Up {count} levels since then.' },
  'rubric.growth.down': { one: 'Down one level since then.', other: 'Down {count} levels since then.' },
  'rubric.growth.same': 'Same level as then.',
  'rubric.growth.average': 'Average level on {date}: {before}; now: {after}',
  'rubric.growth.counts': 'Since then: {improved} improved, {declined} declined, {unchanged} unchanged',
} as const satisfies Readonly<Record<string, SelMessage>>;

/** A key of the words of growth. */
export type RubricGrowthMessageKey = keyof typeof rubricGrowthEn;

/** The words of growth: English here, Spanish loaded the first time they are said in Spanish. */
export const rubricGrowthStrings: SelStrings<RubricGrowthMessageKey> = {
  en: rubricGrowthEn,
  es: () => import('./growth-strings-es.js').then((module) => module.rubricGrowthEs),
};

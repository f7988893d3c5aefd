import type { SelMessage, SelStrings } from '../shared/strings/message.js';

/**
 * The English words of `<sel-status-map>`'s table of states and place panel. They load with the
 * table and the panel (`status-map-views.ts`); `strings` overrides them like the element's other keys.
 */
export const statusMapViewsEn = {
  'statusMap.table.caption': 'Learning communities by state, as of {date}',
  'statusMap.table.place': 'State',
  'statusMap.table.communities': 'Communities',
  'statusMap.table.districts': 'Districts',
  'statusMap.table.students': 'Students',
  'statusMap.table.phase': 'Furthest phase',
  'statusMap.table.readiness': 'Most ready stage',
  'statusMap.table.open': 'Show the communities in {place}',
  'statusMap.sorted': 'Sorted by {column}, {direction}.',
  'statusMap.ascending': 'ascending',
  'statusMap.descending': 'descending',
  'statusMap.panel.heading': 'Learning communities in {place}',
  'statusMap.panel.name': 'Community',
  'statusMap.panel.phase': 'Phase',
  'statusMap.panel.readiness': 'Readiness',
  'statusMap.panel.districts': 'Districts',
  'statusMap.panel.students': 'Students',
  'statusMap.panel.charter': 'Charter',
  'statusMap.panel.charterDates': '{start} to {end}',
  'statusMap.panel.none': 'No learning community works in {place} yet.',
  'statusMap.panel.close': 'Close',
} as const satisfies Readonly<Record<string, SelMessage>>;

/** A key of the words of the status map's table and place panel. */
export type StatusMapViewsMessageKey = keyof typeof statusMapViewsEn;

/** The table's and the panel's words: English here, Spanish loaded the first time they show in Spanish. */
export const statusMapViewsStrings: SelStrings<StatusMapViewsMessageKey> = {
  en: statusMapViewsEn,
  es: () => import('./status-map-views-strings-es.js').then((module) => module.statusMapViewsEs),
};

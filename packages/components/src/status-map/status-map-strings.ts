import type { SelMessage, SelStrings } from '../shared/strings/message.js';
import { keepSpanishStateNames } from './place-names.js';

/** The English strings of `<sel-status-map>`; their keys are the ones its `strings` property takes. */
export const statusMapEn = {
  'statusMap.heading': 'Status of the learning communities',
  'statusMap.asOf': 'Data as of {date}.',
  'statusMap.illustrative': 'Illustrative data: invented to show how the map works, not real communities.',
  'statusMap.measure': 'Colour the map by',
  'statusMap.measure.phase': 'Lifecycle phase',
  'statusMap.measure.readiness': 'Readiness stage',
  'statusMap.measure.communities': 'Number of communities',
  'statusMap.measure.districts': 'Number of districts',
  'statusMap.measure.students': 'Number of students',
  'statusMap.view': 'Show as',
  'statusMap.view.map': 'Map',
  'statusMap.view.table': 'Table',
  'statusMap.totals': 'Totals',
  'statusMap.totals.communities': 'Communities',
  'statusMap.totals.states': 'States',
  'statusMap.totals.districts': 'Districts',
  'statusMap.totals.students': 'Students',
  'statusMap.map': 'Map of the United States, one square per state. Arrow keys move between states; Enter opens one.',
  'statusMap.national': 'National',
  'statusMap.nationalLong': 'National community',
  'statusMap.tile.communities': { one: 'one community', other: '{count} communities' },
  'statusMap.tile.none': 'no learning community',
  'statusMap.range': '{min} to {max}',
  'statusMap.range.open': '{min} or more',
  'statusMap.legend': 'Legend: {measure}',
  'statusMap.legend.none': 'No learning community',
  'statusMap.announce.opened': 'Showing the communities in {place}.',
  'statusMap.summary.communities': { one: 'One learning community', other: '{count} learning communities' },
  'statusMap.summary.inStates': { one: 'in one state', other: 'in {count} states' },
  'statusMap.summary.national': { one: 'and one national', other: 'and {count} national' },
  'statusMap.summary.districts': { one: 'one district', other: '{count} districts' },
  'statusMap.summary.students': { one: 'one student', other: '{count} students' },
  'statusMap.summary.sentence': '{communities} {where}, reaching {districts} and {students}.',
  'statusMap.summary.byPhase': 'By phase: {phases}.',
  'statusMap.summary.phase.detailed-design': '{count} in detailed design',
  'statusMap.summary.phase.launch': '{count} in launch',
  'statusMap.summary.phase.scale-and-improve': '{count} scaling and improving',
  'statusMap.summary.phase.replan': '{count} replanning',
  'statusMap.summary.phase.leadership-transition': '{count} in leadership transition',
} as const satisfies Readonly<Record<string, SelMessage>>;

/** A key of `<sel-status-map>`'s strings. */
export type StatusMapMessageKey = keyof typeof statusMapEn;

/** `<sel-status-map>`'s strings: English here, Spanish loaded the first time the element speaks it. */
export const statusMapStrings: SelStrings<StatusMapMessageKey> = {
  en: statusMapEn,
  // The Spanish state names come with them: only a map that speaks Spanish downloads them.
  es: () =>
    import('./status-map-strings-es.js').then((module) => {
      keepSpanishStateNames(module.usStateNamesEs);
      return module.statusMapEs;
    }),
};

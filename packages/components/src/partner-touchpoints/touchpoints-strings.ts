import type { SelMessage, SelStrings } from '../shared/strings/message.js';

/** The English strings of `<sel-partner-touchpoints>`; their keys are the ones its `strings` property takes. */
export const touchpointsEn = {
  'touchpoints.caption': 'Check-ins with partners in tiers 1 and 2, most overdue first',
  'touchpoints.drawing': 'Showing {shown} of {count} check-ins',
  'touchpoints.drawn': 'Showing all {count} check-ins',
  'touchpoints.filter.topic': 'Topic',
  'touchpoints.filter.partner': 'Partner',
  'touchpoints.filter.all': 'All',
  'touchpoints.filters': 'Filter the check-ins',
  'touchpoints.column.partner': 'Partner',
  'touchpoints.column.tier': 'Tier',
  'touchpoints.column.topic': 'Topic',
  'touchpoints.column.last': 'Last check-in',
  'touchpoints.column.next': 'Next due',
  'touchpoints.column.state': 'State',
  'touchpoints.column.action': 'Log',
  'touchpoints.topic.understanding-sel-practices': 'Understanding SEL practices',
  'touchpoints.topic.creating-a-shared-vision': 'Creating a shared vision',
  'touchpoints.topic.spreading-the-word': 'Spreading the word',
  'touchpoints.topic.fostering-collaboration': 'Fostering collaboration',
  'touchpoints.never': 'Not yet',
  'touchpoints.state.overdue': { one: 'Overdue by one day', other: 'Overdue by {count} days' },
  'touchpoints.state.today': 'Due today',
  'touchpoints.state.never': 'Never held: due now',
  'touchpoints.state.upcoming': { one: 'Due in one day', other: 'Due in {count} days' },
  'touchpoints.state.noCadence': 'No regular check-ins',
  'touchpoints.log': 'Log check-in',
  'touchpoints.logLabel': 'Log check-in: {name}, {topic}',
  'touchpoints.empty': 'No partner is in tier 1 or 2 yet. Sort partners into tiers to plan check-ins.',
  'touchpoints.history': 'Check-ins with {name}',
  'touchpoints.history.none': 'No check-in logged yet.',
  'touchpoints.cadence': 'Months between check-ins',
  'touchpoints.cadence.hint': 'A whole number of months; empty for no regular check-ins.',
} as const satisfies Readonly<Record<string, SelMessage>>;

/** A key of `<sel-partner-touchpoints>`'s strings. */
export type TouchpointsMessageKey = keyof typeof touchpointsEn;

/** `<sel-partner-touchpoints>`'s strings: English here, Spanish loaded the first time the element speaks it. */
export const touchpointsStrings: SelStrings<TouchpointsMessageKey> = {
  en: touchpointsEn,
  es: () => import('./touchpoints-strings-es.js').then((module) => module.touchpointsEs),
};

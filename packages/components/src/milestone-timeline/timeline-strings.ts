import type { SelMessage, SelStrings } from '../shared/strings/message.js';

/** The English strings of `<sel-milestone-timeline>`; their keys are the ones its `strings` property takes. */
export const timelineEn = {
  'timeline.heading': 'Timeline of {name}',
  'timeline.charter': 'Charter from {start} to {end}. Current phase: {phase}.',
  'timeline.today': 'Today is {date}.',
  'timeline.todayMarker': 'Today',
  'timeline.todayInvalid':
    'The date given for today, "{value}", is not a real date written as YYYY-MM-DD, so your computer’s date is used instead.',
  'timeline.summary': {
    one: 'One milestone: {done} done, {overdue} overdue, {atRisk} at risk, {upcoming} upcoming.',
    other: '{count} milestones: {done} done, {overdue} overdue, {atRisk} at risk, {upcoming} upcoming.',
  },
  'timeline.milestones': 'Milestones',
  'timeline.instructions':
    'Use the arrow keys to move between milestones, and Home or End to jump to the first or last. The details of the milestone in focus are shown below it.',
  'timeline.empty': 'This community has no milestones yet.',
  'timeline.legend': 'Key',
  'timeline.semesters': 'Semesters are shaded.',
  'timeline.state.done': 'Done',
  'timeline.state.overdue': 'Overdue',
  'timeline.state.at-risk': 'At risk',
  'timeline.state.upcoming': 'Upcoming',
  'timeline.semester.fall-semester': 'Fall {year}',
  'timeline.semester.spring-semester': 'Spring {year}',
  'timeline.due': 'due {date}',
  'timeline.detail.phase': 'Phase',
  'timeline.detail.window': 'Dates',
  'timeline.detail.windowRange': 'from {start} to {due}',
  'timeline.detail.status': 'Recorded status',
  'timeline.detail.semester': 'Semester',
  'timeline.detail.owner': 'Owner',
  'timeline.detail.completed': 'Completed',
  'timeline.detail.due': 'Due',
  'timeline.detail.dueToday': 'Today',
  'timeline.detail.dueIn': { one: 'Tomorrow', other: 'In {count} days' },
  'timeline.detail.dueAgo': { one: 'Yesterday', other: '{count} days ago' },
  'timeline.detail.exitCriterion': 'It must be done before the community can leave this phase.',
  'timeline.status.planned': 'Planned',
  'timeline.status.in-progress': 'In progress',
  'timeline.status.done': 'Done',
  'timeline.drawing': 'Showing {shown} of {count} milestones',
  'timeline.drawn': 'Showing all {count} milestones',
  'timeline.upcoming.heading': 'Upcoming network events',
  'timeline.upcoming.none': 'No more network events in this charter.',
  'timeline.upcoming.dates': '{start} to {end}',
  'timeline.upcoming.virtual': 'online',
  'timeline.upcoming.in-person': 'in person',
  'timeline.upcoming.kind.network-meeting': 'Community Network Partners meeting',
  'timeline.upcoming.kind.research-webinar': 'Research and evaluation webinar',
  'timeline.upcoming.kind.cross-district-meeting': 'Annual cross-district meeting with school visits',
  'timeline.upcoming.kind.fall-semester': 'Fall semester',
  'timeline.upcoming.kind.spring-semester': 'Spring semester',
  'timeline.calendar.add': 'Add to calendar',
  'timeline.calendar.hint':
    'Downloads the meetings and milestones of the whole charter as an .ics file for your calendar app; downloading it again later updates them.',
} as const satisfies Readonly<Record<string, SelMessage>>;

/** A key of `<sel-milestone-timeline>`'s strings. */
export type TimelineMessageKey = keyof typeof timelineEn;

/** `<sel-milestone-timeline>`'s strings: English here, Spanish loaded the first time the element speaks it. */
export const timelineStrings: SelStrings<TimelineMessageKey> = {
  en: timelineEn,
  es: () => import('./timeline-strings-es.js').then((module) => module.timelineEs),
};

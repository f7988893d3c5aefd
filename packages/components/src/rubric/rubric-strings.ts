import type { SelMessage, SelStrings } from '../shared/strings/message.js';

/** The English strings of `<sel-rubric>`; their keys are the ones its `strings` property takes. */
export const rubricEn = {
  'rubric.focusArea': 'Focus area {number}: {title}',
  'rubric.fullImplementation': 'Full implementation:',
  'rubric.priority': 'Priority practice',
  'rubric.level': 'Level {value}: {label}',
  'rubric.chosen': 'Chosen',
  'rubric.notRated': 'Not rated yet',
  'rubric.evidence': 'Evidence for this rating',
  'rubric.evidence.hint': 'Notes or links that show where this stands.',
  'rubric.evidence.pending': 'Choose a level to save this note with the rating.',
  'rubric.evidence.none': 'No evidence noted.',
  'rubric.summary.overall': 'Whole rubric',
  'rubric.summary.rated': '{rated} of {total} indicators rated',
  'rubric.summary.average': 'Average level {mean}: {label}',
  'rubric.summary.noRatings': 'No ratings yet',
  'rubric.summary.priorities': 'Priority practices: average level {mean}: {label}',
  'rubric.summary.prioritiesNone': 'Priority practices: no ratings yet',
  'rubric.stage': 'Readiness stage: {stage}',
  'rubric.stage.notEnough': 'Readiness stage: not enough ratings yet (rate at least half of the indicators)',
  'rubric.previous.badge': 'Last time',
  'rubric.announce': '{area}: {rated} of {total} rated. {overallRated} of {overallTotal} rated in the whole rubric.',
  'rubric.drawing': 'Showing {shown} of {count} indicators',
  'rubric.drawn': 'Showing all {count} indicators',
  'rubric.export': 'Export my assessment (JSON file)',
} as const satisfies Readonly<Record<string, SelMessage>>;

/** A key of `<sel-rubric>`'s strings. */
export type RubricMessageKey = keyof typeof rubricEn;

/** `<sel-rubric>`'s strings: English here, Spanish loaded the first time the element speaks it. */
export const rubricStrings: SelStrings<RubricMessageKey> = {
  en: rubricEn,
  es: () => import('./rubric-strings-es.js').then((module) => module.rubricEs),
};

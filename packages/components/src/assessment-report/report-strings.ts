import type { SelMessage, SelStrings } from '../shared/strings/message.js';

/** The English strings of `<sel-assessment-report>`; their keys are the ones its `strings` property takes. */
export const reportEn = {
  'report.heading': 'Assessment report',
  'report.rounds': { one: 'One round: {rounds}.', other: '{count} rounds: {rounds}.' },
  'report.round': '{date} ({id})',
  'report.overall': 'Overall',
  'report.stage.none': 'No stage yet (too little rated)',
  'report.rated': '{rated} of {total} rated',
  'report.target': 'target {percent}',
  'report.targetMet': 'target met',
  'report.targetGap': '{points} points below target',
  'report.view': 'Show {chart} as',
  'report.view.chart': 'Chart',
  'report.view.table': 'Table',
  'report.where.heading': 'Where we are',
  'report.where.chart': 'Score by focus area',
  'report.where.summary': 'In the latest round, {date}, the district scores {percent} overall: {stage}; {rated}.',
  'report.where.strongest': 'Strongest focus area: {area} ({percent}). Weakest: {weakest} ({weakestPercent}).',
  'report.where.key':
    'Each bar is the score from 0% (every indicator at the lowest level) to 100% (fully implemented). Stages: Initiating below 40%, Improving from 40%, Innovating from 75%.',
  'report.where.keyTarget': 'The dashed line marks the target.',
  'report.weakest.heading': 'Weakest indicators',
  'report.weakest.none': 'Every indicator is at the highest level.',
  'report.weakest.level': 'Level {level}: {label}',
  'report.unrated': 'Not rated',
  'report.priority': 'Priority',
  'report.growth.heading': 'How far we came',
  'report.growth.chart': 'Score in each round',
  'report.growth.single': 'Only one round so far: growth shows from the second round on.',
  'report.growth.summary': 'From {first} to {latest}, the overall score went from {from} to {to} ({change}).',
  'report.growth.counts': '{improved} improved, {slipped} slipped, {unchanged} stayed the same.',
  'report.growth.indicators': { one: 'one indicator', other: '{count} indicators' },
  'report.growth.slippedList': 'Slipped: {list}.',
  'report.growth.points': { one: '{sign}{count} point', other: '{sign}{count} points' },
  'report.growth.roundKey': 'Rounds: {list}.',
  'report.growth.table': 'Growth per indicator',
  'report.growth.indicator': 'Indicator',
  'report.growth.first': 'First rated',
  'report.growth.latest': 'Latest',
  'report.growth.change': 'Change',
  'report.growth.trend': 'Trend',
  'report.trend.improved': 'Improved',
  'report.trend.slipped': 'Slipped',
  'report.trend.unchanged': 'Same',
  'report.trend.unrated': 'Rated once or never',
  'report.export': 'Download the scores (CSV)',
  'report.next.heading': 'What next',
  'report.next.intro': 'Resources from the catalog that help with the weakest indicators, best match first.',
  'report.next.loading': 'Loading the resource catalog…',
  'report.next.failed': 'The resource catalog could not be loaded, so no resources are suggested.',
  'report.next.none': 'No resource in the catalog helps with this indicator yet.',
  'report.next.add': 'Add to plan',
} as const satisfies Readonly<Record<string, SelMessage>>;

/** A key of `<sel-assessment-report>`'s strings. */
export type ReportMessageKey = keyof typeof reportEn;

/** `<sel-assessment-report>`'s strings: English here, Spanish loaded the first time the element speaks it. */
export const reportStrings: SelStrings<ReportMessageKey> = {
  en: reportEn,
  es: () => import('./report-strings-es.js').then((module) => module.reportEs),
};

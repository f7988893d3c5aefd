import type { SelMessage, SelStrings } from '../shared/strings/message.js';

/**
 * The English words of `<sel-assessment-report>`'s chart tables and of the growth table's sorting.
 * They load with those views (`report-views.ts`); `strings` overrides them like the report's other keys.
 */
export const reportViewsEn = {
  'report.table.area': 'Area',
  'report.table.score': 'Score',
  'report.table.stage': 'Stage',
  'report.table.rated': 'Rated',
  'report.table.target': 'Target',
  'report.table.change': 'Change',
  'report.sorted': 'Sorted by {column}, {direction}.',
  'report.ascending': 'ascending',
  'report.descending': 'descending',
} as const satisfies Readonly<Record<string, SelMessage>>;

/** A key of the words of the report's chart tables and sorting. */
export type ReportViewsMessageKey = keyof typeof reportViewsEn;

/** The tables' and the sorting's words: English here, Spanish loaded the first time they show in Spanish. */
export const reportViewsStrings: SelStrings<ReportViewsMessageKey> = {
  en: reportViewsEn,
  es: () => import('./report-views-strings-es.js').then((module) => module.reportViewsEs),
};

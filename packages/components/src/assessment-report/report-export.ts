import { assessmentReportToCsv } from '@sel/core';
import { downloadText } from '../shared/download.js';
import type { ReportModel } from './report-model.js';

/**
 * Offers the scores of every round as a CSV download. A module of its own, imported when a person
 * asks for the file, so the CSV writer is not part of the report's first download.
 */
export function downloadScores(host: Element, model: ReportModel): void {
  const csv = assessmentReportToCsv(model.report, model.rounds);
  downloadText(host, csv, `${model.report.rubric.id}-scores.csv`, 'text/csv');
}

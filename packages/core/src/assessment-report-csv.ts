/**
 * The scores of an assessment report as a spreadsheet, the way districts keep them: one row for
 * the whole rubric, one per focus area, practice and indicator, and two columns per round.
 */
import { ratingOf } from './assessment.js';
import type { AssessmentReport, ReportRound } from './assessment-report.js';
import { reportRounds } from './assessment-report.js';
import { guardCsvFormula, stringifyCsv } from './csv.js';
import { listIndicators } from './rubric.js';
import { normaliseLevel } from './scoring.js';
import type { ScoreSummary } from './scoring.js';

/** The columns before the rounds' columns, in the order they are written. */
export const REPORT_CSV_COLUMNS = ['row_kind', 'focus_area', 'practice', 'indicator_id', 'indicator'] as const;

/** Kinds of row, from the whole rubric to one indicator. */
export type ReportCsvRowKind = 'overall' | 'focus-area' | 'practice' | 'indicator';

const decimals = (value: number | null, digits: number): string =>
  value === null ? '' : String(Number(value.toFixed(digits)));
const percent = (normalised: number | null): string => decimals(normalised === null ? null : normalised * 100, 1);
const summaryCells = (summary: ScoreSummary): string[] => [decimals(summary.mean, 2), percent(summary.normalised)];

/**
 * Writes the scores of every round of `report` as CSV. After {@link REPORT_CSV_COLUMNS}, each round
 * (in date order, as `reportRounds` gives them) has two columns, `<assessment id> <date> level` and
 * `<assessment id> <date> score %`: for an indicator its level value and its position on the scale
 * in percent; for a practice, a focus area and the whole rubric the mean of the rated levels and the
 * normalised score in percent. Unrated cells are empty. Text cells are guarded against spreadsheet
 * formulas (see `guardCsvFormula`).
 */
export function assessmentReportToCsv(
  report: AssessmentReport,
  rounds: readonly ReportRound[] = reportRounds(report),
): string {
  const { rubric } = report;
  const header = [
    ...REPORT_CSV_COLUMNS,
    ...rounds.flatMap(({ assessment }) => {
      const name = `${assessment.id} ${assessment.takenOn}`;
      return [`${name} level`, `${name} score %`];
    }),
  ];
  const row = (kind: ReportCsvRowKind, names: readonly string[], cells: readonly string[]): string[] => [
    kind,
    ...[0, 1, 2, 3].map((i) => names[i] ?? ''),
    ...cells,
  ];
  const rows: string[][] = [
    row(
      'overall',
      [rubric.title],
      rounds.flatMap((r) => summaryCells(r.score.overall)),
    ),
  ];
  const indicators = listIndicators(rubric);
  rubric.focusAreas.forEach((area, a) => {
    rows.push(
      row(
        'focus-area',
        [area.title],
        rounds.flatMap((r) => {
          const score = r.score.focusAreas[a];
          return score === undefined ? ['', ''] : summaryCells(score);
        }),
      ),
    );
    area.practices.forEach((practice, p) => {
      rows.push(
        row(
          'practice',
          [area.title, practice.title],
          rounds.flatMap((r) => {
            const score = r.score.focusAreas[a]?.practices[p];
            return score === undefined ? ['', ''] : summaryCells(score);
          }),
        ),
      );
      for (const entry of indicators) {
        if (entry.practiceId !== practice.id) continue;
        rows.push(
          row(
            'indicator',
            [area.title, practice.title, entry.indicator.id, entry.indicator.text],
            rounds.flatMap(({ assessment }) => {
              const level = ratingOf(assessment, entry.indicator.id)?.level;
              return level === undefined ? ['', ''] : [String(level), percent(normaliseLevel(rubric, level))];
            }),
          ),
        );
      }
    });
  });
  const textColumns = REPORT_CSV_COLUMNS.length;
  return stringifyCsv([
    header.map(guardCsvFormula),
    ...rows.map((cells) => cells.map((cell, i) => (i < textColumns ? guardCsvFormula(cell) : cell))),
  ]);
}

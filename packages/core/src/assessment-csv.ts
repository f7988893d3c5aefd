/**
 * An assessment as a spreadsheet: one row per rubric indicator, for teams that rate together in a
 * shared sheet or keep their history in one.
 */
import { isPriorityPractice, ratingOf } from './assessment.js';
import { safeParseAssessment } from './assessment-parse.js';
import { assertAssessmentFitsRubric } from './assessment-fit.js';
import type { Assessment } from './assessment.js';
import { parseCsvTable, stringifyCsvTable } from './csv.js';
import { safeReadJson } from './json.js';
import { SelValidationError } from './errors.js';
import type { SelIssue } from './errors.js';
import { findLevel, listIndicators } from './rubric.js';
import type { Rubric } from './rubric.js';

/**
 * The columns of an assessment CSV, in the order they are written.
 * - `assessment_id`, `rubric_id`, `rubric_version`, `taken_by`, `taken_on`, `assessment_notes`:
 *   the assessment itself, repeated on every row so that any row can be read alone.
 * - `focus_area`, `practice`, `indicator`, `level_label`: titles and labels for people reading
 *   the sheet; they are written from the rubric and ignored when reading.
 * - `indicator_id`, `level`: which indicator and the level value; an empty level means unrated.
 * - `notes`, `links` (one URL per line), `rated_by`, `rated_on`: the rating's evidence.
 * - `practice_priority`: `yes` on every row of a practice the team marked as a priority, empty
 *   otherwise (the assessment's `priorities`); optional when reading, `no` reads as empty.
 * - `member_ratings`: for a rating a team agreed on, the members' own levels it came from, as JSON
 *   (`[{"member":"Ana","level":3}]`); empty otherwise.
 */
export const ASSESSMENT_CSV_COLUMNS = [
  'assessment_id',
  'rubric_id',
  'rubric_version',
  'taken_by',
  'taken_on',
  'assessment_notes',
  'focus_area',
  'practice',
  'indicator_id',
  'indicator',
  'level',
  'level_label',
  'notes',
  'links',
  'rated_by',
  'rated_on',
  'practice_priority',
  'member_ratings',
] as const;
export type AssessmentCsvColumn = (typeof ASSESSMENT_CSV_COLUMNS)[number];

const REQUIRED_COLUMNS: readonly AssessmentCsvColumn[] = [
  'assessment_id',
  'rubric_id',
  'rubric_version',
  'taken_by',
  'taken_on',
  'indicator_id',
  'level',
];

const SUBJECT = 'assessment CSV';

/**
 * Text cells are guarded against spreadsheet formulas (see `guardCsvFormula`): notes typed by
 * anyone must not run in the reader's spreadsheet. The level column is left alone.
 */
const FORMULA_GUARD = { guardFormulas: true, unguardedColumns: ['level'] } as const;

/**
 * Writes `assessment` as CSV: a header row, then one row per indicator of `rubric` in rubric order,
 * rated or not (see {@link ASSESSMENT_CSV_COLUMNS}). `assessmentFromCsv` reads it back to an equal
 * assessment, except that empty optional text (a note of `''`) reads back as absent.
 *
 * @throws {SelRuleError} when the assessment does not fit the rubric (see `assertAssessmentFitsRubric`).
 */
export function assessmentToCsv(rubric: Rubric, assessment: Assessment): string {
  assertAssessmentFitsRubric(rubric, assessment);
  const rows = listIndicators(rubric).map((entry) => {
    const rating = ratingOf(assessment, entry.indicator.id);
    const row: Record<AssessmentCsvColumn, string> = {
      assessment_id: assessment.id,
      rubric_id: assessment.rubricId,
      rubric_version: assessment.rubricVersion,
      taken_by: assessment.takenBy,
      taken_on: assessment.takenOn,
      assessment_notes: assessment.notes ?? '',
      focus_area: entry.focusArea.title,
      practice: entry.practice.title,
      practice_priority: isPriorityPractice(assessment, entry.practiceId) ? 'yes' : '',
      member_ratings: rating?.memberRatings === undefined ? '' : JSON.stringify(rating.memberRatings),
      indicator_id: entry.indicator.id,
      indicator: entry.indicator.text,
      level: rating === undefined ? '' : String(rating.level),
      level_label: rating === undefined ? '' : (findLevel(rubric, rating.level)?.label ?? ''),
      notes: rating?.notes ?? '',
      links: (rating?.links ?? []).join('\n'),
      rated_by: rating?.ratedBy ?? '',
      rated_on: rating?.ratedOn ?? '',
    };
    return row;
  });
  return stringifyCsvTable(ASSESSMENT_CSV_COLUMNS, rows, FORMULA_GUARD);
}

const ASSESSMENT_FIELD_COLUMNS: Readonly<Record<string, AssessmentCsvColumn>> = {
  id: 'assessment_id',
  rubricId: 'rubric_id',
  rubricVersion: 'rubric_version',
  takenBy: 'taken_by',
  takenOn: 'taken_on',
  notes: 'assessment_notes',
};

const RATING_FIELD_COLUMNS: Readonly<Record<string, AssessmentCsvColumn>> = {
  level: 'level',
  notes: 'notes',
  links: 'links',
  ratedBy: 'rated_by',
  ratedOn: 'rated_on',
  memberRatings: 'member_ratings',
};

const METADATA_COLUMNS = [
  'assessment_id',
  'rubric_id',
  'rubric_version',
  'taken_by',
  'taken_on',
  'assessment_notes',
] as const;

/**
 * Reads an assessment of `rubric` from CSV in the layout {@link assessmentToCsv} writes. Columns may
 * come in any order; only `assessment_id`, `rubric_id`, `rubric_version`, `taken_by`, `taken_on`,
 * `indicator_id` and `level` are required. Indicators without a row, or with an empty level, are
 * unrated. Every row must repeat the same assessment details.
 *
 * @throws {SelValidationError} subject `assessment CSV`, listing every problem at
 * `['row', n, 'column', name]` (rows counted as a spreadsheet shows them, the header being row 1):
 * malformed CSV, missing columns, unknown or repeated indicators, levels off the rubric's scale,
 * evidence without a level, details that differ between rows, bad dates or links, a priority other
 * than `yes`, `no` or empty or one that differs between rows of a practice, or an assessment of
 * another rubric or version.
 */
export function assessmentFromCsv(text: string, rubric: Rubric): Assessment {
  const table = parseCsvTable(text, { ...FORMULA_GUARD, requiredColumns: REQUIRED_COLUMNS, subject: SUBJECT });
  const issues: SelIssue[] = [];
  const at = (row: number, column: AssessmentCsvColumn, message: string, code = 'invalid-value'): void => {
    issues.push({ path: ['row', row, 'column', column], message, code });
  };
  const cell = (values: Readonly<Record<string, string>>, column: AssessmentCsvColumn): string =>
    column === 'level' ? (values[column] ?? '').trim() : (values[column] ?? '');

  const first = table.records[0];
  if (first === undefined) {
    throw new SelValidationError(SUBJECT, [
      { path: ['row', 2], message: 'Expected at least one indicator row below the header', code: 'missing-rows' },
    ]);
  }

  const entries = listIndicators(rubric);
  const indicatorIds = new Set(entries.map((entry) => entry.indicator.id));
  const practiceOf = new Map(entries.map((entry) => [entry.indicator.id, entry.practiceId]));
  const priorityOfPractice = new Map<string, { readonly priority: boolean; readonly row: number }>();
  const scale = rubric.levels.map((level) => level.value).join(', ');
  const rowOfIndicator = new Map<string, number>();
  const ratings: Record<string, Record<string, unknown>> = {};

  for (const record of table.records) {
    for (const column of METADATA_COLUMNS) {
      if (!table.columns.includes(column)) continue;
      const expected = cell(first.values, column);
      if (cell(record.values, column) !== expected) {
        at(record.row, column, `Expected the same ${column} on every row as on row ${first.row} ("${expected}")`);
      }
    }

    const indicatorId = cell(record.values, 'indicator_id').trim();
    if (!indicatorIds.has(indicatorId)) {
      at(
        record.row,
        'indicator_id',
        `Expected an indicator id of rubric "${rubric.id}" version "${rubric.version}"; it has no indicator "${indicatorId}"`,
        'unknown-indicator',
      );
      continue;
    }
    const earlier = rowOfIndicator.get(indicatorId);
    if (earlier !== undefined) {
      at(
        record.row,
        'indicator_id',
        `Expected each indicator once, but "${indicatorId}" is also on row ${earlier}`,
        'duplicate-indicator',
      );
      continue;
    }
    rowOfIndicator.set(indicatorId, record.row);

    if (table.columns.includes('practice_priority')) {
      const said = cell(record.values, 'practice_priority').trim().toLowerCase();
      const practiceId = practiceOf.get(indicatorId) ?? '';
      if (said !== 'yes' && said !== 'no' && said !== '') {
        at(record.row, 'practice_priority', `Expected "yes", "no" or an empty cell, got "${said}"`);
      } else {
        const priority = said === 'yes';
        const earlier = priorityOfPractice.get(practiceId);
        if (earlier === undefined) priorityOfPractice.set(practiceId, { priority, row: record.row });
        else if (earlier.priority !== priority) {
          at(
            record.row,
            'practice_priority',
            `Expected the same practice_priority on every row of practice "${practiceId}" as on row ${earlier.row}`,
          );
        }
      }
    }

    const notes = cell(record.values, 'notes');
    const links = cell(record.values, 'links')
      .split(/\s+/)
      .filter((link) => link !== '');
    const ratedBy = cell(record.values, 'rated_by');
    const ratedOn = cell(record.values, 'rated_on').trim();
    const level = cell(record.values, 'level');
    const memberText = cell(record.values, 'member_ratings').trim();
    if (level === '') {
      if (notes !== '' || links.length > 0 || ratedBy !== '' || ratedOn !== '' || memberText !== '') {
        at(
          record.row,
          'level',
          `Expected a level (one of ${scale}) for a row with notes, links, rater details or member ratings`,
          'missing-level',
        );
      }
      continue;
    }
    if (!/^[+-]?\d+$/.test(level) || findLevel(rubric, Number(level)) === undefined) {
      at(record.row, 'level', `Expected one of the rubric's level values (${scale}), got "${level}"`, 'unknown-level');
      continue;
    }
    const members = memberText === '' ? undefined : safeReadJson(memberText);
    if (members !== undefined && !members.ok) {
      at(record.row, 'member_ratings', `Expected the member ratings as JSON: ${members.issue.message}`);
      continue;
    }
    ratings[indicatorId] = {
      level: Number(level),
      ...(members === undefined ? {} : { memberRatings: members.value }),
      ...(notes === '' ? {} : { notes }),
      ...(links.length === 0 ? {} : { links }),
      ...(ratedBy === '' ? {} : { ratedBy }),
      ...(ratedOn === '' ? {} : { ratedOn }),
    };
  }

  const assessmentNotes = table.columns.includes('assessment_notes') ? cell(first.values, 'assessment_notes') : '';
  const priorities = rubric.focusAreas.flatMap((area) =>
    area.practices.filter((practice) => priorityOfPractice.get(practice.id)?.priority === true).map((p) => p.id),
  );
  const input = {
    id: cell(first.values, 'assessment_id'),
    rubricId: cell(first.values, 'rubric_id').trim(),
    rubricVersion: cell(first.values, 'rubric_version'),
    takenBy: cell(first.values, 'taken_by'),
    takenOn: cell(first.values, 'taken_on').trim(),
    ratings,
    ...(assessmentNotes === '' ? {} : { notes: assessmentNotes }),
    ...(priorities.length === 0 ? {} : { priorities }),
  };
  const result = safeParseAssessment(input, rubric);
  if (!result.ok) {
    for (const issue of result.error.issues) {
      const [field, indicatorId, ratingField] = issue.path;
      const row = typeof indicatorId === 'string' ? rowOfIndicator.get(indicatorId) : undefined;
      const column =
        field === 'ratings' && typeof ratingField === 'string'
          ? RATING_FIELD_COLUMNS[ratingField]
          : typeof field === 'string'
            ? ASSESSMENT_FIELD_COLUMNS[field]
            : undefined;
      issues.push({
        path: ['row', field === 'ratings' ? (row ?? first.row) : first.row, 'column', column ?? 'indicator_id'],
        message: issue.message,
        code: issue.code,
      });
    }
  }
  if (issues.length > 0 || !result.ok) throw new SelValidationError(SUBJECT, issues);
  return result.value;
}

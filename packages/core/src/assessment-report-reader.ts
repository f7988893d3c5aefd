import { readAssessment } from './assessment-reader.js';
import { MAX_REPORT_ROUNDS, reportIssues, type AssessmentReport, type ReportTargets } from './assessment-report.js';
import { SelValidationError } from './errors.js';
import type { ParseResult } from './errors.js';
import { boundedListOf, listOf, PlainReading, readFields, recordOf, type Read } from './plain-reader.js';
import { RUBRIC_ITEM_ID_PATTERN } from './rubric-checks.js';
import { readRubric, readSlug } from './rubric-reader.js';

// An assessment report read in plain code: what `assessmentReportSchema` and
// `safeParseAssessmentReport` give (value, verdict, issues and their messages) without zod, for a
// page that shows a report. assessment-report-reader.property.test.ts holds the two together.

/** A target: a number from 0 to 1 (`z.number(...).check(z.gte(0), z.lte(1))` with the schema's words). */
function readTarget(what: string): Read<number> {
  return (reading, input, path) => {
    if (typeof input !== 'number' || !Number.isFinite(input)) {
      reading.add(
        path,
        'invalid_type',
        `Expected ${what} as a number from 0 to 1, e.g. 0.8 for 80% of full implementation`,
      );
    } else {
      if (input < 0) reading.add(path, 'too_small', `Expected ${what} from 0 to 1`, true);
      if (input > 1) reading.add(path, 'too_big', `Expected ${what} from 0 to 1`, true);
    }
    return input as number;
  };
}

const isItemId = (key: string): boolean => RUBRIC_ITEM_ID_PATTERN.test(key);

const readOverallTarget = /* @__PURE__ */ readTarget('the overall target');
const readFocusAreaTargets = /* @__PURE__ */ recordOf(isItemId, /* @__PURE__ */ readTarget('a focus area target'));

const readTargets: Read<ReportTargets> = (reading, input, path) =>
  readFields(reading, input, path, [
    ['overall', readOverallTarget, true],
    ['focusAreas', readFocusAreaTargets, true],
  ]) as ReportTargets;

const manyRoundsMessage = (): string => `Expected at most ${MAX_REPORT_ROUNDS} assessments (rounds) in one report`;

const readAssessments = /* @__PURE__ */ boundedListOf(readAssessment, {
  min: 1,
  max: MAX_REPORT_ROUNDS,
  tooShort: 'Expected at least one assessment',
  tooLong: /* @__PURE__ */ manyRoundsMessage(),
});

const readPriorities = /* @__PURE__ */ listOf(readSlug);

/**
 * Reads an assessment report without throwing, as `safeParseAssessmentReport` does (the same value,
 * or the same issues with the same messages), in plain code: the shape, then that every assessment
 * fits the report's rubric, that none is given twice, and that targets and priorities name focus
 * areas and practices of the rubric.
 */
export function checkAssessmentReport(input: unknown): ParseResult<AssessmentReport> {
  const reading = new PlainReading();
  const report = readFields(
    reading,
    input,
    [],
    [
      ['rubric', readRubric],
      ['assessments', readAssessments],
      ['targets', readTargets, true],
      ['priorities', readPriorities, true],
    ],
  ) as AssessmentReport;
  const result = reading.result('assessment report', report);
  if (!result.ok) return result;
  const issues = reportIssues(result.value);
  return issues.length > 0 ? { ok: false, error: new SelValidationError('assessment report', issues) } : result;
}

/**
 * An assessment report: one rubric and the rounds of assessment a district took with it (fall and
 * spring, year after year), with the targets it works toward and the practices it gave priority.
 * The rules here answer "where are we now, how far have we come, and what do we do next?" with the
 * scoring, growth, readiness and next-step rules of the other modules.
 */
import * as z from 'zod/mini';
import { ratingOf } from './assessment.js';
import { assessmentIssues } from './assessment-fit.js';
import { assessmentSchema } from './assessment-schema.js';
import type { Assessment } from './assessment.js';
import { compareIsoDates } from './dates.js';
import { SelValidationError } from './errors.js';
import { safeParseWith } from './zod-parse.js';
import type { ParseResult, SelIssue } from './errors.js';
import { DEFAULT_READINESS_THRESHOLDS, stageOfValidScore } from './readiness-rule.js';
import type { ReadinessStage } from './readiness-stages.js';
import { listIndicators } from './rubric.js';
import { rubricItemIdSchema, rubricSchema } from './rubric-schema.js';
import type { IndicatorEntry, Rubric } from './rubric.js';
import { completeness, normaliseLevel, scoreAssessment } from './scoring.js';
import type { AssessmentCompleteness, AssessmentScore } from './scoring.js';
import { weakestIndicators } from './next-steps.js';
import type { WeakIndicator } from './next-steps.js';

/** The most rounds one report compares (ten years of a yearly rubric, five of fall and spring). */
export const MAX_REPORT_ROUNDS = 10;

const target = (what: string) =>
  z
    .number({ error: `Expected ${what} as a number from 0 to 1, e.g. 0.8 for 80% of full implementation` })
    .check(z.gte(0, { error: `Expected ${what} from 0 to 1` }), z.lte(1, { error: `Expected ${what} from 0 to 1` }));

/**
 * Scores a district works toward, each a normalised score from 0 to 1 (0.8: 80% of the way from the
 * lowest level to full implementation). A focus area without a target of its own uses `overall`.
 */
export const reportTargetsSchema = /* @__PURE__ */ z.object({
  overall: /* @__PURE__ */ z.optional(/* @__PURE__ */ target('the overall target')),
  focusAreas: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.record(rubricItemIdSchema, /* @__PURE__ */ target('a focus area target')),
  ),
});
export type ReportTargets = z.infer<typeof reportTargetsSchema>;

/**
 * What an assessment report shows: the rubric, 1 to 10 assessments of it (rounds, in any order:
 * they are shown by date), optional targets and the ids of the practices the district gave
 * priority.
 */
export const assessmentReportSchema = /* @__PURE__ */ z.object({
  rubric: rubricSchema,
  assessments: /* @__PURE__ */ z.array(assessmentSchema).check(
    /* @__PURE__ */ z.minLength(1, { error: 'Expected at least one assessment' }),
    /* @__PURE__ */ z.maxLength(MAX_REPORT_ROUNDS, {
      error: () => `Expected at most ${MAX_REPORT_ROUNDS} assessments (rounds) in one report`,
    }),
  ),
  targets: /* @__PURE__ */ z.optional(reportTargetsSchema),
  priorities: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(rubricItemIdSchema)),
});
export type AssessmentReport = z.infer<typeof assessmentReportSchema>;

/** Everything in a well-formed report that does not fit its rubric, each at its path (the readers' shared rule). */
export function reportIssues(report: AssessmentReport): SelIssue[] {
  const { rubric } = report;
  const issues: SelIssue[] = [];
  const seen = new Map<string, number>();
  report.assessments.forEach((assessment, index) => {
    for (const issue of assessmentIssues(rubric, assessment)) {
      issues.push({ ...issue, path: ['assessments', index, ...issue.path] });
    }
    const first = seen.get(assessment.id);
    if (first === undefined) seen.set(assessment.id, index);
    else {
      issues.push({
        path: ['assessments', index, 'id'],
        code: 'duplicate-assessment',
        message: `Expected each assessment once, but "${assessment.id}" is also assessments[${first}]`,
      });
    }
  });
  const focusAreaIds = new Set(rubric.focusAreas.map((area) => area.id));
  for (const id of Object.keys(report.targets?.focusAreas ?? {})) {
    if (!focusAreaIds.has(id)) {
      issues.push({
        path: ['targets', 'focusAreas', id],
        code: 'unknown-focus-area',
        message: `Expected a focus area of rubric "${rubric.id}"; it has no focus area "${id}"`,
      });
    }
  }
  const practiceIds = new Set(rubric.focusAreas.flatMap((area) => area.practices.map((practice) => practice.id)));
  (report.priorities ?? []).forEach((id, index) => {
    if (!practiceIds.has(id)) {
      issues.push({
        path: ['priorities', index],
        code: 'unknown-practice',
        message: `Expected a practice of rubric "${rubric.id}"; it has no practice "${id}"`,
      });
    }
  });
  return issues;
}

/**
 * Reads an assessment report without throwing: the shape, then that every assessment is of the
 * report's rubric and version and rates only its indicators on its levels, that no assessment is
 * given twice, and that targets and priorities name focus areas and practices of the rubric.
 * Every problem is reported at its path, e.g. `assessments[2].ratings.partner-inventory.level`.
 */
export function safeParseAssessmentReport(input: unknown): ParseResult<AssessmentReport> {
  const result = safeParseWith(assessmentReportSchema, input, 'assessment report');
  if (!result.ok) return result;
  const issues = reportIssues(result.value);
  return issues.length > 0 ? { ok: false, error: new SelValidationError('assessment report', issues) } : result;
}

/** One assessment of a report, scored. */
export interface ReportRound {
  readonly assessment: Assessment;
  readonly score: AssessmentScore;
  readonly completeness: AssessmentCompleteness;
  /** The readiness stage overall, or `null` when too little is rated (see `readinessStage`). */
  readonly stage: ReadinessStage | null;
  /** The readiness stage of each focus area, in rubric order. */
  readonly focusAreaStages: readonly (ReadinessStage | null)[];
}

/**
 * The rounds of a report in the order they were taken (by `takenOn`; rounds of the same day keep
 * the order given), each scored per focus area and overall, with its readiness stages and how
 * much of the rubric it rates. The report must have been read by `safeParseAssessmentReport`.
 */
export function reportRounds(report: AssessmentReport): ReportRound[] {
  const { rubric } = report;
  return [...report.assessments]
    .sort((a, b) => compareIsoDates(a.takenOn, b.takenOn))
    .map((assessment) => {
      const score = scoreAssessment(rubric, assessment);
      return {
        assessment,
        score,
        completeness: completeness(rubric, assessment),
        // Scores as scoreAssessment gives them are valid: the rule runs without checking them again.
        stage: stageOfValidScore(score.overall, DEFAULT_READINESS_THRESHOLDS),
        focusAreaStages: score.focusAreas.map((area) => stageOfValidScore(area, DEFAULT_READINESS_THRESHOLDS)),
      };
    });
}

/** The target of one focus area (its own, else the overall one), or the overall target; `null` when none. */
export function reportTarget(report: AssessmentReport, focusAreaId?: string): number | null {
  const own = focusAreaId === undefined ? undefined : report.targets?.focusAreas?.[focusAreaId];
  return own ?? report.targets?.overall ?? null;
}

/**
 * The ids of the practices the district gave priority: the report's `priorities`, and those the team
 * marked in `assessment` (the round the report proposes next steps from, usually the latest), the
 * report's first.
 */
export function priorityPractices(report: AssessmentReport, assessment?: Assessment): ReadonlySet<string> {
  return new Set([...(report.priorities ?? []), ...(assessment?.priorities ?? [])]);
}

/** How one indicator moved across the rounds. */
export type IndicatorTrend = 'improved' | 'slipped' | 'unchanged' | 'unrated';

/** One indicator across every round of a report. */
export interface IndicatorProgress {
  readonly entry: IndicatorEntry;
  /** The level in each round, in round order (`null` where unrated). */
  readonly levels: readonly (number | null)[];
  /** The earliest and latest rated levels. */
  readonly first: number | null;
  readonly latest: number | null;
  /** `latest - first` in level values, `null` unless rated in two rounds or more. */
  readonly levelDelta: number | null;
  /** The same change on the 0..1 scale. */
  readonly normalisedDelta: number | null;
  readonly trend: IndicatorTrend;
}

/**
 * Every indicator of the rubric, in rubric order, across `rounds` (as `reportRounds` orders them):
 * its level per round and the change from the first round that rates it to the last one that does.
 * `improved` or `slipped` by the sign of that change, `unchanged` when it is zero, `unrated` when
 * fewer than two rounds rate the indicator.
 */
export function indicatorProgress(rubric: Rubric, rounds: readonly ReportRound[]): IndicatorProgress[] {
  return listIndicators(rubric).map((entry) => {
    const levels = rounds.map((round) => ratingOf(round.assessment, entry.indicator.id)?.level ?? null);
    const rated = levels.filter((level): level is number => level !== null);
    const first = rated[0] ?? null;
    const latest = rated[rated.length - 1] ?? null;
    const compared = rated.length >= 2 && first !== null && latest !== null;
    const levelDelta = compared ? latest - first : null;
    return {
      entry,
      levels,
      first,
      latest,
      levelDelta,
      normalisedDelta: compared ? normaliseLevel(rubric, latest) - normaliseLevel(rubric, first) : null,
      trend: levelDelta === null ? 'unrated' : levelDelta > 0 ? 'improved' : levelDelta < 0 ? 'slipped' : 'unchanged',
    };
  });
}

/** A weak indicator of the latest round; `priority` says whether its practice is a priority. */
export type ReportNextStep = WeakIndicator;

/**
 * The weakest indicators of `assessment` in the order of `weakestIndicators` (indicators of priority
 * practices first; then unrated ones, then lowest level first; ties in rubric order), at most
 * `limit` of them. The priority practices are the assessment's own `priorities` (what the team
 * marked in that round) and `priorities` (e.g. the report's, see `priorityPractices`); ids that name
 * no practice of the rubric mark nothing.
 */
export function reportNextSteps(
  rubric: Rubric,
  assessment: Assessment,
  priorities: ReadonlySet<string>,
  limit = 5,
): ReportNextStep[] {
  const marked = new Set([...(assessment.priorities ?? []), ...priorities]);
  const withPriorities: Assessment = { ...assessment, priorities: [...marked] };
  return weakestIndicators(rubric, withPriorities, { limit, includeUnrated: true });
}

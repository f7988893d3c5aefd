import * as z from 'zod/mini';
import { isoDateSchema } from './dates.js';
import { parseWith, safeParseWith, SelRuleError, SelValidationError } from './errors.js';
import type { ParseResult, SelIssue } from './errors.js';
import { findLevel, findPractice, rubricItemIdSchema } from './rubric.js';
import type { Rubric } from './rubric.js';
import { rubricIndicators } from './rubric-indicators.js';

const requiredText = /* @__PURE__ */ z
  .string()
  .check(/* @__PURE__ */ z.refine((text) => text.trim().length > 0, 'Expected non-empty text'));

/** One team member's own level for an indicator, as kept in the team's agreed rating. */
export const memberRatingSchema = /* @__PURE__ */ z.object({
  /** The member, as their own assessment names them (its `takenBy`). */
  member: requiredText,
  level: /* @__PURE__ */ z.int({ error: 'Expected an integer level value' }),
});
export type MemberRating = z.infer<typeof memberRatingSchema>;

/**
 * One rating of one indicator: the level chosen plus its evidence. Links must be `http:` or `https:`
 * URLs without spaces, so they are safe to render as hyperlinks and can be listed one per line.
 * A rating a team agreed on (see `startConsensus`) keeps `memberRatings`, the members' own levels it
 * came from, so the record can be audited later; its `notes` hold the discussion note.
 */
export const ratingSchema = /* @__PURE__ */ z.object({
  level: /* @__PURE__ */ z.int({ error: 'Expected an integer level value' }),
  notes: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  links: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.array(
      /* @__PURE__ */ z
        .url({ protocol: /^https?$/, error: 'Expected an http(s) URL, e.g. "https://example.org/plan.pdf"' })
        .check(/* @__PURE__ */ z.regex(/^\S+$/, { error: 'Expected a URL without spaces (write a space as %20)' })),
    ),
  ),
  ratedBy: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  ratedOn: /* @__PURE__ */ z.optional(isoDateSchema),
  memberRatings: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(memberRatingSchema)),
});
export type Rating = z.infer<typeof ratingSchema>;

/**
 * A self-assessment against one version of a rubric, taken by a person or a team on a date.
 * `ratings` maps indicator ids to ratings; an indicator without an entry is unrated.
 * `priorities` lists the ids of the practices the team marked as priorities for the district (CASEL pairs
 * its rubric with a short yes/no priority-setting questionnaire); the summary, the weakest-indicator rule
 * and the report put them first. Absent or empty: no practice is marked.
 */
export const assessmentSchema = /* @__PURE__ */ z.object({
  id: requiredText,
  rubricId: rubricItemIdSchema,
  rubricVersion: requiredText,
  takenBy: requiredText,
  takenOn: isoDateSchema,
  ratings: /* @__PURE__ */ z.record(rubricItemIdSchema, ratingSchema),
  notes: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  priorities: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(rubricItemIdSchema)),
});
export type Assessment = z.infer<typeof assessmentSchema>;

/**
 * Everything that makes `assessment` unfit for `rubric`, each at its path: a different rubric id or
 * version, ratings of indicators the rubric does not have, levels that are not on the rubric's scale,
 * priorities that name no practice of the rubric or name one twice.
 */
export function assessmentIssues(rubric: Rubric, assessment: Assessment): SelIssue[] {
  return [...ratingIssues(rubric, assessment), ...recordIssues(rubric, assessment)];
}

/** What keeps the rules from computing with `assessment`: another rubric or version, unknown indicators or levels. */
function ratingIssues(rubric: Rubric, assessment: Assessment): SelIssue[] {
  const issues: SelIssue[] = [];
  if (assessment.rubricId !== rubric.id) {
    issues.push({
      path: ['rubricId'],
      code: 'rubric-mismatch',
      message: `Expected rubric id "${rubric.id}" (the rubric given), got "${assessment.rubricId}"`,
    });
  }
  if (assessment.rubricVersion !== rubric.version) {
    issues.push({
      path: ['rubricVersion'],
      code: 'rubric-version-mismatch',
      message: `Expected rubric version "${rubric.version}" (the rubric given), got "${assessment.rubricVersion}"`,
    });
  }
  const indicatorIds = rubricIndicators(rubric).ids;
  const scale = () => rubric.levels.map((level) => level.value).join(', ');
  for (const [indicatorId, rating] of Object.entries(assessment.ratings)) {
    if (!indicatorIds.has(indicatorId)) {
      issues.push({
        path: ['ratings', indicatorId],
        code: 'unknown-indicator',
        message: `Expected an indicator of rubric "${rubric.id}" version "${rubric.version}"; it has no indicator "${indicatorId}"`,
      });
    } else if (findLevel(rubric, rating.level) === undefined) {
      issues.push({
        path: ['ratings', indicatorId, 'level'],
        code: 'unknown-level',
        message: `Expected one of the rubric's level values (${scale()}), got ${rating.level}`,
      });
    }
  }
  return issues;
}

/**
 * The problems with what an assessment records beside its ratings, which no rule computes with: a
 * priority that names no practice of the rubric (`unknown-practice`) or names one again
 * (`duplicate-priority`), and a member's level off the rubric's scale (`unknown-level`), each at its path.
 */
function recordIssues(rubric: Rubric, assessment: Assessment): SelIssue[] {
  const practiceIds = new Set(rubricIndicators(rubric).entries.map((entry) => entry.practiceId));
  const issues: SelIssue[] = [];
  for (const [indicatorId, rating] of Object.entries(assessment.ratings)) {
    (rating.memberRatings ?? []).forEach(({ level }, index) => {
      if (findLevel(rubric, level) === undefined) {
        issues.push({
          path: ['ratings', indicatorId, 'memberRatings', index, 'level'],
          code: 'unknown-level',
          message: `Expected one of the rubric's level values (${rubric.levels.map((l) => l.value).join(', ')}), got ${level}`,
        });
      }
    });
  }
  (assessment.priorities ?? []).forEach((practiceId, index, priorities) => {
    const known = practiceIds.has(practiceId);
    if (!known || priorities.indexOf(practiceId) < index) {
      issues.push({
        path: ['priorities', index],
        code: known ? 'duplicate-priority' : 'unknown-practice',
        message: known
          ? `Expected each priority practice once, but "${practiceId}" is listed again`
          : `Expected a practice of rubric "${rubric.id}" version "${rubric.version}"; it has no practice "${practiceId}"`,
      });
    }
  });
  return issues;
}

/**
 * Reads an assessment without throwing. With a rubric it also checks that the assessment belongs to
 * that rubric and version, rates only its indicators and uses only its level values.
 */
export function safeParseAssessment(input: unknown, rubric?: Rubric): ParseResult<Assessment> {
  const result = safeParseWith(assessmentSchema, input, 'assessment');
  if (!result.ok || rubric === undefined) return result;
  const issues = assessmentIssues(rubric, result.value);
  if (issues.length > 0) return { ok: false, error: new SelValidationError('assessment', issues) };
  return result;
}

/** Reads an assessment (see {@link safeParseAssessment}); throws a `SelValidationError` naming every bad path. */
export function parseAssessment(input: unknown, rubric?: Rubric): Assessment {
  const result = safeParseAssessment(input, rubric);
  if (!result.ok) throw result.error;
  return result.value;
}

/**
 * Throws a `SelRuleError` unless the ratings of `assessment` fit `rubric` (see {@link assessmentIssues}).
 * The rules (scoring, growth, next steps) call it so that they never compute with levels off the
 * rubric's scale. Codes: `rubric-mismatch`, `rubric-version-mismatch`, `unknown-indicator`,
 * `unknown-level`. A priority naming no practice of the rubric marks nothing, so the rules leave it
 * be; the readers (`parseAssessment` with a rubric) report it.
 */
export function assertAssessmentFitsRubric(rubric: Rubric, assessment: Assessment): void {
  const [first, ...rest] = ratingIssues(rubric, assessment);
  if (first === undefined) return;
  const more = rest.length > 0 ? ` (and ${rest.length} more)` : '';
  throw new SelRuleError(first.code, `Assessment "${assessment.id}" does not fit the rubric: ${first.message}${more}`, {
    issues: [first, ...rest],
  });
}

/** What {@link createAssessment} needs besides the rubric. */
export interface NewAssessment {
  readonly id: string;
  readonly takenBy: string;
  readonly takenOn: string;
  readonly notes?: string;
}

/** A new, empty assessment of `rubric` (no indicator rated yet). Throws `SelValidationError` on bad fields. */
export function createAssessment(rubric: Rubric, fields: NewAssessment): Assessment {
  return parseWith(
    assessmentSchema,
    { ...fields, rubricId: rubric.id, rubricVersion: rubric.version, ratings: {} },
    'assessment',
  );
}

/**
 * The rating of one indicator, or `undefined` when it is unrated. Reads only the assessment's own
 * entries, so an indicator id such as `constructor` never picks up an inherited property.
 */
export function ratingOf(assessment: Assessment, indicatorId: string): Rating | undefined {
  return Object.hasOwn(assessment.ratings, indicatorId) ? assessment.ratings[indicatorId] : undefined;
}

/**
 * A copy of `assessment` with `indicatorId` rated `rating` (replacing any earlier rating whole).
 * The input is left untouched. Throws `SelValidationError` (paths under `ratings.<indicatorId>`) when
 * the id or rating is malformed, or, if `rubric` is given, when the indicator or level is not in it.
 */
export function setRating(assessment: Assessment, indicatorId: string, rating: Rating, rubric?: Rubric): Assessment {
  const issues: SelIssue[] = [];
  const id = safeParseWith(rubricItemIdSchema, indicatorId, 'indicator id');
  if (!id.ok) for (const issue of id.error.issues) issues.push({ ...issue, path: ['ratings', indicatorId] });
  const parsed = safeParseWith(ratingSchema, rating, 'rating');
  if (!parsed.ok) {
    for (const issue of parsed.error.issues) issues.push({ ...issue, path: ['ratings', indicatorId, ...issue.path] });
  }
  if (issues.length > 0 || !parsed.ok) throw new SelValidationError('assessment', issues);
  const next: Assessment = { ...assessment, ratings: { ...assessment.ratings, [indicatorId]: parsed.value } };
  if (rubric !== undefined) {
    const misfits = assessmentIssues(rubric, next).filter((issue) => issue.path[1] === indicatorId);
    if (misfits.length > 0) throw new SelValidationError('assessment', misfits);
  }
  return next;
}

/**
 * A copy of `assessment` with `indicatorId` unrated. Returns `assessment` itself when that indicator
 * had no rating, so an unchanged value keeps its identity.
 */
export function clearRating(assessment: Assessment, indicatorId: string): Assessment {
  if (!Object.hasOwn(assessment.ratings, indicatorId)) return assessment;
  const ratings = Object.fromEntries(Object.entries(assessment.ratings).filter(([id]) => id !== indicatorId));
  return { ...assessment, ratings };
}

/** Whether the team marked this practice as a priority in `assessment`. */
export function isPriorityPractice(assessment: Assessment, practiceId: string): boolean {
  return assessment.priorities?.includes(practiceId) ?? false;
}

/**
 * A copy of `assessment` with `practiceId` marked as a priority or not. The priorities are kept in
 * rubric order, and the list is left out when none remains. Returns `assessment` itself when nothing
 * changes. Throws `SelValidationError` (path `priorities`) when the rubric has no such practice.
 */
export function setPracticePriority(
  rubric: Rubric,
  assessment: Assessment,
  practiceId: string,
  priority: boolean,
): Assessment {
  if (findPractice(rubric, practiceId) === undefined) {
    throw new SelValidationError('assessment', [
      {
        path: ['priorities'],
        code: 'unknown-practice',
        message: `Expected a practice of rubric "${rubric.id}" version "${rubric.version}"; it has no practice "${practiceId}"`,
      },
    ]);
  }
  if (isPriorityPractice(assessment, practiceId) === priority) return assessment;
  const wanted = new Set(assessment.priorities ?? []);
  if (priority) wanted.add(practiceId);
  else wanted.delete(practiceId);
  const priorities = rubric.focusAreas.flatMap((area) =>
    area.practices.filter((practice) => wanted.has(practice.id)).map((practice) => practice.id),
  );
  const next: Assessment = { ...assessment, priorities };
  if (priorities.length === 0) delete next.priorities;
  return next;
}

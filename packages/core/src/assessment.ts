import { assessmentIssues } from './assessment-fit.js';
import { checkAssessment, checkIndicatorId, checkRating } from './assessment-reader.js';
import type { Assessment, Rating } from './assessment-schema.js';
import { SelValidationError } from './errors.js';
import type { SelIssue } from './errors.js';
import { findPractice } from './rubric.js';
import type { Rubric } from './rubric.js';

export type { Assessment, MemberRating, Rating } from './assessment-schema.js';

// The rules that make and edit assessments. They read what they are given with the plain-code
// readers (assessment-reader.ts), which give what the schemas give, so a page that rates a rubric
// needs no zod.

/** What {@link createAssessment} needs besides the rubric. */
export interface NewAssessment {
  readonly id: string;
  readonly takenBy: string;
  readonly takenOn: string;
  readonly notes?: string;
}

/** A new, empty assessment of `rubric` (no indicator rated yet). Throws `SelValidationError` on bad fields. */
export function createAssessment(rubric: Rubric, fields: NewAssessment): Assessment {
  const created = checkAssessment({ ...fields, rubricId: rubric.id, rubricVersion: rubric.version, ratings: {} });
  if (!created.ok) throw created.error;
  return created.value;
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
  const id = checkIndicatorId(indicatorId, ['ratings', indicatorId]);
  if (!id.ok) issues.push(...id.error.issues);
  const parsed = checkRating(rating, ['ratings', indicatorId]);
  if (!parsed.ok) issues.push(...parsed.error.issues);
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

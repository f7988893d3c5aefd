import {
  checkAssessment,
  createAssessment,
  ratingOf,
  setRating,
  toIsoDate,
  type Assessment,
  type Rating,
  type Rubric,
  type SelIssue,
} from '@sel/core';
import { prefixed } from './rubric-issues.js';

/** What the element's attributes say about an assessment started on it. */
export interface NewAssessmentFields {
  /** Id of the new assessment (default: `<rubric id>-<taken on>`). */
  readonly assessmentId: string | undefined;
  /** Who takes it (default "unspecified"); also the `ratedBy` of each rating when given. */
  readonly takenBy: string | undefined;
  /** Its date as `YYYY-MM-DD` (default: today on the user's device). */
  readonly takenOn: string | undefined;
}

/**
 * The empty assessment shown before the first rating (or in place of one that does not fit the
 * rubric): it is only drawn and scored, never submitted or announced.
 */
export function blankAssessment(rubric: Rubric, fields: NewAssessmentFields): Assessment {
  return {
    id: fields.assessmentId ?? `${rubric.id}-new`,
    rubricId: rubric.id,
    rubricVersion: rubric.version,
    takenBy: fields.takenBy ?? 'unspecified',
    takenOn: fields.takenOn ?? toIsoDate(new Date()),
    ratings: {},
  };
}

/** The assessment the first rating starts. Throws `SelValidationError` on bad fields (a malformed `taken-on`). */
export function startAssessment(rubric: Rubric, fields: NewAssessmentFields): Assessment {
  const takenOn = fields.takenOn ?? toIsoDate(new Date());
  return createAssessment(rubric, {
    id: fields.assessmentId ?? `${rubric.id}-${takenOn}`,
    takenBy: fields.takenBy ?? 'unspecified',
    takenOn,
  });
}

/**
 * `assessment` with `indicatorId` rated `level` today: the rating keeps what the indicator had
 * (its evidence unless `notes` replaces it; blank evidence is none) and names `ratedBy` when
 * given. Throws (`SelValidationError`, `SelRuleError`) when the rating does not fit the rubric.
 */
export function rateIndicator(
  rubric: Rubric,
  assessment: Assessment,
  indicatorId: string,
  level: number,
  { notes, ratedBy }: { readonly notes: string | undefined; readonly ratedBy: string | undefined },
): Assessment {
  const existing = ratingOf(assessment, indicatorId);
  const evidence = notes ?? existing?.notes;
  const rating: Rating = { ...existing, level, ratedOn: toIsoDate(new Date()) };
  if (evidence !== undefined && evidence.trim() !== '') rating.notes = evidence;
  else delete rating.notes;
  if (ratedBy !== undefined && ratedBy.trim() !== '') rating.ratedBy = ratedBy;
  return setRating(assessment, indicatorId, rating, rubric);
}

/**
 * `assessment` with `text` as the evidence of `rating`, the rating of `indicatorId`, or
 * `undefined` when the rating already has that evidence (blank text is no evidence, so clearing
 * a rating without any changes nothing). Throws when the rating does not fit the rubric.
 */
export function withEvidence(
  rubric: Rubric,
  assessment: Assessment,
  indicatorId: string,
  rating: Rating,
  text: string,
): Assessment | undefined {
  const notes = text.trim() === '' ? '' : text;
  if ((rating.notes ?? '') === notes) return undefined;
  const { notes: _old, ...rest } = rating;
  return setRating(assessment, indicatorId, notes === '' ? rest : { ...rest, notes }, rubric);
}

/** What reading an assessment the element is given found: the assessment (`undefined` for none), or its issues. */
export type AssessmentReading =
  { readonly ok: true; readonly value: Assessment | undefined } | { readonly ok: false; readonly issues: SelIssue[] };

/**
 * Reads an assessment given to the element as `property` (`assessment` or `previous`):
 * `undefined` and `null` are "none"; anything else is checked against `rubric` when there is one,
 * and its issues have paths that start with `property`.
 */
export function readAssessment(raw: unknown, rubric: Rubric | undefined, property: string): AssessmentReading {
  if (raw === undefined || raw === null) return { ok: true, value: undefined };
  const result = checkAssessment(raw, rubric);
  return result.ok ? result : { ok: false, issues: prefixed(property, result.error.issues) };
}

/**
 * `assessment` with evidence still being typed (`typed`, as `[indicatorId, text]`) put into the
 * ratings it belongs to, for a draft: text of an indicator with no level yet, or text that does
 * not fit, is left out and the saved evidence stays.
 */
export function withTypedEvidence(
  rubric: Rubric,
  assessment: Assessment,
  typed: Iterable<readonly [string, string]>,
): Assessment {
  let result = assessment;
  for (const [indicatorId, text] of typed) {
    const rating = ratingOf(result, indicatorId);
    if (!rating) continue;
    try {
      result = withEvidence(rubric, result, indicatorId, rating, text) ?? result;
    } catch {
      // Text that does not fit a rating stays out of the draft, as it stays out of the value.
    }
  }
  return result;
}

import { checkAssessment, createAssessment, toIsoDate, type Assessment, type Rubric, type SelIssue } from '@sel/core';
import { prefixed } from '../shared/issue-path.js';

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

import { assessmentIssues } from './assessment-fit.js';
import { assessmentSchema } from './assessment-schema.js';
import type { Assessment } from './assessment-schema.js';
import { SelValidationError } from './errors.js';
import type { ParseResult } from './errors.js';
import type { Rubric } from './rubric.js';
import { safeParseWith } from './zod-parse.js';

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

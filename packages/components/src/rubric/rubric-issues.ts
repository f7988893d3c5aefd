import { SelRuleError, SelValidationError, type SelIssue } from '@sel/core';
import { prefixed } from '../shared/issue-path.js';

/**
 * Where a problem with the rubric's assessments came from: the `assessment` or `previous` given,
 * either assessment not fitting the rubric shown, or a rating that could not be saved (the
 * element base reports problems with `value` itself).
 */
export type RubricIssueGroup = 'assessment' | 'previous' | 'assessment-fit' | 'previous-fit' | 'rating';

/** The issues of a failed edit of the assessment: a schema's issues, a broken rule, or any other error. */
export function describeFailure(error: unknown, prefix: string): SelIssue[] {
  if (error instanceof SelValidationError) return prefixed(prefix, error.issues);
  if (error instanceof SelRuleError) return [{ path: [prefix], code: error.code, message: error.message }];
  return [{ path: [prefix], code: 'failed', message: error instanceof Error ? error.message : String(error) }];
}

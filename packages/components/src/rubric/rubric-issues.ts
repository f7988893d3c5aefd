import { SelRuleError, SelValidationError, type SelIssue } from '@sel/core';

/**
 * Where a problem with the rubric's assessments came from: the `assessment` or `previous` given,
 * either assessment not fitting the rubric shown, or a rating that could not be saved (the
 * element base reports problems with `value` itself).
 */
export type RubricIssueGroup = 'assessment' | 'previous' | 'assessment-fit' | 'previous-fit' | 'rating';

/** `issues` with `prefix` put in front of each path, e.g. `['ratings', 'a']` -> `['assessment', 'ratings', 'a']`. */
export function prefixed(prefix: string, issues: readonly SelIssue[]): SelIssue[] {
  return issues.map((issue) => ({ ...issue, path: [prefix, ...issue.path] }));
}

/** The issues of a failed edit of the assessment: a schema's issues, a broken rule, or any other error. */
export function describeFailure(error: unknown, prefix: string): SelIssue[] {
  if (error instanceof SelValidationError) return prefixed(prefix, error.issues);
  if (error instanceof SelRuleError) return [{ path: [prefix], code: error.code, message: error.message }];
  return [{ path: [prefix], code: 'failed', message: error instanceof Error ? error.message : String(error) }];
}

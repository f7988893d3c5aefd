import { SelRuleError, SelValidationError, type SelIssue } from '@sel/core';

/**
 * Where a problem with the rubric's assessments came from: the `assessment`, `previous` or `value`
 * given, either assessment not fitting the rubric shown, or a rating that could not be saved.
 */
export type RubricIssueGroup = 'assessment' | 'previous' | 'value' | 'assessment-fit' | 'previous-fit' | 'rating';

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

/**
 * The problems the rubric shows beside its data's own: one list per {@link RubricIssueGroup}, each
 * replacing that group's earlier problems, so a fixed `previous` clears its alert without touching
 * a broken `assessment`. Every non-empty list set is reported once (as `sel-error`) after the
 * render that shows it.
 */
export class RubricIssues {
  readonly #groups = new Map<RubricIssueGroup, SelIssue[]>();
  #unreported: SelIssue[][] = [];

  /** Replaces the problems of `group`; an empty list clears them. */
  set(group: RubricIssueGroup, issues: readonly SelIssue[]): void {
    if (issues.length === 0) {
      this.#groups.delete(group);
      return;
    }
    this.#groups.set(group, [...issues]);
    this.#unreported.push([...issues]);
  }

  /** Every problem shown now, group after group. */
  get all(): SelIssue[] {
    return [...this.#groups.values()].flat();
  }

  /** The lists set since the last call, one per `set`, to report each as a `sel-error`. */
  takeUnreported(): SelIssue[][] {
    const lists = this.#unreported;
    this.#unreported = [];
    return lists;
  }
}

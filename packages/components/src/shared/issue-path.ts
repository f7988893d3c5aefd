import type { IssuePath, SelIssue } from '@sel/core';

/**
 * `issues` with `prefix` put in front of each path, e.g. `['ratings', 'a']` under `assessment` ->
 * `['assessment', 'ratings', 'a']`: where a problem is, said from the element's property or file.
 */
export function prefixed(prefix: string | IssuePath, issues: readonly SelIssue[]): SelIssue[] {
  const head = typeof prefix === 'string' ? [prefix] : prefix;
  return issues.map((issue) => ({ ...issue, path: [...head, ...issue.path] }));
}

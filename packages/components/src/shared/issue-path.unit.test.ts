import { describe, expect, it } from 'vitest';
import type { SelIssue } from '@sel/core';
import { prefixed } from './issue-path.js';

describe('prefixed', () => {
  const issues: readonly SelIssue[] = [
    { path: ['ratings', 'a'], code: 'invalid_value', message: 'Expected a level' },
    { path: [], code: 'custom', message: 'Expected an assessment' },
  ];

  it('puts one field in front of every path', () => {
    expect(prefixed('value', issues).map((issue) => issue.path)).toEqual([['value', 'ratings', 'a'], ['value']]);
  });

  it('puts a path in front, e.g. a team member file, and keeps the rest of each issue', () => {
    expect(prefixed(['team', 'ana.json'], issues)).toEqual([
      { path: ['team', 'ana.json', 'ratings', 'a'], code: 'invalid_value', message: 'Expected a level' },
      { path: ['team', 'ana.json'], code: 'custom', message: 'Expected an assessment' },
    ]);
    expect(issues[0]?.path).toEqual(['ratings', 'a']);
  });
});

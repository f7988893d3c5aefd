import { describe, expect, it } from 'vitest';
import { commitMessageProblems, subjectOf } from './commit-message.mjs';

describe('commit messages', () => {
  it('accepts a conventional subject of at most 72 characters, with or without scope, body or comments', () => {
    expect(commitMessageProblems('feat(rubric): show growth since the last assessment\n')).toEqual([]);
    expect(commitMessageProblems('fix: keep evidence typed before a reset\n\nWhy it matters.\n')).toEqual([]);
    expect(commitMessageProblems('refactor(components)!: one base for every element\n')).toEqual([]);
    expect(commitMessageProblems(`docs: ${'x'.repeat(66)}`)).toEqual([]);
    expect(
      commitMessageProblems('# Please enter the commit message\n\nbuild(core): ship no fixtures\n# comment'),
    ).toEqual([]);
  });

  it('lets the subjects git writes itself through', () => {
    expect(commitMessageProblems("Merge branch 'main' into rubric\n")).toEqual([]);
    expect(commitMessageProblems('fixup! feat(rubric): show growth\n')).toEqual([]);
    expect(commitMessageProblems('Revert "feat(rubric): show growth"\n')).toEqual([]);
  });

  it('names a subject over 72 characters with its length', () => {
    const problems = commitMessageProblems(`docs: ${'x'.repeat(67)}`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('73 characters');
  });

  it('names a subject that is not in the conventional form, and an unknown type', () => {
    for (const subject of [
      'components: the rubric shows growth',
      'Feat: growth',
      'feature(rubric): growth',
      'fix:no space',
    ]) {
      const problems = commitMessageProblems(`${subject}\n`);
      expect(problems, subject).toHaveLength(1);
      expect(problems[0]).toContain('type(scope): what changed');
    }
  });

  it('asks for a blank line after the subject and rejects an empty message', () => {
    expect(commitMessageProblems('fix: a\nbody right below\n')).toEqual([
      'leave a blank line between the subject and the body',
    ]);
    expect(commitMessageProblems('# only comments\n\n')).toEqual(['the commit message is empty']);
    expect(subjectOf('\n\n  \nfeat: x\n')).toBe('feat: x');
  });
});

#!/usr/bin/env node
// Checks a commit message's subject: at most 72 characters, in the Conventional Commits form
// `type(scope): what changed` (scope optional, `!` marks a breaking change); the detail goes in the
// body. Git runs it as the commit-msg hook once a clone opts in (no extra tools needed):
//
//   git config core.hooksPath .githooks      (or: pnpm run hooks)
//
// It checks new commits only; the history written before it is left as it is.
// Usage: node scripts/commit-message.mjs <file with the message>   (what git passes the hook)
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const MAX_SUBJECT_LENGTH = 72;

export const COMMIT_TYPES = [
  'feat',
  'fix',
  'docs',
  'style',
  'refactor',
  'perf',
  'test',
  'build',
  'ci',
  'chore',
  'revert',
];

const CONVENTIONAL = new RegExp(`^(?:${COMMIT_TYPES.join('|')})(?:\\([a-z0-9][a-z0-9./-]*\\))?!?: \\S`);

/** Subjects git writes itself, which keep their own form. */
const GIT_MADE = /^(?:Merge |Revert "|fixup! |squash! |amend! )/;

/**
 * The lines of a commit message as git keeps them: comment lines dropped, trailing spaces trimmed.
 * @param {string} message
 */
function messageLines(message) {
  return message
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .map((line) => line.trimEnd());
}

/**
 * The subject of a commit message: its first line that is not a comment or blank.
 * @param {string} message
 */
export function subjectOf(message) {
  return messageLines(message).find((line) => line !== '') ?? '';
}

/**
 * What is wrong with a commit message, in words; empty when it is fine.
 * @param {string} message
 * @returns {string[]}
 */
export function commitMessageProblems(message) {
  const lines = messageLines(message);
  const at = lines.findIndex((line) => line !== '');
  const subject = lines[at];
  if (subject === undefined) return ['the commit message is empty'];
  const problems = [];
  if (subject.length > MAX_SUBJECT_LENGTH) {
    problems.push(
      `the subject is ${String(subject.length)} characters; keep it to ${String(MAX_SUBJECT_LENGTH)} and put the detail in the body`,
    );
  }
  if (!GIT_MADE.test(subject) && !CONVENTIONAL.test(subject)) {
    problems.push(
      `the subject should read "type(scope): what changed", with type one of ${COMMIT_TYPES.join(', ')} ` +
        '(e.g. "feat(rubric): show growth since the last assessment")',
    );
  }
  const next = lines[at + 1];
  if (next !== undefined && next !== '') problems.push('leave a blank line between the subject and the body');
  return problems;
}

function main() {
  const file = process.argv[2];
  if (file === undefined) {
    console.error('usage: node scripts/commit-message.mjs <commit message file>');
    process.exit(2);
  }
  const problems = commitMessageProblems(readFileSync(file, 'utf8'));
  if (problems.length === 0) return;
  console.error(`commit message: ${subjectOf(readFileSync(file, 'utf8'))}`);
  for (const problem of problems) console.error(`  - ${problem}`);
  console.error(`(your message is kept in ${file}; \`git commit -e -F ${file}\` edits it again)`);
  process.exit(1);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();

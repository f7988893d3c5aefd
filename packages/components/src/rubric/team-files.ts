import { checkAssessment, safeReadJson, type Assessment, type Rubric, type SelIssue } from '@sel/core';
import type { SelMessageParams } from '../shared/i18n.js';
import { prefixed } from '../shared/issue-path.js';
import type { RubricTeamMessageKey } from './team-strings.js';

/** Team mode's words, in the element's language. */
export type TeamWords = (key: RubricTeamMessageKey, params?: SelMessageParams) => string;

/**
 * One member assessment as it was given, not checked yet: `where` names it in error paths (its
 * index in the `team` list, or the file it came from).
 */
export interface MemberSource {
  readonly where: string | number;
  readonly raw: unknown;
}

/** What reading some member assessments found: those to use, and the problems of the others. */
export interface MemberReading {
  readonly sources: MemberSource[];
  readonly issues: SelIssue[];
}

/**
 * The member assessments of the `team` property or of inline JSON text (a list of them), each with
 * its index; a value that is not a list, or text that is not JSON, is an issue at `team`.
 */
export function teamSources(given: unknown, words: TeamWords): MemberReading {
  if (given === undefined || given === null) return { sources: [], issues: [] };
  let raw: unknown = given;
  if (typeof given === 'string') {
    const read = safeReadJson(given);
    if (!read.ok) return { sources: [], issues: prefixed('team', [read.issue]) };
    raw = read.value;
  }
  if (!Array.isArray(raw)) {
    return {
      sources: [],
      issues: [{ path: ['team'], code: 'invalid-type', message: words('rubric.team.files.notList') }],
    };
  }
  return { sources: raw.map((entry: unknown, where) => ({ where, raw: entry })), issues: [] };
}

/**
 * Reads the files a facilitator chose or dropped: each holds one member's exported assessment (or
 * a list of them). A file that cannot be read or is not JSON is an issue at `team` and its name.
 */
export async function readMemberFiles(files: readonly File[], words: TeamWords): Promise<MemberReading> {
  const sources: MemberSource[] = [];
  const issues: SelIssue[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      const problem = error instanceof Error ? error.message : String(error);
      issues.push({
        path: ['team', file.name],
        code: 'unreadable',
        message: words('rubric.team.files.unreadable', { problem }),
      });
      continue;
    }
    const read = safeReadJson(text);
    if (!read.ok) issues.push(...prefixed(['team', file.name], [read.issue]));
    else if (Array.isArray(read.value)) sources.push(...read.value.map((raw: unknown) => ({ where: file.name, raw })));
    else sources.push({ where: file.name, raw: read.value });
  }
  return { sources, issues };
}

/** The members among `sources`: each checked against `rubric`, at most one assessment per member. */
export interface CheckedMembers {
  readonly members: Assessment[];
  /** The sources that passed, in the same order as `members`. */
  readonly accepted: MemberSource[];
  readonly issues: SelIssue[];
}

/**
 * Checks each source against `rubric`; one that does not fit, or names a member already in
 * `known` or earlier in `sources`, is left out with its issues at `team` and its `where` (a
 * member named twice is told with the `duplicate` words).
 */
export function checkMembers(
  rubric: Rubric,
  sources: readonly MemberSource[],
  known: readonly Assessment[],
  words: TeamWords,
  duplicate: RubricTeamMessageKey = 'rubric.team.files.duplicate',
): CheckedMembers {
  const names = new Set(known.map((member) => member.takenBy));
  const members: Assessment[] = [];
  const accepted: MemberSource[] = [];
  const issues: SelIssue[] = [];
  for (const source of sources) {
    const result = checkAssessment(source.raw, rubric);
    if (!result.ok) {
      issues.push(...prefixed(['team', source.where], result.error.issues));
    } else if (names.has(result.value.takenBy)) {
      issues.push({
        path: ['team', source.where, 'takenBy'],
        code: 'duplicate-member',
        message: words(duplicate, { member: result.value.takenBy }),
      });
    } else {
      names.add(result.value.takenBy);
      members.push(result.value);
      accepted.push(source);
    }
  }
  return { members, accepted, issues };
}

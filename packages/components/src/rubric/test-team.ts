import { listIndicators, type Assessment, type Rating, type Rubric } from '@sel/core';

/** Names of a district team, as a facilitator's list has them. */
export const TEAM_NAMES: readonly string[] = [
  'Ana Morales',
  'Ben Okafor',
  'Chloe Nguyen',
  'Daniel Reyes',
  'Esther Goldberg',
  'Farah Haddad',
  'Gabriel Silva',
  'Hana Kim',
];

/** `count` member names: the team's list, then numbered colleagues. */
export function teamNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) => TEAM_NAMES[i] ?? `Team member ${String(i + 1).padStart(2, '0')}`);
}

/**
 * The members' own assessments of `rubric`, as each would export them: every member rates every
 * indicator near a level the district stands at, some a step higher or lower, so some indicators
 * agree and others differ; `skip(member, index)` leaves an indicator unrated by that member.
 */
export function memberAssessments(
  rubric: Rubric,
  names: readonly string[],
  {
    takenOn = '2026-03-12',
    skip = () => false,
  }: { takenOn?: string; skip?: (member: number, indicator: number) => boolean } = {},
): Assessment[] {
  const levels = rubric.levels.map((level) => level.value);
  const indicators = listIndicators(rubric);
  return names.map((name, m) => {
    const ratings: Record<string, Rating> = {};
    indicators.forEach((entry, i) => {
      if (skip(m, i)) return;
      // Every third indicator the team sees alike; on the others members differ by a step.
      const base = 1 + (i % Math.max(1, levels.length - 1));
      const step = i % 3 === 0 ? 0 : ((m + i) % 3) - 1;
      const position = Math.min(levels.length - 1, Math.max(0, base + step));
      ratings[entry.indicator.id] = { level: levels[position] ?? 0, ratedOn: takenOn };
    });
    return {
      id: `${rubric.id}-${takenOn}-${String(m + 1).padStart(2, '0')}`,
      rubricId: rubric.id,
      rubricVersion: rubric.version,
      takenBy: name,
      takenOn,
      ratings,
    };
  });
}

/**
 * Chooses `files` in a file input as the browser's file picker does: the input's `files` become
 * them and it fires `change`. (No engine's test driver can operate the native picker, and
 * WebDriver can only upload files from disk.)
 */
export function chooseFiles(input: Element | null | undefined, files: readonly File[]): void {
  if (!(input instanceof HTMLInputElement) || input.type !== 'file') throw new Error('not a file input');
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

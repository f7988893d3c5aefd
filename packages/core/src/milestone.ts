import * as z from 'zod/mini';
import { differenceInCalendarDays } from 'date-fns';
import { milestoneSchema } from './community.js';
import type { Milestone } from './community.js';
import { compareIsoDates, fromIsoDate, isoDateSchema } from './dates.js';
import type { IsoDate } from './dates.js';
import { parseWith } from './errors.js';

/** Where a milestone stands on a given day; what a timeline colours it by. */
export const MILESTONE_STATES = ['done', 'overdue', 'at-risk', 'upcoming'] as const;
export type MilestoneState = (typeof MILESTONE_STATES)[number];

export const milestoneStateOptionsSchema = z.object({
  atRiskDays: z.optional(
    z.int({ error: 'Expected atRiskDays as a whole number of days' }).check(z.minimum(0, 'Expected atRiskDays >= 0')),
  ),
  atRiskShare: z.optional(
    z
      .number({ error: 'Expected atRiskShare as a number' })
      .check(z.minimum(0, 'Expected atRiskShare >= 0'), z.maximum(1, 'Expected atRiskShare <= 1')),
  ),
});
/**
 * - `atRiskDays` (default 14): a milestone not done and due within this many days is at risk.
 * - `atRiskShare` (default 0.25): a milestone with a `start` whose window has opened is at risk
 *   once no more than this share of its start-to-due window is left.
 */
export type MilestoneStateOptions = z.infer<typeof milestoneStateOptionsSchema>;

function readOptions(options: MilestoneStateOptions) {
  const parsed = parseWith(milestoneStateOptionsSchema, options, 'milestone state options');
  return { atRiskDays: parsed.atRiskDays ?? 14, atRiskShare: parsed.atRiskShare ?? 0.25 };
}

function stateOf(milestone: Milestone, today: IsoDate, atRiskDays: number, atRiskShare: number): MilestoneState {
  if (milestone.status === 'done') return 'done';
  const daysLeft = differenceInCalendarDays(fromIsoDate(milestone.due), fromIsoDate(today));
  if (daysLeft < 0) return 'overdue';
  if (daysLeft <= atRiskDays) return 'at-risk';
  if (milestone.start !== undefined && compareIsoDates(today, milestone.start) >= 0) {
    // Its window has opened. Still "planned" after the start day means it started late.
    if (milestone.status === 'planned' && compareIsoDates(today, milestone.start) > 0) return 'at-risk';
    const window = differenceInCalendarDays(fromIsoDate(milestone.due), fromIsoDate(milestone.start));
    if (window > 0 && daysLeft / window <= atRiskShare) return 'at-risk';
  }
  return 'upcoming';
}

/**
 * Where `milestone` stands on `today` (a rule: the day is an argument, never the clock).
 *
 * 1. `done` when its status is `done`, whatever the dates.
 * 2. `overdue` when not done and `today` is after `due`.
 * 3. `at-risk` when not done and due within `atRiskDays` days (due today counts).
 * 4. `at-risk` when its `start` has passed and its status is still `planned` (a late start).
 * 5. `at-risk` when it has a `start`, `today` is on or after it, and no more than `atRiskShare`
 *    of the start-to-due window is left (little time left while under way).
 * 6. otherwise `upcoming`.
 */
export function milestoneState(
  milestone: Milestone,
  today: IsoDate,
  options: MilestoneStateOptions = {},
): MilestoneState {
  const { atRiskDays, atRiskShare } = readOptions(options);
  const day = parseWith(isoDateSchema, today, 'today');
  return stateOf(parseWith(milestoneSchema, milestone, 'milestone'), day, atRiskDays, atRiskShare);
}

/** Orders milestones by due date, then start date (none first), then title and id. */
export function compareMilestones(a: Milestone, b: Milestone): number {
  return (
    compareIsoDates(a.due, b.due) ||
    compareIsoDates(a.start ?? '', b.start ?? '') ||
    a.title.localeCompare(b.title, 'en') ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** A copy of `milestones` sorted by due date (see {@link compareMilestones}). */
export function sortMilestones(milestones: readonly Milestone[]): Milestone[] {
  return [...milestones].sort(compareMilestones);
}

/**
 * Groups milestones by their state on `today`, each group sorted by due date. Every state is a
 * key, with an empty list when no milestone is in it.
 */
export function milestonesByState(
  milestones: readonly Milestone[],
  today: IsoDate,
  options: MilestoneStateOptions = {},
): Record<MilestoneState, Milestone[]> {
  const { atRiskDays, atRiskShare } = readOptions(options);
  const day = parseWith(isoDateSchema, today, 'today');
  const list = parseWith(z.array(milestoneSchema), milestones, 'milestones');
  const groups: Record<MilestoneState, Milestone[]> = { done: [], overdue: [], 'at-risk': [], upcoming: [] };
  for (const milestone of sortMilestones(list)) {
    groups[stateOf(milestone, day, atRiskDays, atRiskShare)].push(milestone);
  }
  return groups;
}

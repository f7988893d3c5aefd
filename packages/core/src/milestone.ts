import * as z from 'zod/mini';
import { communitySchema, milestoneSchema } from './community.js';
import type { Community, Milestone } from './community.js';
import { compareIsoDates } from './dates.js';
import { isoDateSchema } from './dates-schema.js';
import type { IsoDate } from './dates.js';
import { parseWith } from './zod-parse.js';
import type { ParseResult } from './errors.js';
import { PlainReading, readFields, readIntAtLeast, type Read } from './plain-reader.js';
import type { PhaseSpan } from './phase-span-schema.js';
import { DEFAULT_AT_RISK_DAYS, DEFAULT_AT_RISK_SHARE, stateOf } from './milestone-state-rule.js';
import type { MilestoneState } from './milestone-state-rule.js';
import { spansOf } from './phase-span-rule.js';

export { MILESTONE_STATES, type MilestoneState } from './milestone-state-rule.js';

export const milestoneStateOptionsSchema = /* @__PURE__ */ z.object({
  atRiskDays: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z
      .int({ error: 'Expected atRiskDays as a whole number of days' })
      .check(/* @__PURE__ */ z.minimum(0, 'Expected atRiskDays >= 0')),
  ),
  atRiskShare: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z
      .number({ error: 'Expected atRiskShare as a number' })
      .check(
        /* @__PURE__ */ z.minimum(0, 'Expected atRiskShare >= 0'),
        /* @__PURE__ */ z.maximum(1, 'Expected atRiskShare <= 1'),
      ),
  ),
});
/**
 * - `atRiskDays` (default 14): a milestone not done and due within this many days is at risk.
 * - `atRiskShare` (default 0.25): a milestone with a `start` whose window has opened is at risk
 *   once no more than this share of its start-to-due window is left.
 */
export type MilestoneStateOptions = z.infer<typeof milestoneStateOptionsSchema>;

// The options read in plain code, as the schema reads them (milestone.property.test.ts holds the
// two together), so the rules that take them bring no zod.
const readAtRiskDays = /* @__PURE__ */ readIntAtLeast(
  'Expected atRiskDays as a whole number of days',
  0,
  'Expected atRiskDays >= 0',
);

const readAtRiskShare: Read<number> = (reading, input, path) => {
  if (typeof input !== 'number' || !Number.isFinite(input)) {
    reading.add(path, 'invalid_type', 'Expected atRiskShare as a number');
  } else {
    if (input < 0) reading.add(path, 'too_small', 'Expected atRiskShare >= 0', true);
    if (input > 1) reading.add(path, 'too_big', 'Expected atRiskShare <= 1', true);
  }
  return input as number;
};

/** Reads milestone state options as `milestoneStateOptionsSchema` does. */
export function checkMilestoneStateOptions(input: unknown): ParseResult<MilestoneStateOptions> {
  const reading = new PlainReading();
  const options = readFields(
    reading,
    input,
    [],
    [
      ['atRiskDays', readAtRiskDays, true],
      ['atRiskShare', readAtRiskShare, true],
    ],
  ) as MilestoneStateOptions;
  return reading.result('milestone state options', options);
}

/**
 * The milestone state options with their defaults.
 * @throws {SelValidationError} subject `milestone state options` when an option is malformed.
 */
export function milestoneStateLimits(options: MilestoneStateOptions): { atRiskDays: number; atRiskShare: number } {
  const read = checkMilestoneStateOptions(options);
  if (!read.ok) throw read.error;
  return {
    atRiskDays: read.value.atRiskDays ?? DEFAULT_AT_RISK_DAYS,
    atRiskShare: read.value.atRiskShare ?? DEFAULT_AT_RISK_SHARE,
  };
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
  const { atRiskDays, atRiskShare } = milestoneStateLimits(options);
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
  const { atRiskDays, atRiskShare } = milestoneStateLimits(options);
  const day = parseWith(isoDateSchema, today, 'today');
  const list = parseWith(z.array(milestoneSchema), milestones, 'milestones');
  const groups: Record<MilestoneState, Milestone[]> = { done: [], overdue: [], 'at-risk': [], upcoming: [] };
  for (const milestone of sortMilestones(list)) {
    groups[stateOf(milestone, day, atRiskDays, atRiskShare)].push(milestone);
  }
  return groups;
}

/** What a timeline of a community shows on one day; see {@link communityTimeline}. */
export interface CommunityTimeline {
  /** Every milestone in due-date order ({@link compareMilestones}), with its state on the day. */
  readonly milestones: readonly { readonly milestone: Milestone; readonly state: MilestoneState }[];
  /** How many milestones are in each state (every state is a key). */
  readonly counts: Readonly<Record<MilestoneState, number>>;
  /** The span of each phase that has milestones, in lifecycle order (see `phaseSpans`). */
  readonly spans: readonly PhaseSpan[];
}

/**
 * Everything a timeline of `community` shows on `today`, with the community checked once: its
 * milestones in due-date order, each with its state ({@link milestoneState}, with `options`), the
 * number in each state, and the span of each phase (`phaseSpans`). The same answers as those
 * rules called one by one, which would check the milestones two or three times.
 */
export function communityTimeline(
  community: Community,
  today: IsoDate,
  options: MilestoneStateOptions = {},
): CommunityTimeline {
  const { atRiskDays, atRiskShare } = milestoneStateLimits(options);
  const day = parseWith(isoDateSchema, today, 'today');
  return checkedCommunityTimeline(parseWith(communitySchema, community, 'community'), day, atRiskDays, atRiskShare);
}

/**
 * {@link communityTimeline} of a community already checked (by `checkCommunity` or
 * `communitySchema`) on a day already checked, with the default options unless given: what an
 * element that has read its community calls, without checking it again.
 */
export function checkedCommunityTimeline(
  value: Community,
  day: IsoDate,
  atRiskDays = DEFAULT_AT_RISK_DAYS,
  atRiskShare = DEFAULT_AT_RISK_SHARE,
): CommunityTimeline {
  const counts: Record<MilestoneState, number> = { done: 0, overdue: 0, 'at-risk': 0, upcoming: 0 };
  const milestones = sortMilestones(value.milestones).map((milestone) => {
    const state = stateOf(milestone, day, atRiskDays, atRiskShare);
    counts[state] += 1;
    return { milestone, state };
  });
  return { milestones, counts, spans: spansOf(value) };
}

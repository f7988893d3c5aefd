import {
  charterSemesters,
  checkedCommunityTimeline,
  toIsoDate,
  type Community,
  type IsoDate,
  type Milestone,
  type MilestoneState,
  type PhaseSpan,
  type ScheduleEvent,
} from '@sel/core';
import { TimeScale } from './time-scale.js';

/** One milestone as the timeline shows it. */
export interface TimelineItem {
  readonly milestone: Milestone;
  readonly state: MilestoneState;
  /** Its position in the timeline, 0-based, in due-date order. */
  readonly index: number;
}

/** Everything `<sel-milestone-timeline>` derives from one community on one day. */
export interface TimelineModel {
  readonly community: Community;
  readonly today: IsoDate;
  /** The milestones in due-date order, with their states on `today`. */
  readonly items: readonly TimelineItem[];
  readonly counts: Readonly<Record<MilestoneState, number>>;
  readonly spans: readonly PhaseSpan[];
  /** Fall and Spring semesters over the charter. */
  readonly semesters: readonly ScheduleEvent[];
  readonly scale: TimeScale;
  /** Index of the first milestone due on or after today: where the list shows the today line. */
  readonly firstFromToday: number;
  /** The milestone that takes the tab stop before the user picks one: the first one not done. */
  readonly defaultIndex: number;
}

/** The local calendar day, computed in the element (core rules never read the clock). */
export function localToday(): IsoDate {
  return toIsoDate(new Date());
}

/** The states, counts, phase spans, semesters and axis scale of `community` on `today`. */
export function buildTimelineModel(community: Community, today: IsoDate): TimelineModel {
  // The element read the community and the day: core works out the states, counts and phase spans
  // together without checking them again.
  const timeline = checkedCommunityTimeline(community, today);
  const items = timeline.milestones.map(({ milestone, state }, index): TimelineItem => ({ milestone, index, state }));
  const spans = timeline.spans;
  const dates: IsoDate[] = [community.charter.start, community.charter.end];
  for (const { milestone } of items) {
    dates.push(milestone.due);
    if (milestone.start !== undefined) dates.push(milestone.start);
  }
  for (const span of spans) dates.push(span.start, span.end);
  const semesters = charterSemesters(community.charter);
  const firstFromToday = items.findIndex(({ milestone }) => milestone.due >= today);
  const firstOpen = items.findIndex(({ state }) => state !== 'done');
  return {
    community,
    today,
    items,
    counts: timeline.counts,
    spans,
    semesters,
    scale: new TimeScale(dates),
    firstFromToday: firstFromToday === -1 ? items.length : firstFromToday,
    defaultIndex: firstOpen === -1 ? 0 : firstOpen,
  };
}

/** Points on the axis (each chunk its own box) and rows of the list are drawn in chunks of this many. */
export const CHUNK = 64;

/** The chunks of the first `drawn` points or rows: `[start, end)` ranges of {@link CHUNK}. */
export function chunks(drawn: number): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  for (let start = 0; start < drawn; start += CHUNK) ranges.push({ start, end: Math.min(drawn, start + CHUNK) });
  return ranges;
}

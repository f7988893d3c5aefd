import * as z from 'zod/mini';
import { addDays, addMonths } from 'date-fns';
import { cadenceSchema, charterSchema, communitySchema, PHASES } from './community.js';
import type { Charter, Community } from './community.js';
import { compareIsoDates, fromIsoDate, toIsoDate } from './dates.js';
import { isoDateSchema } from './dates-schema.js';
import type { IsoDate } from './dates.js';
import { parseWith } from './zod-parse.js';
import {
  daysInMonth,
  DEFAULT_FALL_SEMESTER,
  DEFAULT_SPRING_SEMESTER,
  firstOfMonth,
  pad,
  semesters,
  yearOf,
} from './charter-semesters.js';
import type { SelIssue } from './errors.js';

/**
 * What a scheduled event is: a Fall or Spring semester, a monthly (virtual) Community Network
 * Partners meeting, a research and evaluation webinar, the annual three-day cross-district meeting
 * with school visits, or an occurrence of a template cadence passed in `options.cadences`.
 */
export const SCHEDULE_EVENT_KINDS = [
  'fall-semester',
  'spring-semester',
  'network-meeting',
  'research-webinar',
  'cross-district-meeting',
  'cadence',
] as const;
export const scheduleEventKindSchema = /* @__PURE__ */ z.enum(SCHEDULE_EVENT_KINDS, {
  error: () => `Expected an event kind: one of ${SCHEDULE_EVENT_KINDS.join(', ')}`,
});
export type ScheduleEventKind = z.infer<typeof scheduleEventKindSchema>;

/** One event of a community's calendar; `start` and `end` are both inclusive days. */
export const scheduleEventSchema = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  kind: scheduleEventKindSchema,
  title: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  start: isoDateSchema,
  end: isoDateSchema,
  /** How people meet, for gatherings (not set on semesters). */
  mode: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['virtual', 'in-person'])),
});
export type ScheduleEvent = z.infer<typeof scheduleEventSchema>;

const month = (what: string) =>
  z
    .int({ error: `Expected ${what} as a month number, 1 (January) to 12 (December)` })
    .check(z.minimum(1, `Expected ${what} from 1 to 12`), z.maximum(12, `Expected ${what} from 1 to 12`));

const whole = (what: string, min: number) =>
  z.int({ error: `Expected ${what} as a whole number` }).check(z.minimum(min, `Expected ${what} to be ${min} or more`));

/**
 * A semester as whole months: from the first day of `startMonth` to the last day of `endMonth`.
 * An `endMonth` before `startMonth` means the semester runs into the next year.
 */
export const semesterMonthsSchema = /* @__PURE__ */ z.object({
  startMonth: /* @__PURE__ */ month('startMonth'),
  endMonth: /* @__PURE__ */ month('endMonth'),
});
export type SemesterMonths = z.infer<typeof semesterMonthsSchema>;

/** A recurring meeting counted in months from the charter start. */
const recurrenceSchema = /* @__PURE__ */ z.object({
  everyMonths: /* @__PURE__ */ z.optional(/* @__PURE__ */ whole('everyMonths', 1)),
  offsetMonths: /* @__PURE__ */ z.optional(/* @__PURE__ */ whole('offsetMonths', 0)),
});

/** The default month of the annual cross-district meeting: October. */
export const DEFAULT_CROSS_DISTRICT_MONTH = 10;
export { DEFAULT_FALL_SEMESTER, DEFAULT_SPRING_SEMESTER };

function monthsOf(semester: SemesterMonths): Set<number> {
  const months = new Set<number>();
  for (let m = semester.startMonth; ; m = (m % 12) + 1) {
    months.add(m);
    if (m === semester.endMonth) return months;
  }
}

/**
 * How to lay out a charter's calendar. Every field is optional:
 *
 * - `fall`, `spring`: semester months (defaults {@link DEFAULT_FALL_SEMESTER} and
 *   {@link DEFAULT_SPRING_SEMESTER}); the two may not share a month.
 * - `networkMeetings`: monthly by default (`everyMonths: 1`), first on the charter start day
 *   (`offsetMonths: 0`), then on the same day of each month.
 * - `webinars`: research and evaluation webinars, every two months (`everyMonths: 2`), first one
 *   month after the charter start (`offsetMonths: 1`) so they fall between network meetings.
 * - `crossDistrictMeeting`: `month` (default October), `day` (default 1; a day past the month's
 *   end means its last day) and `durationDays` (default 3).
 * - `include`: only these kinds of event (default: all).
 * - `cadences`: template cadences to add as `cadence` events.
 */
export const scheduleOptionsSchema = /* @__PURE__ */ z
  .object({
    fall: /* @__PURE__ */ z.optional(semesterMonthsSchema),
    spring: /* @__PURE__ */ z.optional(semesterMonthsSchema),
    networkMeetings: /* @__PURE__ */ z.optional(recurrenceSchema),
    webinars: /* @__PURE__ */ z.optional(recurrenceSchema),
    crossDistrictMeeting: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z.object({
        month: /* @__PURE__ */ z.optional(/* @__PURE__ */ month('month')),
        day: /* @__PURE__ */ z.optional(
          /* @__PURE__ */ z
            .int({ error: 'Expected day as a day of the month' })
            .check(
              /* @__PURE__ */ z.minimum(1, 'Expected day from 1 to 31'),
              /* @__PURE__ */ z.maximum(31, 'Expected day from 1 to 31'),
            ),
        ),
        durationDays: /* @__PURE__ */ z.optional(/* @__PURE__ */ whole('durationDays', 1)),
      }),
    ),
    include: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(scheduleEventKindSchema)),
    cadences: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(cadenceSchema)),
  })
  .check(
    /* @__PURE__ */ z.superRefine((options, ctx) => {
      const fall = monthsOf(options.fall ?? DEFAULT_FALL_SEMESTER);
      const spring = monthsOf(options.spring ?? DEFAULT_SPRING_SEMESTER);
      const shared = [...spring].filter((m) => fall.has(m));
      if (shared.length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: [options.spring ? 'spring' : 'fall'],
          input: options.spring ?? options.fall,
          message: `Expected Fall and Spring semesters not to share a month, but both include month ${shared.join(', ')}`,
        });
      }
    }),
  );
export type ScheduleOptions = z.infer<typeof scheduleOptionsSchema>;

/** Every day `offset + i * every` months after the charter start (anchored, so month ends never drift). */
function monthly(charter: Charter, every: number, offset: number): IsoDate[] {
  const anchor = fromIsoDate(charter.start);
  const days: IsoDate[] = [];
  for (let i = 0; ; i++) {
    const day = toIsoDate(addMonths(anchor, offset + i * every));
    if (compareIsoDates(day, charter.end) > 0) return days;
    days.push(day);
  }
}

const within = (charter: Charter, start: IsoDate, end: IsoDate) =>
  compareIsoDates(start, charter.start) >= 0 && compareIsoDates(end, charter.end) <= 0;

const lastDay = (start: IsoDate, durationDays: number) => toIsoDate(addDays(fromIsoDate(start), durationDays - 1));

/**
 * The calendar of a community over its charter, sorted by start day (then kind, end and id).
 * Every event lies inside the charter (start and end inclusive): semesters are clipped to it,
 * other events are kept only when they fit entirely. See {@link scheduleOptionsSchema} for the
 * defaults. Dates are computed on calendar days, so the result is the same in every time zone.
 */
export function generateSchedule(charter: Charter, options: ScheduleOptions = {}): ScheduleEvent[] {
  return scheduleOf(
    parseWith(charterSchema, charter, 'charter'),
    parseWith(scheduleOptionsSchema, options, 'schedule options'),
  );
}

/**
 * {@link generateSchedule} with its default options, over the charter of a community already
 * checked (by `checkCommunity` or `communitySchema`): what an element that has read its community
 * calls, without checking the charter again (and without zod).
 */
export function checkedSchedule(charter: Charter): ScheduleEvent[] {
  return scheduleOf(charter, {});
}

/** The calendar over a charter and options already checked. */
function scheduleOf(period: Charter, opts: ScheduleOptions): ScheduleEvent[] {
  const include = new Set<ScheduleEventKind>(opts.include ?? SCHEDULE_EVENT_KINDS);
  const events: ScheduleEvent[] = [];

  if (include.has('fall-semester'))
    events.push(...semesters(period, 'fall-semester', opts.fall ?? DEFAULT_FALL_SEMESTER));
  if (include.has('spring-semester')) {
    events.push(...semesters(period, 'spring-semester', opts.spring ?? DEFAULT_SPRING_SEMESTER));
  }
  if (include.has('network-meeting')) {
    const { everyMonths = 1, offsetMonths = 0 } = opts.networkMeetings ?? {};
    for (const day of monthly(period, everyMonths, offsetMonths)) {
      events.push({
        id: `network-meeting-${day}`,
        kind: 'network-meeting',
        title: 'Community Network Partners meeting',
        start: day,
        end: day,
        mode: 'virtual',
      });
    }
  }
  if (include.has('research-webinar')) {
    const { everyMonths = 2, offsetMonths = 1 } = opts.webinars ?? {};
    for (const day of monthly(period, everyMonths, offsetMonths)) {
      events.push({
        id: `research-webinar-${day}`,
        kind: 'research-webinar',
        title: 'Research and evaluation webinar',
        start: day,
        end: day,
        mode: 'virtual',
      });
    }
  }
  if (include.has('cross-district-meeting')) {
    const { month: m = DEFAULT_CROSS_DISTRICT_MONTH, day = 1, durationDays = 3 } = opts.crossDistrictMeeting ?? {};
    for (let year = yearOf(period.start); year <= yearOf(period.end); year++) {
      const start: IsoDate = `${firstOfMonth(year, m).slice(0, 8)}${pad(Math.min(day, daysInMonth(year, m)))}`;
      const end = lastDay(start, durationDays);
      if (!within(period, start, end)) continue;
      events.push({
        id: `cross-district-meeting-${year}`,
        kind: 'cross-district-meeting',
        title: 'Annual cross-district meeting with school visits',
        start,
        end,
        mode: 'in-person',
      });
    }
  }
  if (include.has('cadence')) {
    for (const cadence of opts.cadences ?? []) {
      const every = 'months' in cadence.every ? cadence.every.months : cadence.every.years * 12;
      for (const start of monthly(period, every, 0)) {
        const end = lastDay(start, cadence.durationDays ?? 1);
        if (!within(period, start, end)) continue;
        events.push({ id: `${cadence.id}-${start}`, kind: 'cadence', title: cadence.title, start, end });
      }
    }
  }
  return events.sort(compareEvents);
}

/** Orders events by start day, then kind (as listed in {@link SCHEDULE_EVENT_KINDS}), end day and id. */
export function compareEvents(a: ScheduleEvent, b: ScheduleEvent): number {
  return (
    compareIsoDates(a.start, b.start) ||
    SCHEDULE_EVENT_KINDS.indexOf(a.kind) - SCHEDULE_EVENT_KINDS.indexOf(b.kind) ||
    compareIsoDates(a.end, b.end) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * Soft checks of a community's milestone dates, as warnings (nothing is refused):
 * - `milestone-outside-charter`: a milestone starts before the charter or is due after it ends
 *   (or before it starts);
 * - `milestone-phase-order`: an exit milestone is due before an exit milestone of an earlier phase.
 */
export function scheduleWarnings(community: Community): SelIssue[] {
  const value = parseWith(communitySchema, community, 'community');
  const { start, end } = value.charter;
  const warnings: SelIssue[] = [];
  value.milestones.forEach((milestone, index) => {
    if (compareIsoDates(milestone.due, start) < 0 || compareIsoDates(milestone.due, end) > 0) {
      warnings.push({
        path: ['milestones', index, 'due'],
        code: 'milestone-outside-charter',
        message: `Expected a due date within the charter (${start} to ${end}), got ${milestone.due}`,
      });
    }
    if (milestone.start !== undefined && compareIsoDates(milestone.start, start) < 0) {
      warnings.push({
        path: ['milestones', index, 'start'],
        code: 'milestone-outside-charter',
        message: `Expected a start within the charter (from ${start}), got ${milestone.start}`,
      });
    }
  });
  // The latest exit milestone of each earlier phase must not be due after an exit milestone of a later one.
  const exits = value.milestones
    .map((milestone, index) => ({ milestone, index }))
    .filter(({ milestone }) => milestone.exitCriterion === true);
  for (const { milestone, index } of exits) {
    const rank = PHASES.indexOf(milestone.phase);
    const conflict = exits.find(
      ({ milestone: other }) => PHASES.indexOf(other.phase) < rank && compareIsoDates(other.due, milestone.due) > 0,
    );
    if (conflict !== undefined) {
      warnings.push({
        path: ['milestones', index, 'due'],
        code: 'milestone-phase-order',
        message: `Expected an exit milestone of "${milestone.phase}" to be due on or after those of earlier phases, but "${conflict.milestone.title}" (${conflict.milestone.phase}) is due later, on ${conflict.milestone.due}`,
      });
    }
  }
  return warnings;
}

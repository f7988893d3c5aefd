import * as z from 'zod/mini';
import type { CalendarEvent } from './calendar-event.js';
import { parseWith } from './zod-parse.js';
import { scheduleEventSchema } from './schedule.js';
import type { ScheduleEvent, ScheduleEventKind } from './schedule.js';

/** The kinds of schedule event that repeat every few months and may be written as one series. */
const SERIES_KINDS: ReadonlySet<ScheduleEventKind> = /* @__PURE__ */ new Set(['network-meeting', 'research-webinar']);

/**
 * A community's schedule (from `generateSchedule`) as calendar events for `toICalendar`: the
 * event's id, title and days, its kind and how people meet (`virtual` or `in-person`) as
 * categories. Network meetings and research webinars each form a `series`, so they can be written
 * as one recurring event.
 */
export function scheduleCalendarEvents(events: readonly ScheduleEvent[]): CalendarEvent[] {
  return checkedScheduleCalendarEvents(parseWith(z.array(scheduleEventSchema), events, 'schedule events'));
}

/**
 * {@link scheduleCalendarEvents} of events already known to be valid (as `generateSchedule` and
 * `checkedSchedule` give them), without checking them again (and without zod).
 */
export function checkedScheduleCalendarEvents(events: readonly ScheduleEvent[]): CalendarEvent[] {
  return events.map((event) => ({
    id: event.id,
    title: event.title,
    start: event.start,
    end: event.end,
    categories: event.mode === undefined ? [event.kind] : [event.kind, event.mode],
    ...(SERIES_KINDS.has(event.kind) ? { series: event.kind } : {}),
  }));
}

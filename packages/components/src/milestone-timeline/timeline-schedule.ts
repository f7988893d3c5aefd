import { html, nothing, type TemplateResult } from 'lit';
import {
  checkedSchedule,
  checkedScheduleCalendarEvents,
  type CalendarEvent,
  type Charter,
  type IsoDate,
  type ScheduleEvent,
} from '@sel/core';
import type { Translate } from './timeline-text.js';

// Loaded with `import()` (see timeline-calendar.ts): the network's calendar over a charter (core's
// `checkedSchedule`: `generateSchedule` of a charter already read, without zod), its next events
// as a list, and its events for the .ics file. A timeline
// draws its axis and milestones without them. It imports only Lit and core: what it needs from
// the timeline's own modules comes in as arguments, so none of the timeline's code is split off.

/** How many of the network's next events the timeline lists. */
export const UPCOMING_COUNT = 5;

/** The schedule of each charter, computed once per charter object. */
const schedules = new WeakMap<Charter, readonly ScheduleEvent[]>();

/**
 * The network's calendar over `charter`, semesters included (core's `generateSchedule` with its
 * defaults, of a charter the timeline has read).
 */
export function networkSchedule(charter: Charter): readonly ScheduleEvent[] {
  let schedule = schedules.get(charter);
  if (schedule === undefined) {
    schedule = checkedSchedule(charter);
    schedules.set(charter, schedule);
  }
  return schedule;
}

/** The network's events over the charter not over by `today`, the first few, without semesters. */
export function upcomingEvents(
  schedule: readonly ScheduleEvent[],
  today: IsoDate,
  count = UPCOMING_COUNT,
): ScheduleEvent[] {
  return schedule
    .filter((event) => event.end >= today && event.kind !== 'fall-semester' && event.kind !== 'spring-semester')
    .slice(0, count);
}

/** What the list needs from the element: its strings, a day as `<time>`, and a range of days in words. */
export interface UpcomingView {
  readonly t: Translate;
  readonly date: (day: IsoDate) => TemplateResult;
  readonly dates: (start: IsoDate, end: IsoDate) => unknown;
}

/** The next events of the network over `charter` after `today`, each with its dates and how people meet. */
export function renderUpcoming(charter: Charter, today: IsoDate, view: UpcomingView): TemplateResult {
  const { t } = view;
  const events = upcomingEvents(networkSchedule(charter), today);
  return events.length === 0
    ? html`<p class="empty">${t('timeline.upcoming.none')}</p>`
    : html`<ul class="upcoming">
        ${events.map(
          (event) =>
            html`<li>
              <span class="upcoming__title"
                >${event.kind === 'cadence' ? event.title : t(`timeline.upcoming.kind.${event.kind}`)}</span
              >: ${event.end === event.start ? view.date(event.start) : view.dates(event.start, event.end)}
              ${event.mode === undefined ? nothing : html`(${t(`timeline.upcoming.${event.mode}`)})`}
            </li>`,
        )}
      </ul>`;
}

/** The network's calendar over `charter` as calendar events, its meetings and webinars as series (for the .ics). */
export function networkCalendarEvents(charter: Charter): CalendarEvent[] {
  return checkedScheduleCalendarEvents(networkSchedule(charter));
}

import { html, nothing, type TemplateResult } from 'lit';
import {
  milestoneCalendarEvents,
  scheduleCalendarEvents,
  toICalendar,
  type Community,
  type IsoDate,
  type ScheduleEvent,
} from '@sel/core';
import { dateTime, withParts, type Translate } from './timeline-text.js';

/** How many of the network's next events the timeline lists. */
export const UPCOMING_COUNT = 5;

/** The network's events over the charter (core's `generateSchedule`) not over by `today`, the first few. */
export function upcomingEvents(
  schedule: readonly ScheduleEvent[],
  today: IsoDate,
  count = UPCOMING_COUNT,
): ScheduleEvent[] {
  return schedule
    .filter((event) => event.end >= today && event.kind !== 'fall-semester' && event.kind !== 'spring-semester')
    .slice(0, count);
}

/**
 * The iCalendar (.ics) text of a community: the network's schedule over its charter (monthly
 * meetings and webinars as repeating events) and its milestones on their due days, with UIDs from
 * the community's id so a newer download updates what an earlier one added to a calendar.
 */
export function communityCalendar(community: Community, schedule: readonly ScheduleEvent[], stamp: Date): string {
  return toICalendar([...scheduleCalendarEvents(schedule), ...milestoneCalendarEvents(community.milestones)], {
    calendarId: community.id,
    calendarName: community.name,
    stamp: stamp.toISOString(),
    recurring: true,
  });
}

/** A file name for the download: the community id without accents, anything but letters, digits and dashes as dashes. */
export function calendarFileName(community: Community): string {
  const base = community.id
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${base || 'community'}.ics`;
}

/** The next events of the network, each with its dates, and the "Add to calendar" button. */
export function renderCalendar(
  events: readonly ScheduleEvent[],
  t: Translate,
  formatDate: (day: IsoDate) => string,
  onDownload: () => void,
  heading: TemplateResult,
): TemplateResult {
  const date = (day: IsoDate) => dateTime(day, formatDate(day));
  return html`<section class="calendar" part="calendar" aria-labelledby="calendar-heading">
    ${heading}
    ${
      events.length === 0
        ? html`<p class="empty">${t('timeline.upcoming.none')}</p>`
        : html`<ul class="upcoming">
            ${events.map(
              (event) =>
                html`<li>
                  <span class="upcoming__title"
                    >${event.kind === 'cadence' ? event.title : t(`timeline.upcoming.kind.${event.kind}`)}</span
                  >:
                  ${
                    event.end === event.start
                      ? date(event.start)
                      : withParts(t, 'timeline.upcoming.dates', { start: date(event.start), end: date(event.end) })
                  }
                  ${event.mode === undefined ? nothing : html`(${t(`timeline.upcoming.${event.mode}`)})`}
                </li>`,
            )}
          </ul>`
    }
    <button type="button" class="calendar__add" @click=${onDownload}>${t('timeline.calendar.add')}</button>
    <p class="hint">${t('timeline.calendar.hint')}</p>
  </section>`;
}

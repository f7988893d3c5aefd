import { html, nothing, type TemplateResult } from 'lit';
import type { IsoDate, ScheduleEvent } from '@sel/core';
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

import { html, nothing, type TemplateResult } from 'lit';
import type { Translate } from './timeline-text.js';

export type TimelineSchedule = typeof import('./timeline-schedule.js');

let schedule: TimelineSchedule | undefined;
let loading: Promise<TimelineSchedule> | undefined;

/** The network's calendar and its list (timeline-schedule.ts), once loaded. */
export function loadedSchedule(): TimelineSchedule | undefined {
  return schedule;
}

/**
 * Loads the network's calendar and its list once per page: a timeline draws its axis and
 * milestones first, and the upcoming events when this arrives. A failed load is tried again the
 * next time.
 */
export function loadSchedule(): Promise<TimelineSchedule> {
  loading ??= import('./timeline-schedule.js').then(
    (module) => (schedule = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * The network's next events (`upcoming`, drawn once the calendar is loaded) and the "Add to
 * calendar" button, which is there from the first render.
 */
export function renderCalendar(
  upcoming: TemplateResult | undefined,
  t: Translate,
  onDownload: () => void,
  heading: TemplateResult,
): TemplateResult {
  return html`<section class="calendar" part="calendar">
    ${heading} ${upcoming ?? nothing}
    <button type="button" class="calendar__add" @click=${onDownload}>${t('timeline.calendar.add')}</button>
    <p class="hint">${t('timeline.calendar.hint')}</p>
  </section>`;
}

import { html, nothing, type TemplateResult } from 'lit';
import { onDemand } from '../shared/on-demand.js';
import type { Translate } from './timeline-text.js';

export type TimelineSchedule = typeof import('./timeline-schedule.js');

/**
 * The network's calendar and its list (timeline-schedule.ts), loaded once per page: a timeline
 * draws its axis and milestones first, and the upcoming events when this arrives. A failed load
 * is tried again the next time.
 */
export const networkSchedule = onDemand((): Promise<TimelineSchedule> => import('./timeline-schedule.js'));

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

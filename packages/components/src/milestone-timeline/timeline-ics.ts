import { milestoneCalendarEvents, toICalendar, type CalendarEvent, type Community } from '@sel/core';
import { downloadText } from '../shared/download.js';

// Loaded with `import()` the first time someone presses "Add to calendar": a timeline's first
// render lists the next events but never writes iCalendar text. It imports only what other
// chunks already hold (core's calendar writer, the download helper), so the timeline's own code
// is not split between two files.

/**
 * The iCalendar (.ics) text of a community: the network's schedule over its charter as calendar
 * events (core's `scheduleCalendarEvents`, whose meetings and webinars are written as repeating
 * events) and its milestones on their due days, with UIDs from the community's id so a newer
 * download updates what an earlier one added to a calendar.
 */
export function communityCalendar(community: Community, schedule: readonly CalendarEvent[], stamp: Date): string {
  return toICalendar([...schedule, ...milestoneCalendarEvents(community.milestones)], {
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

/** Offers the community's calendar as an `.ics` download from `host`'s document. */
export function downloadCommunityCalendar(
  host: Element,
  community: Community,
  schedule: readonly CalendarEvent[],
): void {
  downloadText(host, communityCalendar(community, schedule, new Date()), calendarFileName(community), 'text/calendar');
}

import * as z from 'zod/mini';
import type { CalendarEvent } from './calendar-event.js';
import { milestoneSchema } from './community.js';
import type { Milestone } from './community.js';
import { parseWith } from './zod-parse.js';

/**
 * Milestones as calendar events for `toICalendar`: each on its due day, with its description and
 * owner, and `milestone` and its phase as categories. Ids are `milestone-<id>`, so they never meet
 * the ids of schedule events or action steps in one calendar.
 */
export function milestoneCalendarEvents(milestones: readonly Milestone[]): CalendarEvent[] {
  return parseWith(z.array(milestoneSchema), milestones, 'milestones').map((milestone) => {
    const description = [milestone.description?.trim(), milestone.owner && `Owner: ${milestone.owner}`]
      .filter(Boolean)
      .join('\n\n');
    return {
      id: `milestone-${milestone.id}`,
      title: milestone.title,
      start: milestone.due,
      categories: ['milestone', milestone.phase],
      ...(description ? { description } : {}),
    };
  });
}

import * as z from 'zod/mini';
import type { CalendarEvent } from './calendar-event.js';
import { actionStepSchema } from './collaborative-plan.js';
import type { ActionStep } from './collaborative-plan.js';
import { parseWith } from './zod-parse.js';

/**
 * A plan's action steps as calendar events for `toICalendar`: each on its due day, titled by what
 * is to be done, with its owner in the description and `action-step` as a category. Ids are
 * `action-step-<id>`, so they never meet the ids of schedule events or milestones in one calendar.
 */
export function actionStepCalendarEvents(steps: readonly ActionStep[]): CalendarEvent[] {
  return parseWith(z.array(actionStepSchema), steps, 'action steps').map((step) => ({
    id: `action-step-${step.id}`,
    title: step.description,
    start: step.due,
    description: `Owner: ${step.owner}`,
    categories: ['action-step'],
  }));
}

import * as z from 'zod/mini';
import { compareIsoDates } from './dates.js';
import { isoDateSchema } from './dates-schema.js';
import { repeatIssues } from './repeats.js';

const text = (what: string) =>
  z.string({ error: `Expected ${what} as text` }).check(z.regex(/\S/, { error: `Expected ${what} (not empty)` }));

/**
 * One all-day entry of a calendar export: a schedule event, a milestone or an action step in the
 * form `toICalendar` writes. Built by `scheduleCalendarEvents`, `milestoneCalendarEvents` and
 * `actionStepCalendarEvents`, or by hand.
 *
 * - `id` is stable and unique within one calendar: it becomes the event's UID, so importing a
 *   newer export updates the events already in a calendar instead of adding them twice.
 * - `start` and `end` are inclusive calendar days; `end` defaults to `start`.
 * - `series` names a run of regular events (e.g. the monthly network meetings) that
 *   `toICalendar` may write as one recurring event.
 */
export const calendarEventSchema = /* @__PURE__ */ z
  .object({
    id: /* @__PURE__ */ text('an event id'),
    title: /* @__PURE__ */ text('an event title'),
    start: isoDateSchema,
    end: /* @__PURE__ */ z.optional(isoDateSchema),
    description: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: 'Expected a description as text' })),
    location: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: 'Expected a location as text' })),
    categories: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ text('a category'))),
    series: /* @__PURE__ */ z.optional(/* @__PURE__ */ text('a series name')),
  })
  .check(
    /* @__PURE__ */ z.superRefine((event, ctx) => {
      if (event.end !== undefined && compareIsoDates(event.end, event.start) < 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['end'],
          input: event.end,
          message: `Expected the last day on or after the first day ${event.start}, got ${event.end}`,
        });
      }
    }),
  );
export type CalendarEvent = z.infer<typeof calendarEventSchema>;

/** A list of calendar events whose ids are unique (each id is a UID in the export). */
export const calendarEventListSchema = /* @__PURE__ */ z.array(calendarEventSchema).check(
  /* @__PURE__ */ z.superRefine((events, ctx) => {
    for (const issue of repeatIssues(events, (event) => event.id, [], 'id', 'event id')) {
      ctx.addIssue({ code: 'custom', ...issue });
    }
  }),
);

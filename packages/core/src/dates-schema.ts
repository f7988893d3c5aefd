import * as z from 'zod/mini';
import { ISO_DATE_MESSAGE } from './dates.js';

// The two schemas are marked pure (their only arguments are literals), so a bundler drops them and
// zod with them when a program does not read dates with them. The helpers are in dates.ts.

/**
 * A calendar date without a time, as `YYYY-MM-DD`. Dates in @sel are date-only on purpose:
 * a milestone due on 2027-03-01 is due that day in every time zone.
 */
export const isoDateSchema = /* @__PURE__ */ z.iso.date({ error: ISO_DATE_MESSAGE });

/** A moment in time as an ISO 8601 string with offset, e.g. `2026-11-22T14:00:00Z`. */
export const isoDateTimeSchema = /* @__PURE__ */ z.iso.datetime({
  offset: true,
  error: 'Expected an ISO 8601 date-time',
});

import { SelRuleError } from './errors.js';

/**
 * A calendar date without a time, as `YYYY-MM-DD`. Dates in @sel are date-only on purpose:
 * a milestone due on 2027-03-01 is due that day in every time zone. `isoDateSchema` reads one.
 */
export type IsoDate = string;

/** A moment in time as an ISO 8601 string with offset, e.g. `2026-11-22T14:00:00Z`; `isoDateTimeSchema` reads one. */
export type IsoDateTime = string;

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** What a field that takes a date says when it is given something else. */
export const ISO_DATE_MESSAGE = 'Expected a date as YYYY-MM-DD';

/**
 * A real calendar date as `YYYY-MM-DD`, leap days included: zod's own pattern for `z.iso.date()`,
 * for readers that check dates without zod (dates.test.ts holds the two together). Internal to @sel/core.
 */
export const ISO_DATE_PATTERN =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))$/;

/**
 * Reads a `YYYY-MM-DD` date as local midnight, the form date-fns computes with, so adding
 * months or comparing days never moves it across a day boundary.
 */
export function fromIsoDate(date: string): Date {
  const match = DATE_ONLY.exec(date);
  if (match) {
    const [, y, m, d] = match;
    const value = new Date(Number(y), Number(m) - 1, Number(d));
    if (value.getFullYear() === Number(y) && value.getMonth() === Number(m) - 1 && value.getDate() === Number(d)) {
      value.setHours(0, 0, 0, 0);
      return value;
    }
  }
  throw new SelRuleError('invalid-date', `Expected a real calendar date as YYYY-MM-DD, got ${JSON.stringify(date)}`, {
    date,
  });
}

/** Writes the local calendar day of `date` as `YYYY-MM-DD`. */
export function toIsoDate(date: Date): IsoDate {
  if (Number.isNaN(date.getTime()))
    throw new SelRuleError('invalid-date', 'Cannot write an invalid Date as YYYY-MM-DD');
  const y = String(date.getFullYear()).padStart(4, '0');
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Orders two `YYYY-MM-DD` dates: negative, zero or positive. String order is calendar order. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

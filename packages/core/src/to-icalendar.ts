import * as z from 'zod/mini';
import { calendarEventListSchema } from './calendar-event.js';
import type { CalendarEvent } from './calendar-event.js';
import { isoDateTimeSchema } from './dates-schema.js';
import type { IsoDate } from './dates.js';
import { parseWith } from './zod-parse.js';
import { escapeICalendarText } from './escape-icalendar-text.js';
import { foldICalendarLine } from './fold-icalendar-line.js';

const nonBlank = (what: string) =>
  z.string({ error: `Expected ${what} as text` }).check(z.regex(/\S/, { error: `Expected ${what} (not empty)` }));

/**
 * How `toICalendar` writes a calendar:
 *
 * - `calendarId` (required): what the calendar is of, e.g. a community id. Every UID is built from
 *   it and the event id, so two communities' exports never overwrite each other's events and a
 *   newer export of the same calendar updates the events already imported.
 * - `stamp` (required): when the export is made (DTSTAMP), as an ISO date-time. A rule never reads
 *   the clock; pass `new Date().toISOString()`.
 * - `calendarName`: the name a calendar app shows for it (NAME and X-WR-CALNAME).
 * - `productId`: the PRODID, default `-//sel//@sel/core//EN`.
 * - `uidDomain`: the domain part of every UID, default `sel.calendar`.
 * - `recurring`: write each `series` of alike events that fall on the same day every few months,
 *   or on the last day of every few months (what `generateSchedule` makes of meetings and
 *   webinars), as one recurring event with a monthly RRULE; any other series is written event by
 *   event. Default false.
 */
export const iCalendarOptionsSchema = /* @__PURE__ */ z.object({
  calendarId: /* @__PURE__ */ nonBlank('calendarId'),
  stamp: isoDateTimeSchema,
  calendarName: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: 'Expected calendarName as text' })),
  productId: /* @__PURE__ */ z.optional(/* @__PURE__ */ nonBlank('productId')),
  uidDomain: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.string({ error: 'Expected uidDomain as text' }).check(
      /* @__PURE__ */ z.regex(/^[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$/, {
        error: 'Expected uidDomain as a domain name',
      }),
    ),
  ),
  recurring: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean({ error: 'Expected recurring to be true or false' })),
});
export type ICalendarOptions = z.infer<typeof iCalendarOptionsSchema>;

/** `YYYYMMDD`, the iCalendar DATE form of a calendar day. */
const icsDate = (day: IsoDate) => day.replaceAll('-', '');

/** The calendar day after `day`, computed on UTC days so no time zone can move it. */
function nextDay(day: IsoDate): IsoDate {
  const date = new Date(0);
  date.setUTCFullYear(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)) + 1);
  return date.toISOString().slice(0, 10);
}

/** The UTF-8 octets of a code point; a lone surrogate gets the three octets of its value (WTF-8). */
function octetsOf(codePoint: number): number[] {
  if (codePoint < 0x80) return [codePoint];
  if (codePoint < 0x800) return [0xc0 | (codePoint >> 6), 0x80 | (codePoint & 0x3f)];
  if (codePoint < 0x10000) {
    return [0xe0 | (codePoint >> 12), 0x80 | ((codePoint >> 6) & 0x3f), 0x80 | (codePoint & 0x3f)];
  }
  return [
    0xf0 | (codePoint >> 18),
    0x80 | ((codePoint >> 12) & 0x3f),
    0x80 | ((codePoint >> 6) & 0x3f),
    0x80 | (codePoint & 0x3f),
  ];
}

/**
 * A UID part of letters, digits and `._~-` only, every other character percent-encoded by its
 * octets. Different texts always give different parts, lone surrogates included.
 */
function uidPart(text: string): string {
  let out = '';
  for (const char of text) {
    if (/^[A-Za-z0-9._~-]$/.test(char)) out += char;
    else {
      for (const octet of octetsOf(char.codePointAt(0) ?? 0))
        out += `%${octet.toString(16).toUpperCase().padStart(2, '0')}`;
    }
  }
  return out;
}

function lengthInDays(event: CalendarEvent): number {
  const end = event.end ?? event.start;
  return (Date.parse(`${end}T00:00:00Z`) - Date.parse(`${event.start}T00:00:00Z`)) / 86_400_000;
}

const monthIndex = (day: IsoDate) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
const isLastDayOfMonth = (day: IsoDate) => nextDay(day).endsWith('-01');

/**
 * The RRULE that gives exactly the days of `events` (sorted by start), or undefined when none of
 * the two forms calendars agree on does: the same day every `n` months, or the last day of every
 * `n`th month (what adding months to the 31st gives). The events must also be alike: same title,
 * description, location, categories and length.
 */
function monthlyRule(events: readonly CalendarEvent[]): string | undefined {
  const [first, second] = events;
  if (first === undefined || second === undefined) return undefined;
  const every = monthIndex(second.start) - monthIndex(first.start);
  if (every < 1) return undefined;
  const alike = (event: CalendarEvent, i: number) =>
    event.title === first.title &&
    event.description === first.description &&
    event.location === first.location &&
    (event.categories ?? []).join('\n') === (first.categories ?? []).join('\n') &&
    lengthInDays(event) === lengthInDays(first) &&
    monthIndex(event.start) === monthIndex(first.start) + i * every;
  if (!events.every(alike)) return undefined;
  const head = every > 1 ? `FREQ=MONTHLY;INTERVAL=${every}` : 'FREQ=MONTHLY';
  const day = first.start.slice(8);
  if (events.every((event) => event.start.slice(8) === day)) return `${head};COUNT=${events.length}`;
  if (events.every((event) => isLastDayOfMonth(event.start))) return `${head};BYMONTHDAY=-1;COUNT=${events.length}`;
  return undefined;
}

/**
 * Writes events as an RFC 5545 iCalendar file (`text/calendar`) that calendar apps import:
 * all-day events (`DTSTART;VALUE=DATE`, with the exclusive `DTEND` the standard asks for), a
 * stable UID per event from `options.calendarId` and the event id, DTSTAMP from `options.stamp`,
 * TEXT values escaped, lines folded at 75 octets without splitting a character, CRLF line
 * endings. Events are transparent (they do not mark anyone busy). With `options.recurring`,
 * each regular `series` becomes one event with a monthly RRULE (see {@link iCalendarOptionsSchema}).
 *
 * Dates are calendar days, so the file is the same whatever the time zone it is made in, and
 * every event falls on the same days wherever it is imported.
 *
 * Throws {@link SelValidationError} for invalid events (or repeated ids) or options.
 */
export function toICalendar(events: readonly CalendarEvent[], options: ICalendarOptions): string {
  const list = parseWith(calendarEventListSchema, events, 'calendar events');
  const opts = parseWith(iCalendarOptionsSchema, options, 'iCalendar options');
  const domain = opts.uidDomain ?? 'sel.calendar';
  const calendar = uidPart(opts.calendarId);
  const stamp = `${new Date(opts.stamp).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeICalendarText(opts.productId ?? '-//sel//@sel/core//EN')}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (opts.calendarName !== undefined && /\S/.test(opts.calendarName)) {
    const name = escapeICalendarText(opts.calendarName);
    lines.push(`NAME:${name}`, `X-WR-CALNAME:${name}`);
  }

  const vevent = (event: CalendarEvent, uid: string, rule?: string) => {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid}@${domain}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(event.start)}`,
      `DTEND;VALUE=DATE:${icsDate(nextDay(event.end ?? event.start))}`,
    );
    if (rule !== undefined) lines.push(`RRULE:${rule}`);
    lines.push(`SUMMARY:${escapeICalendarText(event.title)}`);
    if (event.description) lines.push(`DESCRIPTION:${escapeICalendarText(event.description)}`);
    if (event.location) lines.push(`LOCATION:${escapeICalendarText(event.location)}`);
    // One CATEGORIES line per category: no list separators, which some readers split wrongly after
    // an escaped backslash.
    for (const category of event.categories ?? []) lines.push(`CATEGORIES:${escapeICalendarText(category)}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  };

  // A regular series is written once, as a recurring event where its first member stands in the list.
  const series = new Map<string, CalendarEvent[]>();
  if (opts.recurring === true) {
    for (const event of list) {
      if (event.series !== undefined) series.set(event.series, [...(series.get(event.series) ?? []), event]);
    }
  }
  const recurring = new Map<string, { readonly first: CalendarEvent; readonly rule: string }>();
  for (const [name, members] of series) {
    const sorted = members.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    const rule = monthlyRule(sorted);
    const first = sorted[0];
    if (rule !== undefined && first !== undefined) recurring.set(name, { first, rule });
  }
  const written = new Set<string>();
  for (const event of list) {
    const run = event.series === undefined ? undefined : recurring.get(event.series);
    if (run === undefined) vevent(event, `${calendar}/${uidPart(event.id)}`);
    else if (event.series !== undefined && !written.has(event.series)) {
      written.add(event.series);
      vevent(run.first, `${calendar}/series/${uidPart(event.series)}`, run.rule);
    }
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldICalendarLine).join('\r\n')}\r\n`;
}

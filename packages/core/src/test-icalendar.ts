/**
 * Reads an iCalendar file back with ical.js (Mozilla's parser, what Thunderbird uses), so the
 * export tests compare what a calendar app sees with what was written.
 */
import ICAL from 'ical.js';

/** One day-range occurrence as a calendar shows it; `end` is the inclusive last day. */
export interface ReadEvent {
  readonly uid: string;
  readonly title: string;
  readonly start: string;
  readonly end: string;
  readonly description: string | undefined;
  readonly location: string | undefined;
  readonly categories: readonly string[];
  readonly recurring: boolean;
}

export interface ReadCalendar {
  readonly prodId: string;
  readonly name: string | undefined;
  /** Every occurrence, in the order of the file, each recurring event expanded where it stands. */
  readonly events: readonly ReadEvent[];
  /** How many VEVENT components the file holds. */
  readonly components: number;
}

/** The calendar day before an exclusive DTEND. */
function dayBefore(day: string): string {
  const date = new Date(0);
  date.setUTCFullYear(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)) - 1);
  return date.toISOString().slice(0, 10);
}

const textOf = (component: ICAL.Component, name: string): string | undefined => {
  const value = component.getFirstPropertyValue(name);
  return typeof value === 'string' ? value : undefined;
};

/**
 * X-WR-CALNAME, unescaped as the TEXT it is by convention: ical.js gives X- properties their raw
 * value, since it cannot know their type.
 */
function calendarName(calendar: ICAL.Component): string | undefined {
  const raw = textOf(calendar, 'x-wr-calname');
  return raw?.replace(/\\([\\;,nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

export function readICalendar(text: string): ReadCalendar {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const components = calendar.getAllSubcomponents('vevent');
  const events: ReadEvent[] = [];
  for (const component of components) {
    const event = new ICAL.Event(component);
    const start = event.startDate;
    const end = event.endDate;
    if (!start.isDate || !end.isDate) throw new Error(`${event.uid} is not an all-day event`);
    const days = end.subtractDate(start).toSeconds() / 86_400;
    const categories = component.getAllProperties('categories').flatMap((p) => p.getValues().map(String));
    const base = {
      uid: event.uid,
      title: event.summary,
      description: textOf(component, 'description'),
      location: textOf(component, 'location'),
      categories,
      recurring: event.isRecurring(),
    };
    const starts: string[] = [];
    if (event.isRecurring()) {
      const iterator = event.iterator();
      // next() is typed as always giving a time, but gives undefined after the last occurrence.
      for (let next = iterator.next() as ICAL.Time | undefined; next; next = iterator.next() as ICAL.Time | undefined) {
        starts.push(next.toString());
      }
    } else starts.push(start.toString());
    for (const day of starts) {
      const last = new Date(0);
      last.setUTCFullYear(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)) + days);
      events.push({ ...base, start: day, end: dayBefore(last.toISOString().slice(0, 10)) });
    }
  }
  return {
    prodId: String(calendar.getFirstPropertyValue('prodid')),
    name: calendarName(calendar),
    events,
    components: components.length,
  };
}

/** The physical lines of an iCalendar text as bytes, split at CRLF. */
export function physicalLines(text: string): Uint8Array[] {
  const bytes = new TextEncoder().encode(text);
  const lines: Uint8Array[] = [];
  let from = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 13 && bytes[i + 1] === 10) {
      lines.push(bytes.subarray(from, i));
      from = i + 2;
      i++;
    }
  }
  if (from < bytes.length) lines.push(bytes.subarray(from));
  return lines;
}

/** What a TEXT value reads back as: line breaks as LF, controls but tab gone, lone surrogates as U+FFFD. */
export function readBackText(value: string): string {
  return (
    value
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
  );
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarEvent } from './calendar-event.js';
import { hostileText, NAUGHTY_STRINGS, visibleHostileText, XSS_PAYLOADS } from './test-hostile.js';
import { physicalLines, readBackText, readICalendar } from './test-icalendar.js';
import { toICalendar } from './to-icalendar.js';

const stamp = '2026-12-06T18:30:00Z';
const day = fc
  .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
/** What the schema accepts as a title: text with a visible character that stays visible once read back. */
const title = visibleHostileText.filter((value) => /\S/.test(readBackText(value)));

const event: fc.Arbitrary<CalendarEvent> = fc
  .record(
    {
      id: visibleHostileText,
      title,
      start: day,
      end: day,
      description: hostileText,
      location: hostileText,
      categories: fc.array(visibleHostileText, { minLength: 1, maxLength: 3 }),
    },
    { requiredKeys: ['id', 'title', 'start'] },
  )
  .map((e) => (e.end !== undefined && e.end < e.start ? { ...e, end: e.start } : e));

/** Every physical line is at most 75 octets of valid UTF-8, and no CR or LF stands outside a CRLF. */
function expectWellFormed(text: string): void {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  for (const line of physicalLines(text)) {
    expect(line.length).toBeLessThanOrEqual(75);
    new TextDecoder('utf-8', { fatal: true }).decode(line);
  }
}

describe('toICalendar with hostile text', () => {
  it('reads back every naughty string and XSS payload as text, in every field', () => {
    const strings = [...NAUGHTY_STRINGS, ...XSS_PAYLOADS].filter((value) => /\S/.test(readBackText(value)));
    const events: CalendarEvent[] = strings.map((value, i) => ({
      id: `${i}:${value}`,
      title: value,
      start: '2027-01-01',
      description: value,
      location: value,
      categories: [value],
    }));
    const calendarName = strings.join(' | ');
    const text = toICalendar(events, { calendarId: 'naughty', stamp, calendarName });
    expectWellFormed(text);
    const read = readICalendar(text);
    expect(read.name === readBackText(calendarName), 'calendar name reads back').toBe(true);
    expect(new Set(read.events.map((e) => e.uid)).size).toBe(strings.length);
    // Events are written in the order given; compare field by field, naming only the string that differs.
    const differing = strings.filter((value, i) => {
      const got = read.events[i];
      const want = readBackText(value);
      return !(
        got?.title === want &&
        got.description === want &&
        got.location === want &&
        got.categories.length === 1 &&
        got.categories[0] === want
      );
    });
    expect(differing).toEqual([]);
  });

  it('writes well-formed lines that read back as the same events (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(event, { selector: (e) => e.id, minLength: 1, maxLength: 6 }),
        visibleHostileText,
        hostileText,
        (events, calendarId, calendarName) => {
          const text = toICalendar(events, { calendarId, stamp, calendarName });
          expectWellFormed(text);
          const read = readICalendar(text);
          expect(new Set(read.events.map((e) => e.uid)).size).toBe(events.length);
          expect(read.name ?? '').toBe(/\S/.test(calendarName) ? readBackText(calendarName) : '');
          const shown = (e: CalendarEvent) =>
            JSON.stringify([
              e.start,
              e.end ?? e.start,
              readBackText(e.title),
              readBackText(e.description ?? ''),
              readBackText(e.location ?? ''),
              (e.categories ?? []).map(readBackText),
            ]);
          expect(
            read.events.map((e) =>
              JSON.stringify([e.start, e.end, e.title, e.description ?? '', e.location ?? '', e.categories]),
            ),
          ).toEqual(events.map(shown));
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);
});

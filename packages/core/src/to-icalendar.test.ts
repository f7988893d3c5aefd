import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { actionStepCalendarEvents } from './action-step-calendar-events.js';
import type { CalendarEvent } from './calendar-event.js';
import type { LifecycleTemplate } from './community.js';
import { milestonesFromTemplate } from './community.js';
import { SelValidationError } from './errors.js';
import { milestoneCalendarEvents } from './milestone-calendar-events.js';
import { generateSchedule } from './schedule.js';
import { scheduleCalendarEvents } from './schedule-calendar-events.js';
import { physicalLines, readICalendar } from './test-icalendar.js';
import type { ReadEvent } from './test-icalendar.js';
import { toICalendar } from './to-icalendar.js';
import type { ICalendarOptions } from './to-icalendar.js';

const options: ICalendarOptions = { calendarId: 'il', stamp: '2026-12-06T18:30:00.000Z' };

function errorOf(fn: () => unknown): SelValidationError {
  try {
    fn();
  } catch (error) {
    if (error instanceof SelValidationError) return error;
    throw error;
  }
  throw new Error('expected a validation error');
}

/** What each event should read back as: one occurrence per event, by title, days and categories. */
const expected = (events: readonly CalendarEvent[]) =>
  events.map((e) => `${e.start}..${e.end ?? e.start} ${e.title} [${(e.categories ?? []).join(',')}]`).sort();
const seen = (events: readonly ReadEvent[]) =>
  events.map((e) => `${e.start}..${e.end} ${e.title} [${e.categories.join(',')}]`).sort();

/** A five-year charter's template: a milestone closing each phase. */
const template: LifecycleTemplate = {
  id: 'five-year',
  title: 'Five-year charter',
  committees: [],
  cadences: [],
  phases: [
    { id: 'detailed-design', title: 'Detailed design', exitMilestones: [{ id: 'blueprint', title: 'Blueprint', offsetMonths: 6 }] },
    { id: 'launch', title: 'Launch', exitMilestones: [{ id: 'launched', title: 'Communities launched', offsetMonths: 12 }] },
    { id: 'scale-and-improve', title: 'Scale', exitMilestones: [{ id: 'tracker', title: 'Status tracker live', offsetMonths: 24 }] },
    { id: 'replan', title: 'Replan', exitMilestones: [{ id: 'next-plan', title: 'Next three-year plan', offsetMonths: 48 }] },
    { id: 'leadership-transition', title: 'Transition', exitMilestones: [{ id: 'handover', title: 'Handed over', offsetMonths: 60 }] },
  ],
}; // prettier-ignore
const charter = { start: '2027-01-31', end: '2032-01-30' };
const fiveYears: CalendarEvent[] = [
  ...scheduleCalendarEvents(generateSchedule(charter)),
  ...milestoneCalendarEvents(milestonesFromTemplate(template, charter.start)),
  ...actionStepCalendarEvents([
    { id: 'budget', description: 'Draft the budget; share it, then vote', owner: 'Ana Núñez', due: '2027-03-15', status: 'in-progress' },
  ]),
]; // prettier-ignore

describe('toICalendar', () => {
  it('writes a VCALENDAR of all-day VEVENTs with CRLF line endings', () => {
    const text = toICalendar(
      [{ id: 'kickoff', title: 'Kickoff', start: '2027-02-01', end: '2027-02-03', location: 'Room 4' }],
      { ...options, calendarName: 'Illinois network' },
    );
    expect(text).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//sel//@sel/core//EN',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'NAME:Illinois network',
        'X-WR-CALNAME:Illinois network',
        'BEGIN:VEVENT',
        'UID:il/kickoff@sel.calendar',
        'DTSTAMP:20261206T183000Z',
        'DTSTART;VALUE=DATE:20270201',
        'DTEND;VALUE=DATE:20270204',
        'SUMMARY:Kickoff',
        'LOCATION:Room 4',
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('ends an all-day event the day after its last day, across month and year ends and leap days', () => {
    const read = readICalendar(
      toICalendar(
        [
          { id: 'a', title: 'Year end', start: '2027-12-31' },
          { id: 'b', title: 'Leap day', start: '2028-02-28', end: '2028-02-29' },
          { id: 'c', title: 'Long', start: '2027-08-01', end: '2027-12-31' },
        ],
        options,
      ),
    );
    expect(read.events.map((e) => `${e.start}..${e.end}`)).toEqual([
      '2027-12-31..2027-12-31',
      '2028-02-28..2028-02-29',
      '2027-08-01..2027-12-31',
    ]);
  });

  it('gives each event a stable UID from the calendar id and its own id', () => {
    const event: CalendarEvent = { id: 'network-meeting-2027-01-31', title: 'Meeting', start: '2027-01-31' };
    const uid = (events: CalendarEvent[], o: ICalendarOptions) => readICalendar(toICalendar(events, o)).events[0]?.uid;
    expect(uid([event], options)).toBe('il/network-meeting-2027-01-31@sel.calendar');
    // A later export with changed text and a later stamp updates the same event.
    expect(uid([{ ...event, title: 'Meeting (moved online)' }], { ...options, stamp: '2027-01-02T00:00:00Z' })).toBe(
      'il/network-meeting-2027-01-31@sel.calendar',
    );
    expect(uid([event], { ...options, calendarId: 'ca' })).toBe('ca/network-meeting-2027-01-31@sel.calendar');
    expect(uid([event], { ...options, uidDomain: 'casel.example' })).toBe(
      'il/network-meeting-2027-01-31@casel.example',
    );
  });

  it('keeps UIDs apart for ids and calendar ids that differ only in characters a UID cannot hold', () => {
    const ids = ['a/b', 'a%2Fb', 'a b', 'a\nb', "a'b", 'a@b', 'ñ', 'n\u0303', 'series', '𐀀', '𐀁', 'a\uD800', 'a\uD801'];
    const text = toICalendar(
      ids.map((id) => ({ id, title: id.trim() || 'x', start: '2027-01-01' })),
      { ...options, calendarId: 'il/2027 <script>' },
    );
    const uids = readICalendar(text).events.map((e) => e.uid);
    expect(new Set(uids).size).toBe(ids.length);
    for (const uid of uids) expect(uid).toMatch(/^il%2F2027%20%3Cscript%3E\/[A-Za-z0-9%._~-]+@sel\.calendar$/);
  });

  it('escapes TEXT values so they read back unchanged', () => {
    const title = 'Plan; vote, then share\\publish\nNext line\r\nand "quotes"';
    const text = toICalendar([{ id: 'x', title, start: '2027-01-01', description: 'a,b;c', location: '\\' }], options);
    expect(text).toContain('SUMMARY:Plan\\; vote\\, then share\\\\publish\\nNext line\\nand "quotes"\r\n');
    const [event] = readICalendar(text).events;
    expect(event).toMatchObject({ title: title.replace('\r\n', '\n'), description: 'a,b;c', location: '\\' });
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const title = `${'Año escolar 🎓 学年 '.repeat(20)}end`;
    const text = toICalendar([{ id: 'x', title, start: '2027-01-01' }], options);
    for (const line of physicalLines(text)) {
      expect(line.length).toBeLessThanOrEqual(75);
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(line)).not.toThrow();
    }
    expect(readICalendar(text).events[0]?.title).toBe(title);
  });

  it('writes a monthly series as one recurring event when asked', () => {
    const meetings = scheduleCalendarEvents(generateSchedule({ start: '2027-01-15', end: '2028-01-14' }));
    const text = toICalendar(meetings, { ...options, recurring: true });
    expect(text).toContain('UID:il/series/network-meeting@sel.calendar\r\n');
    expect(text).toContain('RRULE:FREQ=MONTHLY;COUNT=12\r\n');
    expect(text).toContain('RRULE:FREQ=MONTHLY;INTERVAL=2;COUNT=6\r\n');
    const read = readICalendar(text);
    expect(seen(read.events)).toEqual(expected(meetings));
    expect(read.components).toBe(meetings.length - 12 - 6 + 2);
  });

  it('writes a series anchored on the 31st with the last day of each month', () => {
    const meetings = scheduleCalendarEvents(generateSchedule(charter, { include: ['network-meeting'] }));
    const text = toICalendar(meetings, { ...options, recurring: true });
    expect(text).toContain('RRULE:FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=60\r\n');
    expect(seen(readICalendar(text).events)).toEqual(expected(meetings));
  });

  it('writes a series event by event when no monthly rule gives its days', () => {
    // From the 30th, adding months gives Feb 28 and Mar 30: neither the same day nor the month's end.
    const on30th = scheduleCalendarEvents(generateSchedule({ start: '2027-01-30', end: '2027-12-31' }, { include: ['network-meeting'] }));
    const renamed = on30th.map((e, i) => (i === 3 ? { ...e, title: 'Special meeting' } : e));
    const gap = [on30th[0], on30th[2]].filter((e) => e !== undefined);
    for (const events of [on30th, renamed, gap.map((e, i) => ({ ...e, start: i ? '2027-01-30' : e.start, end: undefined }))]) {
      const read = readICalendar(toICalendar(events, { ...options, recurring: true }));
      expect(read.components).toBe(events.length);
      expect(read.events.every((e) => !e.recurring)).toBe(true);
    }
  }); // prettier-ignore

  it('leaves series as separate events unless recurring is set', () => {
    const meetings = scheduleCalendarEvents(generateSchedule({ start: '2027-01-15', end: '2028-01-14' }));
    expect(readICalendar(toICalendar(meetings, options)).components).toBe(meetings.length);
  });

  it('imports the .ics of a five-year charter with every event intact, recurring or not', () => {
    for (const recurring of [false, true]) {
      const read = readICalendar(toICalendar(fiveYears, { ...options, recurring }));
      expect(seen(read.events)).toEqual(expected(fiveYears));
    }
    const read = readICalendar(toICalendar(fiveYears, options));
    expect(read.events.find((e) => e.title.startsWith('Draft the budget'))).toMatchObject({
      title: 'Draft the budget; share it, then vote',
      description: 'Owner: Ana Núñez',
      start: '2027-03-15',
      categories: ['action-step'],
    });
    expect(read.events.find((e) => e.title === 'Handed over')).toMatchObject({
      start: '2032-01-31',
      uid: 'il/milestone-handover@sel.calendar',
      categories: ['milestone', 'leadership-transition'],
    });
  });

  it('refuses invalid events and options with the path of each problem', () => {
    const event: CalendarEvent = { id: 'x', title: 'X', start: '2027-01-01' };
    expect(errorOf(() => toICalendar([event, { ...event }], options)).issues[0]?.path).toEqual([1, 'id']);
    expect(errorOf(() => toICalendar([{ ...event, end: '2026-12-31' }], options)).issues[0]?.path).toEqual([0, 'end']);
    expect(errorOf(() => toICalendar([{ ...event, start: '2027-02-30' }], options)).issues[0]?.path).toEqual([0, 'start']);
    expect(errorOf(() => toICalendar([{ ...event, title: ' ' }], options)).issues[0]?.path).toEqual([0, 'title']);
    expect(errorOf(() => toICalendar([event], { ...options, stamp: 'yesterday' })).issues[0]?.path).toEqual(['stamp']);
    expect(errorOf(() => toICalendar([event], { ...options, uidDomain: 'a b' })).issues[0]?.path).toEqual(['uidDomain']);
    expect(errorOf(() => toICalendar([event], { ...options, calendarId: '' })).issues[0]?.path).toEqual(['calendarId']);
  }); // prettier-ignore
});

describe('toICalendar in a separate process with another TZ', () => {
  let code = '';
  beforeAll(() => {
    // Bundle the real modules and ical.js once; each zone then writes and reads the file in a fresh
    // Node process (TZ is read at start-up).
    const script = `import { toICalendar } from './to-icalendar.ts';
      import { readICalendar } from './test-icalendar.ts';
      const text = toICalendar(${JSON.stringify(fiveYears)}, ${JSON.stringify({ ...options, recurring: true })});
      const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      console.log(JSON.stringify({ zone, text, events: readICalendar(text).events }));`;
    const bundle = buildSync({
      stdin: { contents: script, resolveDir: fileURLToPath(new URL('.', import.meta.url)), loader: 'ts' },
      bundle: true,
      format: 'esm',
      platform: 'node',
      write: false,
    });
    code = bundle.outputFiles[0]?.text ?? '';
  });

  it.each(['America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Chatham'])(
    'writes the same file, and every event reads back on its days, in %s',
    (zone) => {
      const output = execFileSync(process.execPath, ['--input-type=module'], {
        input: code,
        env: { ...process.env, TZ: zone },
        encoding: 'utf8',
      });
      const result = JSON.parse(output) as { zone: string; text: string; events: ReadEvent[] };
      expect(result.zone).toBe(zone);
      expect(result.text).toBe(toICalendar(fiveYears, { ...options, recurring: true }));
      expect(seen(result.events)).toEqual(expected(fiveYears));
    },
    30_000,
  );
});

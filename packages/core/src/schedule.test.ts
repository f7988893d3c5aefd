import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { addDays, addMonths } from 'date-fns';
import { buildSync } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Community, Milestone } from './community.js';
import { fromIsoDate, toIsoDate } from './dates.js';
import { SelValidationError } from './errors.js';
import { generateSchedule, scheduleEventSchema, scheduleWarnings } from './schedule.js';
import type { ScheduleEvent, ScheduleEventKind, ScheduleOptions } from './schedule.js';

const of = (events: readonly ScheduleEvent[], kind: ScheduleEventKind) => events.filter((e) => e.kind === kind);
const starts = (events: readonly ScheduleEvent[], kind: ScheduleEventKind) => of(events, kind).map((e) => e.start);
const spans = (events: readonly ScheduleEvent[], kind: ScheduleEventKind) =>
  of(events, kind).map((e) => `${e.id}: ${e.start}..${e.end}`);

function errorOf(fn: () => unknown): SelValidationError {
  try {
    fn();
  } catch (error) {
    if (error instanceof SelValidationError) return error;
    throw error;
  }
  throw new Error('expected a validation error');
}

describe('time zones', () => {
  it(`keeps calendar days intact in this process's zone (${Intl.DateTimeFormat().resolvedOptions().timeZone})`, () => {
    // Local date arithmetic must agree with UTC arithmetic on every day of nine years, DST changes included.
    const local: string[] = [];
    const utc: string[] = [];
    for (let i = 0; i < 9 * 366; i++) {
      local.push(toIsoDate(addDays(fromIsoDate('2024-01-01'), i)));
      utc.push(new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10));
    }
    expect(local).toEqual(utc);
  });

  describe('in a separate process with another TZ', () => {
    const charter = { start: '2027-01-31', end: '2032-01-30' };
    const options: ScheduleOptions = { crossDistrictMeeting: { month: 3, day: 13 } };
    let code = '';
    beforeAll(() => {
      // Bundle the real module once; each zone then runs it in a fresh Node process (TZ is read at start-up).
      const script = `import { generateSchedule } from './schedule.ts';
        const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
        console.log(JSON.stringify({ zone, events: generateSchedule(${JSON.stringify(charter)}, ${JSON.stringify(options)}) }));`;
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
      'gives the same calendar in %s',
      (zone) => {
        const output = execFileSync(process.execPath, ['--input-type=module', '-e', code], {
          env: { ...process.env, TZ: zone },
          encoding: 'utf8',
        });
        expect(JSON.parse(output)).toEqual({ zone, events: generateSchedule(charter, options) });
      },
    );
  });

  it('adds a month to January 31 as the last day of February', () => {
    expect(toIsoDate(addMonths(fromIsoDate('2027-01-31'), 1))).toBe('2027-02-28');
    expect(toIsoDate(addMonths(fromIsoDate('2028-01-31'), 1))).toBe('2028-02-29');
  });
});

describe('generateSchedule with the defaults', () => {
  const year = generateSchedule({ start: '2026-07-01', end: '2027-06-30' });

  it('lays out one school year', () => {
    expect(spans(year, 'fall-semester')).toEqual(['fall-2026: 2026-08-01..2026-12-31']);
    expect(spans(year, 'spring-semester')).toEqual(['spring-2027: 2027-01-01..2027-05-31']);
    expect(starts(year, 'network-meeting')).toEqual([
      '2026-07-01', '2026-08-01', '2026-09-01', '2026-10-01', '2026-11-01', '2026-12-01',
      '2027-01-01', '2027-02-01', '2027-03-01', '2027-04-01', '2027-05-01', '2027-06-01',
    ]); // prettier-ignore
    expect(starts(year, 'research-webinar')).toEqual([
      '2026-08-01',
      '2026-10-01',
      '2026-12-01',
      '2027-02-01',
      '2027-04-01',
      '2027-06-01',
    ]);
    expect(spans(year, 'cross-district-meeting')).toEqual(['cross-district-meeting-2026: 2026-10-01..2026-10-03']);
    expect(of(year, 'cadence')).toEqual([]);
    expect(year).toHaveLength(21);
  });

  it('describes each kind of event', () => {
    expect(year.slice(0, 3)).toEqual([
      {
        id: 'network-meeting-2026-07-01',
        kind: 'network-meeting',
        title: 'Community Network Partners meeting',
        start: '2026-07-01',
        end: '2026-07-01',
        mode: 'virtual',
      },
      { id: 'fall-2026', kind: 'fall-semester', title: 'Fall 2026 semester', start: '2026-08-01', end: '2026-12-31' },
      {
        id: 'network-meeting-2026-08-01',
        kind: 'network-meeting',
        title: 'Community Network Partners meeting',
        start: '2026-08-01',
        end: '2026-08-01',
        mode: 'virtual',
      },
    ]);
    expect(of(year, 'research-webinar')[0]).toMatchObject({
      title: 'Research and evaluation webinar',
      mode: 'virtual',
    });
    expect(of(year, 'cross-district-meeting')[0]).toMatchObject({ mode: 'in-person' });
  });

  it('covers a five-year charter with valid, unique, sorted events inside the charter', () => {
    const charter = { start: '2026-07-01', end: '2031-06-30' };
    const events = generateSchedule(charter);
    expect(of(events, 'network-meeting')).toHaveLength(60);
    expect(of(events, 'research-webinar')).toHaveLength(30);
    expect(starts(events, 'cross-district-meeting')).toEqual([
      '2026-10-01',
      '2027-10-01',
      '2028-10-01',
      '2029-10-01',
      '2030-10-01',
    ]);
    expect(of(events, 'fall-semester').map((e) => e.title)).toEqual([
      'Fall 2026 semester', 'Fall 2027 semester', 'Fall 2028 semester', 'Fall 2029 semester', 'Fall 2030 semester',
    ]); // prettier-ignore
    expect(of(events, 'spring-semester').map((e) => e.id)).toEqual([
      'spring-2027',
      'spring-2028',
      'spring-2029',
      'spring-2030',
      'spring-2031',
    ]);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    for (const [index, event] of events.entries()) {
      expect(scheduleEventSchema.safeParse(event).success).toBe(true);
      expect(event.start >= charter.start && event.end <= charter.end && event.start <= event.end).toBe(true);
      const before = events[index - 1];
      if (before) expect(before.start <= event.start).toBe(true);
    }
  });

  it('clips semesters to a charter that starts and ends mid-month and keeps the start day for meetings', () => {
    const events = generateSchedule({ start: '2026-03-15', end: '2027-03-14' });
    expect(spans(events, 'spring-semester')).toEqual([
      'spring-2026: 2026-03-15..2026-05-31',
      'spring-2027: 2027-01-01..2027-03-14',
    ]);
    expect(spans(events, 'fall-semester')).toEqual(['fall-2026: 2026-08-01..2026-12-31']);
    expect(starts(events, 'network-meeting')).toHaveLength(12);
    expect(starts(events, 'network-meeting').every((d) => d.endsWith('-15'))).toBe(true);
    expect(starts(events, 'research-webinar')).toEqual([
      '2026-04-15',
      '2026-06-15',
      '2026-08-15',
      '2026-10-15',
      '2026-12-15',
      '2027-02-15',
    ]);
  });

  it('keeps month-end meetings at month end without drifting', () => {
    const events = generateSchedule({ start: '2027-01-31', end: '2028-01-30' });
    expect(starts(events, 'network-meeting')).toEqual([
      '2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30', '2027-05-31', '2027-06-30',
      '2027-07-31', '2027-08-31', '2027-09-30', '2027-10-31', '2027-11-30', '2027-12-31',
    ]); // prettier-ignore
    expect(starts(events, 'research-webinar')).toEqual([
      '2027-02-28',
      '2027-04-30',
      '2027-06-30',
      '2027-08-31',
      '2027-10-31',
      '2027-12-31',
    ]);
  });

  it('knows leap years', () => {
    const events = generateSchedule(
      { start: '2028-01-31', end: '2029-03-31' },
      {
        crossDistrictMeeting: { month: 2, day: 30 },
      },
    );
    expect(starts(events, 'network-meeting').slice(0, 2)).toEqual(['2028-01-31', '2028-02-29']);
    expect(starts(events, 'network-meeting')[13]).toBe('2029-02-28');
    expect(spans(events, 'cross-district-meeting')).toEqual([
      'cross-district-meeting-2028: 2028-02-29..2028-03-02',
      'cross-district-meeting-2029: 2029-02-28..2029-03-02',
    ]);
  });

  it('leaves out a meeting that would run past the charter', () => {
    const events = generateSchedule({ start: '2026-01-01', end: '2026-10-02' });
    expect(of(events, 'cross-district-meeting')).toEqual([]);
    expect(of(generateSchedule({ start: '2026-01-01', end: '2026-10-03' }), 'cross-district-meeting')).toHaveLength(1);
  });

  it('spans time changes by calendar days', () => {
    const events = generateSchedule(
      { start: '2026-07-01', end: '2028-06-30' },
      { crossDistrictMeeting: { month: 3, day: 13 }, include: ['cross-district-meeting'] },
    );
    expect(spans(events, 'cross-district-meeting')).toEqual([
      'cross-district-meeting-2027: 2027-03-13..2027-03-15',
      'cross-district-meeting-2028: 2028-03-13..2028-03-15',
    ]);
  });
});

describe('generateSchedule options', () => {
  it('takes other semester months, including a Fall that runs into January', () => {
    const events = generateSchedule(
      { start: '2026-07-01', end: '2027-06-30' },
      { fall: { startMonth: 9, endMonth: 1 }, spring: { startMonth: 2, endMonth: 6 } },
    );
    expect(spans(events, 'fall-semester')).toEqual(['fall-2026: 2026-09-01..2027-01-31']);
    expect(spans(events, 'spring-semester')).toEqual(['spring-2027: 2027-02-01..2027-06-30']);
  });

  it('takes other meeting rhythms, a cross-district month and a list of kinds', () => {
    const events = generateSchedule(
      { start: '2026-07-01', end: '2027-06-30' },
      {
        networkMeetings: { everyMonths: 3, offsetMonths: 2 },
        webinars: { everyMonths: 6, offsetMonths: 0 },
        crossDistrictMeeting: { month: 6, day: 20, durationDays: 2 },
        include: ['network-meeting', 'research-webinar', 'cross-district-meeting'],
      },
    );
    expect(starts(events, 'network-meeting')).toEqual(['2026-09-01', '2026-12-01', '2027-03-01', '2027-06-01']);
    expect(starts(events, 'research-webinar')).toEqual(['2026-07-01', '2027-01-01']);
    expect(spans(events, 'cross-district-meeting')).toEqual(['cross-district-meeting-2027: 2027-06-20..2027-06-21']);
    expect(of(events, 'fall-semester')).toEqual([]);
    expect(generateSchedule({ start: '2026-07-01', end: '2027-06-30' }, { include: [] })).toEqual([]);
  });

  it('adds template cadences counted from the charter start', () => {
    const options: ScheduleOptions = {
      include: ['cadence'],
      cadences: [
        { id: 'annual-report', title: 'Annual SEL status report', every: { years: 1 } },
        { id: 'fellows', title: 'SEL Fellows Academy session', every: { months: 4 }, durationDays: 2 },
      ],
    };
    const events = generateSchedule({ start: '2026-07-01', end: '2028-06-30' }, options);
    expect(events.map((e) => `${e.id}: ${e.start}..${e.end}`)).toEqual([
      'annual-report-2026-07-01: 2026-07-01..2026-07-01',
      'fellows-2026-07-01: 2026-07-01..2026-07-02',
      'fellows-2026-11-01: 2026-11-01..2026-11-02',
      'fellows-2027-03-01: 2027-03-01..2027-03-02',
      'annual-report-2027-07-01: 2027-07-01..2027-07-01',
      'fellows-2027-07-01: 2027-07-01..2027-07-02',
      'fellows-2027-11-01: 2027-11-01..2027-11-02',
      'fellows-2028-03-01: 2028-03-01..2028-03-02',
    ]);
    expect(events.every((e) => e.kind === 'cadence')).toBe(true);
  });

  it('rejects a bad charter or options, naming the field', () => {
    expect(errorOf(() => generateSchedule({ start: '2026-07-01', end: '2026-06-30' })).issues).toEqual([
      { path: ['end'], message: 'Expected the charter to end after it starts', code: 'custom' },
    ]);
    const bad = errorOf(() =>
      generateSchedule(
        { start: '2026-07-01', end: '2027-06-30' },
        {
          fall: { startMonth: 0, endMonth: 12 },
          networkMeetings: { everyMonths: 0 },
          crossDistrictMeeting: { day: 32 },
          include: ['picnic' as ScheduleEventKind],
        },
      ),
    );
    expect(bad.issues.map((i) => [i.path, i.message])).toEqual([
      [['fall', 'startMonth'], 'Expected startMonth from 1 to 12'],
      [['networkMeetings', 'everyMonths'], 'Expected everyMonths to be 1 or more'],
      [['crossDistrictMeeting', 'day'], 'Expected day from 1 to 31'],
      [
        ['include', 0],
        'Expected an event kind: one of fall-semester, spring-semester, network-meeting, research-webinar, cross-district-meeting, cadence',
      ],
    ]);
    expect(bad.subject).toBe('schedule options');
  });

  it('refuses Fall and Spring semesters that share a month', () => {
    const error = errorOf(() =>
      generateSchedule({ start: '2026-07-01', end: '2027-06-30' }, { fall: { startMonth: 8, endMonth: 2 } }),
    );
    expect(error.issues.map((i) => [i.path, i.message])).toEqual([
      [['fall'], 'Expected Fall and Spring semesters not to share a month, but both include month 1, 2'],
    ]);
  });
});

describe('scheduleWarnings', () => {
  const milestone = (id: string, overrides: Partial<Milestone> = {}): Milestone => ({
    id,
    title: `Milestone ${id}`,
    phase: 'launch',
    due: '2027-03-01',
    status: 'planned',
    ...overrides,
  });
  const community = (milestones: Milestone[]): Community => ({
    id: 'tx',
    name: 'Texas SEL Learning Community',
    scope: { kind: 'state', state: 'TX' },
    readiness: 'initiating',
    charter: { start: '2026-07-01', end: '2031-06-30' },
    phase: 'launch',
    leadershipTeam: [],
    committees: [],
    members: [],
    districts: [],
    milestones,
  });

  it('is quiet when milestones sit inside the charter in phase order', () => {
    expect(
      scheduleWarnings(
        community([
          milestone('a', { phase: 'detailed-design', due: '2026-07-01', exitCriterion: true }),
          milestone('b', { phase: 'launch', due: '2026-07-01', exitCriterion: true, start: '2026-07-01' }),
          milestone('c', { phase: 'replan', due: '2031-06-30' }),
        ]),
      ),
    ).toEqual([]);
  });

  it('warns about milestones outside the charter', () => {
    expect(
      scheduleWarnings(
        community([
          milestone('early', { due: '2026-06-30' }),
          milestone('late', { due: '2031-07-01', start: '2026-06-01' }),
        ]),
      ),
    ).toEqual([
      {
        path: ['milestones', 0, 'due'],
        code: 'milestone-outside-charter',
        message: 'Expected a due date within the charter (2026-07-01 to 2031-06-30), got 2026-06-30',
      },
      {
        path: ['milestones', 1, 'due'],
        code: 'milestone-outside-charter',
        message: 'Expected a due date within the charter (2026-07-01 to 2031-06-30), got 2031-07-01',
      },
      {
        path: ['milestones', 1, 'start'],
        code: 'milestone-outside-charter',
        message: 'Expected a start within the charter (from 2026-07-01), got 2026-06-01',
      },
    ]);
  });

  it('warns when an exit milestone is due before one of an earlier phase', () => {
    const warnings = scheduleWarnings(
      community([
        milestone('design', { phase: 'detailed-design', due: '2027-05-01', exitCriterion: true }),
        milestone('launch', { phase: 'launch', due: '2027-04-01', exitCriterion: true }),
        milestone('note', { phase: 'launch', due: '2027-01-01' }),
      ]),
    );
    expect(warnings).toEqual([
      {
        path: ['milestones', 1, 'due'],
        code: 'milestone-phase-order',
        message:
          'Expected an exit milestone of "launch" to be due on or after those of earlier phases, but "Milestone design" (detailed-design) is due later, on 2027-05-01',
      },
    ]);
  });

  it('throws a validation error for an invalid community', () => {
    expect(() => scheduleWarnings({ ...community([]), charter: { start: 'soon', end: '2030-01-01' } })).toThrow(
      /charter\.start: Expected a date as YYYY-MM-DD/,
    );
  });
});

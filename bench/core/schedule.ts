import { isDeepStrictEqual } from 'node:util';
import { compareEvents, DEFAULT_CROSS_DISTRICT_MONTH, generateSchedule, toIsoDate } from '@sel/core';
import type { Cadence, Charter, ScheduleEvent } from '@sel/core';
import { learningCommunityTemplate } from '@sel/data';
import { compare } from '../harness/measure.js';
import { comparedRow } from '../harness/result.js';
import type { BenchResult } from '../harness/result.js';
import type { CoreProfile } from './profile.js';

/** A five-year charter, as the learning-community plan lays out. */
export const FIVE_YEAR_CHARTER: Charter = { start: '2026-07-01', end: '2031-06-30' };

const daysInMonth = (year: number, monthIndex: number) => new Date(year, monthIndex + 1, 0).getDate();

/** The day `months` calendar months after `anchor`, kept on the anchor's day or the month's last day. */
function monthsAfter(anchor: Date, months: number): Date {
  const year = anchor.getFullYear() + Math.floor((anchor.getMonth() + months) / 12);
  const monthIndex = (((anchor.getMonth() + months) % 12) + 12) % 12;
  return new Date(year, monthIndex, Math.min(anchor.getDate(), daysInMonth(year, monthIndex)));
}

const sameDay = (a: Date, b: Date) =>
  a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();

const plusDays = (day: Date, days: number) => new Date(day.getFullYear(), day.getMonth(), day.getDate() + days);

/** A recurring event on every `every` months from `offset` months after the anchor. */
interface Recurrence {
  readonly every: number;
  readonly offset: number;
  readonly durationDays: number;
  readonly event: (start: string, end: string) => ScheduleEvent;
}

/**
 * The naive way: walk the charter one day at a time and ask every rule whether something happens
 * on that day (and for a semester, walk on to find where it ends). `generateSchedule` instead
 * computes each rule's dates directly. Handles the default semesters and meeting rules only.
 */
function naiveSchedule(charter: Charter, cadences: readonly Cadence[]): ScheduleEvent[] {
  const [sy = 0, sm = 1, sd = 1] = charter.start.split('-').map(Number);
  const [ey = 0, em = 1, ed = 1] = charter.end.split('-').map(Number);
  const anchor = new Date(sy, sm - 1, sd);
  const last = new Date(ey, em - 1, ed);
  const recurrences: Recurrence[] = [
    {
      every: 1,
      offset: 0,
      durationDays: 1,
      event: (start) => ({
        id: `network-meeting-${start}`,
        kind: 'network-meeting',
        title: 'Community Network Partners meeting',
        start,
        end: start,
        mode: 'virtual',
      }),
    },
    {
      every: 2,
      offset: 1,
      durationDays: 1,
      event: (start) => ({
        id: `research-webinar-${start}`,
        kind: 'research-webinar',
        title: 'Research and evaluation webinar',
        start,
        end: start,
        mode: 'virtual',
      }),
    },
    ...cadences.map((cadence): Recurrence => ({
      every: 'months' in cadence.every ? cadence.every.months : cadence.every.years * 12,
      offset: 0,
      durationDays: cadence.durationDays ?? 1,
      event: (start, end) => ({ id: `${cadence.id}-${start}`, kind: 'cadence', title: cadence.title, start, end }),
    })),
  ];
  const semesters = [
    { kind: 'fall-semester', name: 'Fall', startMonth: 8, endMonth: 12 },
    { kind: 'spring-semester', name: 'Spring', startMonth: 1, endMonth: 5 },
  ] as const;
  const events: ScheduleEvent[] = [];
  for (let day = anchor; day <= last; day = plusDays(day, 1)) {
    const month = day.getMonth() + 1;
    for (const semester of semesters) {
      const opens =
        month >= semester.startMonth &&
        month <= semester.endMonth &&
        ((month === semester.startMonth && day.getDate() === 1) || sameDay(day, anchor));
      if (!opens) continue;
      let end = day;
      while (!sameDay(end, last) && !(end.getMonth() + 1 === semester.endMonth && plusDays(end, 1).getDate() === 1)) {
        end = plusDays(end, 1);
      }
      const label = day.getFullYear();
      events.push({
        id: `${semester.name.toLowerCase()}-${label}`,
        kind: semester.kind,
        title: `${semester.name} ${label} semester`,
        start: toIsoDate(day),
        end: toIsoDate(end),
      });
    }
    const monthsSinceStart = (day.getFullYear() - anchor.getFullYear()) * 12 + day.getMonth() - anchor.getMonth();
    for (const recurrence of recurrences) {
      const k = monthsSinceStart - recurrence.offset;
      if (k < 0 || k % recurrence.every !== 0) continue;
      if (!sameDay(monthsAfter(anchor, monthsSinceStart), day)) continue;
      const end = plusDays(day, recurrence.durationDays - 1);
      if (end > last) continue;
      events.push(recurrence.event(toIsoDate(day), toIsoDate(end)));
    }
    if (month === DEFAULT_CROSS_DISTRICT_MONTH && day.getDate() === 1 && plusDays(day, 2) <= last) {
      events.push({
        id: `cross-district-meeting-${day.getFullYear()}`,
        kind: 'cross-district-meeting',
        title: 'Annual cross-district meeting with school visits',
        start: toIsoDate(day),
        end: toIsoDate(plusDays(day, 2)),
        mode: 'in-person',
      });
    }
  }
  return events.sort(compareEvents);
}

export async function scheduleBench(profile: CoreProfile): Promise<BenchResult[]> {
  const charter = FIVE_YEAR_CHARTER;
  const cadences = learningCommunityTemplate.cadences;
  const design = () => generateSchedule(charter, { cadences });
  const naive = () => naiveSchedule(charter, cadences);
  const events = design();
  if (!isDeepStrictEqual(events, naive())) {
    throw new Error('Schedule: the naive implementation disagrees with generateSchedule');
  }
  const comparison = await compare(design, naive, profile.light);
  return [
    comparedRow(
      {
        group: 'core',
        name: 'schedule: five-year charter',
        operation: `generate the calendar of a five-year charter (${charter.start} to ${charter.end}) with the template's ${cadences.length} cadences: ${events.length} events`,
        subjectName: 'generateSchedule (dates computed per rule)',
        baselineName: 'naive: walk every day and test every rule',
        target: { maxRatio: 1, source: 'floor' },
      },
      comparison,
    ),
  ];
}

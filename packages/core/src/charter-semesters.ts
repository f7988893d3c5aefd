import type { Charter } from './community.js';
import { compareIsoDates } from './dates.js';
import type { IsoDate } from './dates.js';

// The semesters of a charter, apart from the rest of its calendar (core's `generateSchedule`): a
// timeline shades them at first render, while the meetings and webinars can wait. Its types are
// written here (schedule.ts infers the same shapes from its schemas), so neither module imports
// the other back.

/** The first and last month of a semester, 1 (January) to 12 (December): `SemesterMonths`. */
interface Months {
  startMonth: number;
  endMonth: number;
}

/** A semester as `generateSchedule` lists it (a `ScheduleEvent` of a semester kind). */
export interface SemesterEvent {
  id: string;
  kind: 'fall-semester' | 'spring-semester';
  title: string;
  start: IsoDate;
  end: IsoDate;
}

/** The default Fall semester: August 1 to December 31. */
export const DEFAULT_FALL_SEMESTER: Months = /* @__PURE__ */ Object.freeze({ startMonth: 8, endMonth: 12 });
/** The default Spring semester: January 1 to May 31. */
export const DEFAULT_SPRING_SEMESTER: Months = /* @__PURE__ */ Object.freeze({ startMonth: 1, endMonth: 5 });
export const pad = (n: number) => String(n).padStart(2, '0');
export const firstOfMonth = (year: number, m: number): IsoDate => `${String(year).padStart(4, '0')}-${pad(m)}-01`;
/** Days in month `m` (1-12) of `year` in the Gregorian calendar. */
export const daysInMonth = (year: number, m: number) =>
  m === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : m === 4 || m === 6 || m === 9 || m === 11
      ? 30
      : 31;
const endOfMonthDay = (year: number, m: number): IsoDate =>
  `${firstOfMonth(year, m).slice(0, 8)}${pad(daysInMonth(year, m))}`;
export const yearOf = (date: IsoDate) => Number(date.slice(0, 4));

export function semesters(
  charter: Charter,
  kind: 'fall-semester' | 'spring-semester',
  months: Months,
): SemesterEvent[] {
  const name = kind === 'fall-semester' ? 'Fall' : 'Spring';
  const wraps = months.endMonth < months.startMonth;
  const events: SemesterEvent[] = [];
  for (let year = yearOf(charter.start) - 1; year <= yearOf(charter.end); year++) {
    const endYear = wraps ? year + 1 : year;
    const from = firstOfMonth(year, months.startMonth);
    const to = endOfMonthDay(endYear, months.endMonth);
    // Clip to the charter: a charter that starts or ends mid-semester still runs part of it.
    const start = compareIsoDates(from, charter.start) < 0 ? charter.start : from;
    const end = compareIsoDates(to, charter.end) > 0 ? charter.end : to;
    if (compareIsoDates(start, end) > 0) continue;
    // Fall is named by the year it starts, Spring by the year it ends (Fall 2026, Spring 2027).
    const label = kind === 'fall-semester' ? year : endYear;
    events.push({ id: `${name.toLowerCase()}-${label}`, kind, title: `${name} ${label} semester`, start, end });
  }
  return events;
}

/**
 * The Fall and Spring semesters of a charter already checked (a community's, say), with the
 * default months, clipped to the charter and sorted by start day: exactly the semesters
 * `generateSchedule(charter)` lists, without its options or the meetings it computes.
 */
export function charterSemesters(charter: Charter): SemesterEvent[] {
  return [
    ...semesters(charter, 'fall-semester', DEFAULT_FALL_SEMESTER),
    ...semesters(charter, 'spring-semester', DEFAULT_SPRING_SEMESTER),
  ].sort((a, b) => compareIsoDates(a.start, b.start));
}

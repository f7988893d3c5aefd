import type { Milestone } from './community.js';
import { compareIsoDates } from './dates.js';
import type { IsoDate } from './dates.js';

// The milestone states and their rule on milestones already checked, shared by `milestone.ts`
// (which exports the states) and `status-report.ts` (which checks whole communities once and must
// not check their milestones again).

/** Where a milestone stands on a given day; what a timeline colours it by. */
export const MILESTONE_STATES = ['done', 'overdue', 'at-risk', 'upcoming'] as const;
export type MilestoneState = (typeof MILESTONE_STATES)[number];

/** Days before the due date from which a milestone not done is at risk. */
export const DEFAULT_AT_RISK_DAYS = 14;
/** Share of a started milestone's window left from which it is at risk. */
export const DEFAULT_AT_RISK_SHARE = 0.25;

/**
 * The calendar day of a valid `YYYY-MM-DD` date as a day count, so differences are whole calendar
 * days (what date-fns' `differenceInCalendarDays` gives for the same days at local midnight),
 * without building local dates for every milestone of a long list.
 */
export function dayNumber(date: IsoDate): number {
  // Days from 1970-01-01 in the proleptic Gregorian calendar, counted in whole 400-year eras
  // (146,097 days each) from a year that starts in March, so February's length comes last.
  const digit = (at: number) => date.charCodeAt(at) - 48;
  const month = digit(5) * 10 + digit(6);
  const year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + digit(8) * 10 + digit(9) - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Where a checked milestone stands on `today`; the rules are listed on `milestoneState`. */
export function stateOf(milestone: Milestone, today: IsoDate, atRiskDays: number, atRiskShare: number): MilestoneState {
  if (milestone.status === 'done') return 'done';
  const daysLeft = dayNumber(milestone.due) - dayNumber(today);
  if (daysLeft < 0) return 'overdue';
  if (daysLeft <= atRiskDays) return 'at-risk';
  if (milestone.start !== undefined && compareIsoDates(today, milestone.start) >= 0) {
    // Its window has opened. Still "planned" after the start day means it started late.
    if (milestone.status === 'planned' && compareIsoDates(today, milestone.start) > 0) return 'at-risk';
    const window = dayNumber(milestone.due) - dayNumber(milestone.start);
    if (window > 0 && daysLeft / window <= atRiskShare) return 'at-risk';
  }
  return 'upcoming';
}

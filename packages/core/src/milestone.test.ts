import { differenceInCalendarDays } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Milestone } from './community.js';
import { fromIsoDate, toIsoDate } from './dates.js';
import { SelValidationError } from './errors.js';
import { compareMilestones, MILESTONE_STATES, milestonesByState, milestoneState, sortMilestones } from './milestone.js';

const milestone = (overrides: Partial<Milestone> = {}): Milestone => ({
  id: 'launch-event',
  title: 'First SEL weekend launch event',
  phase: 'launch',
  due: '2027-03-31',
  status: 'planned',
  ...overrides,
});

describe('milestoneState', () => {
  it('is done whenever the status says so, even long after the due date', () => {
    expect(milestoneState(milestone({ status: 'done' }), '2030-01-01')).toBe('done');
    expect(milestoneState(milestone({ status: 'done', completedOn: '2027-04-10' }), '2027-03-01')).toBe('done');
  });

  it('is overdue from the day after the due date', () => {
    expect(milestoneState(milestone(), '2027-04-01')).toBe('overdue');
    expect(milestoneState(milestone({ status: 'in-progress' }), '2028-01-01')).toBe('overdue');
    expect(milestoneState(milestone(), '2027-03-31')).toBe('at-risk');
  });

  it('is at risk when due within 14 days by default, the boundary included', () => {
    expect(milestoneState(milestone(), '2027-03-17')).toBe('at-risk');
    expect(milestoneState(milestone(), '2027-03-16')).toBe('upcoming');
  });

  it('takes another at-risk horizon, including none at all', () => {
    expect(milestoneState(milestone(), '2027-03-01', { atRiskDays: 30 })).toBe('at-risk');
    expect(milestoneState(milestone(), '2027-03-30', { atRiskDays: 0 })).toBe('upcoming');
    expect(milestoneState(milestone(), '2027-03-31', { atRiskDays: 0 })).toBe('at-risk');
  });

  it('is at risk when still planned after its start day (a late start)', () => {
    const m = milestone({ start: '2027-01-01' });
    expect(milestoneState(m, '2027-01-01')).toBe('upcoming');
    expect(milestoneState(m, '2027-01-02')).toBe('at-risk');
    expect(milestoneState({ ...m, status: 'in-progress' }, '2027-01-02')).toBe('upcoming');
  });

  it('is at risk when under way with a quarter or less of its window left', () => {
    // 2027-01-01 .. 2027-03-31 is 89 days; a quarter is 22.25 days.
    const m = milestone({ start: '2027-01-01', status: 'in-progress' });
    expect(milestoneState(m, '2027-03-08')).toBe('upcoming'); // 23 days left
    expect(milestoneState(m, '2027-03-09')).toBe('at-risk'); // 22 days left
    expect(milestoneState(m, '2027-03-08', { atRiskShare: 0.5 })).toBe('at-risk');
    expect(milestoneState(m, '2027-03-08', { atRiskShare: 0 })).toBe('upcoming');
  });

  it('is upcoming before the window opens and for a one-day window', () => {
    expect(milestoneState(milestone({ start: '2027-03-01' }), '2027-01-01')).toBe('upcoming');
    expect(milestoneState(milestone({ start: '2027-03-31', status: 'in-progress' }), '2027-01-01')).toBe('upcoming');
  });

  it('counts calendar days, so a DST change or leap day does not move the boundary', () => {
    expect(milestoneState(milestone({ due: '2027-03-28' }), '2027-03-14')).toBe('at-risk');
    expect(milestoneState(milestone({ due: '2027-03-28' }), '2027-03-13')).toBe('upcoming');
    expect(milestoneState(milestone({ due: '2028-03-14' }), '2028-02-29')).toBe('at-risk');
    expect(milestoneState(milestone({ due: '2028-03-15' }), '2028-02-29')).toBe('upcoming');
  });

  it('counts the days left as date-fns counts calendar days, for any two days from 1900 to 2100', () => {
    const day = fc.integer({ min: 0, max: 200 * 366 }).map((n) => toIsoDate(new Date(1900, 0, 1 + n)));
    fc.assert(
      fc.property(day, day, (due, today) => {
        const left = differenceInCalendarDays(fromIsoDate(due), fromIsoDate(today));
        const expected = left < 0 ? 'overdue' : left <= 3 ? 'at-risk' : 'upcoming';
        expect(milestoneState(milestone({ due }), today, { atRiskDays: 3 })).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('rejects bad input naming what was wrong', () => {
    expect(() => milestoneState(milestone(), '2027-3-1')).toThrow(/today[\s\S]*YYYY-MM-DD/);
    expect(() => milestoneState(milestone(), '2027-03-01', { atRiskDays: -1 })).toThrow(/atRiskDays >= 0/);
    expect(() => milestoneState(milestone(), '2027-03-01', { atRiskShare: 2 })).toThrow(/atRiskShare <= 1/);
    let error: unknown;
    try {
      milestoneState({ ...milestone(), due: undefined } as unknown as Milestone, '2027-03-01');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SelValidationError);
    expect((error as SelValidationError).issues[0]?.path).toEqual(['due']);
  });
});

describe('sorting and grouping', () => {
  const a = milestone({ id: 'a', title: 'Alpha', due: '2027-05-01', start: '2027-02-01' });
  const b = milestone({ id: 'b', title: 'Beta', due: '2027-05-01' });
  const c = milestone({ id: 'c', title: 'Alpha', due: '2027-05-01', start: '2027-02-01' });
  const d = milestone({ id: 'd', title: 'Delta', due: '2027-01-15' });

  it('sorts by due date, then start, then title, then id, without touching the input', () => {
    const input = [c, a, b, d];
    expect(sortMilestones(input).map((m) => m.id)).toEqual(['d', 'b', 'a', 'c']);
    expect(input.map((m) => m.id)).toEqual(['c', 'a', 'b', 'd']);
    expect(compareMilestones(a, a)).toBe(0);
  });

  it('groups by state with every state present, each group sorted', () => {
    const done = milestone({ id: 'done', due: '2026-01-01', status: 'done' });
    const groups = milestonesByState([c, done, a, b, d], '2027-04-20');
    expect(Object.keys(groups)).toEqual([...MILESTONE_STATES]);
    expect(groups.done.map((m) => m.id)).toEqual(['done']);
    expect(groups.overdue.map((m) => m.id)).toEqual(['d']);
    expect(groups['at-risk'].map((m) => m.id)).toEqual(['b', 'a', 'c']);
    expect(groups.upcoming).toEqual([]);
  });

  it('passes options through and reports a bad list with the index', () => {
    expect(milestonesByState([b], '2027-04-01', { atRiskDays: 7 }).upcoming.map((m) => m.id)).toEqual(['b']);
    expect(milestonesByState([], '2027-04-01')).toEqual({ done: [], overdue: [], 'at-risk': [], upcoming: [] });
    expect(() => milestonesByState([b, { ...b, status: 'late' } as unknown as Milestone], '2027-04-01')).toThrow(
      /\[1\]\.status: Expected a milestone status/,
    );
  });
});

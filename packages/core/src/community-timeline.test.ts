import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MILESTONE_STATUSES, PHASES } from './community.js';
import type { Community, Milestone } from './community.js';
import { toIsoDate } from './dates.js';
import { SelValidationError } from './errors.js';
import { communityWith as community } from './test-communities.js';
import { communityTimeline, milestonesByState, milestoneState, sortMilestones } from './milestone.js';
import { phaseSpans } from './phase-span.js';

// Days from 2026-01-01 to the end of 2031 (a leap year and DST changes included).
const day = fc.integer({ min: 0, max: 6 * 365 }).map((n) => toIsoDate(new Date(2026, 0, 1 + n)));

const milestones = fc
  .uniqueArray(
    fc.record({
      id: fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/),
      title: fc.constantFrom('Launch event', 'Plan review', 'Équipe de liderazgo', 'Survey'),
      phase: fc.constantFrom(...PHASES),
      due: day,
      startBefore: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
      status: fc.constantFrom(...MILESTONE_STATUSES),
    }),
    { selector: (m) => m.id, maxLength: 40 },
  )
  .map((list) =>
    list.map(({ startBefore, ...m }): Milestone => {
      if (startBefore === undefined) return m;
      const due = new Date(`${m.due}T00:00`);
      return { ...m, start: toIsoDate(new Date(due.getFullYear(), due.getMonth(), due.getDate() - startBefore)) };
    }),
  );

describe('communityTimeline', () => {
  it('gives what milestoneState, milestonesByState and phaseSpans give one by one, for any community and day', () => {
    fc.assert(
      fc.property(milestones, day, fc.nat({ max: 30 }), (list, today, atRiskDays) => {
        const input = community(list);
        const timeline = communityTimeline(input, today, { atRiskDays });
        const sorted = sortMilestones(list);
        expect(timeline.milestones.map((item) => item.milestone)).toEqual(sorted);
        expect(timeline.milestones.map((item) => item.state)).toEqual(
          sorted.map((m) => milestoneState(m, today, { atRiskDays })),
        );
        const groups = milestonesByState(list, today, { atRiskDays });
        expect(timeline.counts).toEqual({
          done: groups.done.length,
          overdue: groups.overdue.length,
          'at-risk': groups['at-risk'].length,
          upcoming: groups.upcoming.length,
        });
        expect(timeline.spans).toEqual(phaseSpans(input));
      }),
      { numRuns: 200 },
    );
  });

  it('counts every state, with zero where no milestone is', () => {
    const timeline = communityTimeline(
      community([
        { id: 'a', title: 'A', phase: 'launch', due: '2027-03-31', status: 'done' },
        { id: 'b', title: 'B', phase: 'launch', due: '2027-01-31', status: 'planned' },
      ]),
      '2027-02-10',
    );
    expect(timeline.counts).toEqual({ done: 1, overdue: 1, 'at-risk': 0, upcoming: 0 });
    expect(timeline.milestones.map((item) => [item.milestone.id, item.state])).toEqual([
      ['b', 'overdue'],
      ['a', 'done'],
    ]);
  });

  it('rejects a bad community, day or option, naming what is wrong and where', () => {
    const good = community([{ id: 'a', title: 'A', phase: 'launch', due: '2027-03-31', status: 'planned' }]);
    const broken = { ...good, milestones: [...good.milestones, { ...good.milestones[0], id: 'b', due: '31/03/2027' }] };
    const error = (() => {
      try {
        communityTimeline(broken as Community, '2027-02-10');
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(SelValidationError);
    expect((error as SelValidationError).issues.map((issue) => issue.path)).toEqual([['milestones', 1, 'due']]);
    expect(() => communityTimeline(good, '2027-2-10')).toThrow(/today/);
    expect(() => communityTimeline(good, '2027-02-10', { atRiskShare: 2 })).toThrow(/atRiskShare <= 1/);
  });
});

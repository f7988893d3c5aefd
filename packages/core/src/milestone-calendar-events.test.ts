import { describe, expect, it } from 'vitest';
import type { Milestone } from './community.js';
import { SelValidationError } from './errors.js';
import { milestoneCalendarEvents } from './milestone-calendar-events.js';

const milestone: Milestone = {
  id: 'blueprint',
  title: 'Blueprint finalized',
  phase: 'detailed-design',
  due: '2027-07-31',
  status: 'planned',
};

describe('milestoneCalendarEvents', () => {
  it('puts each milestone on its due day with its phase', () => {
    expect(milestoneCalendarEvents([milestone])).toEqual([
      {
        id: 'milestone-blueprint',
        title: 'Blueprint finalized',
        start: '2027-07-31',
        categories: ['milestone', 'detailed-design'],
      },
    ]);
  });

  it('describes it with its description and owner', () => {
    const [event] = milestoneCalendarEvents([
      { ...milestone, description: 'Reuse the pilots’ lessons. ', owner: 'Maya Chen', start: '2027-05-01' },
    ]);
    expect(event?.description).toBe('Reuse the pilots’ lessons.\n\nOwner: Maya Chen');
    expect(event?.start).toBe('2027-07-31');
  });

  it('refuses an invalid milestone', () => {
    expect(() => milestoneCalendarEvents([{ ...milestone, due: '2027-13-01' }])).toThrow(SelValidationError);
  });
});

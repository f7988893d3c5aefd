import { describe, expect, it } from 'vitest';
import type { Milestone } from './community.js';
import { SelValidationError } from './errors.js';
import { communityWith as community } from './test-communities.js';
import { phaseSpans } from './phase-span.js';

const milestone = (id: string, phase: Milestone['phase'], due: string, start?: string): Milestone => ({
  id,
  title: `Milestone ${id}`,
  phase,
  due,
  status: 'planned',
  ...(start === undefined ? {} : { start }),
});

describe('phaseSpans', () => {
  it('draws contiguous spans from the charter start, each ending on its latest due date', () => {
    const spans = phaseSpans(
      community([
        milestone('a', 'detailed-design', '2026-09-01'),
        milestone('b', 'detailed-design', '2027-01-01'),
        milestone('c', 'launch', '2027-07-01'),
        milestone('d', 'scale-and-improve', '2029-01-01'),
        milestone('e', 'scale-and-improve', '2028-03-01'),
      ]),
    );
    expect(spans).toEqual([
      { phase: 'detailed-design', start: '2026-07-01', end: '2027-01-01', milestones: 2 },
      { phase: 'launch', start: '2027-01-01', end: '2027-07-01', milestones: 1 },
      { phase: 'scale-and-improve', start: '2027-07-01', end: '2029-01-01', milestones: 2 },
    ]);
  });

  it('lists phases in lifecycle order whatever the order of the milestones, skipping empty phases', () => {
    const spans = phaseSpans(
      community([
        milestone('r', 'replan', '2030-01-01'),
        milestone('a', 'detailed-design', '2026-12-01'),
        milestone('t', 'leadership-transition', '2031-06-30'),
      ]),
    );
    expect(spans.map((span) => span.phase)).toEqual(['detailed-design', 'replan', 'leadership-transition']);
    expect(spans[1]).toEqual({ phase: 'replan', start: '2026-12-01', end: '2030-01-01', milestones: 1 });
    expect(spans[2]).toEqual({ phase: 'leadership-transition', start: '2030-01-01', end: '2031-06-30', milestones: 1 });
  });

  it('starts a span early when one of its milestones starts or is due before the previous span ends', () => {
    const spans = phaseSpans(
      community([
        milestone('a', 'detailed-design', '2027-03-01'),
        milestone('b', 'launch', '2027-06-01', '2027-01-15'),
        milestone('c', 'scale-and-improve', '2027-02-01'),
      ]),
    );
    expect(spans).toEqual([
      { phase: 'detailed-design', start: '2026-07-01', end: '2027-03-01', milestones: 1 },
      { phase: 'launch', start: '2027-01-15', end: '2027-06-01', milestones: 1 },
      // Due before launch ends: the span is that single day, overlapping the launch band.
      { phase: 'scale-and-improve', start: '2027-02-01', end: '2027-02-01', milestones: 1 },
    ]);
  });

  it('starts the first span on a milestone before the charter', () => {
    const [first] = phaseSpans(community([milestone('a', 'detailed-design', '2026-08-01', '2026-05-01')]));
    expect(first).toEqual({ phase: 'detailed-design', start: '2026-05-01', end: '2026-08-01', milestones: 1 });
  });

  it('has no spans without milestones', () => {
    expect(phaseSpans(community([]))).toEqual([]);
  });

  it('reports malformed input by path', () => {
    const bad = { ...community([milestone('a', 'launch', '2027-02-30')]) };
    expect(() => phaseSpans(bad)).toThrow(SelValidationError);
    try {
      phaseSpans(bad);
    } catch (error) {
      expect((error as SelValidationError).issues.map((issue) => issue.path)).toEqual([['milestones', 0, 'due']]);
    }
  });
});

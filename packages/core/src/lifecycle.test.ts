import { addDays } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { communitySchema, PHASES } from './community.js';
import type { Community, Milestone, Phase } from './community.js';
import { fromIsoDate, toIsoDate } from './dates.js';
import { SelRuleError, SelValidationError } from './errors.js';
import {
  canTransition,
  isAllowedTransition,
  isFinalPhase,
  nextPhases,
  PHASE_TRANSITIONS,
  transition,
} from './lifecycle.js';

const exit = (id: string, phase: Phase, status: Milestone['status'] = 'planned'): Milestone => ({
  id,
  title: `Close ${id}`,
  phase,
  due: '2027-06-30',
  status,
  exitCriterion: true,
});

function community(overrides: Partial<Community> = {}): Community {
  return {
    id: 'national-lc',
    name: 'National SEL Learning Community',
    scope: { kind: 'national' },
    readiness: 'innovating',
    charter: { start: '2026-07-01', end: '2031-06-30' },
    phase: 'detailed-design',
    leadershipTeam: [],
    committees: ['advisory'],
    members: [],
    districts: [],
    milestones: [],
    ...overrides,
  };
}

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

describe('the phase graph', () => {
  it('moves forward one phase at a time, loops replan back to scale-and-improve, and ends', () => {
    expect(nextPhases('detailed-design')).toEqual(['launch']);
    expect(nextPhases('launch')).toEqual(['scale-and-improve']);
    expect(nextPhases('scale-and-improve')).toEqual(['replan']);
    expect(nextPhases('replan')).toEqual(['scale-and-improve', 'leadership-transition']);
    expect(nextPhases('leadership-transition')).toEqual([]);
    expect(PHASES.filter(isFinalPhase)).toEqual(['leadership-transition']);
  });

  it('allows no skips, no staying put and no other way back', () => {
    const allowed = PHASES.flatMap((from) =>
      PHASES.filter((to) => isAllowedTransition(from, to)).map((to) => `${from}>${to}`),
    );
    expect(allowed).toEqual([
      'detailed-design>launch',
      'launch>scale-and-improve',
      'scale-and-improve>replan',
      'replan>scale-and-improve',
      'replan>leadership-transition',
    ]);
  });

  it('rejects a phase name it does not know, saying which ones it expected', () => {
    expect(() => nextPhases('launched' as Phase)).toThrow(/phase[\s\S]*one of detailed-design, launch/);
  });
});

describe('canTransition', () => {
  it('allows the next phase when the current phase has no exit milestones', () => {
    expect(canTransition(community(), 'launch')).toEqual({ ok: true });
  });

  it('refuses an edge that is not in the graph and says which moves are possible', () => {
    expect(canTransition(community(), 'scale-and-improve')).toEqual({
      ok: false,
      code: 'illegal-transition',
      reason: 'A community in "detailed-design" can only move to "launch", not "scale-and-improve"',
      blockingMilestones: [],
    });
    expect(canTransition(community({ phase: 'replan' }), 'launch')).toMatchObject({
      ok: false,
      reason: 'A community in "replan" can only move to "scale-and-improve" or "leadership-transition", not "launch"',
    });
    expect(canTransition(community({ phase: 'launch' }), 'launch')).toMatchObject({
      ok: false,
      code: 'illegal-transition',
    });
  });

  it('treats leadership transition as final', () => {
    expect(canTransition(community({ phase: 'leadership-transition' }), 'replan')).toEqual({
      ok: false,
      code: 'illegal-transition',
      reason: '"leadership-transition" is the final phase; a community cannot move to "replan" from it',
      blockingMilestones: [],
    });
  });

  it('names the undone exit milestones of the current phase only, sorted by due date', () => {
    const late = { ...exit('blueprint', 'detailed-design'), due: '2026-12-01' };
    const early = { ...exit('proposals', 'detailed-design', 'in-progress'), due: '2026-09-01' };
    const milestones = [
      late,
      early,
      exit('semesters', 'detailed-design', 'done'),
      { ...exit('optional', 'detailed-design'), exitCriterion: false },
      { ...exit('plain', 'detailed-design'), exitCriterion: undefined },
      exit('launch-all', 'launch'),
    ];
    const verdict = canTransition(community({ milestones }), 'launch');
    expect(verdict).toEqual({
      ok: false,
      code: 'exit-criteria-unmet',
      reason:
        'Cannot leave "detailed-design" before its exit milestones are done: "Close proposals" (proposals), "Close blueprint" (blueprint)',
      blockingMilestones: [early, late],
    });
  });

  it('reports an illegal edge before unmet exit criteria', () => {
    const verdict = canTransition(community({ milestones: [exit('blueprint', 'detailed-design')] }), 'replan');
    expect(verdict).toMatchObject({ ok: false, code: 'illegal-transition', blockingMilestones: [] });
  });

  it('throws a validation error, not a TypeError, for malformed input', () => {
    expect(thrown(() => canTransition(community(), 'done' as Phase))).toBeInstanceOf(SelValidationError);
    const broken = { ...community(), milestones: undefined } as unknown as Community;
    const error = thrown(() => canTransition(broken, 'launch'));
    expect(error).toBeInstanceOf(SelValidationError);
    expect((error as SelValidationError).issues[0]?.path).toEqual(['milestones']);
  });
});

describe('transition', () => {
  it('returns a new community with the phase changed and the move recorded', () => {
    const before = community({ milestones: [exit('blueprint', 'detailed-design', 'done')] });
    const after = transition(before, 'launch', '2027-01-15');
    expect(after.phase).toBe('launch');
    expect(after.history).toEqual([{ from: 'detailed-design', to: 'launch', on: '2027-01-15' }]);
    expect(before.phase).toBe('detailed-design');
    expect(before.history).toBeUndefined();
    expect(communitySchema.safeParse(after).success).toBe(true);
  });

  it('walks the whole lifecycle, including a second round of scale-and-improve', () => {
    let c = community();
    const steps: [Phase, string][] = [
      ['launch', '2027-01-15'],
      ['scale-and-improve', '2027-06-01'],
      ['replan', '2029-06-01'],
      ['scale-and-improve', '2029-09-01'],
      ['replan', '2030-06-01'],
      ['leadership-transition', '2031-06-01'],
    ];
    for (const [to, on] of steps) c = transition(c, to, on);
    expect(c.phase).toBe('leadership-transition');
    expect(c.history?.map((h) => `${h.from}>${h.to}@${h.on}`)).toEqual([
      'detailed-design>launch@2027-01-15',
      'launch>scale-and-improve@2027-06-01',
      'scale-and-improve>replan@2029-06-01',
      'replan>scale-and-improve@2029-09-01',
      'scale-and-improve>replan@2030-06-01',
      'replan>leadership-transition@2031-06-01',
    ]);
  });

  it('throws illegal-transition with the phases in its details', () => {
    const error = thrown(() => transition(community(), 'replan', '2027-01-15'));
    expect(error).toBeInstanceOf(SelRuleError);
    expect(error).toMatchObject({
      code: 'illegal-transition',
      details: { from: 'detailed-design', to: 'replan', blockingMilestones: [] },
    });
  });

  it('throws exit-criteria-unmet naming the undone exit milestones', () => {
    const c = community({ milestones: [exit('blueprint', 'detailed-design'), exit('semesters', 'detailed-design')] });
    const error = thrown(() => transition(c, 'launch', '2027-01-15'));
    expect(error).toBeInstanceOf(SelRuleError);
    expect(error).toMatchObject({
      code: 'exit-criteria-unmet',
      message: expect.stringContaining('"Close blueprint" (blueprint), "Close semesters" (semesters)') as unknown,
      details: { from: 'detailed-design', to: 'launch', blockingMilestones: ['blueprint', 'semesters'] },
    });
  });

  it('refuses to record a move dated before the last one, but accepts the same day', () => {
    const launched = transition(community(), 'launch', '2027-01-15');
    expect(thrown(() => transition(launched, 'scale-and-improve', '2027-01-14'))).toMatchObject({
      code: 'transition-out-of-order',
    });
    expect(transition(launched, 'scale-and-improve', '2027-01-15').phase).toBe('scale-and-improve');
  });

  it('validates the date', () => {
    const error = thrown(() => transition(community(), 'launch', '15/01/2027'));
    expect(error).toBeInstanceOf(SelValidationError);
    expect((error as SelValidationError).message).toContain('transition date');
  });
});

describe('lifecycle property', () => {
  type Action = { kind: 'move'; to: Phase; afterDays: number } | { kind: 'complete'; index: number };
  const action: fc.Arbitrary<Action> = fc.oneof(
    fc.record({ kind: fc.constant('move' as const), to: fc.constantFrom(...PHASES), afterDays: fc.nat({ max: 120 }) }),
    fc.record({ kind: fc.constant('complete' as const), index: fc.nat({ max: 7 }) }),
  );
  const start = community({
    milestones: [
      exit('design-1', 'detailed-design'),
      exit('design-2', 'detailed-design'),
      exit('launch-1', 'launch'),
      exit('scale-1', 'scale-and-improve'),
      exit('scale-2', 'scale-and-improve'),
      exit('replan-1', 'replan'),
      exit('transition-1', 'leadership-transition'),
      { ...exit('optional', 'launch'), exitCriterion: false },
    ],
  });

  it('never leaves the graph and records only legal edges, whatever is attempted', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
        let c = start;
        let day = fromIsoDate('2026-07-01');
        for (const step of actions) {
          if (step.kind === 'complete') {
            c = {
              ...c,
              milestones: c.milestones.map((m, i) => (i === step.index ? { ...m, status: 'done' as const } : m)),
            };
            continue;
          }
          day = addDays(day, step.afterDays);
          const legal = PHASE_TRANSITIONS[c.phase].includes(step.to);
          const blocked = c.milestones.some(
            (m) => m.phase === c.phase && m.exitCriterion === true && m.status !== 'done',
          );
          const verdict = canTransition(c, step.to);
          expect(verdict.ok).toBe(legal && !blocked);
          try {
            const next = transition(c, step.to, toIsoDate(day));
            expect(legal && !blocked).toBe(true);
            expect(next.phase).toBe(step.to);
            c = next;
          } catch (error) {
            expect(error).toBeInstanceOf(SelRuleError);
            expect((error as SelRuleError).code).toBe(legal ? 'exit-criteria-unmet' : 'illegal-transition');
          }
          expect(PHASES).toContain(c.phase);
        }
        const history = c.history ?? [];
        history.forEach((move, index) => {
          expect(PHASE_TRANSITIONS[move.from]).toContain(move.to);
          expect(move.from).toBe(index === 0 ? 'detailed-design' : history[index - 1]?.to);
        });
        expect(history.at(-1)?.to ?? 'detailed-design').toBe(c.phase);
        expect(communitySchema.safeParse(c).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

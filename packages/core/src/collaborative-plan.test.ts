import { describe, expect, it } from 'vitest';
import {
  collaborativePlanSchema,
  communicationPlanSchema,
  dataSharingPlanSchema,
  overdueActionSteps,
  planProgress,
} from './collaborative-plan.js';
import type { ActionStep, CollaborativePlan } from './collaborative-plan.js';
import { SelRuleError } from './errors.js';
import { safeParseWith } from './zod-parse.js';

const step = (id: string, due: string, status: ActionStep['status']): ActionStep => ({
  id,
  description: `Step ${id}`,
  owner: 'Site director',
  due,
  status,
});

const plan: CollaborativePlan = {
  partnerIds: ['ymca'],
  sharedGoal: 'Students name and manage strong feelings',
  schoolDayPractices: ['Morning circles', 'Calm-down corners'],
  partnerPractices: ['Check-in at program start'],
  alignmentOpportunities: ['Use the same feelings chart in both settings'],
  keyPersonnel: [{ name: 'Ana Ruiz', role: 'Site director', organization: 'YMCA' }, { name: 'Lee Park' }],
  actionSteps: [
    step('a', '2026-10-01', 'done'),
    step('b', '2026-10-15', 'in-progress'),
    step('c', '2026-09-30', 'blocked'),
    step('d', '2026-10-20', 'not-started'),
    step('e', '2026-10-15', 'not-started'),
  ],
  communicationPlan: [
    { audience: 'Families', message: 'What the feelings chart means', channel: 'Newsletter', frequency: 'Monthly' },
  ],
  dataSharingPlan: [
    { data: 'Program attendance', source: 'already-collected', legallyShareable: 'yes', frequency: 'Monthly' },
    {
      data: 'SEL survey',
      source: 'new',
      legallyShareable: 'unknown',
      frequency: 'Each semester',
      notes: 'Ask counsel',
    },
  ],
};

function issues(schema: Parameters<typeof safeParseWith>[0], input: unknown) {
  const result = safeParseWith(schema, input, 'plan');
  return result.ok ? [] : result.error.issues.map((i) => [i.path, i.message]);
}

describe('collaborativePlanSchema', () => {
  it('accepts a full plan and one with nothing planned yet', () => {
    expect(issues(collaborativePlanSchema, plan)).toEqual([]);
    expect(
      issues(collaborativePlanSchema, {
        sharedGoal: 'x',
        schoolDayPractices: [],
        partnerPractices: [],
        alignmentOpportunities: [],
        keyPersonnel: [],
        actionSteps: [],
      }),
    ).toEqual([]);
  });

  it('names bad fields deep in the plan', () => {
    expect(
      issues(collaborativePlanSchema, {
        ...plan,
        sharedGoal: '',
        actionSteps: [step('a', '2026-10-01', 'done'), { ...step('a', '2026-13-01', 'done'), status: 'finished' }],
      }),
    ).toEqual([
      [['sharedGoal'], 'Expected a shared SEL goal (not empty)'],
      [['actionSteps', 1, 'due'], 'Expected a date as YYYY-MM-DD'],
      [['actionSteps', 1, 'status'], 'Expected a status: not-started, in-progress, done, blocked'],
    ]);
  });

  it('reports a repeated action step id', () => {
    expect(
      issues(collaborativePlanSchema, {
        ...plan,
        actionSteps: [step('a', '2026-10-01', 'done'), step('a', '2026-10-02', 'done')],
      }),
    ).toEqual([[['actionSteps', 1, 'id'], 'Expected a unique action step id, but "a" is used twice']]);
  });

  it('checks communication and data-sharing entries', () => {
    expect(issues(communicationPlanSchema, [{ audience: 'Staff', message: 'Updates' }])).toEqual([
      [[0, 'frequency'], 'Expected how often as text'],
    ]);
    expect(
      issues(dataSharingPlanSchema, [
        { data: 'Grades', source: 'borrowed', legallyShareable: 'maybe', frequency: 'Weekly' },
      ]),
    ).toEqual([
      [[0, 'source'], 'Expected a source: already-collected or new'],
      [[0, 'legallyShareable'], 'Expected yes, no, unknown'],
    ]);
  });
});

describe('overdueActionSteps', () => {
  it('lists steps past due and not done, earliest first, ties in plan order', () => {
    expect(overdueActionSteps(plan, '2026-10-16').map((s) => s.id)).toEqual(['c', 'b', 'e']);
  });

  it('does not count a step due today', () => {
    expect(overdueActionSteps(plan, '2026-10-15').map((s) => s.id)).toEqual(['c']);
  });

  it('finds nothing in a plan with no steps and refuses a bad date', () => {
    expect(overdueActionSteps({ actionSteps: [] }, '2026-10-16')).toEqual([]);
    expect(() => overdueActionSteps(plan, '2026-02-31')).toThrow(SelRuleError);
  });

  it('does not reorder the plan it reads', () => {
    overdueActionSteps(plan, '2026-12-01');
    expect(plan.actionSteps.map((s) => s.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

describe('planProgress', () => {
  it('counts steps by status', () => {
    expect(planProgress(plan)).toEqual({
      total: 5,
      done: 1,
      byStatus: { 'not-started': 2, 'in-progress': 1, done: 1, blocked: 1 },
      fractionDone: 0.2,
    });
  });

  it('has no fraction for a plan without steps', () => {
    expect(planProgress({ actionSteps: [] })).toEqual({
      total: 0,
      done: 0,
      byStatus: { 'not-started': 0, 'in-progress': 0, done: 0, blocked: 0 },
      fractionDone: undefined,
    });
  });
});

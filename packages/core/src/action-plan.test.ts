import { describe, expect, it } from 'vitest';
import { insertPlanItem, setActionStepStatus } from './action-plan-edits.js';
import { movePlanItem, nextPlanId, removePlanItem, setPlanField } from './action-plan-writing.js';
import {
  actionPlanOwners,
  actionPlanProgress,
  actionPlanSteps,
  actionStepTiming,
  dueSoonActionSteps,
  safeParseActionPlan,
  stepsChangedSince,
} from './action-plan.js';
import type { ActionPlan, CaselActionPlan, PartnerActionPlan } from './action-plan.js';
import type { ActionStep } from './collaborative-plan.js';
import { SelRuleError } from './errors.js';

const step = (id: string, owner: string, due: string, status: ActionStep['status'], updated?: string): ActionStep => ({
  id,
  description: `Step ${id}`,
  owner,
  due,
  status,
  ...(updated === undefined ? {} : { updated }),
});

const casel = (): CaselActionPlan => ({
  kind: 'casel',
  title: 'District SEL action plan 2026-27',
  goals: [
    {
      id: 'g1',
      statement: 'By June 2027, every school has an SEL team that meets monthly.',
      measure: 'Meeting logs',
      indicatorIds: ['cabinet'],
      steps: [
        step('s1', 'Dana Cole', '2026-11-01', 'done', '2026-10-28'),
        step('s2', 'Luis Ortega', '2026-11-20', 'in-progress', '2026-11-18'),
      ],
    },
    {
      id: 'g2',
      statement: 'By May 2027, 80% of staff finish the adult SEL series.',
      steps: [step('s3', 'dana cole', '2026-12-15', 'not-started'), step('s4', 'Ana Ruiz', '2026-11-10', 'blocked')],
    },
  ],
});

const partner = (): PartnerActionPlan => ({
  kind: 'partner',
  title: 'Lincoln Elementary and Riverside YMCA',
  sharedGoal: 'Students name and manage strong feelings',
  schoolDayPractices: ['Morning circles'],
  partnerPractices: ['Check-in at program start'],
  alignmentOpportunities: ['One feelings chart in both settings'],
  keyPersonnel: [{ name: 'Ana Ruiz', role: 'Site director' }],
  actionSteps: [step('a', 'Ana Ruiz', '2026-12-01', 'not-started')],
  dataSharingPlan: [{ data: 'Attendance', source: 'new', legallyShareable: 'unknown', frequency: 'Monthly' }],
});

describe('actionPlanSchema', () => {
  it('accepts both kinds and keeps the step changed-on date', () => {
    const parsed = safeParseActionPlan(casel());
    expect(parsed.ok && parsed.value.kind === 'casel' && parsed.value.goals[0]?.steps[0]?.updated).toBe('2026-10-28');
    expect(safeParseActionPlan(partner()).ok).toBe(true);
  });

  it('names the plan kind when it is missing or unknown', () => {
    const parsed = safeParseActionPlan({ ...partner(), kind: 'team' });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.issues[0]?.message).toBe('Expected a plan kind: casel or partner');
  });

  it('reports empty text, bad dates and repeated ids at their paths', () => {
    const plan = casel();
    const bad = {
      ...plan,
      goals: [
        { ...plan.goals[0], statement: '  ' },
        { ...plan.goals[1], id: 'g1', steps: [step('s1', 'Ana', '2026-02-30', 'done')] },
      ],
    };
    const parsed = safeParseActionPlan(bad);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'goals.0.statement',
      'goals.1.id',
      'goals.1.steps.0.due',
      'goals.1.steps.0.id',
    ]);
  });
});

describe('following a plan', () => {
  it('lists every step with its path, and the owners once each', () => {
    expect(actionPlanSteps(casel()).map((ref) => ref.path.join('.'))).toEqual([
      'goals.0.steps.0',
      'goals.0.steps.1',
      'goals.1.steps.0',
      'goals.1.steps.1',
    ]);
    expect(actionPlanSteps(partner())[0]?.path).toEqual(['actionSteps', 0]);
    expect(actionPlanOwners(casel())).toEqual(['Ana Ruiz', 'dana cole', 'Dana Cole', 'Luis Ortega']);
  });

  it('times steps: done, overdue (blocked too), due soon up to the horizon, later', () => {
    const today = '2026-11-15';
    expect(actionStepTiming({ due: '2026-11-01', status: 'done' }, today)).toBe('done');
    expect(actionStepTiming({ due: '2026-11-10', status: 'blocked' }, today)).toBe('overdue');
    expect(actionStepTiming({ due: '2026-11-15', status: 'not-started' }, today)).toBe('due-soon');
    expect(actionStepTiming({ due: '2026-11-29', status: 'in-progress' }, today)).toBe('due-soon');
    expect(actionStepTiming({ due: '2026-11-30', status: 'in-progress' }, today)).toBe('later');
    expect(actionStepTiming({ due: '2026-11-16', status: 'in-progress' }, today, 0)).toBe('later');
    expect(dueSoonActionSteps(casel(), today).map((s) => s.id)).toEqual(['s2']);
    expect(() => actionStepTiming({ due: '2026-11-16', status: 'done' }, '2026-13-01')).toThrow(SelRuleError);
  });

  it('counts progress per goal and overall', () => {
    const progress = actionPlanProgress(casel());
    expect(progress.overall).toMatchObject({ total: 4, done: 1, fractionDone: 0.25 });
    expect(progress.goals.map((goal) => goal.fractionDone)).toEqual([0.5, 0]);
    expect(actionPlanProgress(partner()).goals).toEqual([]);
  });

  it('lists the steps changed on or after a date', () => {
    expect(stepsChangedSince(casel(), '2026-11-18').map((ref) => ref.step.id)).toEqual(['s2']);
    expect(stepsChangedSince(casel(), '2026-10-01').map((ref) => ref.step.id)).toEqual(['s1', 's2']);
    expect(() => stepsChangedSince(casel(), 'last week')).toThrow(SelRuleError);
  });
});

describe('editing a plan', () => {
  it('sets a step status with its changed-on date and leaves the old plan as it was', () => {
    const before = casel();
    const after = setActionStepStatus(before, 's3', 'in-progress', '2026-11-20');
    expect(after.kind === 'casel' && after.goals[1]?.steps[0]).toMatchObject({
      status: 'in-progress',
      updated: '2026-11-20',
    });
    expect(before.goals[1]?.steps[0]?.status).toBe('not-started');
    expect(after.kind === 'casel' && after.goals[0]).toBe(before.goals[0]);
    expect(() => setActionStepStatus(before, 'nope', 'done', '2026-11-20')).toThrow(/no action step "nope"/);
  });

  it('sets and clears fields, adds, moves and removes items', () => {
    let plan: ActionPlan = partner();
    plan = setPlanField(plan, ['keyPersonnel', 0, 'organization'], 'Riverside YMCA');
    plan = setPlanField(plan, ['keyPersonnel', 0, 'role'], undefined);
    expect(plan.kind === 'partner' && plan.keyPersonnel[0]).toEqual({
      name: 'Ana Ruiz',
      organization: 'Riverside YMCA',
    });
    plan = insertPlanItem(plan, ['schoolDayPractices'], 'Calm-down corners');
    plan = insertPlanItem(plan, ['schoolDayPractices'], 'Second Step lessons', 0);
    plan = movePlanItem(plan, ['schoolDayPractices'], 0, 2);
    expect(plan.kind === 'partner' && plan.schoolDayPractices).toEqual([
      'Morning circles',
      'Calm-down corners',
      'Second Step lessons',
    ]);
    plan = removePlanItem(plan, ['schoolDayPractices'], 1);
    expect(plan.kind === 'partner' && plan.schoolDayPractices).toEqual(['Morning circles', 'Second Step lessons']);
    // An optional list that is not there yet is created.
    plan = insertPlanItem(plan, ['communicationPlan'], {
      audience: 'Families',
      message: 'Chart',
      frequency: 'Monthly',
    });
    expect(plan.kind === 'partner' && plan.communicationPlan).toHaveLength(1);
    expect(safeParseActionPlan(plan).ok).toBe(true);
  });

  it('refuses paths that are not in the plan, and the kind', () => {
    expect(() => setPlanField(casel(), ['goals', 5, 'statement'], 'x')).toThrow(/nothing at goals.5/);
    expect(() => movePlanItem(casel(), ['goals'], 0, 2)).toThrow(/no item 2/);
    expect(() => removePlanItem(casel(), ['title'], 0)).toThrow(/not a list/);
    expect(() => setPlanField(casel(), ['kind'], 'partner')).toThrow(/keeps its kind/);
  });

  it('makes ids no goal or step uses yet', () => {
    expect(nextPlanId(casel(), 'g')).toBe('g-1');
    const plan = insertPlanItem(casel(), ['goals', 0, 'steps'], step('step-1', 'Ana', '2026-12-01', 'done'));
    expect(nextPlanId(plan, 'step')).toBe('step-2');
  });
});

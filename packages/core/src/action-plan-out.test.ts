import { describe, expect, it } from 'vitest';
import { actionPlanStepsToCsv, actionPlanToICalendar, goalsFromAssessment } from './action-plan-out.js';
import type { CaselActionPlan, PartnerActionPlan } from './action-plan.js';
import { parseCsvTable } from './csv.js';
import { readICalendar } from './test-icalendar.js';
import { assessmentOf, buildRubric, FOUR_LEVELS } from './test-rubrics.js';

const plan: CaselActionPlan = {
  kind: 'casel',
  title: 'District plan, "2026"',
  goals: [
    {
      id: 'g1',
      statement: '=HYPERLINK("http://x","Every school has a team")',
      steps: [
        {
          id: 's1',
          description: 'Charter, draft one',
          owner: '+Dana',
          due: '2026-11-01',
          status: 'done',
          updated: '2026-10-30',
        },
        { id: 's2', description: 'Line one\nline two', owner: 'Luis', due: '2026-12-01', status: 'blocked' },
      ],
    },
  ],
};

describe('actionPlanStepsToCsv', () => {
  it('writes one row per step with its goal, guarding formulas, and reads back the same text', () => {
    const csv = actionPlanStepsToCsv(plan);
    expect(csv.split('\r\n')[0]).toBe('Goal,Step,Owner,Due,Status,Updated,ID');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""Every school has a team"")"`);
    const table = parseCsvTable(csv, { guardFormulas: true });
    expect(table.records.map((record) => record.values)).toEqual([
      {
        Goal: plan.goals[0]?.statement,
        Step: 'Charter, draft one',
        Owner: '+Dana',
        Due: '2026-11-01',
        Status: 'done',
        Updated: '2026-10-30',
        ID: 's1',
      },
      {
        Goal: plan.goals[0]?.statement,
        Step: 'Line one\nline two',
        Owner: 'Luis',
        Due: '2026-12-01',
        Status: 'blocked',
        Updated: '',
        ID: 's2',
      },
    ]);
  });

  it('names the shared goal for a partner plan', () => {
    const partner: PartnerActionPlan = {
      kind: 'partner',
      title: 'Lincoln and YMCA',
      sharedGoal: 'Name feelings',
      schoolDayPractices: [],
      partnerPractices: [],
      alignmentOpportunities: [],
      keyPersonnel: [],
      actionSteps: [{ id: 'a', description: 'Print charts', owner: 'Ana', due: '2026-11-01', status: 'done' }],
    };
    expect(actionPlanStepsToCsv(partner).split('\r\n')[1]).toBe('Name feelings,Print charts,Ana,2026-11-01,done,,a');
  });
});

describe('actionPlanToICalendar', () => {
  it('puts each step on its due day, named by the plan, with stable UIDs', () => {
    const calendar = readICalendar(actionPlanToICalendar(plan, 'riverbend-plan', '2026-11-15T12:00:00Z'));
    expect(calendar.name).toBe('District plan, "2026"');
    expect(calendar.events.map((event) => [event.title, event.start, event.end, event.description])).toEqual([
      ['Charter, draft one', '2026-11-01', '2026-11-01', 'Owner: +Dana'],
      ['Line one\nline two', '2026-12-01', '2026-12-01', 'Owner: Luis'],
    ]);
    expect(calendar.events[0]?.uid).toContain('action-step-s1');
  });
});

describe('goalsFromAssessment', () => {
  const rubric = buildRubric({ id: 'plan-test', levels: FOUR_LEVELS, practices: [[2], [2]] });
  const assessment = assessmentOf(rubric, {
    'fa1-p1-i1': 3,
    'fa1-p1-i2': 1,
    'fa2-p1-i1': 2,
    'fa2-p1-i2': 4,
  });

  it('proposes the priority indicators first, then the weakest, each once, with no steps', () => {
    const goals = goalsFromAssessment(rubric, assessment, {
      priorityIds: ['fa2-p1-i2', 'unknown'],
      usedIds: ['goal-fa1-p1-i2'],
    });
    expect(goals).toEqual([
      { id: 'goal-fa2-p1-i2', statement: 'Indicator 2.1.2', indicatorIds: ['fa2-p1-i2'], steps: [] },
      { id: 'goal-fa1-p1-i2-2', statement: 'Indicator 1.1.2', indicatorIds: ['fa1-p1-i2'], steps: [] },
      { id: 'goal-fa2-p1-i1', statement: 'Indicator 2.1.1', indicatorIds: ['fa2-p1-i1'], steps: [] },
    ]);
    expect(goalsFromAssessment(rubric, assessment, { limit: 1 }).map((goal) => goal.indicatorIds)).toEqual([
      ['fa1-p1-i2'],
    ]);
  });
});

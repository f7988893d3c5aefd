import { describe, expect, it } from 'vitest';
import { actionPlanSteps, listIndicators, safeParseActionPlan } from '@sel/core';
import { districtRubric } from './rubrics/district.js';
import { exampleDistrictActionPlan, examplePartnerPlan } from './plan-examples.js';

describe('example plans', () => {
  it('are valid action plans of each kind', () => {
    expect(safeParseActionPlan(exampleDistrictActionPlan)).toMatchObject({ ok: true });
    expect(safeParseActionPlan(examplePartnerPlan)).toMatchObject({ ok: true });
  });

  it('draw their goals from indicators the district rubric has', () => {
    const indicators = new Set(listIndicators(districtRubric).map((entry) => entry.indicator.id));
    const named = exampleDistrictActionPlan.goals.flatMap((goal) => goal.indicatorIds ?? []);
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((id) => !indicators.has(id))).toEqual([]);
  });

  it('show every data-sharing answer and every step status', () => {
    expect(examplePartnerPlan.dataSharingPlan?.map((row) => row.legallyShareable).sort()).toEqual([
      'no',
      'unknown',
      'yes',
    ]);
    const statuses = new Set(actionPlanSteps(exampleDistrictActionPlan).map(({ step }) => step.status));
    expect([...statuses].sort()).toEqual(['blocked', 'done', 'in-progress', 'not-started']);
  });
});

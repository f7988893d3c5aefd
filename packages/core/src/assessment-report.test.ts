import { describe, expect, it } from 'vitest';
import {
  indicatorProgress,
  MAX_REPORT_ROUNDS,
  priorityPractices,
  reportNextSteps,
  reportRounds,
  reportTarget,
  safeParseAssessmentReport,
} from './assessment-report.js';
import type { AssessmentReport } from './assessment-report.js';
import { assessmentReportToCsv } from './assessment-report-csv.js';
import { weakestIndicators } from './next-steps.js';
import { parseCsv } from './csv.js';
import { assessmentOf, districtRubric } from './test-rubrics.js';

const fall = assessmentOf(
  districtRubric,
  { 'fa1-p1-i1': 1, 'fa1-p1-i2': 2, 'fa1-p2-i1': 3, 'fa2-p1-i1': 2 },
  { id: 'fall', takenOn: '2025-10-01' },
);
const spring = assessmentOf(
  districtRubric,
  { 'fa1-p1-i1': 2, 'fa1-p1-i2': 2, 'fa1-p2-i1': 2, 'fa2-p1-i1': 4, 'fa2-p1-i2': 1, 'fa2-p1-i3': 1 },
  { id: 'spring', takenOn: '2026-04-01' },
);
const report = (fields: Partial<AssessmentReport> = {}): AssessmentReport => ({
  rubric: districtRubric,
  assessments: [spring, fall],
  ...fields,
});

const issuesOf = (input: unknown) => {
  const result = safeParseAssessmentReport(input);
  return result.ok ? [] : result.error.issues.map((issue) => ({ path: issue.path, code: issue.code }));
};

describe('safeParseAssessmentReport', () => {
  it('accepts a rubric with rounds, targets and priorities', () => {
    const input = report({ targets: { overall: 0.8, focusAreas: { fa2: 0.6 } }, priorities: ['fa2-p1'] });
    expect(safeParseAssessmentReport(input)).toEqual({ ok: true, value: input });
  });

  it('reports every assessment that does not fit the rubric at its path', () => {
    const stray = {
      ...fall,
      id: 'stray',
      rubricVersion: 'old',
      ratings: { 'fa1-p1-i1': { level: 9 }, nope: { level: 1 } },
    };
    expect(issuesOf(report({ assessments: [fall, stray, fall] }))).toEqual([
      { path: ['assessments', 1, 'rubricVersion'], code: 'rubric-version-mismatch' },
      { path: ['assessments', 1, 'ratings', 'fa1-p1-i1', 'level'], code: 'unknown-level' },
      { path: ['assessments', 1, 'ratings', 'nope'], code: 'unknown-indicator' },
      { path: ['assessments', 2, 'id'], code: 'duplicate-assessment' },
    ]);
  });

  it('needs 1 to 10 rounds, targets from 0 to 1 and known focus areas and practices', () => {
    expect(issuesOf(report({ assessments: [] }))[0]?.path).toEqual(['assessments']);
    const eleven = Array.from({ length: MAX_REPORT_ROUNDS + 1 }, (_, i) => ({ ...fall, id: `r${i}` }));
    expect(issuesOf(report({ assessments: eleven }))[0]?.path).toEqual(['assessments']);
    expect(issuesOf(report({ targets: { overall: 80 } }))[0]?.path).toEqual(['targets', 'overall']);
    expect(issuesOf(report({ targets: { focusAreas: { nowhere: 0.5 } }, priorities: ['fa1', 'fa1-p2'] }))).toEqual([
      { path: ['targets', 'focusAreas', 'nowhere'], code: 'unknown-focus-area' },
      { path: ['priorities', 0], code: 'unknown-practice' },
    ]);
    expect(issuesOf({ rubric: { ...districtRubric, levels: [] }, assessments: [fall] })[0]?.path).toEqual([
      'rubric',
      'levels',
    ]);
  });
});

describe('reportRounds', () => {
  it('orders the rounds by date and scores each with its stages and completeness', () => {
    const rounds = reportRounds(report());
    expect(rounds.map((round) => round.assessment.id)).toEqual(['fall', 'spring']);
    const [first, second] = rounds;
    // Fall: levels 1, 2, 3, 2 on a 1-4 scale -> mean 2, normalised 1/3, 4 of 6 rated.
    expect(first?.score.overall.normalised).toBeCloseTo(1 / 3);
    expect(first?.completeness).toMatchObject({ rated: 4, total: 6 });
    expect(first?.stage).toBe('initiating');
    // Focus area 2 has one of three indicators rated in the fall: too little for a stage.
    expect(first?.focusAreaStages).toEqual(['initiating', null]);
    expect(second?.completeness.ratio).toBe(1);
  });
});

describe('reportTarget', () => {
  it("gives a focus area's own target, else the overall one, else none", () => {
    const input = report({ targets: { overall: 0.8, focusAreas: { fa2: 0.6 } } });
    expect([reportTarget(input), reportTarget(input, 'fa1'), reportTarget(input, 'fa2')]).toEqual([0.8, 0.8, 0.6]);
    expect(reportTarget(report(), 'fa1')).toBeNull();
  });
});

describe('indicatorProgress', () => {
  it('gives each indicator its level per round and its trend from the first rated round to the last', () => {
    const progress = indicatorProgress(districtRubric, reportRounds(report()));
    expect(progress.map((p) => [p.entry.indicator.id, p.levels, p.levelDelta, p.trend])).toEqual([
      ['fa1-p1-i1', [1, 2], 1, 'improved'],
      ['fa1-p1-i2', [2, 2], 0, 'unchanged'],
      ['fa1-p2-i1', [3, 2], -1, 'slipped'],
      ['fa2-p1-i1', [2, 4], 2, 'improved'],
      ['fa2-p1-i2', [null, 1], null, 'unrated'],
      ['fa2-p1-i3', [null, 1], null, 'unrated'],
    ]);
    expect(progress[3]?.normalisedDelta).toBeCloseTo(2 / 3);
  });
});

describe('reportNextSteps', () => {
  it('puts the weakest indicators of priority practices first, then the others, lowest first', () => {
    const priorities = priorityPractices(report({ priorities: ['fa1-p2'] }));
    const steps = reportNextSteps(districtRubric, spring, priorities, 4);
    expect(steps.map((step) => [step.indicatorId, step.priority])).toEqual([
      ['fa1-p2-i1', true],
      ['fa2-p1-i2', false],
      ['fa2-p1-i3', false],
      ['fa1-p1-i1', false],
    ]);
  });

  it('marks and puts first the practices the team marked in the round itself', () => {
    const marked = { ...spring, priorities: ['fa1-p1'] };
    const steps = reportNextSteps(districtRubric, marked, priorityPractices(report(), marked), 5);
    expect(steps.map((step) => [step.indicatorId, step.priority])).toEqual([
      ['fa1-p1-i1', true],
      ['fa1-p1-i2', true],
      ['fa2-p1-i2', false],
      ['fa2-p1-i3', false],
      ['fa1-p2-i1', false],
    ]);
  });

  it("joins the round's priorities with the report's, in weakestIndicators' order as it comes", () => {
    const marked = { ...fall, priorities: ['fa2-p1'] };
    const priorities = priorityPractices(report({ priorities: ['fa1-p2'] }), marked);
    expect([...priorities]).toEqual(['fa1-p2', 'fa2-p1']);
    const steps = reportNextSteps(districtRubric, marked, priorities, 10);
    // Priority practices first (unrated, then lowest level, ties in rubric order), then the others.
    expect(steps.map((step) => [step.indicatorId, step.level, step.priority])).toEqual([
      ['fa2-p1-i2', null, true],
      ['fa2-p1-i3', null, true],
      ['fa2-p1-i1', 2, true],
      ['fa1-p2-i1', 3, true],
      ['fa1-p1-i1', 1, false],
      ['fa1-p1-i2', 2, false],
    ]);
    const weakest = weakestIndicators(
      districtRubric,
      { ...marked, priorities: ['fa2-p1', 'fa1-p2'] },
      { limit: 10, includeUnrated: true },
    );
    expect(steps).toEqual(weakest);
  });

  it('ignores a priority that names no practice of the rubric', () => {
    const steps = reportNextSteps(districtRubric, spring, new Set(['no-such-practice']), 2);
    expect(steps.map((step) => [step.indicatorId, step.priority])).toEqual([
      ['fa2-p1-i2', false],
      ['fa2-p1-i3', false],
    ]);
  });

  it('lists unrated indicators ahead of rated ones and leaves out those at the highest level', () => {
    const steps = reportNextSteps(districtRubric, fall, new Set(), 10);
    expect(steps.map((step) => step.indicatorId)).toEqual([
      'fa2-p1-i2',
      'fa2-p1-i3',
      'fa1-p1-i1',
      'fa1-p1-i2',
      'fa2-p1-i1',
      'fa1-p2-i1',
    ]);
  });
});

describe('assessmentReportToCsv', () => {
  it('writes one row per level of detail and a level and a score column per round, in date order', () => {
    const rows = parseCsv(assessmentReportToCsv(report()));
    expect(rows[0]).toEqual([
      'row_kind',
      'focus_area',
      'practice',
      'indicator_id',
      'indicator',
      'fall 2025-10-01 level',
      'fall 2025-10-01 score %',
      'spring 2026-04-01 level',
      'spring 2026-04-01 score %',
    ]);
    expect(rows.map((row) => row[0])).toEqual([
      'row_kind',
      'overall',
      'focus-area',
      'practice',
      'indicator',
      'indicator',
      'practice',
      'indicator',
      'focus-area',
      'practice',
      'indicator',
      'indicator',
      'indicator',
    ]);
    expect(rows[1]).toEqual(['overall', 'Rubric district-test', '', '', '', '2', '33.3', '2', '33.3']);
    expect(rows[7]).toEqual([
      'indicator',
      'Focus area 1',
      'Practice 1.2',
      'fa1-p2-i1',
      'Indicator 1.2.1',
      '3',
      '66.7',
      '2',
      '33.3',
    ]);
    expect(rows[11]).toEqual([
      'indicator',
      'Focus area 2',
      'Practice 2.1',
      'fa2-p1-i2',
      'Indicator 2.1.2',
      '',
      '',
      '1',
      '0',
    ]);
  });

  it('guards text that a spreadsheet would run as a formula', () => {
    const rubric = { ...districtRubric, title: '=HYPERLINK("http://evil")' };
    const csv = assessmentReportToCsv({ rubric, assessments: [{ ...fall, id: '@cmd' }] });
    const rows = parseCsv(csv);
    expect(rows[0]?.[5]).toBe("'@cmd 2025-10-01 level");
    expect(rows[1]?.[1]).toBe('\'=HYPERLINK("http://evil")');
  });
});

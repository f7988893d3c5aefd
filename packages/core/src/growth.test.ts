import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SelRuleError } from './errors.js';
import { compareAssessments } from './growth.js';
import {
  assessmentAllAt,
  anyLevels,
  anyRubric,
  assessmentOf,
  districtRubric,
  fiveLevelRubric,
  schoolRubric,
  sixLevelRubric,
} from './test-rubrics.js';

function ruleError(run: () => unknown): SelRuleError {
  try {
    run();
  } catch (error) {
    if (error instanceof SelRuleError) return error;
    throw error;
  }
  throw new Error('expected a SelRuleError');
}

describe('compareAssessments', () => {
  const fall = assessmentOf(
    districtRubric,
    { 'fa1-p1-i1': 1, 'fa1-p1-i2': 3, 'fa1-p2-i1': 2, 'fa2-p1-i1': 4 },
    { id: 'fall', takenOn: '2025-10-01' },
  );
  const spring = assessmentOf(
    districtRubric,
    { 'fa1-p1-i1': 3, 'fa1-p1-i2': 3, 'fa1-p2-i1': 1, 'fa2-p1-i2': 2 },
    { id: 'spring', takenOn: '2026-04-01' },
  );

  it('gives a level and normalised delta per indicator, null when either side is unrated', () => {
    const growth = compareAssessments(districtRubric, fall, spring);
    expect(growth.beforeId).toBe('fall');
    expect(growth.afterId).toBe('spring');
    expect(growth.indicators.map((g) => [g.indicatorId, g.before, g.after, g.levelDelta])).toEqual([
      ['fa1-p1-i1', 1, 3, 2],
      ['fa1-p1-i2', 3, 3, 0],
      ['fa1-p2-i1', 2, 1, -1],
      ['fa2-p1-i1', 4, null, null],
      ['fa2-p1-i2', null, 2, null],
      ['fa2-p1-i3', null, null, null],
    ]);
    expect(growth.indicators[0]?.normalisedDelta).toBeCloseTo(2 / 3);
    expect(growth.indicators[2]?.normalisedDelta).toBeCloseTo(-1 / 3);
    expect(growth.indicators[3]?.normalisedDelta).toBeNull();
    expect(growth.indicators[0]).toMatchObject({ practiceId: 'fa1-p1', focusAreaId: 'fa1' });
  });

  it('summarises per focus area, per practice and overall', () => {
    const growth = compareAssessments(districtRubric, fall, spring);
    const [fa1, fa2] = growth.focusAreas;
    expect(fa1).toMatchObject({ focusAreaId: 'fa1', compared: 3, improved: 1, declined: 1, unchanged: 1 });
    expect(fa1?.before.mean).toBe(2);
    expect(fa1?.after.mean).toBeCloseTo(7 / 3);
    expect(fa1?.scoreDelta).toBeCloseTo(1 / 9);
    expect(fa1?.pairedDelta).toBeCloseTo(1 / 9);
    expect(fa1?.practices.map((p) => [p.practiceId, p.compared, p.improved, p.declined])).toEqual([
      ['fa1-p1', 2, 1, 0],
      ['fa1-p2', 1, 0, 1],
    ]);
    // Focus area 2: different indicators rated on each side, so nothing is like for like.
    expect(fa2).toMatchObject({ compared: 0, pairedDelta: null, improved: 0, declined: 0, unchanged: 0 });
    expect(fa2?.scoreDelta).toBeCloseTo(1 / 3 - 1);
    expect(growth.overall).toMatchObject({ compared: 3, improved: 1, declined: 1, unchanged: 1 });
    // Fall: mean 2.5 of 4 rated (0.5); spring: mean 2.25 of 4 rated (1.25 / 3).
    expect(growth.overall.scoreDelta).toBeCloseTo(1.25 / 3 - 0.5);
  });

  it('gives null deltas when one side has nothing rated', () => {
    const growth = compareAssessments(districtRubric, assessmentOf(districtRubric, {}), spring);
    expect(growth.overall).toMatchObject({ scoreDelta: null, pairedDelta: null, compared: 0 });
    expect(growth.indicators.every((g) => g.levelDelta === null)).toBe(true);
  });

  it('shows full growth from lowest to highest on 3, 5 and 6 levels', () => {
    for (const rubric of [schoolRubric, fiveLevelRubric, sixLevelRubric]) {
      const low = rubric.levels[0]?.value ?? Number.NaN;
      const high = rubric.levels[rubric.levels.length - 1]?.value ?? Number.NaN;
      const growth = compareAssessments(rubric, assessmentAllAt(rubric, low), assessmentAllAt(rubric, high));
      expect(growth.overall).toMatchObject({ scoreDelta: 1, pairedDelta: 1, improved: growth.indicators.length });
      expect(growth.indicators.every((g) => g.levelDelta === high - low && g.normalisedDelta === 1)).toBe(true);
    }
  });

  it('refuses assessments of different rubric versions, naming both versions', () => {
    const older = { ...fall, rubricVersion: '2024.2' };
    const error = ruleError(() => compareAssessments(districtRubric, older, spring));
    expect(error.code).toBe('rubric-version-mismatch');
    expect(error.message).toContain('"2024.2"');
    expect(error.message).toContain('"2025.1"');
    expect(error.details).toEqual({ before: '2024.2', after: '2025.1' });
  });

  it('refuses assessments of different rubrics', () => {
    const error = ruleError(() => compareAssessments(districtRubric, fall, assessmentAllAt(schoolRubric, 1)));
    expect(error.code).toBe('rubric-mismatch');
    expect(error.message).toContain('"district-test"');
    expect(error.message).toContain('"school-test"');
  });

  it('refuses two assessments that match each other but not the rubric', () => {
    const error = ruleError(() =>
      compareAssessments(schoolRubric, assessmentAllAt(districtRubric, 1), assessmentAllAt(districtRubric, 2)),
    );
    expect(error.code).toBe('rubric-mismatch');
  });

  it('is antisymmetric: swapping the assessments negates every delta (property)', () => {
    const twoRatings = anyRubric.chain((rubric) =>
      fc.tuple(anyLevels(rubric), anyLevels(rubric)).map(([first, second]) => ({ rubric, first, second })),
    );
    fc.assert(
      fc.property(twoRatings, ({ rubric, first, second }) => {
        const before = assessmentOf(rubric, first, { id: 'before' });
        const after = assessmentOf(rubric, second, { id: 'after' });
        const forward = compareAssessments(rubric, before, after);
        const backward = compareAssessments(rubric, after, before);
        forward.indicators.forEach((growth, index) => {
          const reverse = backward.indicators[index];
          expect(reverse?.levelDelta).toBe(growth.levelDelta === null ? null : 0 - growth.levelDelta || 0);
          if (growth.normalisedDelta !== null) expect(Math.abs(growth.normalisedDelta)).toBeLessThanOrEqual(1);
        });
        expect(forward.overall.improved).toBe(backward.overall.declined);
        expect(forward.overall.compared).toBe(backward.overall.compared);
        if (forward.overall.pairedDelta === null) expect(backward.overall.pairedDelta).toBeNull();
        else expect(forward.overall.pairedDelta + (backward.overall.pairedDelta ?? Number.NaN)).toBeCloseTo(0);
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessmentFromCsv, assessmentToCsv } from './assessment-csv.js';
import type { Assessment } from './assessment.js';
import { compareAssessments } from './growth.js';
import { weakestIndicators } from './next-steps.js';
import { indicatorDescriptors, listIndicators } from './rubric.js';
import type { Rubric } from './rubric.js';
import { completeness, scoreAssessment } from './scoring.js';
import {
  anyLevels,
  assessmentOf,
  districtRubric,
  fiveLevelRubric,
  labelOnlyRubric,
  mixedFiveLevelRubric,
} from './test-rubrics.js';

/** The same ratings by position on the scale, whatever the rubric's shape. */
function ratedAcross(rubric: Rubric, id: string, shift: number): Assessment {
  const values = rubric.levels.map((level) => level.value);
  return assessmentOf(
    rubric,
    Object.fromEntries(
      listIndicators(rubric)
        .filter((_, index) => index % 3 !== 2)
        .map((entry, index) => [entry.indicator.id, values[(index + shift) % values.length] ?? 0]),
    ),
    { id },
  );
}

describe.each([
  ['descriptors on every indicator (4 levels)', districtRubric],
  ['level labels only (4 levels)', labelOnlyRubric],
  ['descriptors on some indicators (5 levels)', mixedFiveLevelRubric],
  ['descriptors on every indicator (5 levels)', fiveLevelRubric],
] as const)('the rules on a rubric with %s', (_shape, rubric) => {
  const before = ratedAcross(rubric, 'before', 0);
  const after = ratedAcross(rubric, 'after', 1);

  it('scores, compares and finds the weakest indicators whether or not descriptors are given', () => {
    const score = scoreAssessment(rubric, before);
    expect(score.overall.rated).toBe(Object.keys(before.ratings).length);
    expect(score.overall.normalised).not.toBeNull();
    const growth = compareAssessments(rubric, before, after);
    expect(growth.indicators).toHaveLength(listIndicators(rubric).length);
    expect(growth.overall.compared).toBe(Object.keys(before.ratings).length);
    const weakest = weakestIndicators(rubric, before, { includeUnrated: true, limit: 100 });
    expect(
      weakest.every((w) => w.indicator === listIndicators(rubric)[listPosition(rubric, w.indicatorId)]?.indicator),
    ).toBe(true);
    expect(completeness(rubric, before).unrated.length).toBe(
      listIndicators(rubric).length - Object.keys(before.ratings).length,
    );
  });

  it('writes and reads CSV whatever the shape', () => {
    expect(assessmentFromCsv(assessmentToCsv(rubric, after), rubric)).toEqual(after);
  });

  it('gives the same scores as the same rubric with its descriptors stripped (property)', () => {
    const stripped: Rubric = {
      ...rubric,
      focusAreas: rubric.focusAreas.map((area) => ({
        ...area,
        practices: area.practices.map((practice) => ({
          ...practice,
          indicators: practice.indicators.map(({ descriptors: _dropped, ...indicator }) => indicator),
        })),
      })),
    };
    expect(listIndicators(stripped).every((entry) => indicatorDescriptors(entry.indicator) === undefined)).toBe(true);
    fc.assert(
      fc.property(anyLevels(rubric), (levels) => {
        const assessment = assessmentOf(rubric, levels);
        expect(scoreAssessment(stripped, assessment)).toEqual(scoreAssessment(rubric, assessment));
        expect(weakestIndicators(stripped, assessment).map((w) => w.indicatorId)).toEqual(
          weakestIndicators(rubric, assessment).map((w) => w.indicatorId),
        );
      }),
      { numRuns: 30 },
    );
  });
});

function listPosition(rubric: Rubric, indicatorId: string): number {
  return listIndicators(rubric).findIndex((entry) => entry.indicator.id === indicatorId);
}

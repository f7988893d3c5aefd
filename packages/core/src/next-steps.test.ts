import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SelRuleError, SelValidationError } from './errors.js';
import { weakestIndicators } from './next-steps.js';
import {
  assessmentAllAt,
  assessmentOf,
  districtRubric,
  rubricWithLevels,
  schoolRubric,
  sixLevelRubric,
} from './test-rubrics.js';

describe('weakestIndicators', () => {
  const assessment = assessmentOf(districtRubric, {
    'fa1-p1-i1': 3,
    'fa1-p1-i2': 2,
    'fa1-p2-i1': 4,
    'fa2-p1-i1': 2,
    'fa2-p1-i3': 1,
  });

  it('sorts rated indicators by level ascending, ties in rubric order, leaving out the top level', () => {
    const weakest = weakestIndicators(districtRubric, assessment);
    expect(weakest.map((w) => [w.indicatorId, w.level])).toEqual([
      ['fa2-p1-i3', 1],
      ['fa1-p1-i2', 2],
      ['fa2-p1-i1', 2],
      ['fa1-p1-i1', 3],
    ]);
  });

  it('carries the focus area, practice, tags, level label and rating of each indicator', () => {
    const [, , tagged] = weakestIndicators(districtRubric, assessment);
    expect(tagged).toMatchObject({
      indicatorId: 'fa2-p1-i1',
      practiceId: 'fa2-p1',
      focusAreaId: 'fa2',
      tags: ['equity', 'professional-learning'],
      levelLabel: 'Partly in place',
      rating: { level: 2 },
    });
    expect(tagged?.normalised).toBeCloseTo(1 / 3);
    expect(tagged?.focusArea.title).toBe('Focus area 2');
    expect(tagged?.practice.title).toBe('Practice 2.1');
    expect(tagged?.indicator.text).toBe('Indicator 2.1.1');
    const untagged = weakestIndicators(districtRubric, assessment).find((w) => w.indicatorId === 'fa1-p1-i2');
    expect(untagged?.tags).toEqual([]);
  });

  it('respects the limit', () => {
    expect(weakestIndicators(districtRubric, assessment, { limit: 2 }).map((w) => w.indicatorId)).toEqual([
      'fa2-p1-i3',
      'fa1-p1-i2',
    ]);
    expect(weakestIndicators(districtRubric, assessment, { limit: 0 })).toEqual([]);
    const many = assessmentAllAt(districtRubric, 1);
    expect(weakestIndicators(districtRubric, many)).toHaveLength(5);
    expect(weakestIndicators(districtRubric, many, { limit: 50 })).toHaveLength(6);
  });

  it('lists unrated indicators first only when asked', () => {
    const withUnrated = weakestIndicators(districtRubric, assessment, { includeUnrated: true, limit: 3 });
    expect(withUnrated.map((w) => [w.indicatorId, w.level, w.levelLabel, w.normalised, w.rating])).toEqual([
      ['fa2-p1-i2', null, null, null, undefined],
      ['fa2-p1-i3', 1, 'Not yet planned', 0, { level: 1 }],
      ['fa1-p1-i2', 2, 'Partly in place', 1 / 3, { level: 2 }],
    ]);
    const empty = assessmentOf(districtRubric, {});
    expect(weakestIndicators(districtRubric, empty)).toEqual([]);
    expect(weakestIndicators(districtRubric, empty, { includeUnrated: true, limit: 10 })).toHaveLength(6);
  });

  it('proposes nothing when every indicator is at the top level, unless asked to', () => {
    expect(weakestIndicators(schoolRubric, assessmentAllAt(schoolRubric, 2))).toEqual([]);
    const all = weakestIndicators(schoolRubric, assessmentAllAt(schoolRubric, 2), { includeHighest: true });
    expect(all.map((w) => w.indicatorId)).toEqual(['fa1-p1-i1', 'fa1-p2-i1', 'fa1-p3-i1']);
  });

  it('orders by level value on an uneven 6-level scale', () => {
    const sixAssessment = assessmentOf(sixLevelRubric, { 'fa1-p1-i1': 7, 'fa1-p1-i2': 0, 'fa2-p1-i1': 4 });
    expect(weakestIndicators(sixLevelRubric, sixAssessment).map((w) => w.level)).toEqual([0, 4, 7]);
  });

  it('rejects malformed options at their path', () => {
    try {
      weakestIndicators(districtRubric, assessment, { limit: -1 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SelValidationError);
      expect((error as SelValidationError).issues).toMatchObject([
        { path: ['limit'], message: 'Expected a limit of 0 or more' },
      ]);
    }
    expect(() => weakestIndicators(districtRubric, assessment, { limit: 2.5 })).toThrow(
      /limit: Expected a whole number/,
    );
  });

  it('refuses an assessment of another rubric', () => {
    expect(() => weakestIndicators(schoolRubric, assessment)).toThrow(SelRuleError);
  });

  it('returns levels in ascending order and never more than the limit (property)', () => {
    fc.assert(
      fc.property(
        rubricWithLevels,
        fc.integer({ min: 0, max: 8 }),
        fc.boolean(),
        ({ rubric, levels }, limit, includeUnrated) => {
          const weakest = weakestIndicators(rubric, assessmentOf(rubric, levels), { limit, includeUnrated });
          expect(weakest.length).toBeLessThanOrEqual(limit);
          const rated = weakest.filter((w) => w.level !== null);
          if (!includeUnrated) expect(rated).toHaveLength(weakest.length);
          const unratedFirst = weakest.findIndex((w) => w.level !== null);
          if (unratedFirst >= 0) expect(weakest.slice(unratedFirst).every((w) => w.level !== null)).toBe(true);
          for (let i = 1; i < rated.length; i += 1) {
            const previous = rated[i - 1];
            const current = rated[i];
            if (previous?.level == null || current?.level == null) throw new Error('rated entries have levels');
            expect(previous.level).toBeLessThanOrEqual(current.level);
          }
        },
      ),
    );
  });
});

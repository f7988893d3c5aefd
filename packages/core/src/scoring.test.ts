import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SelRuleError } from './errors.js';
import { listIndicators } from './rubric.js';
import { completeness, nearestLevel, normaliseLevel, scoreAssessment } from './scoring.js';
import {
  assessmentAllAt,
  assessmentOf,
  buildRubric,
  districtRubric,
  fiveLevelRubric,
  schoolRubric,
  rubricWithLevels,
  sixLevelRubric,
} from './test-rubrics.js';

describe('completeness', () => {
  it('counts nothing rated for empty ratings, listing every indicator in rubric order', () => {
    const result = completeness(districtRubric, assessmentOf(districtRubric, {}));
    expect(result).toMatchObject({ rated: 0, total: 6, ratio: 0 });
    expect(result.unrated).toEqual(listIndicators(districtRubric).map((entry) => entry.indicator.id));
    expect(result.focusAreas.map((area) => [area.focusAreaId, area.rated, area.total])).toEqual([
      ['fa1', 0, 3],
      ['fa2', 0, 3],
    ]);
  });

  it('counts rated indicators overall and per focus area', () => {
    const result = completeness(districtRubric, assessmentOf(districtRubric, { 'fa1-p1-i2': 1, 'fa2-p1-i3': 4 }));
    expect(result.rated).toBe(2);
    expect(result.ratio).toBeCloseTo(2 / 6);
    expect(result.unrated).toEqual(['fa1-p1-i1', 'fa1-p2-i1', 'fa2-p1-i1', 'fa2-p1-i2']);
    expect(result.focusAreas[1]).toEqual({
      focusAreaId: 'fa2',
      rated: 1,
      total: 3,
      ratio: 1 / 3,
      unrated: ['fa2-p1-i1', 'fa2-p1-i2'],
    });
  });

  it('is complete when every indicator is rated', () => {
    const result = completeness(schoolRubric, assessmentAllAt(schoolRubric, 0));
    expect(result).toMatchObject({ rated: 3, total: 3, ratio: 1, unrated: [] });
  });

  it('refuses an assessment of another rubric', () => {
    expect(() => completeness(schoolRubric, assessmentOf(districtRubric, {}))).toThrow(SelRuleError);
  });
});

describe('normaliseLevel and nearestLevel', () => {
  it('places level values on a 0..1 scale by value', () => {
    expect(normaliseLevel(districtRubric, 1)).toBe(0);
    expect(normaliseLevel(districtRubric, 4)).toBe(1);
    expect(normaliseLevel(schoolRubric, 1)).toBe(0.5);
    expect(normaliseLevel(sixLevelRubric, 4)).toBe(0.4);
  });

  it('picks the nearest level, the lower one at a tie', () => {
    expect(nearestLevel(districtRubric, 2.4).value).toBe(2);
    expect(nearestLevel(districtRubric, 2.6).value).toBe(3);
    expect(nearestLevel(districtRubric, 2.5).value).toBe(2);
    expect(nearestLevel(sixLevelRubric, 8.4).value).toBe(7);
    expect(nearestLevel(sixLevelRubric, 5.5).value).toBe(4);
  });
});

describe('scoreAssessment', () => {
  it('gives null scores when nothing is rated', () => {
    const score = scoreAssessment(districtRubric, assessmentOf(districtRubric, {}));
    expect(score.overall).toEqual({ normalised: null, mean: null, level: null, levelLabel: null, rated: 0, total: 6 });
    for (const area of score.focusAreas) {
      expect(area.normalised).toBeNull();
      for (const practice of area.practices) expect(practice.level).toBeNull();
    }
  });

  it('scores per practice, per focus area and overall over rated indicators only', () => {
    const score = scoreAssessment(
      districtRubric,
      assessmentOf(districtRubric, { 'fa1-p1-i1': 4, 'fa1-p1-i2': 2, 'fa2-p1-i1': 1 }),
    );
    const [fa1, fa2] = score.focusAreas;
    expect(fa1?.practices[0]).toEqual({
      practiceId: 'fa1-p1',
      priority: false,
      normalised: 2 / 3,
      mean: 3,
      level: 3,
      levelLabel: 'Mostly in place',
      rated: 2,
      total: 2,
    });
    expect(fa1?.practices[1]).toMatchObject({ practiceId: 'fa1-p2', normalised: null, rated: 0, total: 1 });
    expect(fa1).toMatchObject({ focusAreaId: 'fa1', mean: 3, level: 3, rated: 2, total: 3 });
    expect(fa2).toMatchObject({ focusAreaId: 'fa2', normalised: 0, mean: 1, level: 1, rated: 1, total: 3 });
    expect(score.overall.mean).toBeCloseTo(7 / 3);
    expect(score.overall.normalised).toBeCloseTo(4 / 9);
    expect(score.overall).toMatchObject({ level: 2, levelLabel: 'Partly in place', rated: 3, total: 6 });
  });

  it('weighs every indicator equally in a focus area, not every practice', () => {
    const score = scoreAssessment(
      districtRubric,
      assessmentOf(districtRubric, { 'fa1-p1-i1': 4, 'fa1-p1-i2': 4, 'fa1-p2-i1': 1 }),
    );
    expect(score.focusAreas[0]?.mean).toBe(3);
  });

  it('rounds a mean exactly halfway between levels down', () => {
    const score = scoreAssessment(districtRubric, assessmentOf(districtRubric, { 'fa1-p1-i1': 2, 'fa1-p1-i2': 3 }));
    expect(score.focusAreas[0]?.practices[0]).toMatchObject({ mean: 2.5, normalised: 0.5, level: 2 });
  });

  it('scores all at the highest level as 1 and the lowest as 0', () => {
    for (const rubric of [districtRubric, schoolRubric, fiveLevelRubric, sixLevelRubric]) {
      const top = rubric.levels[rubric.levels.length - 1]?.value ?? Number.NaN;
      const bottom = rubric.levels[0]?.value ?? Number.NaN;
      const high = scoreAssessment(rubric, assessmentAllAt(rubric, top));
      expect(high.overall).toMatchObject({ normalised: 1, level: top, rated: high.overall.total });
      expect(high.focusAreas.every((area) => area.normalised === 1)).toBe(true);
      expect(scoreAssessment(rubric, assessmentAllAt(rubric, bottom)).overall).toMatchObject({
        normalised: 0,
        level: bottom,
      });
    }
  });

  it('handles a 3-level school scale starting at 0 with single-indicator practices', () => {
    const score = scoreAssessment(schoolRubric, assessmentOf(schoolRubric, { 'fa1-p1-i1': 1, 'fa1-p3-i1': 0 }));
    expect(score.focusAreas[0]?.practices.map((p) => p.normalised)).toEqual([0.5, null, 0]);
    expect(score.overall).toMatchObject({ mean: 0.5, normalised: 0.25, level: 0, levelLabel: 'Not started' });
  });

  it('handles 5 levels', () => {
    const score = scoreAssessment(fiveLevelRubric, assessmentOf(fiveLevelRubric, { 'fa2-p1-i1': 5, 'fa2-p1-i2': 4 }));
    expect(score.focusAreas[1]).toMatchObject({ mean: 4.5, normalised: 0.875, level: 4, levelLabel: 'Stage 4' });
    expect(score.focusAreas[0]?.normalised).toBeNull();
  });

  it('uses level values, not positions, on a 6-level scale with uneven gaps', () => {
    const score = scoreAssessment(sixLevelRubric, assessmentOf(sixLevelRubric, { 'fa1-p1-i1': 2, 'fa1-p1-i2': 10 }));
    expect(score.focusAreas[0]).toMatchObject({ mean: 6, normalised: 0.6, level: 7, levelLabel: 'Band 7' });
  });

  it('refuses an assessment of another rubric version', () => {
    const other = buildRubric({
      id: 'district-test',
      version: '2026.1',
      levels: districtRubric.levels,
      practices: [[2, 1], [3]],
    });
    try {
      scoreAssessment(other, assessmentOf(districtRubric, {}));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SelRuleError);
      expect((error as SelRuleError).code).toBe('rubric-version-mismatch');
    }
  });
});

describe('scoreAssessment properties', () => {
  it('keeps every score within 0..1 and every level on the rubric scale', () => {
    fc.assert(
      fc.property(rubricWithLevels, ({ rubric, levels }) => {
        const score = scoreAssessment(rubric, assessmentOf(rubric, levels));
        const values = rubric.levels.map((level) => level.value);
        const groups = [score.overall, ...score.focusAreas, ...score.focusAreas.flatMap((area) => area.practices)];
        for (const group of groups) {
          expect(group.rated).toBeLessThanOrEqual(group.total);
          if (group.rated === 0) {
            expect(group.normalised).toBeNull();
            expect(group.level).toBeNull();
          } else {
            expect(group.normalised).toBeGreaterThanOrEqual(0);
            expect(group.normalised).toBeLessThanOrEqual(1);
            expect(values).toContain(group.level);
          }
        }
        expect(score.focusAreas.reduce((sum, area) => sum + area.rated, 0)).toBe(score.overall.rated);
        expect(score.overall.rated).toBe(Object.keys(levels).length);
      }),
    );
  });
});

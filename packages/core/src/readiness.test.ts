import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SelValidationError } from './errors.js';
import { readinessStage } from './readiness.js';
import { DEFAULT_READINESS_THRESHOLDS, stageOfValidScore } from './readiness-rule.js';
import { READINESS_STAGES } from './readiness-stages.js';
import { readinessStageSchema } from './readiness-schema.js';
import type { ReadinessScore } from './readiness-schema.js';
import { scoreAssessment } from './scoring.js';
import { assessmentAllAt, assessmentOf, districtRubric, schoolRubric } from './test-rubrics.js';

function validationIssues(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof SelValidationError) return { subject: error.subject, issues: error.issues };
    throw error;
  }
  throw new Error('expected a SelValidationError');
}

describe('readiness stages', () => {
  it('lists the three stages in order and validates them', () => {
    expect(READINESS_STAGES).toEqual(['initiating', 'improving', 'innovating']);
    expect(readinessStageSchema.safeParse('improving').success).toBe(true);
    expect(readinessStageSchema.safeParse('scaling').success).toBe(false);
  });
});

describe('readinessStage', () => {
  it('maps a normalised score to a stage with the default thresholds', () => {
    expect(readinessStage(0)).toBe('initiating');
    expect(readinessStage(0.39)).toBe('initiating');
    expect(readinessStage(0.4)).toBe('improving');
    expect(readinessStage(0.749)).toBe('improving');
    expect(readinessStage(0.75)).toBe('innovating');
    expect(readinessStage(1)).toBe('innovating');
  });

  it('reads a score from scoreAssessment, overall or per focus area', () => {
    const all = (level: number) => scoreAssessment(districtRubric, assessmentAllAt(districtRubric, level)).overall;
    expect(readinessStage(all(1))).toBe('initiating');
    expect(readinessStage(all(2))).toBe('initiating');
    expect(readinessStage(all(3))).toBe('improving');
    expect(readinessStage(all(4))).toBe('innovating');
    const school = scoreAssessment(schoolRubric, assessmentAllAt(schoolRubric, 1));
    expect(readinessStage(school.focusAreas[0] as ReadinessScore)).toBe('improving');
  });

  it('returns null when nothing is rated or completeness is below the minimum', () => {
    const empty = scoreAssessment(districtRubric, assessmentOf(districtRubric, {})).overall;
    expect(readinessStage(empty)).toBeNull();
    const third = scoreAssessment(districtRubric, assessmentOf(districtRubric, { 'fa1-p1-i1': 4, 'fa2-p1-i1': 4 }));
    expect(third.overall.rated / third.overall.total).toBeCloseTo(1 / 3);
    expect(readinessStage(third.overall)).toBeNull();
    expect(readinessStage(third.overall, { minCompleteness: 0.3 })).toBe('innovating');
    expect(readinessStage({ normalised: 0.5, rated: 3, total: 6 })).toBe('improving');
    expect(readinessStage({ normalised: null, rated: 0, total: 0 }, { minCompleteness: 0 })).toBeNull();
  });

  it('takes custom thresholds, merged over the defaults', () => {
    expect(readinessStage(0.5, { improving: 0.2, innovating: 0.5 })).toBe('innovating');
    expect(readinessStage(0.3, { improving: 0.2 })).toBe('improving');
    expect(readinessStage(0, { improving: 0, innovating: 1 })).toBe('improving');
    expect(DEFAULT_READINESS_THRESHOLDS).toEqual({ improving: 0.4, innovating: 0.75, minCompleteness: 0.5 });
    expect(Object.isFrozen(DEFAULT_READINESS_THRESHOLDS)).toBe(true);
  });

  it('rejects thresholds out of order, naming the innovating threshold', () => {
    const { subject, issues } = validationIssues(() => readinessStage(0.5, { improving: 0.6, innovating: 0.6 }));
    expect(subject).toBe('readiness thresholds');
    expect(issues).toEqual([
      {
        path: ['innovating'],
        code: 'custom',
        message: 'Expected the innovating threshold to be greater than the improving threshold (0.6), got 0.6',
      },
    ]);
  });

  it('rejects thresholds outside 0..1 or not numbers, each at its path', () => {
    const { issues } = validationIssues(() =>
      readinessStage(0.5, { improving: -0.1, minCompleteness: 1.5, innovating: Number.NaN }),
    );
    expect(issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['improving'], 'Expected the improving threshold from 0 to 1'],
      [['innovating'], 'Expected the innovating threshold as a number from 0 to 1'],
      [['minCompleteness'], 'Expected the minimum completeness from 0 to 1'],
    ]);
  });

  it('rejects a score that is not a normalised score', () => {
    expect(validationIssues(() => readinessStage(1.2)).subject).toBe('score');
    expect(() => readinessStage({ normalised: 0.5, rated: 4, total: 3 })).toThrow(
      /rated: Expected rated to be at most total \(3\), got 4/,
    );
    expect(() => readinessStage(Number.NaN)).toThrow(SelValidationError);
    for (const score of [
      { normalised: 1.5, rated: 1, total: 2 },
      { normalised: 0.5, rated: -1, total: 2 },
      { normalised: 0.5, rated: 1.5, total: 2 },
      { normalised: 0.5, rated: 1, total: Number.POSITIVE_INFINITY },
      { normalised: 0.5, rated: 1 },
    ]) {
      expect(() => readinessStage(score as never), JSON.stringify(score)).toThrow(SelValidationError);
    }
  });

  it('never moves down a stage as the score rises (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, b, t1, t2) => {
          fc.pre(t1 !== t2);
          const thresholds = { improving: Math.min(t1, t2), innovating: Math.max(t1, t2) };
          const low = readinessStage(Math.min(a, b), thresholds);
          const high = readinessStage(Math.max(a, b), thresholds);
          expect(low).not.toBeNull();
          expect(high).not.toBeNull();
          expect(READINESS_STAGES.indexOf(low ?? 'initiating')).toBeLessThanOrEqual(
            READINESS_STAGES.indexOf(high ?? 'initiating'),
          );
        },
      ),
    );
  });
});

describe('stageOfValidScore', () => {
  it('gives the stage readinessStage gives, for every valid score and valid thresholds', () => {
    const unit = fc.double({ min: 0, max: 1, noNaN: true });
    const score = fc.oneof(
      unit,
      fc
        .tuple(fc.option(unit, { nil: null }), fc.nat(40), fc.nat(40))
        .map(([normalised, a, b]) => ({ normalised, rated: Math.min(a, b), total: Math.max(a, b) })),
    );
    const thresholds = fc
      .tuple(unit, unit, unit)
      .filter(([a, b]) => a !== b)
      .map(([a, b, minCompleteness]) => ({ improving: Math.min(a, b), innovating: Math.max(a, b), minCompleteness }));
    fc.assert(
      fc.property(score, thresholds, (given, limits) => {
        expect(stageOfValidScore(given, limits)).toBe(readinessStage(given, limits));
        expect(stageOfValidScore(given, DEFAULT_READINESS_THRESHOLDS)).toBe(readinessStage(given));
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { clearRating, createAssessment, ratingOf, setRating } from './assessment.js';
import { parseAssessment, safeParseAssessment } from './assessment-parse.js';
import { assertAssessmentFitsRubric } from './assessment-fit.js';
import type { Assessment } from './assessment.js';
import { SelRuleError, SelValidationError } from './errors.js';
import { districtRubric, schoolRubric } from './test-rubrics.js';

function rawAssessment() {
  return {
    id: 'fall-2025',
    rubricId: 'district-test',
    rubricVersion: '2025.1',
    takenBy: 'District SEL team',
    takenOn: '2025-10-15',
    ratings: {
      'fa1-p1-i1': {
        level: 3,
        notes: 'Cabinet hears from the SEL lead, "most" months; see minutes.',
        links: ['https://example.org/minutes.pdf'],
        ratedBy: 'Ana Pérez',
        ratedOn: '2025-10-14',
      },
      'fa2-p1-i2': { level: 1 },
    } as Record<string, unknown>,
  };
}

function issuesOf(input: unknown, rubric = districtRubric) {
  const result = safeParseAssessment(input, rubric);
  if (result.ok) throw new Error('expected the assessment to be rejected');
  return result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
}

describe('parseAssessment', () => {
  it('accepts a valid assessment, with or without its rubric', () => {
    const assessment = parseAssessment(rawAssessment(), districtRubric);
    expect(assessment.ratings['fa1-p1-i1']?.links).toEqual(['https://example.org/minutes.pdf']);
    expect(parseAssessment(rawAssessment())).toEqual(assessment);
  });

  it('checks the shape of every rating at its path', () => {
    const input = rawAssessment();
    input.ratings['fa1-p1-i2'] = {
      level: 2.5,
      links: ['javascript:alert(1)', 'https://example.org/a plan.pdf'],
      ratedOn: '2025-13-01',
    };
    const issues = issuesOf(input);
    expect(issues).toContainEqual({
      path: ['ratings', 'fa1-p1-i2', 'level'],
      message: 'Expected an integer level value',
    });
    expect(issues).toContainEqual({
      path: ['ratings', 'fa1-p1-i2', 'links', 0],
      message: 'Expected an http(s) URL, e.g. "https://example.org/plan.pdf"',
    });
    expect(issues).toContainEqual({
      path: ['ratings', 'fa1-p1-i2', 'ratedOn'],
      message: 'Expected a date as YYYY-MM-DD',
    });
  });

  it('rejects a bad takenOn date and empty takenBy', () => {
    const issues = issuesOf({ ...rawAssessment(), takenOn: '15/10/2025', takenBy: '' });
    expect(issues).toContainEqual({ path: ['takenOn'], message: 'Expected a date as YYYY-MM-DD' });
    expect(issues).toContainEqual({ path: ['takenBy'], message: 'Expected non-empty text' });
  });

  it('rejects rating keys that are not indicator ids', () => {
    const input = rawAssessment();
    input.ratings['Not an id'] = { level: 1 };
    const result = safeParseAssessment(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues[0]?.path).toEqual(['ratings', 'Not an id']);
  });

  it('with a rubric, checks its id and version', () => {
    expect(issuesOf({ ...rawAssessment(), rubricId: 'other-rubric', rubricVersion: '2024.2' })).toEqual([
      { path: ['rubricId'], message: 'Expected rubric id "district-test" (the rubric given), got "other-rubric"' },
      { path: ['rubricVersion'], message: 'Expected rubric version "2025.1" (the rubric given), got "2024.2"' },
    ]);
  });

  it('with a rubric, checks that rated indicators exist and levels are on the scale', () => {
    const input = rawAssessment();
    input.ratings['fa9-p1-i1'] = { level: 2 };
    input.ratings['fa1-p2-i1'] = { level: 0 };
    expect(issuesOf(input)).toEqual([
      {
        path: ['ratings', 'fa9-p1-i1'],
        message: 'Expected an indicator of rubric "district-test" version "2025.1"; it has no indicator "fa9-p1-i1"',
      },
      {
        path: ['ratings', 'fa1-p2-i1', 'level'],
        message: "Expected one of the rubric's level values (1, 2, 3, 4), got 0",
      },
    ]);
  });

  it('accepts level 0 on a scale that starts at 0', () => {
    const assessment = parseAssessment(
      {
        id: 'a',
        rubricId: 'school-test',
        rubricVersion: '1',
        takenBy: 'Team',
        takenOn: '2025-01-01',
        ratings: { 'fa1-p1-i1': { level: 0 } },
      },
      schoolRubric,
    );
    expect(assessment.ratings['fa1-p1-i1']?.level).toBe(0);
  });

  it('throws SelValidationError with subject "assessment"', () => {
    expect(() => parseAssessment({ ...rawAssessment(), rubricId: 'x' }, districtRubric)).toThrow(SelValidationError);
    expect(() => parseAssessment(null)).toThrow(/Invalid assessment/);
  });
});

describe('createAssessment, setRating, clearRating', () => {
  const empty = createAssessment(districtRubric, { id: 'a1', takenBy: 'SEL team', takenOn: '2025-09-01' });

  it('creates an empty assessment tied to the rubric id and version', () => {
    expect(empty).toEqual({
      id: 'a1',
      rubricId: 'district-test',
      rubricVersion: '2025.1',
      takenBy: 'SEL team',
      takenOn: '2025-09-01',
      ratings: {},
    });
  });

  it('rejects bad fields with their path', () => {
    expect(() => createAssessment(districtRubric, { id: 'a1', takenBy: 'x', takenOn: '2025-02-30' })).toThrow(
      /takenOn: Expected a date as YYYY-MM-DD/,
    );
  });

  it('sets ratings immutably', () => {
    const once = setRating(empty, 'fa1-p1-i1', { level: 2, notes: 'first pass' });
    const twice = setRating(once, 'fa1-p1-i1', { level: 3 });
    expect(empty.ratings).toEqual({});
    expect(once.ratings).toEqual({ 'fa1-p1-i1': { level: 2, notes: 'first pass' } });
    expect(twice.ratings).toEqual({ 'fa1-p1-i1': { level: 3 } });
    expect(Object.isFrozen(empty)).toBe(false);
  });

  it('rejects a malformed rating or id with paths under ratings', () => {
    try {
      setRating(empty, 'Bad Id', { level: 1.5 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SelValidationError);
      expect((error as SelValidationError).issues.map((i) => i.path)).toEqual([
        ['ratings', 'Bad Id'],
        ['ratings', 'Bad Id', 'level'],
      ]);
    }
  });

  it('with a rubric, rejects unknown indicators and levels', () => {
    expect(() => setRating(empty, 'fa1-p1-i1', { level: 5 }, districtRubric)).toThrow(
      /ratings\["fa1-p1-i1"\]\.level: Expected one of the rubric's level values \(1, 2, 3, 4\), got 5/,
    );
    expect(() => setRating(empty, 'nope', { level: 1 }, districtRubric)).toThrow(/has no indicator "nope"/);
    expect(setRating(empty, 'fa1-p1-i1', { level: 4 }, districtRubric).ratings['fa1-p1-i1']?.level).toBe(4);
  });

  it('clears ratings immutably and keeps identity when nothing changes', () => {
    const rated = setRating(setRating(empty, 'fa1-p1-i1', { level: 2 }), 'fa1-p1-i2', { level: 4 });
    const cleared = clearRating(rated, 'fa1-p1-i1');
    expect(cleared.ratings).toEqual({ 'fa1-p1-i2': { level: 4 } });
    expect(rated.ratings).toHaveProperty('fa1-p1-i1');
    expect(clearRating(cleared, 'fa1-p1-i1')).toBe(cleared);
    expect(clearRating(cleared, 'constructor')).toBe(cleared);
  });

  it('ratingOf ignores inherited properties', () => {
    const rated = setRating(empty, 'fa2-p1-i1', { level: 1 });
    expect(ratingOf(rated, 'fa2-p1-i1')).toEqual({ level: 1 });
    expect(ratingOf(rated, 'constructor')).toBeUndefined();
    expect(ratingOf(rated, 'fa2-p1-i2')).toBeUndefined();
  });
});

describe('assertAssessmentFitsRubric', () => {
  const base: Assessment = parseAssessment(rawAssessment(), districtRubric);

  it('passes a fitting assessment', () => {
    expect(() => {
      assertAssessmentFitsRubric(districtRubric, base);
    }).not.toThrow();
  });

  it('throws a SelRuleError with the first problem as its code', () => {
    try {
      assertAssessmentFitsRubric(districtRubric, { ...base, rubricVersion: '2024.9' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SelRuleError);
      expect((error as SelRuleError).code).toBe('rubric-version-mismatch');
      expect((error as SelRuleError).message).toContain('"2025.1"');
      expect((error as SelRuleError).message).toContain('"2024.9"');
    }
    expect(() => {
      assertAssessmentFitsRubric(schoolRubric, base);
    }).toThrow(/\(and \d+ more\)/);
  });
});

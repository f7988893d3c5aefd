import { describe, expect, it } from 'vitest';
import { assessmentFromCsv, assessmentToCsv } from './assessment-csv.js';
import { isPriorityPractice, setPracticePriority } from './assessment.js';
import { parseAssessment, safeParseAssessment } from './assessment-parse.js';
import { parseCsv, stringifyCsv } from './csv.js';
import { SelValidationError } from './errors.js';
import { weakestIndicators } from './next-steps.js';
import { scoreAssessment } from './scoring.js';
import { assessmentOf, districtRubric } from './test-rubrics.js';

// districtRubric: fa1-p1 (i1, i2), fa1-p2 (i1), fa2-p1 (i1, i2, i3).
const rated = assessmentOf(districtRubric, {
  'fa1-p1-i1': 3,
  'fa1-p1-i2': 2,
  'fa1-p2-i1': 3,
  'fa2-p1-i1': 2,
  'fa2-p1-i3': 1,
});

describe('priority practices in an assessment', () => {
  it('are kept in rubric order and the list is dropped when none is left', () => {
    let assessment = setPracticePriority(districtRubric, rated, 'fa2-p1', true);
    assessment = setPracticePriority(districtRubric, assessment, 'fa1-p2', true);
    expect(assessment.priorities).toEqual(['fa1-p2', 'fa2-p1']);
    expect(isPriorityPractice(assessment, 'fa2-p1')).toBe(true);
    expect(isPriorityPractice(assessment, 'fa1-p1')).toBe(false);
    expect(setPracticePriority(districtRubric, assessment, 'fa1-p2', true)).toBe(assessment);
    const cleared = setPracticePriority(
      districtRubric,
      setPracticePriority(districtRubric, assessment, 'fa1-p2', false),
      'fa2-p1',
      false,
    );
    expect(cleared).not.toHaveProperty('priorities');
    expect(rated).not.toHaveProperty('priorities');
  });

  it('refuses a practice the rubric does not have', () => {
    expect(() => setPracticePriority(districtRubric, rated, 'fa9-p1', true)).toThrow(SelValidationError);
    expect(() => setPracticePriority(districtRubric, rated, 'fa1-p1-i1', true)).toThrow(/no practice "fa1-p1-i1"/);
  });

  it('are checked against the rubric at their path: unknown and repeated practices', () => {
    const result = safeParseAssessment({ ...rated, priorities: ['fa1-p1', 'nowhere', 'fa1-p1'] }, districtRubric);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues.map((issue) => [issue.path, issue.code])).toEqual([
      [['priorities', 1], 'unknown-practice'],
      [['priorities', 2], 'duplicate-priority'],
    ]);
    expect(() => parseAssessment({ ...rated, priorities: ['Not A Slug'] })).toThrow(/priorities\[0\]/);
    // The rules compute nothing with a priority: one naming no practice marks nothing.
    expect(scoreAssessment(districtRubric, { ...rated, priorities: ['nowhere'] }).priorities).toMatchObject({
      rated: 0,
      total: 0,
    });
  });

  it('are scored beside the overall score and flagged on their practices', () => {
    const assessment = setPracticePriority(districtRubric, rated, 'fa2-p1', true);
    const score = scoreAssessment(districtRubric, assessment);
    expect(score.priorities).toMatchObject({ mean: 1.5, rated: 2, total: 3 });
    expect(score.overall.mean).toBe(scoreAssessment(districtRubric, rated).overall.mean);
    expect(score.focusAreas.flatMap((area) => area.practices.map((p) => [p.practiceId, p.priority]))).toEqual([
      ['fa1-p1', false],
      ['fa1-p2', false],
      ['fa2-p1', true],
    ]);
    expect(scoreAssessment(districtRubric, rated).priorities).toBeNull();
  });

  it('come first among the weakest indicators unless priorityFirst is false', () => {
    const assessment = setPracticePriority(districtRubric, rated, 'fa1-p2', true);
    expect(weakestIndicators(districtRubric, assessment).map((w) => [w.indicatorId, w.priority])).toEqual([
      ['fa1-p2-i1', true],
      ['fa2-p1-i3', false],
      ['fa1-p1-i2', false],
      ['fa2-p1-i1', false],
      ['fa1-p1-i1', false],
    ]);
    expect(weakestIndicators(districtRubric, assessment, { priorityFirst: false }).map((w) => w.indicatorId)).toEqual(
      weakestIndicators(districtRubric, rated).map((w) => w.indicatorId),
    );
    expect(
      weakestIndicators(districtRubric, assessment, { includeUnrated: true, limit: 3 }).map((w) => w.indicatorId),
    ).toEqual(['fa1-p2-i1', 'fa2-p1-i2', 'fa2-p1-i3']);
  });

  it('travel through CSV as a practice_priority column', () => {
    const assessment = setPracticePriority(districtRubric, rated, 'fa1-p1', true);
    const csv = assessmentToCsv(districtRubric, assessment);
    const [header = [], ...rows] = parseCsv(csv);
    const column = header.indexOf('practice_priority');
    expect(column).toBeGreaterThan(header.indexOf('rated_on'));
    expect(rows.map((row) => row[column])).toEqual(['yes', 'yes', '', '', '', '']);
    expect(assessmentFromCsv(csv, districtRubric)).toEqual(assessment);
    expect(assessmentFromCsv(edit(csv, [[3, 'no']]), districtRubric)).toEqual(assessment);
    expect(assessmentFromCsv(edit(csv, [[1, ' YES ']]), districtRubric)).toEqual(assessment);
  });

  it('reports a bad or uneven practice_priority cell at its row and column', () => {
    const csv = assessmentToCsv(districtRubric, setPracticePriority(districtRubric, rated, 'fa1-p1', true));
    expect(pathsOf(edit(csv, [[2, '']]))).toEqual([['row', 3, 'column', 'practice_priority']]);
    expect(pathsOf(edit(csv, [[4, 'maybe']]))).toEqual([['row', 5, 'column', 'practice_priority']]);
  });

  it('reads a CSV without the column as an assessment without priorities', () => {
    const all = parseCsv(assessmentToCsv(districtRubric, rated));
    const column = (all[0] ?? []).indexOf('practice_priority');
    const rows = all.map((row) => row.filter((_, index) => index !== column));
    expect(rows[0]).not.toContain('practice_priority');
    expect(assessmentFromCsv(stringifyCsv(rows), districtRubric)).toEqual(rated);
  });
});

/** The CSV with the practice_priority cell of some data rows (counted from 1 below the header) replaced. */
function edit(csv: string, cells: readonly (readonly [number, string])[]): string {
  const rows = parseCsv(csv);
  const column = (rows[0] ?? []).indexOf('practice_priority');
  for (const [row, value] of cells) {
    const target = rows[row];
    if (target !== undefined) target[column] = value;
  }
  return stringifyCsv(rows);
}

function pathsOf(csv: string): unknown[] {
  try {
    assessmentFromCsv(csv, districtRubric);
  } catch (error) {
    if (error instanceof SelValidationError) return error.issues.map((issue) => issue.path);
    throw error;
  }
  return [];
}

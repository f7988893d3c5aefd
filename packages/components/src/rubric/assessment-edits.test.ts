import { describe, expect, it } from 'vitest';
import { SelValidationError, toIsoDate, type Assessment, type Rubric } from '@sel/core';
import { blankAssessment, readAssessment, startAssessment } from './assessment-edits.js';
import { rateIndicator, withEvidence } from './rating-edits.js';

const rubric: Rubric = {
  id: 'district-test',
  version: '1.0.0',
  title: 'District SEL rubric',
  scope: 'district',
  levels: [
    { value: 1, label: 'Not started' },
    { value: 2, label: 'Partly in place' },
    { value: 3, label: 'Fully in place' },
  ],
  focusAreas: [
    {
      id: 'plan',
      title: 'Plan',
      practices: [
        {
          id: 'organize',
          title: 'Organize',
          indicators: [
            { id: 'cabinet', text: 'The SEL lead has influence at the cabinet level.', descriptors: ['a', 'b', 'c'] },
            { id: 'housed', text: 'The SEL team serves all students.', descriptors: ['a', 'b', 'c'] },
          ],
        },
      ],
    },
  ],
};

const none = { assessmentId: undefined, takenBy: undefined, takenOn: undefined };
const today = toIsoDate(new Date());

describe('assessment edits', () => {
  it('starts an assessment from the element attributes, or from the rubric and today', () => {
    expect(startAssessment(rubric, none)).toEqual({
      id: `district-test-${today}`,
      rubricId: 'district-test',
      rubricVersion: '1.0.0',
      takenBy: 'unspecified',
      takenOn: today,
      ratings: {},
    });
    const fields = { assessmentId: 'fall', takenBy: 'SEL team', takenOn: '2025-10-01' };
    expect(startAssessment(rubric, fields)).toMatchObject({ id: 'fall', takenBy: 'SEL team', takenOn: '2025-10-01' });
    expect(blankAssessment(rubric, none)).toMatchObject({ id: 'district-test-new', takenOn: today, ratings: {} });
    expect(() => startAssessment(rubric, { ...none, takenOn: '1 October' })).toThrow(SelValidationError);
  });

  it('rates an indicator today, keeping its evidence unless new text replaces it, blank text being none', () => {
    const start = startAssessment(rubric, none);
    const rated = rateIndicator(rubric, start, 'cabinet', 2, { notes: 'Minutes', ratedBy: 'Ana' });
    expect(rated.ratings['cabinet']).toEqual({ level: 2, ratedOn: today, notes: 'Minutes', ratedBy: 'Ana' });
    expect(start.ratings).toEqual({});

    const again = rateIndicator(rubric, rated, 'cabinet', 3, { notes: undefined, ratedBy: ' ' });
    expect(again.ratings['cabinet']).toEqual({ level: 3, ratedOn: today, notes: 'Minutes', ratedBy: 'Ana' });
    const cleared = rateIndicator(rubric, again, 'cabinet', 3, { notes: '  ', ratedBy: undefined });
    expect(cleared.ratings['cabinet']).not.toHaveProperty('notes');
    expect(() => rateIndicator(rubric, start, 'cabinet', 7, { notes: undefined, ratedBy: undefined })).toThrow(
      SelValidationError,
    );
  });

  it('changes evidence only when the text differs, blank text removing it', () => {
    const rated = rateIndicator(rubric, startAssessment(rubric, none), 'cabinet', 2, { notes: 'Minutes', ratedBy: '' });
    const rating = rated.ratings['cabinet'];
    if (!rating) throw new Error('cabinet is not rated');
    expect(withEvidence(rubric, rated, 'cabinet', rating, 'Minutes')).toBeUndefined();
    const changed = withEvidence(rubric, rated, 'cabinet', rating, 'Minutes, signed');
    expect(changed?.ratings['cabinet']).toEqual({ ...rating, notes: 'Minutes, signed' });
    const removed = withEvidence(rubric, rated, 'cabinet', rating, ' \n ');
    expect(removed?.ratings['cabinet']).toEqual({ level: 2, ratedOn: today });
    expect(withEvidence(rubric, rated, 'cabinet', { level: 2 }, '')).toBeUndefined();
    expect(() => withEvidence(rubric, rated, 'cabinet', { level: 7 }, 'Roster')).toThrow(SelValidationError);
  });

  it('reads a given assessment, naming problems under the property it came from', () => {
    expect(readAssessment(undefined, rubric, 'previous')).toEqual({ ok: true, value: undefined });
    expect(readAssessment(null, rubric, 'previous')).toEqual({ ok: true, value: undefined });
    const assessment: Assessment = { ...startAssessment(rubric, none), ratings: { cabinet: { level: 3 } } };
    expect(readAssessment(assessment, rubric, 'assessment')).toEqual({ ok: true, value: assessment });

    const misfit = readAssessment({ ...assessment, ratings: { cabinet: { level: 9 } } }, rubric, 'assessment');
    expect(misfit.ok).toBe(false);
    if (!misfit.ok) expect(misfit.issues[0]?.path.slice(0, 3)).toEqual(['assessment', 'ratings', 'cabinet']);
    const malformed = readAssessment({ id: 7 }, undefined, 'value');
    expect(malformed.ok).toBe(false);
    if (!malformed.ok) expect(malformed.issues.every((issue) => issue.path[0] === 'value')).toBe(true);
  });
});

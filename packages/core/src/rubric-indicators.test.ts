import { describe, expect, it } from 'vitest';
import { SelRuleError } from './errors.js';
import { listIndicators } from './rubric.js';
import type { Rubric } from './rubric.js';
import { rubricIndicators } from './rubric-indicators.js';
import { scoreAssessment } from './scoring.js';
import { assessmentOf, districtRubric } from './test-rubrics.js';

/** A private, mutable copy of the shared test rubric (other tests use the original). */
const freshRubric = (): Rubric => structuredClone(districtRubric);

const idsOf = (rubric: Rubric) => [...rubricIndicators(rubric).ids];

describe('rubricIndicators', () => {
  it('lists what listIndicators lists, with the set of ids, and reuses it for the same unchanged rubric', () => {
    const rubric = freshRubric();
    const first = rubricIndicators(rubric);
    expect(first.entries).toEqual(listIndicators(rubric));
    expect([...first.ids]).toEqual(listIndicators(rubric).map((entry) => entry.indicator.id));
    expect(rubricIndicators(rubric)).toBe(first);
    // An equal but distinct rubric object gets its own listing, of its own objects.
    const twin = freshRubric();
    expect(rubricIndicators(twin)).not.toBe(first);
    expect(rubricIndicators(twin).entries[0]?.indicator).toBe(twin.focusAreas[0]?.practices[0]?.indicators[0]);
  });

  it('lists afresh a rubric changed in place: an indicator added, removed, renamed or replaced', () => {
    const rubric = freshRubric();
    const practice = rubric.focusAreas[0]?.practices[0];
    if (!practice) throw new Error('the test rubric has a first practice');
    const before = idsOf(rubric);

    practice.indicators.push({ id: 'added-in-place', text: 'Added after the first listing', descriptors: [] });
    expect(idsOf(rubric)).toEqual([...before.slice(0, 2), 'added-in-place', ...before.slice(2)]);

    practice.indicators.pop();
    expect(idsOf(rubric)).toEqual(before);

    const [firstIndicator] = practice.indicators;
    if (!firstIndicator) throw new Error('the test rubric has a first indicator');
    firstIndicator.id = 'renamed-in-place';
    expect(idsOf(rubric)).toEqual(['renamed-in-place', ...before.slice(1)]);

    practice.indicators[0] = { ...firstIndicator, id: 'replaced' };
    expect(idsOf(rubric)).toEqual(['replaced', ...before.slice(1)]);
    expect(rubricIndicators(rubric).entries[0]?.indicator).toBe(practice.indicators[0]);

    const area = rubric.focusAreas[1];
    if (!area) throw new Error('the test rubric has a second focus area');
    area.id = 'area-renamed';
    expect(rubricIndicators(rubric).entries.at(-1)?.focusAreaId).toBe('area-renamed');
  });

  it('keeps scoreAssessment right for a rubric changed between two calls', () => {
    const rubric = freshRubric();
    const assessment = assessmentOf(rubric, { 'fa1-p1-i1': 4 });
    expect(scoreAssessment(rubric, assessment).overall.total).toBe(6);
    const practice = rubric.focusAreas[1]?.practices[0];
    if (!practice) throw new Error('the test rubric has a practice in its second focus area');
    practice.indicators.push({ id: 'late-indicator', text: 'Added after scoring once', descriptors: [] });
    expect(scoreAssessment(rubric, assessment).overall.total).toBe(7);
    const rated = { ...assessment, ratings: { ...assessment.ratings, 'late-indicator': { level: 2 } } };
    expect(scoreAssessment(rubric, rated).overall).toMatchObject({ rated: 2, mean: 3 });
    practice.indicators.pop();
    expect(() => scoreAssessment(rubric, rated)).toThrow(SelRuleError);
  });
});

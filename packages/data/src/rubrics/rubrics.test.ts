import { describe, expect, it } from 'vitest';
import {
  assessmentFromCsv,
  assessmentToCsv,
  compareAssessments,
  createAssessment,
  indicatorDescriptors,
  isLabelOnlyRubric,
  listIndicators,
  parseRubric,
  safeParseRubric,
  scoreAssessment,
  setPracticePriority,
  setRating,
  weakestIndicators,
} from '@sel/core';
import type { Assessment, Rubric } from '@sel/core';
import { tagVocabulary } from '../tags.js';
import { districtRubric } from './district.js';
import { districtFullImplementationRubric } from './district-full-implementation.js';
import { schoolPartnershipsRubric } from './school.js';
import { schoolImplementationStagesRubric } from './school-stages.js';

const vocabulary = new Set<string>(tagVocabulary.map((tag) => tag.slug));

describe.each([
  ['district', districtRubric],
  ['school', schoolPartnershipsRubric],
  ['district full-implementation', districtFullImplementationRubric],
  ['school stages', schoolImplementationStagesRubric],
] as const)('the %s rubric', (_name, rubric: Rubric) => {
  it('is valid for rubricSchema', () => {
    const result = safeParseRubric(rubric);
    if (!result.ok) throw result.error;
    expect(result.value).toEqual(rubric);
  });

  it('tags every indicator with slugs from the vocabulary', () => {
    for (const { indicator } of listIndicators(rubric)) {
      expect(indicator.tags?.length, indicator.id).toBeGreaterThan(0);
      for (const tag of indicator.tags ?? []) expect(vocabulary, `${indicator.id}: ${tag}`).toContain(tag);
    }
  });

  it('gives an indicator with descriptors a different one for every level', () => {
    for (const { indicator } of listIndicators(rubric)) {
      const descriptors = indicatorDescriptors(indicator);
      if (descriptors === undefined) continue;
      expect(new Set(descriptors).size, indicator.id).toBe(rubric.levels.length);
      for (const descriptor of descriptors) expect(descriptor.trim().length).toBeGreaterThan(10);
    }
  });

  it('says for every indicator what a rating means: descriptors, a full-implementation statement or both', () => {
    for (const { indicator } of listIndicators(rubric)) {
      expect(indicatorDescriptors(indicator) !== undefined || Boolean(indicator.fullImplementation), indicator.id).toBe(
        true,
      );
    }
  });

  it('is rated, scored, compared and written to CSV, with a priority practice first among next steps', () => {
    const values = rubric.levels.map((level) => level.value);
    const rate = (id: string, shift: number): Assessment =>
      listIndicators(rubric).reduce(
        (assessment, entry, index) =>
          setRating(assessment, entry.indicator.id, { level: values[(index + shift) % values.length] ?? 0 }, rubric),
        createAssessment(rubric, { id, takenBy: 'District SEL team', takenOn: '2026-03-02' }),
      );
    const lastPractice = rubric.focusAreas.at(-1)?.practices.at(-1)?.id ?? '';
    const spring = setPracticePriority(rubric, rate('spring', 1), lastPractice, true);
    const fall = rate('fall', 0);
    expect(scoreAssessment(rubric, spring).overall.rated).toBe(listIndicators(rubric).length);
    expect(scoreAssessment(rubric, spring).priorities?.rated).toBeGreaterThan(0);
    expect(compareAssessments(rubric, fall, spring).overall.compared).toBe(listIndicators(rubric).length);
    expect(weakestIndicators(rubric, spring)[0]?.practiceId).toBe(lastPractice);
    expect(assessmentFromCsv(assessmentToCsv(rubric, spring), rubric)).toEqual(spring);
  });
});

describe('districtRubric', () => {
  it('rates on four levels from no planning to full implementation', () => {
    expect(districtRubric.levels.map((level) => [level.value, level.label])).toEqual([
      [1, 'No planning or implementation'],
      [2, 'Partially planned and implemented'],
      [3, 'Mostly planned and implemented'],
      [4, 'Fully planned and implemented'],
    ]);
  });

  it('has the four focus areas of the district model, numbered 1 to 4', () => {
    expect(districtRubric.focusAreas.map((area) => [area.number, area.title])).toEqual([
      [1, 'Build foundational support and plan'],
      [2, 'Strengthen adult SEL competencies and capacity'],
      [3, 'Promote SEL for students'],
      [4, 'Reflect on data for continuous improvement'],
    ]);
  });

  it('lists the four indicators of organizing the district to promote collaboration', () => {
    const practice = districtRubric.focusAreas[0]?.practices.find(
      (p) => p.id === 'organize-district-for-collaboration',
    );
    expect(practice?.indicators.map((indicator) => indicator.id)).toEqual([
      'sel-lead-cabinet-influence',
      'sel-team-serves-all-students',
      'cross-department-structures',
      'sel-embedded-in-frameworks',
    ]);
  });

  it('states what full implementation looks like for every indicator', () => {
    for (const { indicator } of listIndicators(districtRubric)) expect(indicator.fullImplementation).toBeTruthy();
  });

  it('fails validation at the path of a broken indicator', () => {
    const broken = structuredClone(districtRubric);
    broken.focusAreas[2]?.practices[1]?.indicators[0]?.descriptors?.pop();
    expect(() => parseRubric(broken)).toThrow(/focusAreas\[2\]\.practices\[1\]\.indicators\[0\]\.descriptors/);
  });
});

describe('districtFullImplementationRubric', () => {
  it("has CASEL's online shape: four labelled levels, no descriptors, one full-implementation statement per item", () => {
    expect(isLabelOnlyRubric(districtFullImplementationRubric)).toBe(true);
    expect(districtFullImplementationRubric.levels).toEqual(
      districtRubric.levels.map(({ value, label }) => ({ value, label })),
    );
    for (const { indicator } of listIndicators(districtFullImplementationRubric)) {
      expect(indicator.fullImplementation?.length ?? 0, indicator.id).toBeGreaterThan(40);
    }
    expect(districtFullImplementationRubric.focusAreas.map((area) => area.title)).toEqual(
      districtRubric.focusAreas.map((area) => area.title),
    );
  });

  it('rejects a partial descriptor list at its path', () => {
    const broken = structuredClone(districtFullImplementationRubric);
    const indicator = broken.focusAreas[1]?.practices[0]?.indicators[1];
    if (indicator) indicator.descriptors = ['Only the first level is described here.'];
    expect(() => parseRubric(broken)).toThrow(/focusAreas\[1\]\.practices\[0\]\.indicators\[1\]\.descriptors/);
  });
});

describe('schoolImplementationStagesRubric', () => {
  it('rates a school on five stages and mixes items with and without descriptors', () => {
    expect(schoolImplementationStagesRubric.scope).toBe('school');
    expect(schoolImplementationStagesRubric.levels.map((level) => level.value)).toEqual([1, 2, 3, 4, 5]);
    const shapes = listIndicators(schoolImplementationStagesRubric).map(({ indicator }) => [
      indicatorDescriptors(indicator) !== undefined,
      indicator.fullImplementation !== undefined,
    ]);
    expect(shapes).toContainEqual([true, false]);
    expect(shapes).toContainEqual([false, true]);
    expect(shapes).toContainEqual([true, true]);
  });
});

describe('schoolPartnershipsRubric', () => {
  it('uses a 0-to-3 school scale', () => {
    expect(schoolPartnershipsRubric.scope).toBe('school');
    expect(schoolPartnershipsRubric.levels.map((level) => level.value)).toEqual([0, 1, 2, 3]);
  });
});

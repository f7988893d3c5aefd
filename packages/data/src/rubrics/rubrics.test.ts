import { describe, expect, it } from 'vitest';
import { listIndicators, parseRubric, safeParseRubric } from '@sel/core';
import type { Rubric } from '@sel/core';
import { tagVocabulary } from '../tags.js';
import { districtRubric } from './district.js';
import { schoolPartnershipsRubric } from './school.js';

const vocabulary = new Set<string>(tagVocabulary.map((tag) => tag.slug));

describe.each([
  ['district', districtRubric],
  ['school', schoolPartnershipsRubric],
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

  it('gives each indicator a different descriptor for every level', () => {
    for (const { indicator } of listIndicators(rubric)) {
      expect(new Set(indicator.descriptors).size, indicator.id).toBe(rubric.levels.length);
      for (const descriptor of indicator.descriptors) expect(descriptor.trim().length).toBeGreaterThan(10);
    }
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
    broken.focusAreas[2]?.practices[1]?.indicators[0]?.descriptors.pop();
    expect(() => parseRubric(broken)).toThrow(/focusAreas\[2\]\.practices\[1\]\.indicators\[0\]\.descriptors/);
  });
});

describe('schoolPartnershipsRubric', () => {
  it('uses a 0-to-3 school scale', () => {
    expect(schoolPartnershipsRubric.scope).toBe('school');
    expect(schoolPartnershipsRubric.levels.map((level) => level.value)).toEqual([0, 1, 2, 3]);
  });
});

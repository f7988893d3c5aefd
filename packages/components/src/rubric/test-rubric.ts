import type { Indicator, Rubric } from '@sel/core';

/** The four levels the rubric tests rate on. */
export const levels = [
  { value: 1, label: 'Not started' },
  { value: 2, label: 'Partly in place' },
  { value: 3, label: 'Mostly in place' },
  { value: 4, label: 'Fully in place' },
];

/** An indicator with a descriptor for each of {@link levels}, and its full implementation when given. */
export function indicator(id: string, text: string, fullImplementation?: string): Indicator {
  return {
    id,
    text,
    ...(fullImplementation ? { fullImplementation } : {}),
    descriptors: [
      `Nobody has started on this: ${id}.`,
      `Some early work on ${id} exists.`,
      `Most of ${id} is in place.`,
      `All of ${id} is in place and reviewed.`,
    ],
  };
}

/**
 * A two-focus-area district rubric for the element's tests. `cabinetText` replaces the first
 * indicator's text (a long one shows how a title wraps on a phone).
 */
export function testRubric(cabinetText = 'The SEL lead has influence at the cabinet level.'): Rubric {
  return {
    id: 'district-test',
    version: '1.0.0',
    title: 'District SEL rubric',
    scope: 'district',
    levels,
    focusAreas: [
      {
        id: 'plan',
        number: 1,
        title: 'Build foundational support and plan',
        practices: [
          {
            id: 'organize',
            title: 'Organize the district for collaboration',
            indicators: [
              indicator('cabinet', cabinetText, 'The SEL lead sits on the cabinet and briefs it regularly.'),
              indicator('housed', 'The SEL team serves all students.'),
              indicator('structures', 'Cross-department structures support SEL.'),
            ],
          },
        ],
      },
      {
        id: 'adults',
        number: 2,
        title: 'Strengthen adult SEL competencies and capacity',
        practices: [
          {
            id: 'learning',
            title: 'Offer professional learning',
            indicators: [
              indicator('series', 'A professional learning series runs all year.'),
              indicator('wellbeing', 'Staff wellbeing is supported.'),
            ],
          },
        ],
      },
    ],
  };
}

import type { Rubric } from '@sel/core';

/**
 * A district rubric in the shape of CASEL's online district rubric: each item is rated on four levels
 * that carry a label only (1 no planning or implementation ... 4 fully planned and implemented), and
 * each item states once what full implementation looks like; a 4 means that statement is fully met.
 * No item has a descriptor per level. The items follow the four focus areas of the district model; the
 * practice "organize the district to promote collaboration" carries the four indicators of quality
 * implementation named in the district guidance. The statements are written for @sel.
 */
export const districtFullImplementationRubric: Rubric = {
  id: 'district-full-implementation',
  version: '1.0.0',
  title: 'District Rubric for Systemic SEL: Full-Implementation Statements',
  lang: 'en',
  scope: 'district',
  description:
    'Rate each item from 1 to 4 against its statement of full implementation: where the district stands now, what has moved since last time, and what goes into the goals and the action plan.',
  source:
    "Laid out like CASEL's online district rubric (level labels only, one full-implementation statement per item); statements written for @sel.",
  levels: [
    { value: 1, label: 'No planning or implementation' },
    { value: 2, label: 'Partially planned and implemented' },
    { value: 3, label: 'Mostly planned and implemented' },
    { value: 4, label: 'Fully planned and implemented' },
  ],
  focusAreas: [
    {
      id: 'build-foundational-support-and-plan',
      number: 1,
      title: 'Build foundational support and plan',
      practices: [
        {
          id: 'organize-district-for-collaboration',
          title: 'Organize the district to promote collaboration around SEL, academics and equity',
          indicators: [
            {
              id: 'sel-lead-cabinet-influence',
              text: 'The SEL lead or team has influence at the cabinet level.',
              fullImplementation:
                'The SEL lead meets the superintendent’s cabinet on a set schedule, reports progress and challenges there, and the cabinet has a routine for giving feedback on key SEL decisions.',
              tags: ['superintendents-cabinet', 'leadership'],
            },
            {
              id: 'sel-team-serves-all-students',
              text: 'The SEL team sits in a department that serves all students.',
              fullImplementation:
                'The SEL team belongs to a department focused on every student, such as Teaching and Learning, College and Career Readiness or Equity, and not to a specialized student-services office.',
              tags: ['district-organizational-charts', 'equity'],
            },
            {
              id: 'cross-department-structures',
              text: 'Standing structures bring departments together around SEL.',
              fullImplementation:
                'Leaders for SEL, academics and equity meet regularly to set common goals, align strategies for supporting schools, share practices and review how well they collaborate.',
              tags: ['cross-department-collaboration', 'sel-and-academic-integration'],
            },
            {
              id: 'sel-embedded-in-frameworks',
              text: 'SEL is part of the frameworks for equity, academics and school improvement.',
              fullImplementation:
                'The district’s equity, academic and school-improvement frameworks each name SEL and show how it supports their goals, and the strategic plan aligns the three efforts.',
              tags: ['integrate-with-district-priorities', 'school-improvement', 'strategic-planning'],
            },
          ],
        },
        {
          id: 'plan-for-sel',
          title: 'Plan for districtwide SEL',
          indicators: [
            {
              id: 'shared-vision-and-plan',
              text: 'A shared vision and a multi-year plan guide SEL work.',
              fullImplementation:
                'A written vision and a multi-year implementation plan, built with staff, families and partners, set goals, owners and timelines, and are reviewed at least once a year.',
              tags: ['implementation-plan', 'strategic-planning'],
            },
            {
              id: 'resources-aligned',
              text: 'People and funding are aligned to the plan.',
              fullImplementation:
                'The budget and staffing for SEL follow the plan, the board has approved lasting funding, and outside grants fill named gaps rather than carrying the work.',
              tags: ['budgeting', 'human-and-financial-resource-alignment', 'school-board'],
            },
          ],
        },
      ],
    },
    {
      id: 'strengthen-adult-sel',
      number: 2,
      title: 'Strengthen adult SEL competencies and capacity',
      practices: [
        {
          id: 'adult-learning',
          title: 'Grow adults’ SEL expertise and their own social and emotional competence',
          indicators: [
            {
              id: 'ongoing-professional-learning',
              text: 'Staff take part in ongoing professional learning on SEL.',
              fullImplementation:
                'Every role, from central office to classroom, has a sequence of SEL learning over the year, with coaching that follows up in practice.',
              tags: ['professional-learning', 'district-sel-expertise'],
            },
            {
              id: 'adult-sel-practice',
              text: 'Adults practice SEL with one another.',
              fullImplementation:
                'Meetings across the district open, run and close with SEL practices, and staff reflect on their own competencies and on equity together.',
              tags: ['adult-sel', 'equity'],
            },
          ],
        },
      ],
    },
    {
      id: 'promote-sel-for-students',
      number: 3,
      title: 'Promote SEL for students',
      practices: [
        {
          id: 'schoolwide-and-partner-sel',
          title: 'Support SEL in every school and with community partners',
          indicators: [
            {
              id: 'school-leaders-supported',
              text: 'School leaders get support to lead schoolwide SEL.',
              fullImplementation:
                'Every school has an SEL team and plan, and the district SEL team works with school leaders and their supervisors on it through the year.',
              tags: ['school-leaders', 'school-improvement'],
            },
            {
              id: 'partners-aligned',
              text: 'Community partners are aligned with the district’s SEL work.',
              fullImplementation:
                'An inventory of partners is kept current, partners are sorted by their connection to SEL, and the closest ones share goals, language and data with schools.',
              tags: ['community-partnerships', 'sel-partnerships', 'out-of-school'],
            },
          ],
        },
      ],
    },
    {
      id: 'reflect-on-data',
      number: 4,
      title: 'Reflect on data for continuous improvement',
      practices: [
        {
          id: 'improve-with-data',
          title: 'Use data to improve implementation and outcomes',
          indicators: [
            {
              id: 'assess-implementation',
              text: 'The team assesses implementation on a regular cycle.',
              fullImplementation:
                'The team rates this rubric at least once a year, compares the result with the last one and turns the weakest items into goals and action steps with owners.',
              tags: ['continuous-improvement', 'research-and-evaluation'],
            },
            {
              id: 'share-progress',
              text: 'Progress is shared with the board, staff and families.',
              fullImplementation:
                'The district reports on SEL implementation and outcomes to the board, staff, families and partners on a set schedule, in the languages families read.',
              tags: ['communications', 'family-engagement', 'school-board'],
            },
          ],
        },
      ],
    },
  ],
};

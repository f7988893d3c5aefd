import type { Rubric } from '@sel/core';

/**
 * A school rubric in a third shape: five stages of implementation (1 to 5) and focus areas that follow
 * the phases of schoolwide SEL (readiness, planning, implementation) plus the factors that sustain it,
 * as CASEL's school practice rubric orders its steps. Items differ in what they carry, as real rubrics
 * do: some describe every stage, some state only what full implementation looks like, some both.
 * A school team can rate it at the start of the year and again later to see movement.
 */
export const schoolImplementationStagesRubric: Rubric = {
  id: 'school-implementation-stages',
  version: '1.0.0',
  title: 'School Rubric: Stages of Schoolwide SEL',
  lang: 'en',
  scope: 'school',
  description:
    'How far a school has come in getting ready for, planning, carrying out and sustaining schoolwide SEL, on five stages.',
  source:
    "Phases follow the order of CASEL's school practice rubric; the five stages and all statements are written for @sel.",
  levels: [
    { value: 1, label: 'Not started', description: 'No work on this item has begun.' },
    { value: 2, label: 'Exploring', description: 'The team is learning about the item and deciding how to begin.' },
    { value: 3, label: 'Getting started', description: 'First steps are taken in parts of the school.' },
    { value: 4, label: 'Established', description: 'The item is in place across the school.' },
    { value: 5, label: 'Sustained', description: 'The item is routine, reviewed and kept up as people change.' },
  ],
  focusAreas: [
    {
      id: 'readiness',
      number: 1,
      title: 'Get ready',
      practices: [
        {
          id: 'commit-and-form-team',
          title: 'Commit to schoolwide SEL and form a team to lead it',
          indicators: [
            {
              id: 'principal-commitment',
              text: 'The principal commits to schoolwide SEL and says so to staff and families.',
              descriptors: [
                'SEL has not been discussed by school leaders.',
                'The principal is weighing SEL against other priorities.',
                'The principal has announced SEL as a goal to staff.',
                'The principal leads SEL visibly and protects time for it.',
                'The commitment is written into the school plan and outlasts changes of principal.',
              ],
              tags: ['leadership', 'school-leaders'],
            },
            {
              id: 'sel-team-formed',
              text: 'A school SEL team with teachers, staff, families and students leads the work.',
              fullImplementation:
                'The team meets at least monthly, includes each group it serves, has a named lead and keeps its members as people come and go.',
              descriptors: [
                'No team exists.',
                'A few volunteers talk about SEL informally.',
                'A team is named but meets irregularly.',
                'The team meets on schedule and represents staff, families and students.',
                'The team has a charter, renews its members each year and reports to the school.',
              ],
              tags: ['leadership', 'family-engagement'],
            },
          ],
        },
      ],
    },
    {
      id: 'planning',
      number: 2,
      title: 'Plan',
      practices: [
        {
          id: 'vision-needs-plan',
          title: 'Set a vision, look at needs and resources, and write a plan',
          indicators: [
            {
              id: 'shared-vision',
              text: 'The school community shares a vision for students’ social and emotional development.',
              fullImplementation:
                'A short vision, written with staff, families and students, is known across the school and guides decisions about SEL.',
              tags: ['strategic-planning', 'family-engagement'],
            },
            {
              id: 'needs-and-resources',
              text: 'The team has reviewed the school’s needs and the resources it already has.',
              fullImplementation:
                'The team has looked at climate data and current programs, and it knows which partners and staff already support SEL.',
              tags: ['continuous-improvement', 'community-partnerships'],
            },
            {
              id: 'action-plan',
              text: 'A written plan sets goals, steps, owners and dates.',
              descriptors: [
                'No plan exists.',
                'Goals are discussed but not written down.',
                'A plan is written with some goals and steps.',
                'The plan has measurable goals, owners and dates and is revisited at team meetings.',
                'The plan is updated each year from what the data show.',
              ],
              tags: ['implementation-plan'],
            },
          ],
        },
      ],
    },
    {
      id: 'implementation',
      number: 3,
      title: 'Put it in place',
      practices: [
        {
          id: 'teach-and-model',
          title: 'Teach SEL to students and practice it among adults',
          indicators: [
            {
              id: 'staff-learning',
              text: 'Staff build their own SEL skills and learn to teach SEL.',
              fullImplementation:
                'All staff take part in professional learning on SEL through the year, with coaching and time to practice with colleagues.',
              tags: ['professional-learning', 'adult-sel'],
            },
            {
              id: 'explicit-instruction',
              text: 'Students are taught social and emotional skills in every grade.',
              fullImplementation:
                'Every grade uses an evidence-based program on a regular schedule, and teachers connect its skills to academic lessons.',
              tags: ['sel-and-academic-integration'],
            },
            {
              id: 'schoolwide-climate',
              text: 'Routines across the school reinforce SEL outside lessons too.',
              fullImplementation:
                'Hallways, lunch, recess, discipline and after-school time use the same language and practices as classrooms.',
              tags: ['culture-and-climate', 'out-of-school'],
            },
          ],
        },
      ],
    },
    {
      id: 'sustainability',
      number: 4,
      title: 'Sustain',
      practices: [
        {
          id: 'keep-it-going',
          title: 'Keep SEL going: data, families and partners',
          indicators: [
            {
              id: 'data-cycle',
              text: 'The team reviews data on implementation and outcomes and adjusts the plan.',
              fullImplementation:
                'The team rates this rubric at least twice a year, reviews climate and outcome data, and changes the plan from what it learns.',
              tags: ['continuous-improvement', 'research-and-evaluation'],
            },
            {
              id: 'families-and-partners',
              text: 'Families and community partners take part in the school’s SEL work.',
              fullImplementation:
                'Families hear about SEL in the languages they read and help shape it; partners working with students share its goals and language.',
              tags: ['family-engagement', 'community-partnerships'],
            },
          ],
        },
      ],
    },
  ],
};

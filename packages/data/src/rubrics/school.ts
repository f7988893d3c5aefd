import type { Rubric } from '@sel/core';

/**
 * A small school-level rubric in another shape: a 0-to-3 scale like CASEL's school practice rubric
 * (little or no development, limited, mostly functional, fully functional) and focus areas that follow
 * the three parts of the partner coordination tool rather than the district model. A school SEL team can
 * use it at least twice a year to see how its work with community partners is developing.
 */
export const schoolPartnershipsRubric: Rubric = {
  id: 'school-community-partnerships',
  version: '1.0.0',
  title: 'School Rubric: Coordinating SEL With Community Partners',
  lang: 'en',
  scope: 'school',
  description:
    'How far a school SEL team has come in knowing its community partners, aligning SEL practice with them and following through together.',
  source: "Based on the three parts of CASEL's tool for coordinating SEL work with community partners.",
  levels: [
    { value: 0, label: 'Little or no development' },
    { value: 1, label: 'Limited or partial development' },
    { value: 2, label: 'Mostly functional' },
    { value: 3, label: 'Fully functional' },
  ],
  focusAreas: [
    {
      id: 'know-your-partners',
      title: 'Know your partners',
      practices: [
        {
          id: 'keep-a-partner-inventory',
          title: 'Keep an inventory of every partnership',
          indicators: [
            {
              id: 'inventory-complete',
              text: 'The inventory lists every partner working with students, including before and after school and in summer.',
              descriptors: [
                'No list exists.',
                'The list names the best-known partners only.',
                'The list covers nearly every partner, reviewed by the whole SEL team.',
                'The list covers every partner and is reviewed each year.',
              ],
              tags: ['community-partnerships', 'out-of-school'],
            },
            {
              id: 'inventory-detailed',
              text: 'Each entry records mission, outcome goals, contacts on both sides, schedule, location and audience.',
              descriptors: [
                'Entries hold names only.',
                'Some entries carry contacts or goals.',
                'Most entries carry every detail.',
                'Every entry is complete and current.',
              ],
              tags: ['community-partnerships'],
            },
          ],
        },
      ],
    },
    {
      id: 'deepen-alignment',
      title: 'Deepen SEL alignment and practice',
      practices: [
        {
          id: 'align-with-partners',
          title: 'Find the partners closest to SEL and plan with them',
          indicators: [
            {
              id: 'partners-sorted',
              text: 'Partners are sorted by how clearly they support SEL.',
              descriptors: [
                'No sorting has been done.',
                'A few partners are informally seen as supporting SEL.',
                'Every partner has been placed in a tier.',
                'Tiers are revisited periodically as partnerships change.',
              ],
              tags: ['sel-partnerships', 'community-partnerships'],
            },
            {
              id: 'shared-goal-and-plan',
              text: 'The school and each main partner share an SEL goal and a plan to reach it.',
              descriptors: [
                'No shared goals exist.',
                'The school has shared its SEL vision with partners.',
                'Shared goals exist with some main partners, with first action steps.',
                'Every main partner has a shared goal, aligned practices, named people and action steps.',
              ],
              tags: ['sel-partnerships', 'out-of-school'],
            },
          ],
        },
      ],
    },
    {
      id: 'follow-through',
      title: 'Plan for follow-through',
      practices: [
        {
          id: 'communicate-and-improve-together',
          title: 'Communicate and improve together',
          indicators: [
            {
              id: 'communication-structure',
              text: 'Adults at school and at partner organizations serving the same students know who informs whom, about what and how often.',
              descriptors: [
                'Contact happens only in a crisis.',
                'Some partners hear from the school regularly.',
                'An agreed communication plan covers most partners.',
                'The plan covers every main partner, and families hear about shared SEL work too.',
              ],
              tags: ['communications', 'family-engagement'],
            },
            {
              id: 'shared-improvement',
              text: 'The school and its partners look at data together to improve.',
              descriptors: [
                'No data is shared.',
                'Data is exchanged informally.',
                'Partners meet on a schedule to review agreed data.',
                'Scheduled reviews of shared data lead to changes on both sides.',
              ],
              tags: ['data-sharing', 'continuous-improvement'],
            },
          ],
        },
      ],
    },
  ],
};

import type { Rubric } from '@sel/core';

/**
 * A district self-assessment rubric built on the four focus areas of the district model. Each item
 * is rated on four levels, and a 4 means the item's full-implementation statement is fully met.
 * The practice "organize the district to promote collaboration" carries the four indicators of
 * quality implementation named in the district guidance; the other practices gather what the
 * guidance, the partner coordination tool and the district learning communities describe.
 * Indicator `tags` are slugs of the tag vocabulary: they point a weak indicator to resources that help.
 */
export const districtRubric: Rubric = {
  id: 'district-systemic-sel',
  version: '1.0.0',
  title: 'District Rubric for Systemic SEL',
  lang: 'en',
  scope: 'district',
  description:
    'Answers "where are we now?" for a district putting SEL in place systemically, marks progress between assessments and feeds goals and an action plan.',
  source: "Organized around the four focus areas of CASEL's district model; descriptors written for @sel.",
  levels: [
    {
      value: 1,
      label: 'No planning or implementation',
      description: 'Nothing has been planned or started for this item yet.',
    },
    {
      value: 2,
      label: 'Partially planned and implemented',
      description: 'Some planning or early work exists, but large parts of the item are still missing.',
    },
    {
      value: 3,
      label: 'Mostly planned and implemented',
      description: 'Most of the item is planned and in place; a few parts remain uneven or unfinished.',
    },
    {
      value: 4,
      label: 'Fully planned and implemented',
      description: 'The full-implementation statement for this item is met in every part.',
    },
  ],
  focusAreas: [
    {
      id: 'build-foundational-support-and-plan',
      number: 1,
      title: 'Build foundational support and plan',
      description:
        'Set up the leadership, structures and plans that let SEL grow across the district rather than sit beside other work.',
      practices: [
        {
          id: 'organize-district-for-collaboration',
          title: 'Organize the district to promote collaboration around SEL, academics and equity',
          description:
            'Departments, the cabinet and school leaders share goals and strategies for SEL, academics and equity instead of working in silos.',
          indicators: [
            {
              id: 'sel-lead-cabinet-influence',
              text: 'The district SEL lead or team has influence at the cabinet level.',
              fullImplementation:
                "The SEL lead reports to or sits on the superintendent's cabinet, briefs it on a regular schedule, and the cabinet gives feedback on key SEL decisions.",
              descriptors: [
                'The SEL lead has no regular contact with the cabinet, and SEL rarely comes up at that level.',
                'The SEL lead briefs the cabinet now and then, usually on request, with no set way for the cabinet to respond.',
                'The cabinet hears SEL updates on a regular schedule, but its feedback on SEL decisions is not yet asked for consistently.',
                'Regular SEL updates are part of cabinet meetings, and the cabinet weighs in on every key SEL decision through an agreed process.',
              ],
              tags: ['superintendents-cabinet', 'leadership', 'district-organizational-charts'],
            },
            {
              id: 'sel-team-serves-all-students',
              text: 'The SEL team is housed in a department focused on all students, such as teaching and learning, college and career readiness, or equity.',
              fullImplementation:
                'The organizational chart places the SEL team in a department that serves every student, and its staff and budget are aligned with that department.',
              descriptors: [
                'SEL sits in a specialized service department or has no clear home on the organizational chart.',
                'A move toward a department serving all students is being discussed, but SEL still works mainly with a subset of schools or students.',
                'The SEL team belongs to a department serving all students, though some staffing or funding still runs through a separate office.',
                'The SEL team is part of a department serving all students, with people and funding aligned to that home.',
              ],
              tags: [
                'district-organizational-charts',
                'human-and-financial-resource-alignment',
                'sel-and-academic-integration',
              ],
            },
            {
              id: 'cross-department-structures',
              text: 'Established structures promote collaboration across departments, and the SEL team works with key departments on common goals and aligned strategies for schools and students.',
              fullImplementation:
                'Leaders for SEL, academics and equity meet on a set schedule, share goals and plans, and review how well they are collaborating.',
              descriptors: [
                'Departments plan separately, and the SEL team meets others only when a problem forces it.',
                'Some joint meetings happen, but they are irregular and shared goals have not been written down.',
                'Regular cross-department meetings track shared goals, although not every key department takes part.',
                'Every key department takes part in regular meetings built around shared goals, aligned strategies and a routine review of the collaboration itself.',
              ],
              tags: ['cross-department-collaboration', 'sel-partnerships', 'integrate-with-district-priorities'],
            },
            {
              id: 'sel-embedded-in-frameworks',
              text: 'SEL is embedded in the district frameworks for equity, academics and school improvement.',
              fullImplementation:
                'The strategic plan and the equity, academic and school improvement frameworks each state how SEL supports their goals, and staff see one connected approach.',
              descriptors: [
                'SEL does not appear in the district frameworks for equity, academics or school improvement.',
                'SEL is mentioned in one framework, or a crosswalk with district priorities has started but is not finished.',
                'SEL is written into most frameworks, but some connections remain on paper rather than in practice.',
                'SEL is woven into the strategic plan and every related framework, and school and district staff act on those links.',
              ],
              tags: [
                'integrate-with-district-priorities',
                'equity',
                'sel-and-academic-integration',
                'strategic-planning',
                'school-improvement',
              ],
            },
          ],
        },
        {
          id: 'plan-and-resource-sel',
          title: 'Plan for SEL and secure its support',
          description:
            'A written implementation plan, backing from the school board and funding that lasts beyond a single grant.',
          indicators: [
            {
              id: 'implementation-plan',
              text: 'A districtwide SEL implementation plan sets goals and names where other departments and schools must collaborate.',
              fullImplementation:
                'The plan is aligned with the strategic plan, names owners and milestones, and is reviewed and updated at least once a year.',
              descriptors: [
                'There is no written SEL plan.',
                'A draft plan exists but has no owners, milestones or link to the strategic plan.',
                'An adopted plan with owners and milestones is in use, though it is not reviewed on a schedule.',
                'An adopted plan, aligned with the strategic plan, is reviewed yearly and guides the work of every department involved.',
              ],
              tags: ['implementation-plan', 'strategic-planning', 'sel-overview'],
            },
            {
              id: 'board-and-budget-support',
              text: 'The school board understands the case for SEL and the budget sustains it.',
              fullImplementation:
                'The board hears evidence of SEL results regularly, and SEL positions and programs are funded in the general budget with outside funds used to extend them.',
              descriptors: [
                'The board has not discussed SEL, and SEL depends on short-term or no funding.',
                'The board has heard about SEL once, and funding comes mostly from grants.',
                'The board receives evidence of results, and part of the SEL work is funded in the general budget.',
                'The board backs SEL with evidence in hand, and the core of the work is funded in the general budget.',
              ],
              tags: ['school-board', 'budgeting', 'fundraising', 'sustainability'],
            },
          ],
        },
      ],
    },
    {
      id: 'strengthen-adult-sel',
      number: 2,
      title: 'Strengthen adult SEL competencies and capacity',
      description: 'Grow the expertise and the social and emotional competencies of the adults who lead and teach.',
      practices: [
        {
          id: 'build-staff-expertise',
          title: 'Build staff expertise through ongoing professional learning',
          indicators: [
            {
              id: 'ongoing-professional-learning',
              text: 'Central office and school staff take part in ongoing professional learning on SEL.',
              fullImplementation:
                'Professional learning on SEL is planned for every role, continues across the year and is aligned across departments.',
              descriptors: [
                'SEL professional learning is absent or limited to a single introduction.',
                'Some staff groups receive SEL learning, mostly as one-time sessions.',
                'Most roles have a sequence of SEL learning, though it is not yet aligned across departments.',
                'Every role has ongoing SEL learning, planned together by the departments that share the work.',
              ],
              tags: ['professional-learning', 'district-sel-expertise'],
            },
            {
              id: 'peer-learning-with-districts',
              text: 'District leaders learn with peers from other districts through learning communities and networks.',
              fullImplementation:
                'The SEL team takes part in at least one peer learning community and brings lessons back into district plans.',
              descriptors: [
                'The district does not learn with other districts on SEL.',
                'Staff attend occasional events, but what they learn seldom reaches district plans.',
                'The district takes part in a learning community regularly, and some lessons shape its plans.',
                'The district is an active member of peer learning communities, contributes its own lessons and uses what it learns in its plans.',
              ],
              tags: ['learning-communities', 'district-sel-expertise', 'professional-learning'],
            },
          ],
        },
        {
          id: 'model-adult-sel',
          title: 'Practice SEL among adults',
          indicators: [
            {
              id: 'adult-sel-routines',
              text: 'Adults build their own social and emotional competencies together, for example through SEL routines in meetings.',
              fullImplementation:
                'Meetings across the district open and close with SEL routines, and staff have regular time to strengthen their own competencies together.',
              descriptors: [
                'Adult SEL is not part of how staff meet or work together.',
                'A few teams use SEL routines in their meetings.',
                'Most district meetings use SEL routines, and some time is set aside for adult SEL.',
                'SEL routines are the norm in meetings districtwide, with regular time for adults to grow their own competencies.',
              ],
              tags: ['adult-sel', 'cross-department-collaboration'],
            },
            {
              id: 'sel-through-equity-lens',
              text: 'Staff look at SEL through an equity lens, with SEL and equity leaders working side by side.',
              fullImplementation:
                'SEL and equity leaders plan together, and professional learning shows how SEL and equity work strengthen each other.',
              descriptors: [
                'SEL and equity work run separately, with no shared planning.',
                'SEL and equity leaders have begun to talk, but their plans are still separate.',
                'SEL and equity leaders plan some work together, and professional learning touches on the connection.',
                'SEL and equity leaders plan together as a matter of course, and professional learning makes the connection explicit.',
              ],
              tags: ['equity', 'adult-sel', 'job-descriptions'],
            },
          ],
        },
      ],
    },
    {
      id: 'promote-sel-for-students',
      number: 3,
      title: 'Promote SEL for students',
      description: 'Make SEL part of every setting a student learns in, during the school day and beyond it.',
      practices: [
        {
          id: 'support-schoolwide-sel',
          title: 'Collaborate with school leaders on schoolwide SEL',
          indicators: [
            {
              id: 'school-leader-collaboration',
              text: 'The SEL team works regularly with school leaders and their supervisors so that SEL plans fit school improvement plans.',
              fullImplementation:
                'Principal supervisors and the SEL team meet on a schedule, school improvement plans include SEL, and cohorts of school teams learn together.',
              descriptors: [
                'School leaders hear about SEL plans only after decisions are made.',
                'The SEL team meets some principals or supervisors, but school improvement plans rarely include SEL.',
                'Regular meetings with supervisors shape the SEL rollout, and many school plans include SEL.',
                'Supervisors, school leaders and the SEL team plan the rollout together, and every school improvement plan includes SEL.',
              ],
              tags: ['school-leaders', 'school-improvement', 'implementation-plan'],
            },
            {
              id: 'tiered-supports-visible',
              text: 'Schools know which SEL and wellness supports are available at each tier and how to reach them.',
              fullImplementation:
                'A current menu of supports, organized by tier, is shared with every school and used to match students with help.',
              descriptors: [
                'Supports exist, but schools do not know what is offered or whom to ask.',
                'Some departments describe their supports, but there is no single view by tier.',
                'A menu of supports by tier exists, though it is not current or not used by every school.',
                'Every school uses a current, tiered menu of supports to connect students with the right help.',
              ],
              tags: ['mtss', 'trauma', 'health-and-wellness', 'mental-health'],
            },
          ],
        },
        {
          id: 'coordinate-with-community-partners',
          title: 'Coordinate SEL work with community partners',
          description:
            'Know every partner, find the ones whose work supports SEL, plan with them and keep in touch as the partnership grows.',
          indicators: [
            {
              id: 'partner-inventory',
              text: 'A current inventory documents every community partner, with its mission, goals, contacts, schedule, location and audience.',
              fullImplementation:
                'The inventory covers all partners working with students in and out of school and is updated at least once a year.',
              descriptors: [
                'No list of community partners exists.',
                'A partial list exists, missing partners or key details such as contacts and audience.',
                'A full list exists with most details, though it is not updated on a schedule.',
                'A complete, up-to-date inventory with every detail is shared with the SEL team.',
              ],
              tags: ['community-partnerships', 'out-of-school'],
            },
            {
              id: 'partners-sorted-by-sel-connection',
              text: 'The SEL team has sorted partners by how clearly they support SEL and chosen its main SEL collaborators.',
              fullImplementation:
                'Every partner is placed in a tier (clearly supports SEL, could support SEL, no apparent connection) and the team revisits the placement as partnerships change.',
              descriptors: [
                'Partners have not been considered in terms of SEL.',
                'A few partners are known to support SEL, but no sorting has been done.',
                'Most partners have been sorted, and main collaborators are named.',
                'All partners are sorted and revisited periodically, and the team works closely with its main SEL collaborators.',
              ],
              tags: ['community-partnerships', 'sel-partnerships'],
            },
            {
              id: 'joint-planning-with-partners',
              text: 'Schools and their closest partners plan together around shared SEL goals.',
              fullImplementation:
                'For each main partner there is a shared SEL goal, the school-day and partner practices that support it, the people involved and agreed action steps.',
              descriptors: [
                'Schools and partners plan separately.',
                'Schools share their SEL vision with partners, but no joint plan exists.',
                'Joint plans exist with some partners, though action steps or owners are incomplete.',
                'Every main partner has a joint plan with a shared goal, aligned practices, named people and action steps.',
              ],
              tags: ['community-partnerships', 'out-of-school', 'sel-partnerships'],
            },
            {
              id: 'partner-communication-and-data',
              text: 'Schools and partners communicate regularly and improve together using shared data.',
              fullImplementation:
                'A communication plan says who is told what and how often, and partners meet on a schedule to review data that can legally be shared.',
              descriptors: [
                'Communication with partners happens only when a problem comes up.',
                'Some regular contact exists, but no one has agreed what data to share.',
                'A communication plan is in place, and data is shared with some partners.',
                'Communication follows an agreed plan, and schools and partners review shared data together on a schedule.',
              ],
              tags: ['communications', 'data-sharing', 'continuous-improvement', 'family-engagement'],
            },
          ],
        },
      ],
    },
    {
      id: 'reflect-on-data',
      number: 4,
      title: 'Reflect on data for continuous improvement',
      description: 'Collect, reflect on and use data to adjust the SEL work, and share what it shows.',
      practices: [
        {
          id: 'use-data-for-improvement',
          title: 'Use data to improve implementation',
          indicators: [
            {
              id: 'regular-self-assessment',
              text: 'The district assesses its SEL implementation on a regular schedule and compares each assessment with the previous one.',
              fullImplementation:
                'The district team rates itself at least once a year, compares results with the last assessment and turns the gaps into goals and actions.',
              descriptors: [
                'The district has not assessed its SEL implementation.',
                'An assessment was done once but not repeated or compared.',
                'Assessments are repeated, though results do not yet drive goals and actions.',
                'Regular assessments are compared over time and feed directly into goals and the action plan.',
              ],
              tags: ['continuous-improvement', 'research-and-evaluation'],
            },
            {
              id: 'implementation-monitoring',
              text: 'Implementation in schools is observed with a shared protocol.',
              fullImplementation:
                'Walkthroughs or similar observations use a common protocol, and findings go back to school teams and the district.',
              descriptors: [
                'No one observes how SEL is carried out in schools.',
                'Some observations happen, each with its own approach.',
                'A shared protocol is used in many schools, though findings are not always returned.',
                'A shared protocol is used in every school, and findings reach school teams and district planners.',
              ],
              tags: ['research-and-evaluation', 'school-improvement', 'school-leaders'],
            },
            {
              id: 'review-collaboration',
              text: 'Collaborative practices are reviewed on a routine and refined.',
              fullImplementation:
                'Teams debrief their collaboration through meetings, surveys or focus groups and change how they work together based on what they learn.',
              descriptors: [
                'How well people collaborate is never discussed.',
                'Collaboration is discussed when problems arise.',
                'Teams review collaboration regularly, though changes do not always follow.',
                'Teams review collaboration on a routine and act on what they find.',
              ],
              tags: ['cross-department-collaboration', 'continuous-improvement'],
            },
            {
              id: 'share-progress',
              text: 'Progress on SEL is shared with the cabinet, the school board and the community.',
              fullImplementation:
                'Results and lessons learned are reported to the cabinet, the board and families on a known schedule and in accessible formats.',
              descriptors: [
                'SEL progress is not reported.',
                'Progress is reported occasionally to one audience.',
                'Progress is reported regularly to leaders, but not yet to families and the community.',
                'Progress reaches leaders, the board, families and the community on a known schedule.',
              ],
              tags: ['communications', 'school-board', 'superintendents-cabinet', 'family-engagement'],
            },
          ],
        },
      ],
    },
  ],
};

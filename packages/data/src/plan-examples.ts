import type { ActionStep, CaselActionPlan, PartnerActionPlan } from '@sel/core';

/*
 * Two invented plans for examples, stories and tests, written as a district team would: an action
 * plan whose goals come from the district rubric's weakest indicators, and a collaborative plan
 * made with an after-school partner. People, schools and organizations are made up.
 */

const step = (
  id: string,
  description: string,
  owner: string,
  due: string,
  status: ActionStep['status'],
  updated?: string,
): ActionStep => ({ id, description, owner, due, status, ...(updated === undefined ? {} : { updated }) });

/** An illustrative district action plan (Riverbend Unified, 2026-27): three S.M.A.R.T. goals, twelve steps. */
export const exampleDistrictActionPlan: CaselActionPlan = {
  kind: 'casel',
  title: 'Riverbend Unified SEL action plan, 2026-27 (illustrative)',
  goals: [
    {
      id: 'cross-department',
      statement:
        'By March 2027, the SEL, curriculum, equity and student services departments meet monthly and plan one shared priority each semester.',
      measure: 'Meeting calendar and minutes; one joint priority in each semester plan',
      indicatorIds: ['cross-department-structures'],
      steps: [
        step(
          'cd-1',
          'Draft a charter for the cross-department SEL working group',
          'Maya Chen',
          '2026-10-15',
          'done',
          '2026-10-14',
        ),
        step(
          'cd-2',
          'Invite a lead from each department and set a monthly meeting',
          'Maya Chen',
          '2026-11-01',
          'done',
          '2026-10-30',
        ),
        step(
          'cd-3',
          'Map where SEL already shows up in each department plan',
          'Jordan Ellis',
          '2026-12-05',
          'in-progress',
          '2026-11-20',
        ),
        step(
          'cd-4',
          'Agree on the spring joint priority and its owner',
          'Dr. Alicia Romero',
          '2027-01-20',
          'not-started',
        ),
      ],
    },
    {
      id: 'adult-learning',
      statement:
        'By May 2027, 80% of school staff complete the four-part adult SEL learning series, and every site has two peer facilitators.',
      measure: 'Series attendance records; facilitator roster',
      indicatorIds: ['ongoing-professional-learning', 'adult-sel-routines'],
      steps: [
        step(
          'al-1',
          'Choose the series modules with the teachers union PD committee',
          'Priya Nair',
          '2026-09-30',
          'done',
          '2026-09-29',
        ),
        step(
          'al-2',
          'Recruit two peer facilitators at each of the 18 sites',
          'Priya Nair',
          '2026-11-15',
          'blocked',
          '2026-11-18',
        ),
        step('al-3', 'Run facilitator training before winter break', 'Marcus Webb', '2026-12-12', 'not-started'),
        step('al-4', 'Open sign-ups for module one in every school', 'Marcus Webb', '2027-01-10', 'not-started'),
      ],
    },
    {
      id: 'data-review',
      statement:
        'By June 2027, every school team reviews its SEL survey and climate data twice a year using a common protocol.',
      measure: 'Protocol use logged at the fall and spring data days',
      indicatorIds: ['implementation-monitoring'],
      steps: [
        step(
          'dr-1',
          'Adapt a data-review protocol with two principals',
          'Jordan Ellis',
          '2026-11-25',
          'in-progress',
          '2026-11-21',
        ),
        step(
          'dr-2',
          'Publish the fall survey results to school teams',
          'Dr. Alicia Romero',
          '2026-12-01',
          'not-started',
        ),
        step('dr-3', 'Hold the first data day with every school team', 'Maya Chen', '2027-02-05', 'not-started'),
        step('dr-4', 'Report what schools changed to the cabinet', 'Dr. Alicia Romero', '2027-06-10', 'not-started'),
      ],
    },
  ],
};

/** An illustrative collaborative plan of a school and an after-school partner, with its follow-through. */
export const examplePartnerPlan: PartnerActionPlan = {
  kind: 'partner',
  title: 'Lincoln Elementary and Riverbend Boys & Girls Club (illustrative)',
  partnerIds: ['riverbend-bgc'],
  sharedGoal: 'Students in grades 3-5 name their feelings and use a calming strategy, in class and after school.',
  schoolDayPractices: [
    'Morning meeting with a feelings check-in',
    'Calm-down corner in every classroom',
    'Weekly SEL lesson from the adopted curriculum',
  ],
  partnerPractices: ['Arrival circle at the start of the program', 'Staff-led reflection after team games'],
  alignmentOpportunities: [
    'Use the same feelings chart and calming strategies in both settings',
    'Club staff visit a morning meeting once a month',
    'Share the weekly lesson topic with club staff on Mondays',
  ],
  keyPersonnel: [
    { name: 'Rosa Delgado', role: 'Principal', organization: 'Lincoln Elementary' },
    { name: 'Kevin Osei', role: 'School counselor and SEL lead', organization: 'Lincoln Elementary' },
    { name: 'Tanya Brooks', role: 'Program director', organization: 'Riverbend Boys & Girls Club' },
    { name: 'Luis Ortega', role: 'Family engagement liaison', organization: 'Riverbend Unified' },
  ],
  actionSteps: [
    step(
      'p-1',
      'Print the shared feelings chart for classrooms and the club room',
      'Kevin Osei',
      '2026-10-20',
      'done',
      '2026-10-18',
    ),
    step('p-2', 'Train club staff on the three calming strategies', 'Kevin Osei', '2026-11-12', 'done', '2026-11-12'),
    step(
      'p-3',
      'Schedule the monthly club visits to morning meeting',
      'Tanya Brooks',
      '2026-11-30',
      'in-progress',
      '2026-11-19',
    ),
    step(
      'p-4',
      'Check with the district whether attendance data may be shared',
      'Luis Ortega',
      '2026-11-20',
      'blocked',
      '2026-11-21',
    ),
    step('p-5', 'Send the family newsletter about the shared strategies', 'Luis Ortega', '2026-12-10', 'not-started'),
  ],
  communicationPlan: [
    {
      audience: 'Club staff',
      message: 'The weekly SEL lesson topic',
      channel: 'Email from the counselor',
      frequency: 'Weekly, on Mondays',
    },
    {
      audience: 'Families',
      message: 'The feelings chart and calming strategies used in both settings',
      channel: 'Newsletter in English and Spanish',
      frequency: 'Each quarter',
    },
    { audience: 'School staff', message: 'What the club does after school', frequency: 'Monthly staff meeting' },
  ],
  dataSharingPlan: [
    {
      data: 'Program attendance of Lincoln students',
      source: 'already-collected',
      legallyShareable: 'unknown',
      frequency: 'Monthly',
      notes: 'Waiting for the district privacy office',
    },
    {
      data: 'Student SEL survey results by name',
      source: 'already-collected',
      legallyShareable: 'no',
      frequency: 'Twice a year',
      notes: 'Only school-level summaries go to the club',
    },
    { data: 'Club staff reflection log', source: 'new', legallyShareable: 'yes', frequency: 'Each quarter' },
  ],
};

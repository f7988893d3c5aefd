import type { LifecycleTemplate } from '@sel/core';

/**
 * The replicable blueprint of an SEL learning community over a five-year charter: five phases, each
 * closed by its exit milestones (due a number of months after the charter starts), the five standing
 * committees and the recurring activities of the district network. Core's rules turn it into dated
 * milestones (`milestonesFromTemplate`) and schedules.
 */
export const learningCommunityTemplate: LifecycleTemplate = {
  id: 'sel-learning-community',
  title: 'SEL learning community (five-year charter)',
  lang: 'en',
  phases: [
    {
      id: 'detailed-design',
      title: 'Detailed design',
      description:
        'Choose the collaboration platform, lay out the semesters and settle the blueprint every community will reuse.',
      exitMilestones: [
        {
          id: 'platform-proposals-reviewed',
          title: 'Proposals from online platform providers reviewed',
          offsetMonths: 2,
        },
        { id: 'semesters-planned', title: 'Learning community semesters planned', offsetMonths: 4 },
        {
          id: 'blueprint-finalized',
          title: 'Replicable model and organizational blueprint finalized',
          offsetMonths: 6,
        },
      ],
    },
    {
      id: 'launch',
      title: 'Launch',
      description: 'Open the first communities and apply for the additional funding the rollout needs.',
      exitMilestones: [
        { id: 'communities-launched', title: 'First learning communities launched', offsetMonths: 9 },
        {
          id: 'funding-applications-submitted',
          title: 'Additional grant funding applications submitted',
          offsetMonths: 12,
        },
      ],
    },
    {
      id: 'scale-and-improve',
      title: 'Scale and improve',
      description:
        'Hire and train, launch communities in phases, run fall and spring semesters, track status nationally and refine resources from what monitoring shows.',
      exitMilestones: [
        { id: 'supplemental-hiring-done', title: 'Supplemental hiring complete', offsetMonths: 14 },
        { id: 'internal-training-held', title: 'Internal training events held', offsetMonths: 15 },
        {
          id: 'phased-launches-started',
          title: 'Phased launches begun with an SEL weekend launch event',
          offsetMonths: 18,
        },
        { id: 'status-tracker-live', title: 'National status tracker live', offsetMonths: 24 },
        {
          id: 'national-communications-running',
          title: 'National communications and press outreach running',
          offsetMonths: 24,
        },
        { id: 'transition-planning-started', title: 'Planning for long-term transitions begun', offsetMonths: 36 },
        { id: 'semesters-completed', title: 'Fall and spring semesters completed', offsetMonths: 42 },
        { id: 'resources-refined', title: 'Resources refined from monitoring and evaluation', offsetMonths: 42 },
      ],
    },
    {
      id: 'replan',
      title: 'Replan',
      description:
        'Write the next three-year plan, including how to reach the remaining districts and whether to support rollouts abroad.',
      exitMilestones: [
        { id: 'next-three-year-plan', title: 'Next three-year plan developed', offsetMonths: 48 },
        {
          id: 'remaining-districts-plan',
          title: 'Plan to support the remaining districts developed',
          offsetMonths: 50,
        },
        { id: 'worldwide-rollout-decided', title: 'Decision taken on supporting worldwide rollouts', offsetMonths: 52 },
      ],
    },
    {
      id: 'leadership-transition',
      title: 'Leadership transition',
      description:
        'Hand each community to state or local leadership and keep improving the enterprise that sustains it.',
      exitMilestones: [
        {
          id: 'transferred-to-local-leadership',
          title: 'Communities transferred to state or local leadership',
          offsetMonths: 58,
        },
        {
          id: 'sustainability-plan-in-place',
          title: 'Continuous improvement plan for sustainability in place',
          offsetMonths: 60,
        },
      ],
    },
  ],
  committees: ['advisory', 'welcoming', 'best-practices', 'events', 'model-schools'],
  cadences: [
    { id: 'network-meeting', title: 'Virtual meeting of the district network', every: { months: 1 }, durationDays: 1 },
    { id: 'best-practices-call', title: 'Best practices call', every: { months: 1 }, durationDays: 1 },
    { id: 'status-report-update', title: 'Update of the public SEL status map', every: { months: 1 } },
    {
      id: 'research-evaluation-webinar',
      title: 'Research and evaluation webinar',
      every: { months: 2 },
      durationDays: 1,
    },
    {
      id: 'cross-district-meeting',
      title: 'Cross-district meeting with school visits',
      every: { years: 1 },
      durationDays: 3,
    },
    { id: 'annual-status-report', title: 'Annual report on the status of SEL', every: { years: 1 } },
  ],
};

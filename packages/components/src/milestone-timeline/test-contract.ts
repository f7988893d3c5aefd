import { userEvent } from 'vitest/browser';
import type { Community } from '@sel/core';
import type { ContractSubject } from '../test/contract/subject.js';

const community = (): Community => ({
  id: 'il-community',
  name: 'Illinois learning community',
  scope: { kind: 'state', state: 'IL' },
  readiness: 'initiating',
  charter: { start: '2026-07-01', end: '2031-06-30' },
  phase: 'launch',
  leadershipTeam: [],
  committees: ['advisory'],
  members: [],
  districts: [],
  milestones: [
    { id: 'blueprint', title: 'Blueprint finalized', phase: 'detailed-design', due: '2027-01-01', status: 'done' },
    { id: 'launch', title: 'First communities launched', phase: 'launch', due: '2027-04-01', status: 'planned' },
  ],
});

/** `<sel-milestone-timeline>` in the contract suite (`test/contract/`). */
export const timelineContract: ContractSubject = {
  tag: 'sel-milestone-timeline',
  define: () => import('./define.js'),
  property: 'community',
  attributes: { today: '2027-03-25' },
  valid: community,
  shows: 'Timeline of Illinois learning community',
  showsInSpanish: 'Cronograma de Illinois learning community',
  invalid: () => ({ ...community(), milestones: [{ ...community().milestones[0], due: '2027-02-30' }] }),
  invalidPath: ['milestones', 0, 'due'],
  events: [
    {
      name: 'sel-milestone-select',
      // The list is one tab stop: reaching it selects the milestone that holds it.
      cause: () => userEvent.keyboard('{Tab}'),
    },
  ],
};

export default timelineContract;

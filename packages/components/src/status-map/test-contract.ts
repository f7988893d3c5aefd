import { userEvent } from 'vitest/browser';
import type { StatusSnapshot } from '@sel/core';
import type { ContractSubject } from '../test/contract/subject.js';

const snapshot = (): StatusSnapshot => ({
  asOf: '2026-11-30',
  communities: [
    {
      id: 'il',
      name: 'Illinois SEL Learning Community',
      scope: { kind: 'state', state: 'IL' },
      readiness: 'improving',
      charter: { start: '2025-07-01', end: '2030-07-01' },
      phase: 'launch',
      leadershipTeam: [],
      committees: ['advisory'],
      members: [],
      districts: [{ id: 'il-1', name: 'Prairie Ridge Public Schools', students: 24_000 }],
      milestones: [],
    },
  ],
});

/** `<sel-status-map>` in the contract suite (`test/contract/`). */
export const statusMapContract: ContractSubject = {
  tag: 'sel-status-map',
  define: () => import('./define.js'),
  property: 'snapshot',
  valid: snapshot,
  shows: 'One learning community in one state',
  showsInSpanish: 'Una comunidad de aprendizaje en un estado',
  invalid: () => ({ ...snapshot(), asOf: '2026-02-30' }),
  invalidPath: ['asOf'],
  events: [
    {
      name: 'sel-state-select',
      // Tab past the measure and view controls to the map's one tab stop, then Enter.
      cause: async () => {
        await userEvent.keyboard('{Tab}{Tab}{Tab}{Tab}{Enter}');
      },
    },
  ],
};

export default statusMapContract;

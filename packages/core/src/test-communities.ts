/** A bare learning community for the tests of the milestone and phase rules. */
import type { Community, Milestone } from './community.js';

/** The Illinois community in its detailed design, five-year charter, with just `milestones`. */
export function communityWith(milestones: readonly Milestone[]): Community {
  return {
    id: 'il',
    name: 'Illinois SEL learning community',
    scope: { kind: 'state', state: 'IL' },
    readiness: 'initiating',
    charter: { start: '2026-07-01', end: '2031-06-30' },
    phase: 'detailed-design',
    leadershipTeam: [],
    committees: [],
    members: [],
    districts: [],
    milestones: [...milestones],
  };
}

import type { TeamRatings } from '@sel/core';

/** `detail` of `sel-team-change`: members were added to the team (files chosen or dropped). */
export interface SelTeamChangeDetail {
  /** The team's ratings with every member now loaded. */
  readonly team: TeamRatings;
  /** The names of the members just added, in the order they came. */
  readonly added: readonly string[];
}

declare global {
  interface HTMLElementEventMap {
    'sel-team-change': CustomEvent<SelTeamChangeDetail>;
  }
}

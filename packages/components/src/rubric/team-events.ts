import type { TeamRatings } from '@sel/core';

/** `detail` of `sel-team-change`: the facilitator added, replaced or removed members (or undid that). */
export interface SelTeamChangeDetail {
  /** The team's ratings with the members now in it; `undefined` when none is left. */
  readonly team: TeamRatings | undefined;
  /** The names of the members who joined, in the order they came. */
  readonly added: readonly string[];
  /** The names of the members whose ratings a newer file replaced. */
  readonly replaced: readonly string[];
  /** The names of the members who were taken out of the team. */
  readonly removed: readonly string[];
}

declare global {
  interface HTMLElementEventMap {
    'sel-team-change': CustomEvent<SelTeamChangeDetail>;
  }
}

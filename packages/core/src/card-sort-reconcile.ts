import { createCardSort } from './card-sort.js';
import type { CardSortState, TierAssignments } from './card-sort.js';
import { TIERS } from './tier.js';
import type { Tier } from './tier.js';

/**
 * Carries a card sort over to a new list of partners, e.g. when an edited inventory arrives while
 * the team is sorting. Partners that are still in the inventory keep their tier and their order
 * within it; partners no longer in the inventory are dropped; new partners join the end of the
 * tier `assignments` gives them (`unsorted` when it names none), in the order of `partnerIds`.
 * When nothing changes the same state object is returned.
 *
 * @throws {SelValidationError} subject `card sort`, as {@link createCardSort} does, for a repeated
 * id in `partnerIds` or an assignment for a partner that is not listed or to a tier that is not one.
 */
export function reconcileCardSort(
  state: CardSortState,
  partnerIds: readonly string[],
  assignments: Readonly<TierAssignments> = {},
): CardSortState {
  // Validates partnerIds and assignments, and places the new partners.
  const fresh = createCardSort(partnerIds, assignments);
  const wanted = new Set(partnerIds);
  const kept = new Set<string>();
  let changed = false;
  const columns = {} as Record<Tier, string[]>;
  for (const tier of TIERS) {
    const column = state.columns[tier].filter((id) => {
      const keep = wanted.has(id) && !kept.has(id);
      if (keep) kept.add(id);
      else changed = true;
      return keep;
    });
    columns[tier] = column;
  }
  for (const tier of TIERS) {
    for (const id of fresh.columns[tier]) {
      if (kept.has(id)) continue;
      columns[tier].push(id);
      changed = true;
    }
  }
  return changed ? { columns } : state;
}

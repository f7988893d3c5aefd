import type { Partner, PartnerInventory, TierAssignments } from '@sel/core';

/**
 * The partners of the inventory a card sort shows, by id, with a number per partner for DOM ids
 * and lookups (partner ids may hold any character). A partner keeps its number when an edited
 * inventory arrives, so its card is not drawn anew.
 */
export class PartnerIndex {
  #ids: readonly string[] = [];
  #byId = new Map<string, Partner>();
  #keys = new Map<string, number>();

  /** The partners' ids, in inventory order. */
  get ids(): readonly string[] {
    return this.#ids;
  }

  /** Takes the partners of a (new or edited) inventory. */
  index(partners: PartnerInventory): void {
    this.#ids = partners.map((partner) => partner.id);
    this.#byId = new Map(partners.map((partner) => [partner.id, partner]));
    const keys = new Map<string, number>();
    let next = 0;
    for (const [id, key] of this.#keys) {
      if (this.#byId.has(id)) keys.set(id, key);
      next = Math.max(next, key + 1);
    }
    for (const id of this.#ids) {
      if (!keys.has(id)) keys.set(id, next++);
    }
    this.#keys = keys;
  }

  get(id: string): Partner | undefined {
    return this.#byId.get(id);
  }

  /** The partner's number for DOM ids; `-1` for an id not in the inventory. */
  keyOf(id: string): number {
    return this.#keys.get(id) ?? -1;
  }

  /** The partner's name, or its id when the inventory does not list it. */
  nameOf(id: string): string {
    return this.#byId.get(id)?.name ?? id;
  }

  /** The starting tiers of partners in the inventory (others are left out). */
  knownOnly(assignments: Readonly<TierAssignments>): TierAssignments {
    return Object.fromEntries(Object.entries(assignments).filter(([id]) => this.#byId.has(id)));
  }
}

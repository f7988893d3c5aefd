import type { ReactiveControllerHost } from 'lit';
import {
  assignments,
  canRedo,
  canUndo,
  createCardSort,
  createCardSortHistory,
  parseCardSortAssignments,
  reconcileCardSort,
  type CardSortHistory,
  type CardSortState,
  type PartnerCardSortData,
  type ParseResult,
  type SelIssue,
  type TierAssignments,
} from '@sel/core';
import { PartnerIndex } from './partner-index.js';

const NO_ISSUES: readonly SelIssue[] = [];

/**
 * The sort a card sort board shows, with its undo and redo: built from the data and the starting
 * tiers, carried over to an edited inventory, moved, reset and restored. It renders the host again
 * whenever the sort changes. Moves use `@sel/core`'s card sort, so no partner is ever lost or
 * duplicated.
 */
export class CardSortSession {
  /** The partners of the current inventory. */
  readonly partners = new PartnerIndex();
  readonly #host: ReactiveControllerHost;
  /** Runs when the sort is replaced (new data, a reset, a restore), e.g. to drop a move under way. */
  readonly #onReplace: () => void;
  #history: CardSortHistory | undefined;
  /** The starting tiers the sort was built from; a reset returns to them. */
  #initial: Readonly<TierAssignments> = {};
  /** The data and starting tiers the sort was last brought up to date with. */
  #synced: { readonly data: PartnerCardSortData; readonly raw: unknown } | undefined;
  /** Every partner's tier in the current sort, built once per sort. */
  #value: { readonly state: CardSortState; readonly value: TierAssignments } | undefined;
  /** The starting tiers last checked, with the data they were checked against. */
  #checked: { raw: unknown; data: PartnerCardSortData; result: ParseResult<TierAssignments> } | undefined;

  constructor(host: ReactiveControllerHost, onReplace: () => void) {
    this.#host = host;
    this.#onReplace = onReplace;
  }

  /** The sort with its undo and redo; `undefined` before valid data arrives. */
  get history(): CardSortHistory | undefined {
    return this.#history;
  }

  /** Whether there is a move to undo or redo. */
  can(kind: 'undo' | 'redo'): boolean {
    const history = this.#history;
    return history !== undefined && (kind === 'undo' ? canUndo(history) : canRedo(history));
  }

  /** Every partner's tier by id (what the element's `value` gives); the same object while the sort stays. */
  get tiers(): TierAssignments | undefined {
    const state = this.#history?.state;
    if (state === undefined) return undefined;
    if (this.#value?.state !== state) this.#value = { state, value: assignments(state) };
    return this.#value.value;
  }

  /**
   * Starting tiers given apart from the data (the element's `assignments`) checked against the
   * partners of `data`; checked again only when either changes.
   */
  checkAssignments(raw: unknown, data: PartnerCardSortData): ParseResult<TierAssignments> {
    const checked = this.#checked;
    if (checked && checked.raw === raw && checked.data === data) return checked.result;
    const ids = data.partners.map((partner) => partner.id);
    const result = parseCardSortAssignments(raw, ids);
    this.#checked = { raw, data, result };
    return result;
  }

  /**
   * Brings the sort up to date with `data` and the starting tiers `raw` (`undefined`, `null` or
   * `''` for none): the first data or new starting tiers start the sort from them; an edited
   * inventory carries the sort over. Returns the problems with `raw` (none when it is sound; the
   * sort shown is then kept), or `undefined` when neither changed since the last call.
   */
  sync(data: PartnerCardSortData, raw: unknown): readonly SelIssue[] | undefined {
    const synced = this.#synced;
    if (data === synced?.data && raw === synced.raw) return undefined;
    if (data !== synced?.data) this.partners.index(data.partners);
    this.#synced = { data, raw };
    let own: Readonly<TierAssignments> | undefined;
    if (raw !== undefined && raw !== null && raw !== '') {
      const parsed = this.checkAssignments(raw, data);
      if (!parsed.ok) {
        // Keep the user's sort; with none yet, start from the data alone.
        if (this.#history === undefined) this.#startFrom(data.assignments ?? {});
        return parsed.error.issues;
      }
      own = parsed.value;
    }
    const initial = own ?? data.assignments ?? {};
    if (this.#history === undefined || (raw !== synced?.raw && own !== undefined)) {
      this.#startFrom(initial);
    } else {
      this.#initial = initial;
      const next = reconcileCardSort(this.#history.state, this.partners.ids, this.partners.knownOnly(initial));
      if (next !== this.#history.state) this.replace(next);
    }
    return NO_ISSUES;
  }

  /** Starts a new history at `state` (new data, a value set, a reset or a restore). */
  replace(state: CardSortState): void {
    this.#history = createCardSortHistory(state);
    this.#onReplace();
    this.#host.requestUpdate();
  }

  /** Every partner's starting tier, what a form reset returns to; `undefined` before there is a sort. */
  startingValue(): TierAssignments | undefined {
    if (this.#history === undefined) return undefined;
    return assignments(this.sortOf(this.#initial));
  }

  /** A sort of the current partners from tiers by id (partners left out are unsorted, unknown ids are left out). */
  sortOf(tiers: Readonly<TierAssignments>): CardSortState {
    return createCardSort(this.partners.ids, this.partners.knownOnly(tiers));
  }

  #startFrom(initial: Readonly<TierAssignments>): void {
    this.#initial = initial;
    this.replace(this.sortOf(initial));
  }

  /** Puts the history after a move, an undo or a redo (see `session-moves.ts`, loaded with the moves). */
  set(history: CardSortHistory): void {
    this.#history = history;
    this.#host.requestUpdate();
  }
}

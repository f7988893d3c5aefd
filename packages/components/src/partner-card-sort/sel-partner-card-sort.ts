import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  applyMove,
  assignments,
  canRedo,
  canUndo,
  createCardSort,
  createCardSortHistory,
  isTier,
  movePartner,
  reconcileCardSort,
  redo,
  safeParseTierAssignments,
  TIERS,
  undo,
  type CardSortHistory,
  type CardSortMove,
  type CardSortState,
  type Contact,
  type Partner,
  type PartnerInventory,
  type ParseResult,
  type SelIssue,
  type Tier,
  type TierAssignments,
} from '@sel/core';
import { partnerKindLabels } from '@sel/data';
import { DataSourceController, loadingText } from '../shared/data-source.js';
import { renderErrorState } from '../shared/error-state.js';
import { dispatchSelEvent } from '../shared/events.js';
import { formEntries, FormController, readFormEntries, type SelFormValue } from '../shared/form.js';
import {
  LocaleController,
  type SelMessageKey,
  type SelMessageParams,
  type SelStringOverrides,
} from '../shared/i18n.js';
import { progressStatus, ProgressiveController } from '../shared/progressive.js';
import { CardDragController, type CardDropTarget } from './card-drag.js';
import {
  parseAssignments,
  parsePartnerCardSortData,
  parsePartnerCardSortDataInSteps,
  type PartnerCardSortData,
} from './card-sort-data.js';
import { partnerCardSortStyles } from './sel-partner-card-sort.styles.js';

/** How a partner was moved: by dragging, by keyboard, through the "Move to" menu, or by undo/redo. */
export type SelPartnerMoveCause = 'pointer' | 'keyboard' | 'menu' | 'undo' | 'redo';

/** `detail` of `sel-partner-move`: which partner moved, from where to where (final position). */
export interface SelPartnerMoveDetail {
  readonly partnerId: string;
  readonly from: Tier;
  /** Its position in `from` before the move. */
  readonly fromIndex: number;
  readonly to: Tier;
  /** Its position in `to` after the move (0 is the top of the column). */
  readonly index: number;
  readonly cause: SelPartnerMoveCause;
}

declare global {
  interface HTMLElementEventMap {
    'sel-partner-move': CustomEvent<SelPartnerMoveDetail>;
  }
}

/** Where a partner sits in a sort. */
interface Place {
  readonly tier: Tier;
  readonly index: number;
}

/** A card picked up with the keyboard: moved in a preview until it is dropped or the move is cancelled. */
interface KeyboardLift {
  readonly id: string;
  preview: CardSortState;
}

type PendingFocus =
  | { readonly kind: 'card'; readonly id: string }
  | { readonly kind: 'menu'; readonly id: string }
  | { readonly kind: 'menu-button'; readonly id: string };

const tierKeys = {
  unsorted: 'cardsort.tier.unsorted',
  'clearly-supports': 'cardsort.tier.clearly-supports',
  'could-support': 'cardsort.tier.could-support',
  'no-apparent-connection': 'cardsort.tier.no-apparent-connection',
} as const satisfies Record<Tier, SelMessageKey>;

const NAV_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End']);

/**
 * How many cards of each column (in `TIERS` order, of the given lengths) to draw so that `count`
 * are drawn in all: row by row across the board, so every column fills from its top.
 */
function columnDepths(lengths: readonly number[], count: number): number[] {
  let depth = 0;
  let left = count;
  for (;;) {
    const row = lengths.filter((length) => length > depth).length;
    if (row === 0 || row > left) break;
    left -= row;
    depth += 1;
  }
  return lengths.map((length) => Math.min(length, depth) + (length > depth && left-- > 0 ? 1 : 0));
}

/** How many cards {@link columnDepths} must be given to draw the card at `index` of column `column`. */
function cardsUpTo(lengths: readonly number[], column: number, index: number): number {
  return lengths.reduce((sum, length, c) => sum + Math.min(length, index) + (c <= column && length > index ? 1 : 0), 0);
}

/** `ShadowRoot#elementFromPoint` exists in every engine but is missing from TypeScript's DOM types. */
function elementAt(root: Node, x: number, y: number): Element | null {
  const hitTester = root as Partial<Pick<Document, 'elementFromPoint'>>;
  return hitTester.elementFromPoint ? hitTester.elementFromPoint(x, y) : null;
}

/**
 * A card sort of community partners into SEL tiers, as the SEL team does it around a table:
 * every partner starts unsorted and is moved into "clearly supports SEL", "could support SEL" or
 * "no apparent connection to SEL". Cards move by dragging (mouse, pen or touch), by keyboard
 * (Space to pick up, arrow keys, Space to drop, Escape to cancel) or through each card's "Move
 * to…" menu; every move is announced, and can be undone and redone (also with Ctrl/⌘+Z and
 * Shift+Ctrl/⌘+Z). Each card opens a dialog with the partner's full inventory entry. The moves
 * use `@sel/core`'s card sort, so no partner is ever lost or duplicated.
 *
 * Inside a `<form>` the element submits one field per partner, `<name>.<partner id>` = tier.
 *
 * @summary Sorts community partners into SEL tiers by drag, keyboard or menu, with undo and redo.
 * @tag sel-partner-card-sort
 *
 * @attr src - URL of a JSON file holding the partner inventory, or `{ "partners": [...], "assignments": {...} }`.
 * @attr assignments - Initial tiers as JSON, e.g. `{"ymca":"clearly-supports"}`; partners left out start unsorted.
 * @attr name - Form field name; each partner is submitted as `<name>.<partner id>`.
 * @attr readonly - Shows the sort without allowing moves.
 * @attr label - Accessible name of the board (default "Partner card sort").
 *
 * @fires {SelPartnerMoveDetail} sel-partner-move - A partner moved: `{ partnerId, from, fromIndex, to, index, cause }`.
 * @fires {SelErrorDetail} sel-error - The partners or assignments are invalid: `{ issues, source }` with each issue's path and message.
 *
 * @slot intro - Text shown above the board, e.g. how the team decides on a tier.
 *
 * @csspart board - The grid of the four columns.
 * @csspart column - One column (tier).
 * @csspart column-heading - A column's heading.
 * @csspart card-list - The scrolling list of cards in a column.
 * @csspart card - One partner card.
 * @csspart card-handle - The grip button used to pick a card up.
 * @csspart move-menu - The "Move to…" menu of a card.
 * @csspart toolbar - The progress line and the undo and redo buttons.
 * @csspart details-dialog - The dialog with a partner's inventory entry.
 * @csspart drag-ghost - The copy of a card that follows the pointer while dragging.
 * @csspart error-state - The alert shown for invalid data.
 *
 * @cssprop --sel-card-sort-list-height - Maximum height of a column's card list before it scrolls (default `32rem`).
 * @cssprop --sel-card-sort-column-min - Narrowest a column may get before the board wraps (default `14rem`).
 */
export class SelPartnerCardSort extends LitElement {
  static override styles = partnerCardSortStyles;
  static formAssociated = true;
  static override properties = {
    partners: { attribute: false },
    src: { type: String },
    assignments: {},
    name: { type: String, reflect: true },
    readonly: { type: Boolean, reflect: true },
    label: { type: String },
    strings: { attribute: false },
  };

  /** The partner inventory (validated with `@sel/core`'s `partnerInventorySchema`); wins over `src` and inline JSON. */
  partners: PartnerInventory | undefined;
  /** URL of the JSON data, used when `partners` is not set. */
  src: string | undefined;
  /**
   * Where partners start, by id (an object, or JSON text when set through the attribute). Wins
   * over assignments in the data file; setting it starts the sort again from these tiers.
   */
  assignments: Readonly<TierAssignments> | string | null | undefined;
  name = '';
  readonly = false;
  label = '';
  /** Replaces single strings, e.g. `{ 'cardsort.tier.unsorted': 'Not yet discussed' }`. */
  strings: SelStringOverrides | undefined;

  readonly #data = new DataSourceController<PartnerCardSortData>(this, {
    parse: parsePartnerCardSortData,
    parseInSteps: parsePartnerCardSortDataInSteps,
    property: () => this.partners,
    src: () => this.src,
    // The starting tiers of a thousand partners are checked in a frame of their own.
    prepare: (data) => {
      this.#parsedAssignments(this.assignments, data);
    },
  });
  readonly #i18n = new LocaleController(this, { strings: () => this.strings });
  // Seven rows of four columns of cards fill the first screen; the frame that draws them also
  // builds the sort of every partner (its starting tiers are checked in the frame before).
  readonly #progress = new ProgressiveController(this, { firstBatch: 28 });
  readonly #form = new FormController<CardSortState | undefined>(this, {
    value: () => this.#history?.state,
    toFormValue: (state, name) => this.#formValue(state, name),
    toState: (state) => (state ? JSON.stringify(assignments(state)) : ''),
    fromState: (saved) => this.#stateFromSaved(saved),
    fromFormData: (data, name) => this.#stateFromEntries(readFormEntries(data, name)),
    setValue: (state) => {
      if (state) this.#replaceSort(state);
    },
    defaultValue: () => this.#startingState(),
  });
  readonly #drag = new CardDragController({
    grab: (event) => this.#grab(event),
    hitTest: (x, y) => this.#hitTest(x, y),
    scrollerAt: (x, y) => elementAt(this.renderRoot, x, y)?.closest<HTMLElement>('.cards') ?? undefined,
    ghost: () => this.renderRoot.querySelector<HTMLElement>('.ghost'),
    onStart: (id) => {
      this.#onPointerStart(id);
    },
    onOver: (id, target) => {
      this.#onPointerOver(id, target);
    },
    onDrop: (id, target) => {
      this.#onPointerDrop(id, target);
    },
    onCancel: (id) => {
      this.#onPointerCancel(id);
    },
  });

  #history: CardSortHistory | undefined;
  /** The starting tiers last checked, with the data they were checked against. */
  #assignmentsChecked: { raw: unknown; data: PartnerCardSortData; result: ParseResult<TierAssignments> } | undefined;
  #partnerIds: readonly string[] = [];
  #partnersById = new Map<string, Partner>();
  /** A number per partner for DOM ids (partner ids may hold any character). */
  #keyOf = new Map<string, number>();
  #syncedData: PartnerCardSortData | undefined;
  #syncedAssignments: unknown = undefined;
  /** The starting tiers the sort was built from; a form reset returns to them. */
  #initialAssignments: Readonly<TierAssignments> = {};
  #assignmentIssues: readonly SelIssue[] = [];
  #pendingAssignmentError = false;
  #pendingRestore: string | FormData | undefined;

  #lift: KeyboardLift | undefined;
  #dropTarget: CardDropTarget | undefined;
  #pointerDragId: string | undefined;
  #activeId: string | undefined;
  #menuFor: string | undefined;
  #detailsFor: string | undefined;
  #pendingFocus: PendingFocus | undefined;
  #announcement = '';
  #places: { state: CardSortState; map: Map<string, Place> } | undefined;
  #formCache: { state: CardSortState; name: string; value: SelFormValue } | undefined;

  /** The tier of every partner by id, as submitted with a form; `undefined` before valid data arrives. */
  get value(): TierAssignments | undefined {
    return this.#history ? assignments(this.#history.state) : undefined;
  }

  /** Resolves once the data given has been read and checked (a `src` fetch, large data) and is rendered. */
  get dataSettled(): Promise<void> {
    return this.#data.settled;
  }

  /**
   * Resolves once the data given has been checked (large data is checked over frames) and every
   * card is drawn. Over 150 cards are drawn over several frames, from the top of every column
   * down; a card the keyboard, a menu or a dialog needs is drawn at once.
   */
  get renderComplete(): Promise<void> {
    return this.#data.settled.then(() => this.#progress.complete);
  }

  /** Whether a move can be undone. */
  get canUndo(): boolean {
    return this.#history !== undefined && canUndo(this.#history);
  }

  /** Whether an undone move can be made again. */
  get canRedo(): boolean {
    return this.#history !== undefined && canRedo(this.#history);
  }

  /** Takes back the last move (as the Undo button does). */
  undo(): void {
    this.#step('undo', false);
  }

  /** Makes the last undone move again (as the Redo button does). */
  redo(): void {
    this.#step('redo', false);
  }

  formResetCallback(): void {
    this.#form.reset();
  }

  formStateRestoreCallback(state: unknown, _mode?: 'restore' | 'autocomplete'): void {
    const restorable = typeof state === 'string' || state instanceof FormData;
    if (restorable && this.#partnerIds.length === 0 && this.#history === undefined) {
      // The browser may restore before the data has loaded; apply it once the partners are known.
      this.#pendingRestore = state;
      return;
    }
    this.#form.restore(state);
  }

  formDisabledCallback(disabled: boolean): void {
    this.#form.setFormDisabled(disabled);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#drag.detach();
  }

  protected override update(changed: PropertyValues<this>): void {
    // Controllers have resolved the data by now (they run between willUpdate and update).
    this.#syncSort();
    if (!this.#interactive) this.#lift = undefined;
    super.update(changed);
  }

  protected override updated(): void {
    const board = this.renderRoot.querySelector<HTMLElement>('.board');
    if (board) this.#drag.attach(board);
    if (this.#pendingAssignmentError) {
      this.#pendingAssignmentError = false;
      dispatchSelEvent(this, 'sel-error', { issues: this.#assignmentIssues, source: 'property' });
    }
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && this.#detailsFor !== undefined && !dialog.open) dialog.showModal();
    this.#applyPendingFocus();
  }

  get #interactive(): boolean {
    return !this.readonly && !this.#form.formDisabled;
  }

  #t(key: SelMessageKey, params?: SelMessageParams): string {
    return this.#i18n.t(key, params);
  }

  // ---- data and sort -------------------------------------------------------------------------

  #syncSort(): void {
    const data = this.#data.value;
    const raw = this.assignments;
    if (data === undefined || (data === this.#syncedData && raw === this.#syncedAssignments)) return;
    const dataChanged = data !== this.#syncedData;
    const assignmentsChanged = raw !== this.#syncedAssignments;
    this.#syncedData = data;
    this.#syncedAssignments = raw;
    if (dataChanged) this.#indexPartners(data.partners);

    let own: Readonly<TierAssignments> | undefined;
    if (raw !== undefined && raw !== null && raw !== '') {
      const parsed = this.#parsedAssignments(raw, data);
      if (parsed.ok) own = parsed.value;
      else {
        this.#assignmentIssues = parsed.error.issues;
        this.#pendingAssignmentError = true;
        // Keep the user's sort; with none yet, start from the data alone.
        if (this.#history === undefined) this.#startFrom(data.assignments ?? {});
        return;
      }
    }
    this.#assignmentIssues = [];
    const initial = own ?? data.assignments ?? {};
    if (this.#history === undefined || (assignmentsChanged && own !== undefined)) {
      this.#startFrom(initial);
    } else {
      this.#initialAssignments = initial;
      const next = reconcileCardSort(this.#history.state, this.#partnerIds, this.#knownOnly(initial));
      if (next !== this.#history.state) this.#replaceSort(next);
    }
    const restore = this.#pendingRestore;
    this.#pendingRestore = undefined;
    if (restore !== undefined) this.#form.restore(restore);
  }

  /** `raw` starting tiers checked against the partners of `data`, again only when either changes. */
  #parsedAssignments(raw: unknown, data: PartnerCardSortData): ParseResult<TierAssignments> {
    const checked = this.#assignmentsChecked;
    if (checked && checked.raw === raw && checked.data === data) return checked.result;
    const result = parseAssignments(
      raw,
      data.partners.map((partner) => partner.id),
    );
    this.#assignmentsChecked = { raw, data, result };
    return result;
  }

  #indexPartners(partners: PartnerInventory): void {
    this.#partnerIds = partners.map((partner) => partner.id);
    this.#partnersById = new Map(partners.map((partner) => [partner.id, partner]));
    const keys = new Map<string, number>();
    let next = 0;
    for (const [id, key] of this.#keyOf) {
      if (this.#partnersById.has(id)) keys.set(id, key);
      next = Math.max(next, key + 1);
    }
    for (const id of this.#partnerIds) {
      if (!keys.has(id)) keys.set(id, next++);
    }
    this.#keyOf = keys;
  }

  #knownOnly(initial: Readonly<TierAssignments>): TierAssignments {
    return Object.fromEntries(Object.entries(initial).filter(([id]) => this.#partnersById.has(id)));
  }

  #startFrom(initial: Readonly<TierAssignments>): void {
    this.#initialAssignments = initial;
    this.#replaceSort(createCardSort(this.#partnerIds, this.#knownOnly(initial)));
  }

  /** Starts a new history at `state` (new data, a reset or a restore); a move in progress is dropped. */
  #replaceSort(state: CardSortState): void {
    this.#history = createCardSortHistory(state);
    this.#lift = undefined;
    this.#drag.cancel();
    this.#menuFor = undefined;
    this.requestUpdate();
  }

  #startingState(): CardSortState | undefined {
    if (this.#history === undefined) return undefined;
    return createCardSort(this.#partnerIds, this.#knownOnly(this.#initialAssignments));
  }

  #stateFromSaved(saved: string): CardSortState | undefined {
    let raw: unknown;
    try {
      raw = JSON.parse(saved);
    } catch {
      return undefined;
    }
    return this.#stateFromAssignments(raw);
  }

  /**
   * Reads the `name.<partner id>` = tier entries this element submits (what autofill may hand
   * back). No entries, or a partner named twice, is not a sort of this element's.
   */
  #stateFromEntries(entries: readonly (readonly [string, string])[]): CardSortState | undefined {
    if (entries.length === 0) return undefined;
    const raw: Record<string, string> = {};
    for (const [id, tier] of entries) {
      if (Object.hasOwn(raw, id)) return undefined;
      // A data property even for the id `__proto__`, which plain assignment would not create.
      Object.defineProperty(raw, id, { value: tier, enumerable: true, writable: true, configurable: true });
    }
    return this.#stateFromAssignments(raw);
  }

  #stateFromAssignments(raw: unknown): CardSortState | undefined {
    const parsed = safeParseTierAssignments(raw, 'saved card sort');
    if (!parsed.ok) return undefined;
    try {
      return createCardSort(this.#partnerIds, parsed.value);
    } catch {
      // A saved sort for partners that are no longer in the inventory does not fit.
      return undefined;
    }
  }

  #formValue(state: CardSortState | undefined, name: string): SelFormValue {
    if (!state) return null;
    const cached = this.#formCache;
    if (cached?.state === state && cached.name === name) return cached.value;
    const value = formEntries(name, Object.entries(assignments(state)));
    this.#formCache = { state, name, value };
    return value;
  }

  /** The sort as shown: the keyboard preview while a card is lifted, else the current state. */
  get #shown(): CardSortState | undefined {
    return this.#lift?.preview ?? this.#history?.state;
  }

  #placeOf(state: CardSortState, id: string): Place | undefined {
    if (this.#places?.state !== state) {
      const map = new Map<string, Place>();
      for (const tier of TIERS) state.columns[tier].forEach((each, index) => map.set(each, { tier, index }));
      this.#places = { state, map };
    }
    return this.#places.map.get(id);
  }

  #nameOf(id: string): string {
    return this.#partnersById.get(id)?.name ?? id;
  }

  #tierLabel(tier: Tier): string {
    return this.#t(tierKeys[tier]);
  }

  /** "Bright Futures: Clearly supports SEL, position 2 of 5" parameters for an announcement. */
  #placeParams(state: CardSortState, id: string): SelMessageParams {
    const place = this.#placeOf(state, id);
    if (!place) return { name: this.#nameOf(id) };
    return {
      name: this.#nameOf(id),
      tier: this.#tierLabel(place.tier),
      position: place.index + 1,
      total: state.columns[place.tier].length,
    };
  }

  #announce(message: string): void {
    // A repeated message gets a different invisible ending, so screen readers speak it again.
    this.#announcement = message === this.#announcement.trimEnd() ? `${message}\u00a0` : message;
    this.requestUpdate();
  }

  // ---- moves ---------------------------------------------------------------------------------

  /** Records a move in the history, tells the form and listeners, and announces it. */
  #commit(id: string, to: Tier, index: number | undefined, cause: 'pointer' | 'keyboard' | 'menu'): void {
    const history = this.#history;
    if (!history) return;
    const next = applyMove(history, id, to, index);
    this.#activeId = id;
    this.#pendingFocus = { kind: 'card', id };
    if (next === history) {
      this.#announce(this.#t('cardsort.announce.unchanged', this.#placeParams(history.state, id)));
      return;
    }
    this.#history = next;
    this.#form.sync();
    const move = next.past.at(-1);
    if (!move) return;
    const params = { ...this.#placeParams(next.state, id), from: this.#tierLabel(move.from) };
    this.#announce(this.#t(cause === 'keyboard' ? 'cardsort.announce.dropped' : 'cardsort.announce.moved', params));
    this.#dispatchMove(move, cause);
  }

  #dispatchMove(move: CardSortMove, cause: SelPartnerMoveCause): void {
    dispatchSelEvent(this, 'sel-partner-move', {
      partnerId: move.partnerId,
      from: move.from,
      fromIndex: move.fromIndex,
      to: move.to,
      index: move.toIndex,
      cause,
    });
  }

  #step(kind: 'undo' | 'redo', focusCard: boolean): void {
    const history = this.#history;
    if (!history || !this.#interactive || this.#lift || this.#pointerDragId !== undefined) return;
    const move = kind === 'undo' ? history.past.at(-1) : history.future.at(-1);
    if (!move) {
      this.#announce(this.#t(kind === 'undo' ? 'cardsort.announce.nothingToUndo' : 'cardsort.announce.nothingToRedo'));
      return;
    }
    const next = kind === 'undo' ? undo(history) : redo(history);
    this.#history = next;
    this.#form.sync();
    this.#activeId = move.partnerId;
    if (focusCard) this.#pendingFocus = { kind: 'card', id: move.partnerId };
    this.#announce(
      this.#t(
        kind === 'undo' ? 'cardsort.announce.undone' : 'cardsort.announce.redone',
        this.#placeParams(next.state, move.partnerId),
      ),
    );
    this.#dispatchMove(
      kind === 'undo'
        ? { partnerId: move.partnerId, from: move.to, fromIndex: move.toIndex, to: move.from, toIndex: move.fromIndex }
        : move,
      kind,
    );
  }

  // ---- keyboard ------------------------------------------------------------------------------

  readonly #onKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || !(event.target instanceof HTMLElement)) return;
    const target = event.target;
    if (target.closest('dialog')) return;
    // While a pointer drags, the drag controller handles Escape and other keys wait.
    if (this.#pointerDragId !== undefined) return;
    const modifier = event.ctrlKey || event.metaKey;
    const key = event.key.toLowerCase();
    if (modifier && !event.altKey && (key === 'z' || key === 'y')) {
      if (this.#lift) return;
      event.preventDefault();
      this.#step(key === 'y' || event.shiftKey ? 'redo' : 'undo', target.closest('li.card') !== null);
      return;
    }
    const menu = target.closest<HTMLElement>('[role="menu"]');
    if (menu) {
      this.#onMenuKey(event, menu);
      return;
    }
    const id = target.closest<HTMLElement>('li.card')?.dataset['id'];
    if (id === undefined || !target.hasAttribute('data-primary')) return;
    if (this.#lift) this.#onLiftedKey(event);
    else this.#onCardKey(event, id, target.dataset['action'] === 'grab');
  };

  #onCardKey(event: KeyboardEvent, id: string, canLift: boolean): void {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const state = this.#shown;
    if (!state) return;
    if ((event.key === ' ' || event.key === 'Enter') && canLift) {
      event.preventDefault();
      this.#menuFor = undefined;
      this.#lift = { id, preview: state };
      this.#announce(this.#t('cardsort.announce.lifted', this.#placeParams(state, id)));
      return;
    }
    if (!NAV_KEYS.has(event.key)) return;
    event.preventDefault();
    const place = this.#placeOf(state, id);
    if (!place) return;
    const column = state.columns[place.tier];
    let next: string | undefined;
    if (event.key === 'ArrowUp') next = column[place.index - 1];
    else if (event.key === 'ArrowDown') next = column[place.index + 1];
    else if (event.key === 'Home') next = column[0];
    else if (event.key === 'End') next = column.at(-1);
    else {
      const step = event.key === 'ArrowLeft' ? -1 : 1;
      for (let t = TIERS.indexOf(place.tier) + step; t >= 0 && t < TIERS.length && next === undefined; t += step) {
        const tier = TIERS[t];
        if (tier === undefined) break;
        const other = state.columns[tier];
        next = other[Math.min(place.index, other.length - 1)];
      }
    }
    if (next === undefined) return;
    this.#activeId = next;
    this.#pendingFocus = { kind: 'card', id: next };
    this.requestUpdate();
  }

  #onLiftedKey(event: KeyboardEvent): void {
    const lift = this.#lift;
    if (!lift) return;
    if (event.key === 'Tab') {
      this.#dropLifted();
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      this.#dropLifted();
      return;
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      this.#lift = undefined;
      const history = this.#history;
      if (history) this.#announce(this.#t('cardsort.announce.cancelled', this.#placeParams(history.state, lift.id)));
      this.#pendingFocus = { kind: 'card', id: lift.id };
      return;
    }
    if (!NAV_KEYS.has(event.key)) return;
    event.preventDefault();
    const place = this.#placeOf(lift.preview, lift.id);
    if (!place) return;
    let tier: Tier | undefined = place.tier;
    let index = place.index;
    if (event.key === 'ArrowUp') index -= 1;
    else if (event.key === 'ArrowDown') index += 1;
    else if (event.key === 'Home') index = 0;
    else if (event.key === 'End') index = lift.preview.columns[place.tier].length - 1;
    else tier = TIERS[TIERS.indexOf(place.tier) + (event.key === 'ArrowLeft' ? -1 : 1)];
    if (tier === undefined || index < 0 || (tier === place.tier && index >= lift.preview.columns[tier].length)) {
      // Already at the edge: say where the card is, so the key press is not met with silence.
      this.#announce(this.#t('cardsort.announce.over', this.#placeParams(lift.preview, lift.id)));
      return;
    }
    if (tier !== place.tier) index = Math.min(place.index, lift.preview.columns[tier].length);
    lift.preview = movePartner(lift.preview, lift.id, tier, index).state;
    this.#pendingFocus = { kind: 'card', id: lift.id };
    this.#announce(this.#t('cardsort.announce.over', this.#placeParams(lift.preview, lift.id)));
  }

  #dropLifted(): void {
    const lift = this.#lift;
    if (!lift) return;
    this.#lift = undefined;
    const place = this.#placeOf(lift.preview, lift.id);
    if (place) this.#commit(lift.id, place.tier, place.index, 'keyboard');
  }

  // ---- "Move to…" menu -----------------------------------------------------------------------

  #onMenuKey(event: KeyboardEvent, menu: HTMLElement): void {
    const items = [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')];
    const current = items.findIndex((item) => item === event.target);
    let next: HTMLElement | undefined;
    switch (event.key) {
      case 'ArrowDown':
        next = items[(current + 1) % items.length];
        break;
      case 'ArrowUp':
        next = items[(current - 1 + items.length) % items.length];
        break;
      case 'Home':
        next = items[0];
        break;
      case 'End':
        next = items.at(-1);
        break;
      case 'Escape': {
        event.preventDefault();
        const id = this.#menuFor;
        this.#menuFor = undefined;
        if (id !== undefined) this.#pendingFocus = { kind: 'menu-button', id };
        this.requestUpdate();
        return;
      }
      case 'Tab':
        this.#menuFor = undefined;
        this.requestUpdate();
        return;
      default:
        return;
    }
    event.preventDefault();
    next?.focus();
  }

  readonly #onFocusIn = (event: FocusEvent): void => {
    if (!(event.target instanceof HTMLElement)) return;
    const id = event.target.closest<HTMLElement>('li.card')?.dataset['id'];
    if (id !== undefined && id !== this.#activeId && !this.#lift) {
      this.#activeId = id;
      this.requestUpdate();
    }
  };

  readonly #onFocusOut = (event: FocusEvent): void => {
    if (this.#menuFor === undefined) return;
    const card = this.#cardElement(this.#menuFor);
    const next = event.relatedTarget;
    if (next instanceof Node && card?.contains(next)) return;
    this.#menuFor = undefined;
    this.requestUpdate();
  };

  readonly #onClick = (event: MouseEvent): void => {
    if (!(event.target instanceof Element)) return;
    const control = event.target.closest<HTMLElement>('[data-action]');
    const id = control?.closest<HTMLElement>('li.card')?.dataset['id'];
    if (!control || id === undefined) return;
    switch (control.dataset['action']) {
      case 'details':
        this.#detailsFor = id;
        this.requestUpdate();
        break;
      case 'menu':
        if (!this.#interactive) return;
        this.#menuFor = this.#menuFor === id ? undefined : id;
        if (this.#menuFor !== undefined) this.#pendingFocus = { kind: 'menu', id };
        this.requestUpdate();
        break;
      case 'move-to': {
        const tier = control.dataset['tier'];
        if (!this.#interactive || !isTier(tier)) return;
        this.#menuFor = undefined;
        this.#commit(id, tier, undefined, 'menu');
        break;
      }
      default:
        break;
    }
  };

  // ---- pointer -------------------------------------------------------------------------------

  #grab(event: PointerEvent): { id: string; element: HTMLElement } | undefined {
    if (!this.#interactive || this.#lift || !(event.target instanceof Element)) return undefined;
    const target = event.target;
    // The card's buttons and menu keep their own clicks; the rest of the card is a drag surface.
    if (target.closest('button:not(.card__handle), [role="menu"]')) return undefined;
    const card = target.closest<HTMLElement>('li.card');
    const id = card?.dataset['id'];
    if (!card || id === undefined) return undefined;
    // Touch drags start on the grip only, so a finger elsewhere on a card still scrolls the page.
    if (event.pointerType === 'touch' && !target.closest('.card__handle')) return undefined;
    return { id, element: card };
  }

  #hitTest(x: number, y: number): CardDropTarget | undefined {
    const state = this.#history?.state;
    const hit = elementAt(this.renderRoot, x, y);
    const column = hit?.closest<HTMLElement>('.column');
    const tier = column?.dataset['tier'];
    if (!state || !hit || !isTier(tier)) return undefined;
    const card = hit.closest<HTMLElement>('li.card');
    const index = card ? this.#placeOf(state, card.dataset['id'] ?? '')?.index : undefined;
    if (card && index !== undefined) {
      const rect = card.getBoundingClientRect();
      return { tier, slot: y > rect.top + rect.height / 2 ? index + 1 : index };
    }
    if (hit.closest('.column__header')) return { tier, slot: 0 };
    return { tier, slot: state.columns[tier].length };
  }

  #onPointerStart(id: string): void {
    const state = this.#history?.state;
    this.#pointerDragId = id;
    this.#activeId = id;
    this.#menuFor = undefined;
    if (state) this.#announce(this.#t('cardsort.announce.grabbed', this.#placeParams(state, id)));
  }

  #onPointerOver(id: string, target: CardDropTarget | undefined): void {
    const previous = this.#dropTarget;
    this.#dropTarget = target;
    if (target && target.tier !== previous?.tier) {
      this.#announce(
        this.#t('cardsort.announce.over-tier', { name: this.#nameOf(id), tier: this.#tierLabel(target.tier) }),
      );
    } else this.requestUpdate();
  }

  #onPointerDrop(id: string, target: CardDropTarget | undefined): void {
    this.#pointerDragId = undefined;
    this.#dropTarget = undefined;
    const state = this.#history?.state;
    const from = state ? this.#placeOf(state, id) : undefined;
    if (!target || !from) {
      this.#onPointerCancel(id);
      return;
    }
    // A slot counts the card itself; below its own place the final index is one less.
    const index = target.tier === from.tier && target.slot > from.index ? target.slot - 1 : target.slot;
    this.#commit(id, target.tier, index, 'pointer');
  }

  #onPointerCancel(id: string): void {
    this.#pointerDragId = undefined;
    this.#dropTarget = undefined;
    const state = this.#history?.state;
    if (state) this.#announce(this.#t('cardsort.announce.cancelled', this.#placeParams(state, id)));
    this.#pendingFocus = { kind: 'card', id };
  }

  // ---- focus ---------------------------------------------------------------------------------

  #cardElement(id: string): HTMLElement | null {
    const key = this.#keyOf.get(id);
    return key === undefined ? null : this.renderRoot.querySelector<HTMLElement>(`li[data-key="${key}"]`);
  }

  #applyPendingFocus(): void {
    const pending = this.#pendingFocus;
    if (!pending) return;
    this.#pendingFocus = undefined;
    const card = this.#cardElement(pending.id);
    const selector =
      pending.kind === 'card'
        ? '[data-primary]'
        : pending.kind === 'menu'
          ? '[role="menuitem"]'
          : '[data-action="menu"]';
    card?.querySelector<HTMLElement>(selector)?.focus();
  }

  // ---- rendering -----------------------------------------------------------------------------

  protected override render(): unknown {
    const { status, issues, source } = this.#data;
    const state = this.#shown;
    const allIssues = status === 'error' ? issues : this.#assignmentIssues;
    const errorSource = status === 'error' ? source : 'property';
    return html`
      <slot name="intro"></slot>
      ${
        allIssues.length > 0
          ? renderErrorState({
              issues: allIssues,
              source: errorSource,
              t: (key, params) => this.#t(key, params),
              keptPrevious: state !== undefined,
              onRetry:
                status === 'error' && source === 'src'
                  ? () => {
                      this.#data.reload();
                    }
                  : undefined,
            })
          : nothing
      }
      ${status === 'loading' ? html`<p role="status">${loadingText(this.#data, (key, params) => this.#t(key, params))}</p>` : nothing}
      ${state === undefined ? (status === 'idle' ? html`<p>${this.#t('data.empty')}</p>` : nothing) : this.#renderSort(state)}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.#announcement}</div>
      ${progressStatus(this.#progress.status, (key, params) => this.#t(key, params), 'cardsort.drawing', 'cardsort.drawn')}
    `;
  }

  #renderSort(state: CardSortState): TemplateResult {
    const interactive = this.#interactive;
    const total = this.#partnerIds.length;
    const sorted = total - state.columns.unsorted.length;
    const activeId = this.#validActive(state);
    const history = this.#history;
    const undoable = interactive && history !== undefined && canUndo(history) && !this.#lift;
    const redoable = interactive && history !== undefined && canRedo(history) && !this.#lift;
    const lengths = TIERS.map((tier) => state.columns[tier].length);
    // Cards that a focus, a menu, a dialog or a drag needs are drawn now, however far down.
    let needed = 0;
    for (const id of [
      activeId,
      this.#lift?.id,
      this.#pointerDragId,
      this.#menuFor,
      this.#detailsFor,
      this.#pendingFocus?.id,
    ]) {
      const place = id === undefined ? undefined : this.#placeOf(state, id);
      if (place) needed = Math.max(needed, cardsUpTo(lengths, TIERS.indexOf(place.tier), place.index));
    }
    const depths = columnDepths(lengths, this.#progress.draw(this.#partnerIds, total, total, needed));
    return html`<div class="frame" @keydown=${this.#onKeyDown}>
        <div class="toolbar" part="toolbar">
          <p class="progress">${this.#t('cardsort.progress', { count: total, sorted })}</p>
          ${
            interactive
              ? html`<div class="history-buttons">
                  <button
                    type="button"
                    aria-disabled=${undoable ? 'false' : 'true'}
                    aria-keyshortcuts="Control+Z Meta+Z"
                    @click=${() => {
                      this.#step('undo', false);
                    }}
                  >
                    ${this.#t('cardsort.undo')}
                  </button>
                  <button
                    type="button"
                    aria-disabled=${redoable ? 'false' : 'true'}
                    aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
                    @click=${() => {
                      this.#step('redo', false);
                    }}
                  >
                    ${this.#t('cardsort.redo')}
                  </button>
                </div>`
              : html`<p class="readonly-note">${this.#t('cardsort.readonly')}</p>`
          }
        </div>
        ${interactive ? html`<p id="instructions" class="instructions">${this.#t('cardsort.instructions')}</p>` : nothing}
        <div
          class=${classMap({
            board: true,
            'board--dragging': this.#pointerDragId !== undefined,
            'board--long': this.#progress.long,
          })}
          part="board"
          role="group"
          aria-label=${this.label || this.#t('cardsort.label')}
          aria-busy=${this.#progress.busy ? 'true' : nothing}
          @click=${this.#onClick}
          @focusin=${this.#onFocusIn}
          @focusout=${this.#onFocusOut}
        >
          ${TIERS.map((tier, t) => this.#renderColumn(state, tier, activeId, interactive, depths[t] ?? 0))}
        </div>
      </div>
      <div class="ghost" part="drag-ghost" aria-hidden="true" ?hidden=${this.#pointerDragId === undefined}>
        ${this.#pointerDragId === undefined ? nothing : this.#nameOf(this.#pointerDragId)}
      </div>
      ${this.#renderDetails(state)} `;
  }

  #validActive(state: CardSortState): string | undefined {
    if (this.#activeId !== undefined && this.#placeOf(state, this.#activeId)) return this.#activeId;
    for (const tier of TIERS) {
      const first = state.columns[tier][0];
      if (first !== undefined) return first;
    }
    return undefined;
  }

  #renderColumn(
    state: CardSortState,
    tier: Tier,
    activeId: string | undefined,
    interactive: boolean,
    drawn: number,
  ): TemplateResult {
    const ids = state.columns[tier];
    const drop = this.#dropTarget?.tier === tier ? this.#dropTarget : undefined;
    return html`<section
      class=${classMap({ column: true, [`column--${tier}`]: true, 'column--drop': drop !== undefined })}
      part="column"
      data-tier=${tier}
      aria-labelledby="heading-${tier}"
    >
      <div class="column__header">
        <h3 id="heading-${tier}" class="column__heading" part="column-heading">${this.#tierLabel(tier)}</h3>
        <p class="column__count">${this.#t('cardsort.column.count', { count: ids.length })}</p>
      </div>
      <!-- tabindex="-1": Firefox makes a list that scrolls a Tab stop of its own, even with cards
        inside; the cards' roving focus already scrolls it, so a column stays one Tab stop. -->
      <ol
        class=${classMap({ cards: true, 'cards--drop-end': drop !== undefined && drop.slot >= ids.length })}
        part="card-list"
        role="list"
        tabindex="-1"
      >
        ${repeat(
          ids.slice(0, drawn),
          (id) => id,
          (id, index) => {
            const active = activeId === id;
            const dropBefore = drop?.slot === index;
            // A key press or a move changes a few cards; the others keep their DOM untouched
            // (what a card shows depends on exactly these values, not on its index, so cards
            // shifted by a move are not rendered again).
            return guard(
              [
                this.#partnersById.get(id),
                this.#keyOf.get(id),
                tier,
                active,
                interactive,
                dropBefore,
                this.#menuFor === id,
                this.#lift?.id === id || this.#pointerDragId === id,
                this.#i18n.locale,
                this.strings,
              ],
              () => this.#renderCard(id, tier, active, interactive, dropBefore),
            );
          },
        )}
      </ol>
      ${ids.length === 0 ? html`<p class="column__empty">${this.#t('cardsort.column.empty')}</p>` : nothing}
    </section>`;
  }

  #renderCard(id: string, tier: Tier, active: boolean, interactive: boolean, dropBefore: boolean): TemplateResult {
    const partner = this.#partnersById.get(id);
    const key = this.#keyOf.get(id) ?? -1;
    const name = partner?.name ?? id;
    const tabIndex = active ? 0 : -1;
    const menuOpen = this.#menuFor === id && interactive;
    const lifted = this.#lift?.id === id || this.#pointerDragId === id;
    return html`<li
      class=${classMap({ card: true, 'card--lifted': lifted, 'card--drop-before': dropBefore })}
      part="card"
      data-id=${id}
      data-key=${key}
    >
      <div class="card__inner">
        ${
          interactive
            ? html`<button
                type="button"
                class="card__handle"
                part="card-handle"
                data-action="grab"
                data-primary
                tabindex=${tabIndex}
                aria-label=${this.#t('cardsort.card.move', { name })}
                aria-describedby="card-${key}-meta instructions"
              ></button>`
            : nothing
        }
        <div class="card__body">
          <span class="card__name">${name}</span>
          <span class="card__meta" id="card-${key}-meta">${partner ? this.#cardMeta(partner) : nothing}</span>
        </div>
        <div class="card__actions">
          <button
            type="button"
            data-action="details"
            ?data-primary=${!interactive}
            tabindex=${tabIndex}
            aria-haspopup="dialog"
            aria-label=${this.#t('cardsort.card.detailsLabel', { name })}
          >
            ${this.#t('cardsort.card.details')}
          </button>
          ${
            interactive
              ? html`<button
                  type="button"
                  data-action="menu"
                  tabindex=${tabIndex}
                  aria-haspopup="menu"
                  aria-expanded=${menuOpen ? 'true' : 'false'}
                  aria-controls=${menuOpen ? `card-${key}-menu` : nothing}
                  aria-label=${this.#t('cardsort.card.moveToLabel', { name })}
                >
                  ${this.#t('cardsort.card.moveTo')}
                </button>`
              : nothing
          }
        </div>
        ${menuOpen ? this.#renderMenu(tier, key, name) : nothing}
      </div>
    </li>`;
  }

  #cardMeta(partner: Partner): string {
    const kind = partnerKindLabels[partner.kind][this.#i18n.locale];
    const contact = partner.partnerContact
      ? this.#t('cardsort.card.contact', { name: partner.partnerContact.name })
      : this.#t('cardsort.card.noContact');
    return `${kind} · ${contact}`;
  }

  #renderMenu(tier: Tier, key: number, name: string): TemplateResult {
    return html`<div
      class="menu"
      part="move-menu"
      role="menu"
      id="card-${key}-menu"
      aria-label=${this.#t('cardsort.menu.label', { name })}
    >
      ${TIERS.filter((each) => each !== tier).map(
        (each) =>
          html`<button type="button" role="menuitem" tabindex="-1" data-action="move-to" data-tier=${each}>
            ${this.#tierLabel(each)}
          </button>`,
      )}
    </div>`;
  }

  #renderDetails(state: CardSortState): TemplateResult {
    const id = this.#detailsFor;
    const partner = id === undefined ? undefined : this.#partnersById.get(id);
    const place = id === undefined ? undefined : this.#placeOf(state, id);
    return html`<dialog
      class="details"
      part="details-dialog"
      aria-labelledby="details-title"
      @close=${() => {
        const closed = this.#detailsFor;
        this.#detailsFor = undefined;
        if (closed !== undefined) this.#restoreDetailsFocus(closed);
        this.requestUpdate();
      }}
    >
      ${
        partner
          ? html`<h2 id="details-title" class="details__title">${partner.name}</h2>
              <dl class="details__fields">
                ${this.#field('cardsort.field.kind', partnerKindLabels[partner.kind][this.#i18n.locale])}
                ${this.#field('cardsort.field.tier', place ? this.#tierLabel(place.tier) : undefined)}
                ${this.#field('cardsort.field.mission', partner.mission)}
                ${this.#field(
                  'cardsort.field.outcomeGoals',
                  partner.outcomeGoals && partner.outcomeGoals.length > 0
                    ? html`<ul>
                        ${partner.outcomeGoals.map((goal) => html`<li>${goal}</li>`)}
                      </ul>`
                    : undefined,
                )}
                ${this.#field('cardsort.field.partnerContact', this.#contact(partner.partnerContact))}
                ${this.#field('cardsort.field.schoolContact', this.#contact(partner.schoolContact))}
                ${this.#field('cardsort.field.schedule', partner.schedule)}
                ${this.#field('cardsort.field.duration', partner.duration)}
                ${this.#field('cardsort.field.location', partner.location)}
                ${this.#field('cardsort.field.targetAudience', partner.targetAudience)}
                ${this.#field('cardsort.field.notes', partner.notes)}
                ${this.#field('cardsort.field.history', partner.history)}
                ${this.#field(
                  'cardsort.field.years',
                  partner.years === undefined ? undefined : this.#t('cardsort.details.years', { count: partner.years }),
                )}
                ${this.#field('cardsort.field.fundingSource', partner.fundingSource)}
              </dl>
              <button
                type="button"
                class="details__close"
                @click=${(event: Event) => {
                  (event.currentTarget as HTMLElement).closest('dialog')?.close();
                }}
              >
                ${this.#t('cardsort.details.close')}
              </button>`
          : nothing
      }
    </dialog>`;
  }

  #restoreDetailsFocus(id: string): void {
    this.#cardElement(id)?.querySelector<HTMLElement>('[data-action="details"]')?.focus();
  }

  #field(label: SelMessageKey, value: string | TemplateResult | undefined): TemplateResult {
    return html`<div class="details__field">
      <dt>${this.#t(label)}</dt>
      <dd class=${value === undefined ? 'details__missing' : ''}>
        ${value ?? this.#t('cardsort.details.notRecorded')}
      </dd>
    </div>`;
  }

  #contact(contact: Contact | undefined): TemplateResult | undefined {
    if (!contact) return undefined;
    return html`<span class="details__contact">
      <span>${contact.name}${contact.role ? html`, ${contact.role}` : nothing}</span>
      ${contact.email ? html`<a href="mailto:${contact.email}">${contact.email}</a>` : nothing}
      ${contact.phone ? html`<a href="tel:${contact.phone.replace(/[^\d+]/g, '')}">${contact.phone}</a>` : nothing}
    </span>`;
  }
}

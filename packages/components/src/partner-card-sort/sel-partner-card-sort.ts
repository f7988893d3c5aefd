import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import {
  assignments,
  canRedo,
  canUndo,
  isTier,
  parsePartnerCardSortData,
  parsePartnerCardSortDataInSteps,
  partnerPlace,
  TIERS,
  type CardSortMove,
  type CardSortState,
  type PartnerCardSortData,
  type PartnerInventory,
  type SelIssue,
  type Tier,
  type TierAssignments,
} from '@sel/core';
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
import {
  cardControlOf,
  cardElement,
  cardIdOf,
  cardListAt,
  cardsNeeded,
  cardUnderPress,
  columnDepths,
  dropTargetAt,
  renderColumn,
  renderToolbar,
  type BoardView,
} from './board-layout.js';
import { CardDragController, type CardDropTarget } from './card-drag.js';
import { CardSortSession } from './card-sort-session.js';
import { KeyboardMoveController } from './keyboard-move-controller.js';
import type { KeyboardMoveAction } from './keyboard-move.js';
import { moveMenuKey } from './move-menu.js';
import { renderPartnerDetails } from './partner-details.js';
import { partnerCardSortStyles } from './sel-partner-card-sort.styles.js';

/** How a partner was moved: by dragging, by keyboard, through the "Move to" menu, or by undo/redo. */
export type SelPartnerMoveCause = 'pointer' | 'keyboard' | 'menu' | 'undo' | 'redo';

/**
 * `detail` of `sel-partner-move`: the move as `@sel/core`'s card sort records it (which partner,
 * from where to where; `toIndex` is its final position, 0 the top of the column) and how it was made.
 */
export interface SelPartnerMoveDetail extends CardSortMove {
  readonly cause: SelPartnerMoveCause;
}

declare global {
  interface HTMLElementEventMap {
    'sel-partner-move': CustomEvent<SelPartnerMoveDetail>;
  }
}

/** A control of a card that focus goes to after the next render. */
interface PendingFocus {
  readonly id: string;
  readonly control: 'card' | 'menu' | 'menu-button';
}

const focusSelectors = {
  card: '[data-primary]',
  menu: '[role="menuitem"]',
  'menu-button': '[data-action="menu"]',
} as const satisfies Record<PendingFocus['control'], string>;

const tierKeys = {
  unsorted: 'cardsort.tier.unsorted',
  'clearly-supports': 'cardsort.tier.clearly-supports',
  'could-support': 'cardsort.tier.could-support',
  'no-apparent-connection': 'cardsort.tier.no-apparent-connection',
} as const satisfies Record<Tier, SelMessageKey>;

const NO_ISSUES: readonly SelIssue[] = [];

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
 * @fires {SelPartnerMoveDetail} sel-partner-move - A partner moved: `{ partnerId, from, fromIndex, to, toIndex, cause }`.
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
    activeId: { state: true },
    menuFor: { state: true },
    detailsFor: { state: true },
    announcement: { state: true },
    assignmentIssues: { state: true },
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

  /** The card holding the board's one Tab stop. */
  private activeId: string | undefined;
  /** The card whose "Move to…" menu is open. */
  private menuFor: string | undefined;
  /** The partner whose details dialog is open. */
  private detailsFor: string | undefined;
  /** What the live region says last. */
  private announcement = '';
  /** Problems with the `assignments` property or attribute (the data itself is sound). */
  private assignmentIssues: readonly SelIssue[] = NO_ISSUES;

  readonly #data = new DataSourceController<PartnerCardSortData>(this, {
    parse: parsePartnerCardSortData,
    parseInSteps: parsePartnerCardSortDataInSteps,
    property: () => this.partners,
    src: () => this.src,
    // The starting tiers of a thousand partners are checked in a frame of their own.
    prepare: (data) => {
      this.#session.checkAssignments(this.assignments, data);
    },
  });
  readonly #i18n = new LocaleController(this, { strings: () => this.strings });
  // Seven rows of four columns of cards fill the first screen; the frame that draws them also
  // builds the sort of every partner (its starting tiers are checked in the frame before).
  readonly #progress = new ProgressiveController(this, { firstBatch: 28 });
  readonly #session = new CardSortSession(this, () => {
    // A new sort (new data, a reset, a restore) drops a move under way.
    this.#keyboard.cancel();
    this.#drag.cancel();
    this.menuFor = undefined;
  });
  readonly #form = new FormController<CardSortState | undefined>(this, {
    value: () => this.#session.history?.state,
    toFormValue: (state, name) => this.#formValue(state, name),
    toState: (state) => (state ? JSON.stringify(assignments(state)) : ''),
    fromState: (saved) => this.#session.sortFrom(JSON.parse(saved) as unknown),
    fromFormData: (data, name) => this.#sortFromEntries(readFormEntries(data, name)),
    setValue: (state) => {
      if (state) this.#session.replace(state);
    },
    defaultValue: () => this.#session.startingSort(),
  });
  readonly #keyboard = new KeyboardMoveController(this, {
    sort: () => this.#session.history?.state,
    focusOf: cardControlOf,
  });
  readonly #drag = new CardDragController(this, {
    board: () => this.renderRoot.querySelector<HTMLElement>('.board'),
    grab: (event) => (this.#interactive && !this.#keyboard.lift ? cardUnderPress(event) : undefined),
    hitTest: (x, y) => {
      const sort = this.#session.history?.state;
      return sort ? dropTargetAt(this.renderRoot, sort, x, y) : undefined;
    },
    scrollerAt: (x, y) => cardListAt(this.renderRoot, x, y),
    ghost: () => this.renderRoot.querySelector<HTMLElement>('.ghost'),
    onStart: (id) => {
      this.activeId = id;
      this.menuFor = undefined;
      this.#announceAt('cardsort.announce.grabbed', id);
    },
    onOver: (id, target, previous) => {
      if (target && target.tier !== previous?.tier) {
        const params = { name: this.#session.partners.nameOf(id), tier: this.#tierLabel(target.tier) };
        this.#announce(this.#t('cardsort.announce.over-tier', params));
      }
    },
    onDrop: (id, target) => {
      this.#onPointerDrop(id, target);
    },
    onCancel: (id) => {
      this.#cancelled(id);
    },
  });

  /** A state the browser restored before the data arrived, applied once the partners are known. */
  #pendingRestore: string | FormData | undefined;
  #pendingFocus: PendingFocus | undefined;
  #formCache: { state: CardSortState; name: string; value: SelFormValue } | undefined;

  /** The tier of every partner by id, as submitted with a form; `undefined` before valid data arrives. */
  get value(): TierAssignments | undefined {
    return this.#session.history ? assignments(this.#session.history.state) : undefined;
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
    return this.#session.history !== undefined && canUndo(this.#session.history);
  }

  /** Whether an undone move can be made again. */
  get canRedo(): boolean {
    return this.#session.history !== undefined && canRedo(this.#session.history);
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
    if (restorable && this.#session.partners.ids.length === 0 && this.#session.history === undefined) {
      this.#pendingRestore = state;
      return;
    }
    this.#form.restore(state);
  }

  formDisabledCallback(disabled: boolean): void {
    this.#form.setFormDisabled(disabled);
  }

  protected override update(changed: PropertyValues<this>): void {
    // Controllers have resolved the data by now (they run between willUpdate and update).
    this.#syncSort();
    if (!this.#interactive) this.#keyboard.cancel();
    super.update(changed);
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('assignmentIssues') && this.assignmentIssues.length > 0) {
      dispatchSelEvent(this, 'sel-error', { issues: this.assignmentIssues, source: 'property' });
    }
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && this.detailsFor !== undefined && !dialog.open) dialog.showModal();
    const pending = this.#pendingFocus;
    this.#pendingFocus = undefined;
    if (pending) this.#cardOf(pending.id)?.querySelector<HTMLElement>(focusSelectors[pending.control])?.focus();
  }

  get #interactive(): boolean {
    return !this.readonly && !this.#form.formDisabled;
  }

  #t(key: SelMessageKey, params?: SelMessageParams): string {
    return this.#i18n.t(key, params);
  }

  readonly #tierLabel = (tier: Tier): string => this.#t(tierKeys[tier]);

  // ---- the sort: built from the data and the starting tiers, reset and restored ---------------

  #syncSort(): void {
    const data = this.#data.value;
    const issues = data && this.#session.sync(data, this.assignments);
    if (issues === undefined) return;
    this.assignmentIssues = issues;
    const restore = this.#pendingRestore;
    if (issues.length > 0 || restore === undefined) return;
    this.#pendingRestore = undefined;
    this.#form.restore(restore);
  }

  /**
   * Reads the `name.<partner id>` = tier entries this element submits (what autofill may hand
   * back). No entries, or a partner named twice, is not a sort of this element's.
   */
  #sortFromEntries(entries: readonly (readonly [string, string])[]): CardSortState | undefined {
    if (entries.length === 0) return undefined;
    const raw: Record<string, string> = {};
    for (const [id, tier] of entries) {
      if (Object.hasOwn(raw, id)) return undefined;
      // A data property even for the id `__proto__`, which plain assignment would not create.
      Object.defineProperty(raw, id, { value: tier, enumerable: true, writable: true, configurable: true });
    }
    return this.#session.sortFrom(raw);
  }

  #formValue(state: CardSortState | undefined, name: string): SelFormValue {
    if (!state) return null;
    const cached = this.#formCache;
    if (cached?.state === state && cached.name === name) return cached.value;
    const value = formEntries(name, Object.entries(assignments(state)));
    this.#formCache = { state, name, value };
    return value;
  }

  // ---- moves and what is said about them ------------------------------------------------------

  /** Announces `key` about partner `id` where it is in `sort`: "Bright Futures: Clearly supports SEL, position 2 of 5". */
  #announceAt(key: SelMessageKey, id: string, sort = this.#session.history?.state, extra: SelMessageParams = {}): void {
    const place = sort ? partnerPlace(sort, id) : undefined;
    const name = this.#session.partners.nameOf(id);
    const params: SelMessageParams =
      place && sort
        ? { name, tier: this.#tierLabel(place.tier), position: place.index + 1, total: sort.columns[place.tier].length }
        : { name };
    this.#announce(this.#t(key, { ...params, ...extra }));
  }

  #announce(message: string): void {
    // A repeated message gets a different invisible ending, so screen readers speak it again.
    this.announcement = message === this.announcement.trimEnd() ? `${message}\u00a0` : message;
  }

  /** Moves a card, tells the form and listeners, and announces it. */
  #commit(id: string, to: Tier, index: number | undefined, cause: 'pointer' | 'keyboard' | 'menu'): void {
    const move = this.#session.move(id, to, index);
    this.activeId = id;
    this.#pendingFocus = { id, control: 'card' };
    if (!move) {
      this.#announceAt('cardsort.announce.unchanged', id);
      return;
    }
    this.#form.sync();
    const key = cause === 'keyboard' ? 'cardsort.announce.dropped' : 'cardsort.announce.moved';
    this.#announceAt(key, id, undefined, { from: this.#tierLabel(move.from) });
    this.#dispatchMove(move, cause);
  }

  #step(kind: 'undo' | 'redo', focusCard: boolean): void {
    if (!this.#interactive || this.#keyboard.lift || this.#drag.draggingId !== undefined) return;
    if (!this.#session.history) return;
    const move = this.#session.step(kind);
    if (!move) {
      this.#announce(this.#t(kind === 'undo' ? 'cardsort.announce.nothingToUndo' : 'cardsort.announce.nothingToRedo'));
      return;
    }
    this.#form.sync();
    this.activeId = move.partnerId;
    if (focusCard) this.#pendingFocus = { id: move.partnerId, control: 'card' };
    this.#announceAt(kind === 'undo' ? 'cardsort.announce.undone' : 'cardsort.announce.redone', move.partnerId);
    this.#dispatchMove(move, kind);
  }

  #dispatchMove(move: CardSortMove, cause: SelPartnerMoveCause): void {
    dispatchSelEvent(this, 'sel-partner-move', { ...move, cause });
  }

  /** A keyboard lift or a drag ended without a move: the card is back where it was. */
  #cancelled(id: string): void {
    this.#announceAt('cardsort.announce.cancelled', id);
    this.#pendingFocus = { id, control: 'card' };
  }

  // ---- keyboard, clicks and focus --------------------------------------------------------------

  readonly #onKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || !(event.target instanceof HTMLElement)) return;
    const target = event.target;
    // The dialog keeps its own keys; while a pointer drags, the drag controller handles Escape.
    if (target.closest('dialog') || this.#drag.draggingId !== undefined) return;
    const action = this.#keyboard.keydown(event);
    const menu = target.closest<HTMLElement>('[role="menu"]');
    if (action.kind === 'pass' && menu) this.#onMenuKey(event, menu);
    else this.#onKeyboardAction(action, cardIdOf(target) !== undefined);
  };

  #onKeyboardAction(action: KeyboardMoveAction, onCard: boolean): void {
    switch (action.kind) {
      case 'undo':
      case 'redo':
        this.#step(action.kind, onCard);
        break;
      case 'focus':
        this.activeId = action.id;
        this.#pendingFocus = { id: action.id, control: 'card' };
        break;
      case 'lift':
        this.menuFor = undefined;
        this.#announceAt('cardsort.announce.lifted', action.lift.id, action.lift.preview);
        break;
      case 'move':
      case 'edge':
        if (action.kind === 'move') this.#pendingFocus = { id: action.lift.id, control: 'card' };
        this.#announceAt('cardsort.announce.over', action.lift.id, action.lift.preview);
        break;
      case 'drop':
        this.#commit(action.id, action.tier, action.index, 'keyboard');
        break;
      case 'cancel':
        this.#cancelled(action.id);
        break;
      default:
        break;
    }
  }

  #onMenuKey(event: KeyboardEvent, menu: HTMLElement): void {
    const exit = moveMenuKey(event, menu);
    const id = this.menuFor;
    if (exit === undefined || id === undefined) return;
    this.menuFor = undefined;
    if (exit === 'escape') this.#pendingFocus = { id, control: 'menu-button' };
  }

  readonly #onFocusIn = (event: FocusEvent): void => {
    const id = cardIdOf(event.target);
    if (id !== undefined && !this.#keyboard.lift) this.activeId = id;
  };

  readonly #onFocusOut = (event: FocusEvent): void => {
    if (this.menuFor === undefined) return;
    const next = event.relatedTarget;
    if (next instanceof Node && this.#cardOf(this.menuFor)?.contains(next)) return;
    this.menuFor = undefined;
  };

  readonly #onClick = (event: MouseEvent): void => {
    if (!(event.target instanceof Element)) return;
    const control = event.target.closest<HTMLElement>('[data-action]');
    const id = cardIdOf(control);
    if (!control || id === undefined) return;
    const action = control.dataset['action'];
    const tier = control.dataset['tier'];
    if (action === 'details') this.detailsFor = id;
    else if (action === 'menu' && this.#interactive) {
      this.menuFor = this.menuFor === id ? undefined : id;
      if (this.menuFor !== undefined) this.#pendingFocus = { id, control: 'menu' };
    } else if (action === 'move-to' && this.#interactive && isTier(tier)) {
      this.menuFor = undefined;
      this.#commit(id, tier, undefined, 'menu');
    }
  };

  #onPointerDrop(id: string, target: CardDropTarget | undefined): void {
    const from = this.#session.history ? partnerPlace(this.#session.history.state, id) : undefined;
    if (!target || !from) {
      this.#cancelled(id);
      return;
    }
    // A slot counts the card itself; below its own place the final index is one less.
    const index = target.tier === from.tier && target.slot > from.index ? target.slot - 1 : target.slot;
    this.#commit(id, target.tier, index, 'pointer');
  }

  #cardOf(id: string): HTMLElement | null {
    return cardElement(this.renderRoot, this.#session.partners.keyOf(id));
  }

  // ---- rendering -------------------------------------------------------------------------------

  protected override render(): unknown {
    const { status, issues, source } = this.#data;
    const state = this.#keyboard.lift?.preview ?? this.#session.history?.state;
    const failed = status === 'error';
    const t = (key: SelMessageKey, params?: SelMessageParams): string => this.#t(key, params);
    const errors = failed ? issues : this.assignmentIssues;
    return html`
      <slot name="intro"></slot>
      ${
        errors.length > 0
          ? renderErrorState({
              issues: errors,
              source: failed ? source : 'property',
              t,
              keptPrevious: state !== undefined,
              onRetry:
                failed && source === 'src'
                  ? () => {
                      this.#data.reload();
                    }
                  : undefined,
            })
          : nothing
      }
      ${status === 'loading' ? html`<p role="status">${loadingText(this.#data, t)}</p>` : nothing}
      ${state === undefined ? (status === 'idle' ? html`<p>${this.#t('data.empty')}</p>` : nothing) : this.#renderSort(state)}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      ${progressStatus(this.#progress.status, t, 'cardsort.drawing', 'cardsort.drawn')}
    `;
  }

  #renderSort(state: CardSortState): TemplateResult {
    const interactive = this.#interactive;
    const total = this.#session.partners.ids.length;
    const history = this.#session.history;
    const lift = this.#keyboard.lift;
    const dragged = this.#drag.draggingId;
    const activeId =
      this.activeId !== undefined && partnerPlace(state, this.activeId)
        ? this.activeId
        : TIERS.map((tier) => state.columns[tier][0]).find((id) => id !== undefined);
    // Cards that a focus, a menu, a dialog or a drag needs are drawn now, however far down.
    const needed = cardsNeeded(state, [
      activeId,
      lift?.id,
      dragged,
      this.menuFor,
      this.detailsFor,
      this.#pendingFocus?.id,
    ]);
    const drawn = this.#progress.draw(this.#session.partners.ids, total, total, needed);
    const depths = columnDepths(
      TIERS.map((tier) => state.columns[tier].length),
      drawn,
    );
    const view: BoardView = {
      sort: state,
      partners: this.#session.partners,
      activeId,
      interactive,
      drop: this.#drag.target,
      menuFor: this.menuFor,
      movingId: lift?.id ?? dragged,
      locale: this.#i18n.locale,
      strings: this.strings,
      t: (key, params) => this.#t(key, params),
      tierLabel: this.#tierLabel,
    };
    const details = this.detailsFor === undefined ? undefined : this.#session.partners.get(this.detailsFor);
    const detailsPlace = details ? partnerPlace(state, details.id) : undefined;
    return html`<div class="frame" @keydown=${this.#onKeyDown}>
        ${renderToolbar({
          t: view.t,
          interactive,
          total,
          sorted: total - state.columns.unsorted.length,
          undoable: interactive && history !== undefined && canUndo(history) && !lift,
          redoable: interactive && history !== undefined && canRedo(history) && !lift,
          onUndo: () => {
            this.#step('undo', false);
          },
          onRedo: () => {
            this.#step('redo', false);
          },
        })}
        ${interactive ? html`<p id="instructions" class="instructions">${this.#t('cardsort.instructions')}</p>` : nothing}
        <div
          class=${classMap({ board: true, 'board--dragging': dragged !== undefined, 'board--long': this.#progress.long })}
          part="board"
          role="group"
          aria-label=${this.label || this.#t('cardsort.label')}
          aria-busy=${this.#progress.busy ? 'true' : nothing}
          @click=${this.#onClick}
          @focusin=${this.#onFocusIn}
          @focusout=${this.#onFocusOut}
        >
          ${TIERS.map((tier, column) => renderColumn(view, tier, depths[column] ?? 0))}
        </div>
      </div>
      <div class="ghost" part="drag-ghost" aria-hidden="true" ?hidden=${dragged === undefined}>
        ${dragged === undefined ? nothing : this.#session.partners.nameOf(dragged)}
      </div>
      ${renderPartnerDetails({
        partner: details,
        tier: detailsPlace ? this.#tierLabel(detailsPlace.tier) : undefined,
        locale: this.#i18n.locale,
        t: view.t,
        onClose: () => {
          const closed = this.detailsFor;
          this.detailsFor = undefined;
          if (closed !== undefined)
            this.#cardOf(closed)?.querySelector<HTMLElement>('[data-action="details"]')?.focus();
        },
      })} `;
  }
}

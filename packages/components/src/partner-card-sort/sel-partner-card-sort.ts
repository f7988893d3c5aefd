import {
  adoptStyles,
  html,
  nothing,
  type CSSResultOrNative,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import {
  isTier,
  parseCardSortTiers,
  parsePartnerCardSortData,
  parsePartnerCardSortDataInSteps,
  partnerPlace,
  TIERS,
  type CardSortMove,
  type CardSortState,
  type ParseResult,
  type PartnerCardSortData,
  type PartnerInventory,
  type PartnerWorkbook,
  type Tier,
  type TierAssignments,
} from '@sel/core';
import type { SelValidity } from '../shared/form.js';
import { RovingFocusController } from '../shared/roving-focus.js';
import { SelFormElement } from '../shared/sel-form-element.js';
import {
  cardControl,
  cardControlOf,
  cardElement,
  cardIdOf,
  boardStep,
  cardsNeeded,
  clickedControl,
  columnDepths,
  renderBoard,
  tabStop,
  type BoardView,
  type CardControl,
  type PendingFocus,
} from './board-layout.js';
import type { SelPartnerMoveCause } from './card-sort-events.js';
import { CardMovesLoader } from './card-moves-loader.js';
import { CardSortSession } from './card-sort-session.js';
import { CardSortWorkbook } from './card-sort-workbook.js';
import { MoveAnnouncements } from './move-announcements.js';
import { MoveMenuController } from './move-menu.js';
import { DetailsDialogLoader } from './details-loader.js';
import { partnerCardSortStyles } from './sel-partner-card-sort.styles.js';
import { cardSortStrings } from './card-sort-strings.js';
export type { SelWorkbookChangeDetail } from '../partner-workbook/workbook-change.js';

export type { SelPartnerMoveCause, SelPartnerMoveDetail } from './card-sort-events.js';

/**
 * A card sort of community partners into SEL tiers, as the SEL team does it around a table:
 * every partner starts unsorted and is moved into "clearly supports SEL", "could support SEL" or
 * "no apparent connection to SEL". Cards move by dragging (mouse, pen or touch), by keyboard
 * (Space to pick up, arrow keys, Space to drop, Escape to cancel) or through each card's "Move
 * to…" menu; every move is announced, and can be undone and redone (also with Ctrl/⌘+Z and
 * Shift+Ctrl/⌘+Z). Each card opens a dialog with the partner's full inventory entry. The moves
 * use `@sel/core`'s card sort, so no partner is ever lost or duplicated.
 *
 * Its `value` is every partner's tier by id (`{ "ymca": "clearly-supports", ... }`); set it to
 * show a saved sort. Inside a `<form>` the element submits it as JSON text under its `name`; a
 * form reset returns to the starting tiers. A `required` card sort is complete once every partner
 * is in one of the three tiers.
 *
 * @summary Sorts community partners into SEL tiers by drag, keyboard or menu, with undo and redo.
 * @tag sel-partner-card-sort
 *
 * @attr src - URL of a JSON file holding the partner inventory, or `{ "partners": [...], "assignments": {...} }`.
 * @attr assignments - Initial tiers as JSON, e.g. `{"ymca":"clearly-supports"}`; partners left out start unsorted.
 * @attr name - Form field name; the sort is submitted under it as JSON text.
 * @attr readonly - Shows the sort without allowing moves.
 * @attr disabled - Shows the sort without allowing moves, and leaves it out of the form.
 * @attr required - The form does not submit until every partner is in one of the three tiers.
 * @attr label - Accessible name of the board (default "Partner card sort").
 *
 * @prop {PartnerWorkbook | undefined} workbook - The partner workbook to sort (used when `partners` is not set); each move then also fires `sel-workbook-change`, as it does for a workbook given by `src` or inline JSON.
 *
 * @fires {SelWorkbookChangeDetail} sel-workbook-change - With a workbook (the `workbook` property, a `src` file or inline JSON): a partner moved; `detail.workbook` holds its new tier.
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
 * @cssprop --sel-card-sort-list-height - Maximum height of a column's card list before it scrolls (default `none`: columns grow with their cards).
 * @cssprop --sel-card-sort-column-min - Narrowest a column may get before the board wraps (default `14rem`).
 */
export class SelPartnerCardSort extends SelFormElement<PartnerCardSortData, TierAssignments> {
  static override styles = partnerCardSortStyles;
  // Seven rows of four columns of cards fill the first screen; the frame that draws them also
  // builds the sort of every partner (its starting tiers are checked in the frame before).
  protected static override progressive = { firstBatch: 28 };
  protected static override messages = cardSortStrings;

  static override properties: PropertyDeclarations = {
    partners: { attribute: false },
    workbook: { attribute: false },
    assignments: {},
    label: { type: String },
    activeId: { state: true },
    detailsFor: { state: true },
  };

  /** The partner inventory (validated with `@sel/core`'s `partnerInventorySchema`); wins over `src` and inline JSON. */
  partners: PartnerInventory | undefined;
  /** The partner workbook, sorted when `partners` is not set: its tiers are where partners start. */
  workbook: PartnerWorkbook | undefined;
  /**
   * Where partners start, by id (an object, or JSON text when set through the attribute). Wins
   * over assignments in the data file; setting it starts the sort again from these tiers, and a
   * form reset returns to them.
   */
  assignments: Readonly<TierAssignments> | string | null | undefined;
  /** Accessible name of the board (default "Partner card sort"). */
  label = '';

  /** The card holding the board's one Tab stop. */
  private activeId: string | undefined;
  /** The partner whose details dialog is open. */
  private detailsFor: string | undefined;

  readonly #session = new CardSortSession(this, () => {
    // A new sort (new data, a reset, a restore) drops a move under way.
    this.#moves.loaded?.keyboard.cancel();
    this.#moves.loaded?.drag.cancel();
    this.#menu.close();
  });
  readonly #say = new MoveAnnouncements(this.announcer, this.t, this.#session);
  readonly #menu = new MoveMenuController(this, (id) => this.#cardOf(id));
  /** The board's one Tab stop, moved between cards with the arrow keys, Home and End. */
  readonly #roving = new RovingFocusController<string>(this, {
    move: (key, from) => {
      const sort = this.#session.history?.state;
      return sort && boardStep(sort, key, from);
    },
    element: (id) => this.#control(id, 'main'),
  });
  /** Drag, keyboard lift and "Move to…" menu, loaded on the first sign of a move. */
  readonly #moves = new CardMovesLoader(this, {
    sort: () => this.#session.history?.state,
    root: () => this.renderRoot,
    say: this.#say,
    menu: this.#menu,
    commit: this.#commit.bind(this),
    cancelled: this.#cancelled.bind(this),
    focusOf: cardControlOf,
    step: (kind, target) => {
      this.#step(kind, cardIdOf(target) !== undefined);
    },
    focus: (id) => {
      this.#pendingFocus = { id, control: 'main' };
    },
    activate: (id) => {
      this.activeId = id;
    },
    interactive: () => this.interactive,
    adopt: this.#adopt.bind(this),
  });
  readonly #workbook = new CardSortWorkbook();
  readonly #details = new DetailsDialogLoader(this.#adopt.bind(this));
  /** Styles adopted with code loaded on demand. */
  readonly #loadedStyles: CSSResultOrNative[] = [];
  #pendingFocus: PendingFocus | undefined;

  /** Whether a move can be undone. */
  get canUndo(): boolean {
    return this.#session.can('undo');
  }

  /** Whether an undone move can be made again. */
  get canRedo(): boolean {
    return this.#session.can('redo');
  }

  /** Takes back the last move (as the Undo button does). */
  undo(): void {
    this.#step('undo', false);
  }

  /** Makes the last undone move again (as the Redo button does). */
  redo(): void {
    this.#step('redo', false);
  }

  protected override dataFromProperty(): unknown {
    return this.partners ?? this.workbook;
  }

  protected override parseData(raw: unknown): ParseResult<PartnerCardSortData> {
    return this.#workbook.remember(raw, parsePartnerCardSortData(raw));
  }

  protected override parseDataInSteps(raw: unknown): Iterator<unknown, ParseResult<PartnerCardSortData>, undefined> {
    return this.#workbook.rememberInSteps(raw, parsePartnerCardSortDataInSteps(raw));
  }

  /** The starting tiers of a thousand partners are checked in a frame of their own. */
  protected override prepareData(data: PartnerCardSortData): void {
    this.#session.checkAssignments(this.assignments, data);
  }

  /** An autosaved draft fits the same partners (by id), whatever their order or details. */
  protected override draftIdentity(data: PartnerCardSortData): unknown {
    return data.partners.map((partner) => partner.id).sort();
  }

  protected override readValue(): TierAssignments | undefined {
    return this.#session.tiers;
  }

  /** Shows `value` (no value: every partner unsorted); a value given before the data waits for it. */
  protected override writeValue(value: TierAssignments | undefined): void {
    // A value may come back (a restore) in the update that brings the data, before the sort has it.
    this.#syncSort();
    if (this.#session.history === undefined) return;
    this.#session.replace(this.#session.sortOf(value ?? {}));
    this.announcer.clear();
  }

  protected override defaultValue(): TierAssignments | undefined {
    return this.#session.startingValue();
  }

  protected override parseValue(raw: unknown, data: PartnerCardSortData): ParseResult<TierAssignments> {
    return parseCardSortTiers(
      raw,
      data.partners.map((partner) => partner.id),
    );
  }

  /** A required card sort is complete when every partner is in one of the three tiers. */
  protected override validateValue(value: TierAssignments | undefined): SelValidity | undefined {
    if (!this.required || (value && !Object.values(value).includes('unsorted'))) return undefined;
    return { flags: { valueMissing: true }, message: this.t('cardsort.required') };
  }

  protected override update(changed: PropertyValues): void {
    // The data of this update is known by now (controllers run between willUpdate and update).
    this.#syncSort();
    if (!this.interactive) this.#moves.loaded?.keyboard.cancel();
    super.update(changed);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && this.detailsFor !== undefined && !dialog.open && this.isConnected) dialog.showModal();
    const pending = this.#pendingFocus;
    this.#pendingFocus = undefined;
    if (pending) this.#control(pending.id, pending.control)?.focus();
  }

  /** Brings the sort up to date with the data and the starting tiers, reporting bad starting tiers. */
  #syncSort(): void {
    const data = this.dataSource.value;
    const issues = data && this.#session.sync(data, this.assignments);
    if (issues) this.reportIssues('assignments', issues);
  }

  // ---- moves ----------------------------------------------------------------------------------

  /** Adopts styles that came with code loaded on demand, after the element's own. */
  #adopt(styles: CSSResultOrNative): void {
    this.#loadedStyles.push(styles);
    if (this.renderRoot instanceof ShadowRoot) {
      adoptStyles(this.renderRoot, [...SelPartnerCardSort.elementStyles, ...this.#loadedStyles]);
    }
  }

  /** Moves a card, tells the form and listeners, and announces it. */
  #commit(id: string, to: Tier, index: number | undefined, cause: SelPartnerMoveCause): void {
    const move = this.#session.move(id, to, index);
    if (move) this.#made(move, cause);
    else this.#say.at('cardsort.announce.unchanged', id);
    this.activeId = id;
    this.#pendingFocus = { id, control: 'main' };
  }

  #step(kind: 'undo' | 'redo', focusCard: boolean): void {
    const moves = this.#moves.loaded;
    if (!this.interactive || moves?.keyboard.lift || moves?.drag.draggingId !== undefined || !this.#session.history)
      return;
    const move = this.#session.step(kind);
    if (!move) {
      this.#say.nothingTo(kind);
      return;
    }
    this.#made(move, kind);
    this.activeId = move.partnerId;
    if (focusCard) this.#pendingFocus = { id: move.partnerId, control: 'main' };
  }

  /** A move made: the form and listeners hear of it, and the live region says where the card is now. */
  #made(move: CardSortMove, cause: SelPartnerMoveCause): void {
    this.syncForm();
    this.#say.made(move, cause);
    this.emit('sel-partner-move', { ...move, cause });
    const data = this.dataSource.value;
    const changed = data && this.#workbook.move(data, this, move.partnerId, move.to);
    if (changed && 'edit' in changed) this.emit('sel-workbook-change', changed.edit);
    else if (changed) this.reportIssues('workbook', changed.issues);
  }

  /** A keyboard lift or a drag ended without a move: the card is back where it was. */
  #cancelled(id: string): void {
    this.#say.at('cardsort.announce.cancelled', id);
    this.#pendingFocus = { id, control: 'main' };
  }

  // ---- keyboard, clicks and focus --------------------------------------------------------------

  readonly #onKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || !(event.target instanceof HTMLElement)) return;
    const target = event.target;
    const moves = this.#moves.loaded;
    // The dialog keeps its own keys; while a pointer drags, the drag controller handles Escape.
    if (target.closest('dialog') || moves?.drag.draggingId !== undefined || this.#moves.keydown(event, target)) return;
    const menu = target.closest<HTMLElement>('[role="menu"]');
    const card = cardControlOf(target);
    if (menu && moves) {
      const closed = this.#menu.keydown(event, menu, moves.menuKey);
      if (closed !== undefined) this.#pendingFocus = { id: closed, control: 'menu-button' };
    } else if (card && this.#roving.keydown(event, card.id)) this.activeId = this.#roving.active;
  };

  readonly #onFocusIn = (event: FocusEvent): void => {
    const id = cardIdOf(event.target);
    if (id !== undefined && !this.#moves.loaded?.keyboard.lift) this.activeId = id;
  };

  readonly #onClick = (event: MouseEvent): void => {
    const clicked = clickedControl(event.target);
    if (!clicked) return;
    const { action, id, tier } = clicked;
    if (action === 'details') {
      this.#details.whenReady(() => {
        this.detailsFor = id;
      });
    } else if (action === 'menu' && this.interactive) {
      this.#moves.whenReady(() => {
        if (this.#menu.toggle(id)) this.#pendingFocus = { id, control: 'menu' };
      });
    } else if (action === 'move-to' && this.interactive && isTier(tier)) {
      this.#menu.close();
      this.#commit(id, tier, undefined, 'menu');
    }
  };

  #cardOf(id: string): HTMLElement | null {
    return cardElement(this.renderRoot, this.#session.partners.keyOf(id));
  }

  #control(id: string, control: CardControl): HTMLElement | null {
    return cardControl(this.renderRoot, this.#session.partners.keyOf(id), control);
  }

  // ---- rendering -------------------------------------------------------------------------------

  protected override render(): unknown {
    const state = this.#moves.loaded?.keyboard.lift?.preview ?? this.#session.history?.state;
    return html`
      <slot name="intro"></slot>
      ${this.renderDataState()} ${state === undefined ? nothing : this.#renderSort(state)} ${this.announcer.region()}
      ${this.renderProgressStatus('cardsort.drawing', 'cardsort.drawn')}
    `;
  }

  #renderSort(state: CardSortState): TemplateResult {
    const { interactive, t } = this;
    const partners = this.#session.partners;
    const total = partners.ids.length;
    const lift = this.#moves.loaded?.keyboard.lift;
    const dragged = this.#moves.loaded?.drag.draggingId;
    const activeId = tabStop(state, this.activeId);
    // Cards that a focus, a menu, a dialog or a drag needs are drawn now, however far down.
    const needed = cardsNeeded(state, [
      activeId,
      lift?.id,
      dragged,
      this.#menu.openFor,
      this.detailsFor,
      this.#pendingFocus?.id,
    ]);
    const drawn = this.progress.draw(partners.ids, total, total, needed);
    const depths = columnDepths(
      TIERS.map((tier) => state.columns[tier].length),
      drawn,
    );
    const view: BoardView = {
      sort: state,
      partners,
      activeId,
      interactive,
      drop: this.#moves.loaded?.drag.target,
      menuFor: this.#menu.openFor,
      movingId: lift?.id ?? dragged,
      locale: this.i18n.locale,
      strings: this.strings,
      t,
      tierLabel: this.#say.tierLabel,
      renderMenu: this.#moves.loaded?.renderMenu,
    };
    const details = this.detailsFor === undefined ? undefined : partners.get(this.detailsFor);
    const detailsPlace = details && partnerPlace(state, details.id);
    return html`${renderBoard(view, {
      depths,
      label: this.label || t('cardsort.label'),
      busy: this.progress.busy,
      long: this.progress.long,
      dragged,
      undoable: interactive && this.#session.can('undo') && !lift,
      redoable: interactive && this.#session.can('redo') && !lift,
      onUndo: () => {
        this.#step('undo', false);
      },
      onRedo: () => {
        this.#step('redo', false);
      },
      onKeyDown: this.#onKeyDown,
      onClick: this.#onClick,
      onFocusIn: this.#onFocusIn,
      onFocusOut: (event) => {
        this.#menu.focusout(event);
      },
    })}
    ${this.#details.render({
      partner: details,
      tier: detailsPlace ? this.#say.tierLabel(detailsPlace.tier) : undefined,
      locale: this.i18n.locale,
      t,
      onClose: () => {
        const closed = this.detailsFor;
        this.detailsFor = undefined;
        if (closed !== undefined) this.#control(closed, 'details')?.focus();
      },
    })} `;
  }
}

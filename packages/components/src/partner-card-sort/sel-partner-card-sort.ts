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
  checkPartnerCardSortData,
  checkPartnerCardSortDataInSteps,
  partnerPlace,
  TIERS,
  type CardSortState,
  type ParseResult,
  type PartnerCardSortData,
  type PartnerInventory,
  type PartnerWorkbook,
  type Tier,
  type TierAssignments,
} from '@sel/core';
import { dataLang } from '../shared/data-language.js';
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
import { CardMovesLoader } from './card-moves-loader.js';
import { CardSortSession } from './card-sort-session.js';
import { CardSortWorkbook } from './card-sort-workbook.js';
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
 * @csspart empty-state - What the card sort says when there are no partners to sort.
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
    const moves = this.#moves.loaded;
    moves?.keyboard.cancel();
    moves?.drag.cancel();
    moves?.menu.close();
  });
  /** A tier's label in the element's language. */
  readonly #tierLabel = (tier: Tier): string => this.t(`cardsort.tier.${tier}`);
  /** The board's one Tab stop, moved between cards with the arrow keys, Home and End. */
  readonly #roving = new RovingFocusController<string>(this, {
    move: (key, from) => {
      const sort = this.#session.history?.state;
      return sort && boardStep(this.#moves.loaded?.search.shown(sort) ?? sort, key, from);
    },
    element: (id) => this.#control(id, 'main'),
  });
  readonly #workbook = new CardSortWorkbook();
  /** Styles adopted with code loaded on demand. */
  readonly #loadedStyles: CSSResultOrNative[] = [];
  /** Adopts styles that came with code loaded on demand, after the element's own. */
  readonly #adopt = (styles: CSSResultOrNative): void => {
    this.#loadedStyles.push(styles);
    if (this.renderRoot instanceof ShadowRoot) {
      adoptStyles(this.renderRoot, [...SelPartnerCardSort.elementStyles, ...this.#loadedStyles]);
    }
  };
  /**
   * Drag, keyboard lift, "Move to…" menu, undo and redo, the search, and what they say, loaded on
   * the first sign of a move or the first key in the search field.
   */
  readonly #moves = new CardMovesLoader(this, {
    session: this.#session,
    announcer: this.announcer,
    words: () => ({ locale: this.i18n.locale, strings: this.strings }),
    tierLabel: this.#tierLabel,
    root: () => this.renderRoot,
    focusOf: cardControlOf,
    cardOf: (id) => cardElement(this.renderRoot, this.#session.partners.keyOf(id)),
    focus: (id, control = 'main') => {
      this.#pendingFocus = { id, control };
    },
    activate: (id) => {
      this.activeId = id;
    },
    interactive: () => this.interactive,
    data: () => this.dataSource.value,
    workbook: this.#workbook,
    sources: this,
    changed: (move, cause, workbook) => {
      this.syncForm();
      this.emit('sel-partner-move', { ...move, cause });
      if (workbook && 'edit' in workbook) this.emit('sel-workbook-change', workbook.edit);
      else if (workbook) this.reportIssues('workbook', workbook.issues);
    },
    adopt: this.#adopt,
  });
  readonly #details = new DetailsDialogLoader(this.#adopt);
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
    this.#step('undo');
  }

  /** Makes the last undone move again (as the Redo button does). */
  redo(): void {
    this.#step('redo');
  }

  protected override dataFromProperty(): unknown {
    return this.partners ?? this.workbook;
  }

  protected override parseData(raw: unknown): ParseResult<PartnerCardSortData> {
    return this.#workbook.remember(raw, checkPartnerCardSortData(raw));
  }

  protected override parseDataInSteps(raw: unknown): Iterator<unknown, ParseResult<PartnerCardSortData>, undefined> {
    return this.#workbook.rememberInSteps(raw, checkPartnerCardSortDataInSteps(raw));
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

  /** Undo or redo by button or method: made by the moves' code, loaded first when the page has none yet. */
  #step(kind: 'undo' | 'redo'): void {
    this.#moves.whenReady((moves) => {
      moves.step(kind, false);
    });
  }

  // ---- keyboard, clicks and focus --------------------------------------------------------------

  readonly #onKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || !(event.target instanceof HTMLElement)) return;
    const target = event.target;
    // The dialog keeps its own keys; while a pointer drags, the drag controller handles Escape.
    if (target.closest('dialog') || this.#moves.loaded?.drag.draggingId !== undefined) return;
    if (this.#moves.keydown(event, target)) return;
    const card = cardControlOf(target);
    if (card && this.#roving.keydown(event, card.id)) this.activeId = this.#roving.active;
  };

  /** New text in the search field, read by the search (loaded with the moves' code on the first key). */
  readonly #onSearch = (event: Event): void => {
    const field = event.target as HTMLInputElement;
    this.#moves.whenReady((moves) => {
      moves.search.on(field);
    });
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
      this.#details.whenReady(this.i18n.locale, () => {
        this.detailsFor = id;
      });
    } else if (action === 'menu' && this.interactive) {
      this.#moves.whenReady((moves) => {
        if (moves.menu.toggle(id)) this.#pendingFocus = { id, control: 'menu' };
      });
    } else if (action === 'move-to' && this.interactive && isTier(tier)) {
      this.#moves.loaded?.menu.close();
      this.#moves.loaded?.commit(id, tier, undefined, 'menu');
    }
  };

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
    const moves = this.#moves.loaded;
    const lift = moves?.keyboard.lift;
    const dragged = moves?.drag.draggingId;
    const menuFor = moves?.menu.openFor;
    const search = moves?.search.view(state);
    const activeId = tabStop(search?.shown ?? state, this.activeId);
    // Cards that a focus, a menu, a dialog or a drag needs are drawn now, however far down.
    const needed = cardsNeeded(state, [activeId, lift?.id, dragged, menuFor, this.detailsFor, this.#pendingFocus?.id]);
    const drawn = this.progress.draw(partners.ids, total, total, needed);
    const depths = columnDepths(
      TIERS.map((tier) => state.columns[tier].length),
      drawn,
    );
    const view: BoardView = {
      sort: state,
      filter: search?.filter,
      partners,
      activeId,
      interactive,
      drop: moves?.drag.target,
      menuFor,
      movingId: lift?.id ?? dragged,
      locale: this.i18n.locale,
      lang: dataLang(this.dataSource.value?.lang, this.i18n),
      strings: this.strings,
      t,
      tierLabel: this.#tierLabel,
      renderMenu: moves?.renderMenu,
    };
    const details = this.detailsFor === undefined ? undefined : partners.get(this.detailsFor);
    const detailsPlace = details && partnerPlace(state, details.id);
    return html`${renderBoard(view, {
      depths,
      label: this.label || t('cardsort.label'),
      busy: this.progress.busy,
      long: this.progress.long,
      dragged,
      history: moves?.renderHistory(),
      find: this.#onSearch,
      found: search?.status,
      ghost: moves?.renderGhost(),
      onKeyDown: this.#onKeyDown,
      onPointerDown: (event) => {
        this.#moves.pointerdown(event);
      },
      onClick: this.#onClick,
      onFocusIn: this.#onFocusIn,
      onFocusOut: (event) => {
        moves?.menu.focusout(event);
      },
    })}
    ${this.#details.render({
      // The board's language, words and overrides.
      ...view,
      partner: details,
      tier: detailsPlace ? this.#tierLabel(detailsPlace.tier) : undefined,
      onClose: () => {
        const closed = this.detailsFor;
        this.detailsFor = undefined;
        if (closed !== undefined) this.#control(closed, 'details')?.focus();
      },
    })} `;
  }
}

import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { partnerPlace, TIERS, type CardSortState, type Partner, type Tier } from '@sel/core';
import { partnerKindLabels } from '@sel/data';
import type { SelLocale, SelMessageKey, SelMessageParams, SelStringOverrides } from '../shared/i18n.js';
import { inLang, shownAndSaid, withParts } from '../shared/data-language.js';
import { GRID_KEYS, gridStep } from '../shared/list-navigation.js';
import type { CardDropTarget, CardGrab } from './card-drag.js';
import type { renderMoveMenu } from './move-menu-view.js';
import type { PartnerIndex } from './partner-index.js';

/**
 * The board of the card sort: four columns (tiers) of partner cards, drawn from the top of every
 * column down, and the questions asked of its DOM: which card a press grabs, where a point would
 * drop a card, which card element holds a partner.
 */

/**
 * Whether a key may begin a keyboard move (Space or Enter on a card's grip) or an undo or redo
 * (Ctrl/⌘ with Z or Y): what the board keeps while the code of moves loads, for the keyboard
 * move's reducer to read.
 */
export function beginsKeyboardMove(press: KeyboardEvent, target: EventTarget | null): boolean {
  if (press.altKey) return false;
  if (press.ctrlKey || press.metaKey) return /^[yz]$/i.test(press.key);
  return (press.key === ' ' || press.key === 'Enter') && cardControlOf(target)?.onGrip === true;
}

/** Looks up a string of the element's catalog. */
export type Translate = (key: SelMessageKey, params?: SelMessageParams) => string;

/** A card's second line: the kind of partner and its point of contact. */
export function partnerSummary(partner: Partner, locale: SelLocale, t: Translate): string {
  const kind = partnerKindLabels[partner.kind][locale];
  const contact = partner.partnerContact
    ? t('cardsort.card.contact', { name: partner.partnerContact.name })
    : t('cardsort.card.noContact');
  return `${kind} · ${contact}`;
}

/**
 * How many cards of each column (in `TIERS` order, of the given lengths) to draw so that `count`
 * are drawn in all: row by row across the board, so every column fills from its top.
 */
export function columnDepths(lengths: readonly number[], count: number): number[] {
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
export function cardsUpTo(lengths: readonly number[], column: number, index: number): number {
  return lengths.reduce((sum, length, c) => sum + Math.min(length, index) + (c <= column && length > index ? 1 : 0), 0);
}

/**
 * The card the board's focus moves to from card `from` for `key` (see `gridStep`): `from` itself
 * at the edge of the board, where the key is still the board's and the page does not scroll;
 * `undefined` for a key that does not move focus.
 */
export function boardStep(sort: CardSortState, key: string, from: string): string | undefined {
  const place = partnerPlace(sort, from);
  if (!place || !GRID_KEYS.has(key)) return undefined;
  const lengths = TIERS.map((tier) => sort.columns[tier].length);
  const to = gridStep(key, { column: TIERS.indexOf(place.tier), row: place.index }, lengths);
  const tier = to && TIERS[to.column];
  return (tier && sort.columns[tier][to.row]) ?? from;
}

/** The card holding the board's one Tab stop: `chosen` while the sort holds it, else the first card. */
export function tabStop(sort: CardSortState, chosen: string | undefined): string | undefined {
  if (chosen !== undefined && partnerPlace(sort, chosen)) return chosen;
  return TIERS.map((tier) => sort.columns[tier][0]).find((id) => id !== undefined);
}

/** How many cards to draw so that each of the partners `ids` (those in `sort`) is drawn. */
export function cardsNeeded(sort: CardSortState, ids: readonly (string | undefined)[]): number {
  const lengths = TIERS.map((tier) => sort.columns[tier].length);
  let needed = 0;
  for (const id of ids) {
    const place = id === undefined ? undefined : partnerPlace(sort, id);
    if (place) needed = Math.max(needed, cardsUpTo(lengths, TIERS.indexOf(place.tier), place.index));
  }
  return needed;
}

/**
 * What a column says under a search narrowing the board (the search hides the cards that do not
 * match, which keep their places): its count of matches and, when none of its cards match, that;
 * `undefined` for a column without cards, which says what it always does.
 */
export type BoardFilter = (tier: Tier) => readonly [count: string, empty: string | undefined] | undefined;

/** What the board shows beside the sort itself. */
export interface BoardView {
  readonly sort: CardSortState;
  /** The search narrowing the board, if any. */
  readonly filter: BoardFilter | undefined;
  readonly partners: PartnerIndex;
  /** The card holding the board's one Tab stop. */
  readonly activeId: string | undefined;
  /** Whether cards can move (not read-only, not disabled). */
  readonly interactive: boolean;
  /** Where a dragged card would land. */
  readonly drop: CardDropTarget | undefined;
  /** The card whose "Move to…" menu is open. */
  readonly menuFor: string | undefined;
  /** The card lifted with the keyboard or dragged. */
  readonly movingId: string | undefined;
  readonly locale: SelLocale;
  /** The `lang` of the partners' texts (`dataLang`). */
  readonly lang: string | typeof nothing;
  readonly strings: SelStringOverrides | undefined;
  readonly t: Translate;
  readonly tierLabel: (tier: Tier) => string;
  /** Draws an open "Move to…" menu (its code is loaded with the other moves, before a menu opens). */
  readonly renderMenu: typeof renderMoveMenu | undefined;
}

/** What the board's frame needs beside its {@link BoardView}: its state and its event handlers. */
export interface BoardFrame {
  /** How many cards of each column (in `TIERS` order) are drawn. */
  readonly depths: readonly number[];
  /** The accessible name of the board. */
  readonly label: string;
  /** While cards are still being drawn. */
  readonly busy: boolean;
  /** A long board, drawn over frames. */
  readonly long: boolean;
  /** The card a pointer drags. */
  readonly dragged: string | undefined;
  /** The undo and redo buttons, drawn by the moves' code once there is a move to take back. */
  readonly history: unknown;
  /** New text in the search field, and what the search says beside it. */
  readonly find: (event: Event) => void;
  readonly found: unknown;
  /** The copy of a dragged card that follows the pointer, drawn by the moves' code. */
  readonly ghost: unknown;
  readonly onKeyDown: (event: KeyboardEvent) => void;
  readonly onPointerDown: (event: PointerEvent) => void;
  readonly onClick: (event: MouseEvent) => void;
  readonly onFocusIn: (event: FocusEvent) => void;
  readonly onFocusOut: (event: FocusEvent) => void;
}

/**
 * The board: how many partners are sorted, the undo and redo buttons (or the read-only note), the
 * instructions, the four columns, and the ghost that follows a dragged card (those two come with
 * the moves' code).
 */
export function renderBoard(view: BoardView, frame: BoardFrame): TemplateResult {
  const { t, interactive, sort } = view;
  const total = view.partners.ids.length;
  const { dragged } = frame;
  // No partners: say so and what to do, instead of "0 of 0 partners sorted" over four empty columns.
  if (total === 0) return html`<p class="empty-board" part="empty-state">${t('cardsort.emptyBoard')}</p>`;
  // The search field is outside the frame, whose keys move cards: Ctrl+Z there undoes typing, and
  // Escape empties it (every browser does, with an input event).
  return html`<p class="search">
      <label>${t('cardsort.filter.label')} <input type="search" @input=${frame.find} /></label>
      ${frame.found}
    </p>
    <div class="frame" @keydown=${frame.onKeyDown}>
      <div class="toolbar" part="toolbar">
        <p class="progress">
          ${t('cardsort.progress', { count: total, sorted: total - sort.columns.unsorted.length })}
        </p>
        ${interactive ? frame.history : html`<p class="readonly-note">${t('cardsort.readonly')}</p>`}
      </div>
      ${interactive ? html`<p id="instructions" class="instructions">${t('cardsort.instructions')}</p>` : nothing}
      <div
        class=${classMap({ board: true, 'board--dragging': dragged !== undefined, 'board--long': frame.long })}
        part="board"
        role="group"
        aria-label=${frame.label}
        aria-busy=${frame.busy ? 'true' : nothing}
        @click=${frame.onClick}
        @pointerdown=${frame.onPointerDown}
        @focusin=${frame.onFocusIn}
        @focusout=${frame.onFocusOut}
      >
        ${TIERS.map((tier, column) => renderColumn(view, tier, frame.depths[column] ?? 0))}
      </div>
    </div>
    ${frame.ghost}`;
}

/**
 * One column of the board with the first `drawn` of its cards. Its card list has `tabindex="-1"`:
 * Firefox makes a list that scrolls a Tab stop of its own, even with cards inside; the cards'
 * roving focus already scrolls it, so a column stays one Tab stop.
 */
export function renderColumn(view: BoardView, tier: Tier, drawn: number): TemplateResult {
  const ids = view.sort.columns[tier];
  const drop = view.drop?.tier === tier ? view.drop : undefined;
  const [count, empty = ids.length === 0 ? view.t('cardsort.column.empty') : undefined] = view.filter?.(tier) ?? [
    view.t('cardsort.column.count', { count: ids.length }),
  ];
  return html`<div
    class=${classMap({ column: true, [`column--${tier}`]: true, 'column--drop': drop !== undefined })}
    part="column"
    role="group"
    data-tier=${tier}
    aria-labelledby="heading-${tier}"
  >
    <div class="column__header">
      <h3 id="heading-${tier}" class="column__heading" part="column-heading">${view.tierLabel(tier)}</h3>
      <p class="column__count">${count}</p>
    </div>
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
          const card: CardView = {
            id,
            tier,
            active: view.activeId === id,
            dropBefore: drop?.slot === index,
            menuOpen: view.menuFor === id && view.interactive,
            moving: view.movingId === id,
          };
          // A key press or a move changes a few cards; the others keep their DOM untouched
          // (what a card shows depends on exactly these values, not on its index, so cards
          // shifted by a move are not rendered again).
          return guard(
            [
              view.partners.get(id),
              view.partners.keyOf(id),
              tier,
              card.active,
              view.interactive,
              card.dropBefore,
              card.menuOpen,
              card.moving,
              view.locale,
              view.lang,
              view.strings,
            ],
            () => renderCard(view, card),
          );
        },
      )}
    </ol>
    ${empty ? html`<p class="column__empty">${empty}</p>` : nothing}
  </div>`;
}

interface CardView {
  readonly id: string;
  readonly tier: Tier;
  readonly active: boolean;
  readonly dropBefore: boolean;
  readonly menuOpen: boolean;
  readonly moving: boolean;
}

function renderCard(view: BoardView, card: CardView): TemplateResult {
  const { t, interactive } = view;
  const partner = view.partners.get(card.id);
  const key = view.partners.keyOf(card.id);
  const name = view.partners.nameOf(card.id);
  // The name heard inside each button's words, in its own language (no `aria-label`: see shownAndSaid).
  const said = { name: inLang(name, view.lang) };
  const tabIndex = card.active ? 0 : -1;
  return html`<li
    class=${classMap({ card: true, 'card--lifted': card.moving, 'card--drop-before': card.dropBefore })}
    part="card"
    data-id=${card.id}
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
              aria-describedby="card-${key}-meta instructions"
            >
              <span class="visually-hidden">${withParts(t, 'cardsort.card.move', said)}</span>
            </button>`
          : nothing
      }
      <div class="card__body">
        <span class="card__name" lang=${view.lang}>${name}</span>
        <span class="card__meta" id="card-${key}-meta"
          >${partner ? partnerSummary(partner, view.locale, t) : nothing}</span
        >
      </div>
      <div class="card__actions">
        <button
          type="button"
          data-action="details"
          ?data-primary=${!interactive}
          tabindex=${tabIndex}
          aria-haspopup="dialog"
        >
          ${shownAndSaid(t('cardsort.card.details'), withParts(t, 'cardsort.card.detailsLabel', said))}
        </button>
        ${
          interactive
            ? html`<button
                type="button"
                data-action="menu"
                tabindex=${tabIndex}
                aria-haspopup="menu"
                aria-expanded=${card.menuOpen ? 'true' : 'false'}
                id="card-${key}-move-to"
                aria-controls=${card.menuOpen ? `card-${key}-menu` : nothing}
              >
                ${shownAndSaid(t('cardsort.card.moveTo'), withParts(t, 'cardsort.card.moveToLabel', said))}
              </button>`
            : nothing
        }
      </div>
      ${
        card.menuOpen && view.renderMenu
          ? view.renderMenu({
              tier: card.tier,
              partnerKey: key,
              tierLabel: view.tierLabel,
            })
          : nothing
      }
    </div>
  </li>`;
}

// ---- the board's DOM -------------------------------------------------------------------------

/** The partner id of the card `target` is in, if any. */
export function cardIdOf(target: EventTarget | null): string | undefined {
  return target instanceof Element ? target.closest<HTMLElement>('li.card')?.dataset['id'] : undefined;
}

/** The card whose main control (its grip, or the details button of a read-only card) `target` is. */
export function cardControlOf(
  target: EventTarget | null,
): { readonly id: string; readonly onGrip: boolean } | undefined {
  if (!(target instanceof HTMLElement) || !target.hasAttribute('data-primary')) return undefined;
  const id = cardIdOf(target);
  return id === undefined ? undefined : { id, onGrip: target.dataset['action'] === 'grab' };
}

/**
 * The card a pointer press may drag: a press on a card's grip, or with a mouse or pen anywhere on
 * the card but its buttons and menu (they keep their own clicks). A finger elsewhere than the grip
 * scrolls the page instead.
 */
export function cardUnderPress(event: PointerEvent): CardGrab | undefined {
  if (!(event.target instanceof Element)) return undefined;
  const target = event.target;
  if (target.closest('button:not(.card__handle), [role="menu"]')) return undefined;
  const card = target.closest<HTMLElement>('li.card');
  const id = card?.dataset['id'];
  if (!card || id === undefined) return undefined;
  if (event.pointerType === 'touch' && !target.closest('.card__handle')) return undefined;
  return { id, element: card };
}

/** The card element of the partner numbered `key` (see {@link PartnerIndex.keyOf}). */
export function cardElement(root: ParentNode, key: number): HTMLElement | null {
  return key < 0 ? null : root.querySelector<HTMLElement>(`li[data-key="${key}"]`);
}

/** A control of a card: its main control (grip, or details on a read-only board), first menu item, menu button, details button. */
export type CardControl = 'main' | 'menu' | 'menu-button' | 'details';

/** A control of a card that focus goes to after the next render. */
export interface PendingFocus {
  readonly id: string;
  readonly control: CardControl;
}

/** The card control a click landed in: its `data-action`, its card's partner and the tier it names (a "Move to" item). */
export function clickedControl(
  target: EventTarget | null,
): { readonly action: string | undefined; readonly id: string; readonly tier: string | undefined } | undefined {
  const control = target instanceof Element ? target.closest<HTMLElement>('[data-action]') : null;
  const id = cardIdOf(control);
  if (!control || id === undefined) return undefined;
  return { action: control.dataset['action'], id, tier: control.dataset['tier'] };
}

const controlSelectors = {
  main: '[data-primary]',
  menu: '[role="menuitem"]',
  'menu-button': '[data-action="menu"]',
  details: '[data-action="details"]',
} as const satisfies Record<CardControl, string>;

/** The control `control` of the card of the partner numbered `key`, if that card is drawn. */
export function cardControl(root: ParentNode, key: number, control: CardControl): HTMLElement | null {
  return cardElement(root, key)?.querySelector<HTMLElement>(controlSelectors[control]) ?? null;
}

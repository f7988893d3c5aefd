import { css, type ReactiveControllerHost } from 'lit';
import type { CardSortState, Tier } from '@sel/core';
import { token } from '../shared/tokens.styles.js';
import type { cardControlOf } from './board-layout.js';
import { CardDragController } from './card-drag.js';
import type { SelPartnerMoveCause } from './card-sort-events.js';
import { KeyboardMoveController } from './keyboard-move-controller.js';
import type { MoveAnnouncements } from './move-announcements.js';
import type { MoveMenuController } from './move-menu.js';
import { moveMenuKey, renderMoveMenu } from './move-menu-view.js';

/*
 * The code of the card sort's moves, loaded on the first sign of one (a press on a card, a key
 * that picks one up, the first "Move to…" menu): a board's first paint needs none of it. It
 * imports nothing of the element's own modules (what it needs of them comes through `MoveBoard`),
 * so the bundler keeps them in the element's chunk.
 */

/** What the moves ask of the card sort: its sort, what it says, and what it does when a move ends. */
export interface MoveBoard {
  /** The sort as saved; `undefined` before there is one. */
  readonly sort: () => CardSortState | undefined;
  /** The shadow root the board is drawn in. */
  readonly root: () => ParentNode & Node;
  readonly say: MoveAnnouncements;
  /** The card whose main control `target` is, and whether that control is its grip. */
  readonly focusOf: typeof cardControlOf;
  readonly menu: MoveMenuController;
  /** Moves partner `id` (see the element's `#commit`). */
  readonly commit: (id: string, tier: Tier, index: number | undefined, cause: SelPartnerMoveCause) => void;
  /** A move ended without a move: the card is back where it was. */
  readonly cancelled: (id: string) => void;
  /** Undo or redo by a key pressed on `target`. */
  readonly step: (kind: 'undo' | 'redo', target: EventTarget | null) => void;
  /** Puts focus on partner `id`'s card after the next render. */
  readonly focus: (id: string) => void;
  /** Makes partner `id`'s card the board's Tab stop. */
  readonly activate: (id: string) => void;
}

/** The moves' controllers and the "Move to…" menu's view. */
export interface CardMoves {
  readonly keyboard: KeyboardMoveController;
  readonly drag: CardDragController;
  readonly menuKey: typeof moveMenuKey;
  readonly renderMenu: typeof renderMoveMenu;
}

/** The keyboard and drag controllers of a card sort, wired to its board. */
export function createCardMoves(host: ReactiveControllerHost, board: MoveBoard): CardMoves {
  const keyboard = new KeyboardMoveController(host, {
    sort: board.sort,
    focusOf: board.focusOf,
    onLift: (lift) => {
      board.menu.close();
      board.say.at('cardsort.announce.lifted', lift.id, lift.preview);
    },
    onOver: (lift, moved) => {
      if (moved) board.focus(lift.id);
      board.say.at('cardsort.announce.over', lift.id, lift.preview);
    },
    onDrop: (id, tier, index) => {
      board.commit(id, tier, index, 'keyboard');
    },
    onCancel: board.cancelled,
    onHistory: board.step,
  });
  const drag = new CardDragController(host, {
    root: board.root,
    sort: board.sort,
    onStart: (id) => {
      board.activate(id);
      board.menu.close();
      board.say.at('cardsort.announce.grabbed', id);
    },
    onOver: (id, target, previous) => {
      if (target && target.tier !== previous?.tier) board.say.overTier(id, target.tier);
    },
    onDrop: (id, to) => {
      if (to) board.commit(id, to.tier, to.index, 'pointer');
      else board.cancelled(id);
    },
    onCancel: board.cancelled,
  });
  return { keyboard, drag, menuKey: moveMenuKey, renderMenu: renderMoveMenu };
}

/** How a card looks while it moves: lifted, dragged (with its ghost), where it would drop, its menu. */
export const cardMoveStyles = css`
  .board--dragging {
    cursor: grabbing;
    user-select: none;
    -webkit-user-select: none;
  }

  .column--drop {
    outline: 2px dashed ${token('color-accent')};
    outline-offset: 2px;
  }

  .cards--drop-end::after {
    content: '';
    display: block;
    block-size: 0.25rem;
    border-radius: 0.125rem;
    background: ${token('color-accent')};
  }

  .card--drop-before::before {
    content: '';
    position: absolute;
    inset-block-start: -0.125rem;
    inset-inline: 0;
    block-size: 0.25rem;
    border-radius: 0.125rem;
    background: ${token('color-accent')};
  }

  .card--lifted .card__inner {
    border: 2px solid ${token('color-accent')};
    background: ${token('color-accent-surface')};
    box-shadow: 0 0.25rem 0.75rem rgb(0 0 0 / 0.2);
  }

  .board--dragging .card--lifted .card__inner {
    opacity: 0.55;
    box-shadow: none;
    border-style: dashed;
  }

  .menu {
    grid-area: menu;
    display: flex;
    flex-direction: column;
    gap: ${token('space-1')};
    padding: ${token('space-1')};
    border: 1px solid ${token('color-accent')};
    border-radius: ${token('radius')};
    background: ${token('color-surface')};
  }

  .menu button {
    text-align: start;
  }

  .menu button:focus {
    background: ${token('color-accent-surface')};
  }

  .ghost {
    position: fixed;
    inset-block-start: 0;
    inset-inline-start: 0;
    z-index: 10;
    padding: ${token('space-2')} ${token('space-3')};
    border: 2px solid ${token('color-accent')};
    border-radius: ${token('radius')};
    background: ${token('color-surface')};
    box-shadow: 0 0.5rem 1.5rem rgb(0 0 0 / 0.25);
    font-weight: 600;
    pointer-events: none;
  }

  .ghost[hidden] {
    display: none;
  }
  @media (forced-colors: active) {
    .menu,
    .ghost {
      border-color: CanvasText;
    }

    .card--lifted .card__inner,
    .column--drop {
      outline: 3px solid Highlight;
    }

    .card--drop-before::before,
    .cards--drop-end::after {
      background: Highlight;
    }
  }
`;

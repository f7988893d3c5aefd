import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CardSortMove, PartnerCardSortData, Tier } from '@sel/core';
import { loadStrings } from '../shared/i18n.js';
import { token } from '../shared/tokens.styles.js';
import type { CardControl, cardControlOf } from './board-layout.js';
import { CardDragController } from './card-drag.js';
import { CardSearch, searchStyles } from './card-filter.js';
import { cardMovesStrings } from './card-moves-strings.js';
import type { SelPartnerMoveCause } from './card-sort-events.js';
import type { CardSortWorkbook } from './card-sort-workbook.js';
import { KeyboardMoveController } from './keyboard-move-controller.js';
import { MoveAnnouncements, type AnnouncementsHost } from './move-announcements.js';
import { MoveMenuController } from './move-menu.js';
import { moveMenuKey, renderMoveMenu } from './move-menu-view.js';
import { moveIn, stepIn } from './session-moves.js';
import { workbookMove, type WorkbookMove, type WorkbookSources } from './workbook-move.js';

/*
 * The code of the card sort's moves, loaded on the first sign of one (a press on a card, a key
 * that picks one up, the first "Move to…" menu, an undo): a board's first paint needs none of it.
 * It makes the moves, says them, sends the workbook they change, and draws what only a board in
 * use shows (the undo and redo buttons, an open menu, the dragged card's ghost). It imports
 * nothing of the element's own modules but types (what it needs of them comes through
 * `MoveBoard`), so the bundler keeps them in the element's chunk.
 */

/** What the moves ask of the card sort: its sort, its live region, and what it does when a move is made. */
export interface MoveBoard extends AnnouncementsHost {
  /** The shadow root the board is drawn in. */
  readonly root: () => ParentNode & Node;
  /** The card whose main control `target` is, and whether that control is its grip. */
  readonly focusOf: typeof cardControlOf;
  /** The card element of partner `id`, if drawn. */
  readonly cardOf: (id: string) => HTMLElement | null;
  /** Whether cards may move (not read-only, not disabled). */
  readonly interactive: () => boolean;
  /** Puts focus on a control of partner `id`'s card (its grip by default) after the next render. */
  readonly focus: (id: string, control?: CardControl) => void;
  /** Makes partner `id`'s card the board's Tab stop. */
  readonly activate: (id: string) => void;
  /** The card sort's data, the workbook kept for it, and the properties it came from. */
  readonly data: () => PartnerCardSortData | undefined;
  readonly workbook: CardSortWorkbook;
  readonly sources: WorkbookSources;
  /** A move made: the form, `sel-partner-move` and `sel-workbook-change` (or the workbook's problems) hear of it. */
  readonly changed: (move: CardSortMove, cause: SelPartnerMoveCause, workbook: WorkbookMove) => void;
}

/** The moves' controllers and views, and the moves made by menu, undo and redo. */
export interface CardMoves {
  readonly keyboard: KeyboardMoveController;
  /** The search field's search: the cards it shows, and what the board says of them. */
  readonly search: CardSearch;
  readonly drag: CardDragController;
  readonly menu: MoveMenuController;
  readonly renderMenu: typeof renderMoveMenu;
  /** A key pressed on the board: a keyboard move's, an undo's or an open menu's; returns whether it was taken. */
  readonly keydown: (event: KeyboardEvent, target: HTMLElement) => boolean;
  /** Moves partner `id` to `to` (at `index`, else the end), says it and focuses its card. */
  readonly commit: (id: string, to: Tier, index: number | undefined, cause: SelPartnerMoveCause) => void;
  /** Undoes or redoes the last move; `focusCard` puts focus on the card moved. */
  readonly step: (kind: 'undo' | 'redo', focusCard: boolean) => void;
  /** The undo and redo buttons, once there is a move to undo or redo. */
  readonly renderHistory: () => TemplateResult | typeof nothing;
  /** The copy of a card that follows the pointer while it drags. */
  readonly renderGhost: () => TemplateResult;
}

/** The keyboard and drag controllers of a card sort, wired to its board, and the moves they make. */
export function createCardMoves(host: ReactiveControllerHost, board: MoveBoard): CardMoves {
  const say = new MoveAnnouncements(board);
  const search = new CardSearch(host, board);
  const menu = new MoveMenuController(host, board.cardOf);
  const { session } = board;
  const sort = () => session.history?.state;
  void loadStrings(board.words().locale, [cardMovesStrings])?.then(() => {
    host.requestUpdate();
  });
  const made = (move: CardSortMove, cause: SelPartnerMoveCause): void => {
    const data = board.data();
    board.changed(move, cause, data && workbookMove(board.workbook, data, board.sources, move.partnerId, move.to));
    say.made(move, cause);
  };
  const commit = (id: string, to: Tier, index: number | undefined, cause: SelPartnerMoveCause): void => {
    const move = moveIn(session, id, to, index);
    if (move) made(move, cause);
    else say.at('cardsort.announce.unchanged', id);
    board.activate(id);
    board.focus(id);
  };
  const cancelled = (id: string): void => {
    say.at('cardsort.announce.cancelled', id);
    board.focus(id);
  };
  const step = (kind: 'undo' | 'redo', focusCard: boolean): void => {
    if (!board.interactive() || keyboard.lift || drag.draggingId !== undefined || !session.history) return;
    const move = stepIn(session, kind);
    if (!move) {
      say.nothingTo(kind);
      return;
    }
    made(move, kind);
    board.activate(move.partnerId);
    if (focusCard) board.focus(move.partnerId);
  };
  const keyboard: KeyboardMoveController = new KeyboardMoveController(host, {
    sort,
    shows: (id) => search.shows(id),
    focusOf: board.focusOf,
    onLift: (lift) => {
      menu.close();
      say.at('cardsort.announce.lifted', lift.id, lift.preview);
    },
    onOver: (lift, moved) => {
      if (moved) board.focus(lift.id);
      say.at('cardsort.announce.over', lift.id, lift.preview);
    },
    onDrop: (id, tier, index) => {
      commit(id, tier, index, 'keyboard');
    },
    onCancel: cancelled,
    onHistory: (kind, target) => {
      step(kind, target instanceof Element && target.closest('li.card') !== null);
    },
  });
  const drag: CardDragController = new CardDragController(host, {
    root: board.root,
    sort,
    onStart: (id) => {
      board.activate(id);
      menu.close();
      say.at('cardsort.announce.grabbed', id);
    },
    onOver: (id, target, previous) => {
      if (target && target.tier !== previous?.tier) say.overTier(id, target.tier);
    },
    onDrop: (id, to) => {
      if (to) commit(id, to.tier, to.index, 'pointer');
      else cancelled(id);
    },
    onCancel: cancelled,
  });
  const keydown = (event: KeyboardEvent, target: HTMLElement): boolean => {
    if (keyboard.keydown(event)) return true;
    const open = target.closest<HTMLElement>('[role="menu"]');
    if (!open) return false;
    const closed = menu.keydown(event, open, moveMenuKey);
    if (closed !== undefined) board.focus(closed, 'menu-button');
    return true;
  };
  const renderHistory = (): TemplateResult | typeof nothing => {
    const lift = keyboard.lift !== undefined;
    const undoable = session.can('undo');
    const redoable = session.can('redo');
    // Shown once there is a move to take back: before that they would be two tab stops that do nothing.
    if (!undoable && !redoable) return nothing;
    return html`<div class="history-buttons">
      <button
        type="button"
        aria-disabled=${undoable && !lift ? 'false' : 'true'}
        aria-keyshortcuts="Control+Z Meta+Z"
        @click=${() => {
          step('undo', false);
        }}
      >
        ${say.word('cardsort.undo')}
      </button>
      <button
        type="button"
        aria-disabled=${redoable && !lift ? 'false' : 'true'}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
        @click=${() => {
          step('redo', false);
        }}
      >
        ${say.word('cardsort.redo')}
      </button>
    </div>`;
  };
  const renderGhost = (): TemplateResult => {
    const dragged = drag.draggingId;
    return html`<div class="ghost" part="drag-ghost" aria-hidden="true" ?hidden=${dragged === undefined}>
      ${dragged === undefined ? nothing : session.partners.nameOf(dragged)}
    </div>`;
  };
  return {
    keyboard,
    search,
    drag,
    menu,
    renderMenu: renderMoveMenu,
    keydown,
    commit,
    step,
    renderHistory,
    renderGhost,
  };
}

/** How a card looks while it moves: lifted, dragged (with its ghost), where it would drop, its menu; the search's count. */
export const cardMoveStyles = css`
  ${searchStyles}

  button[aria-disabled='true'] {
    border-style: dashed;
    color: ${token('color-text-muted')};
    cursor: not-allowed;
  }

  .history-buttons {
    display: flex;
    gap: ${token('space-2')};
  }

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
    position: fixed;
    inset: auto;
    z-index: 10;
    display: flex;
    flex-direction: column;
    gap: ${token('space-1')};
    box-sizing: border-box;
    margin: 0;
    padding: ${token('space-1')};
    border: 1px solid ${token('color-accent')};
    border-radius: ${token('radius')};
    background: ${token('color-surface')};
    color: ${token('color-text')};
    box-shadow: 0 0.25rem 0.75rem rgb(0 0 0 / 0.2);
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
  @media print {
    .history-buttons {
      display: none;
    }
  }

  @media (forced-colors: active) {
    button[aria-disabled='true'] {
      color: GrayText;
    }

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

import type { CSSResultOrNative, ReactiveControllerHost } from 'lit';
import { onDemand } from '../shared/on-demand.js';
import { beginsKeyboardMove, cardUnderPress } from './board-layout.js';
import type { CardGrab } from './card-drag.js';
import type { CardMoves, MoveBoard } from './card-moves.js';
import type { KeyPress } from './keyboard-move.js';

/** What the loader needs beside the {@link MoveBoard}: where styles go. */
export interface MoveLoaderBoard extends MoveBoard {
  /** Adopts the styles that come with the moves' code. */
  readonly adopt: (styles: CSSResultOrNative) => void;
}

/** The code of moves, once for the page: once it is here, every card sort on the page makes its moves at once. */
const cardMoves = onDemand(() => import('./card-moves.js'));

/** Loads the code of the card sort's moves for the page, once (again after a failed load). */
export const loadCardMoves = cardMoves.load;

/** A press heard while the drag code loads: what the pointer did since, replayed once it is here. */
interface WaitingPress {
  readonly down: PointerEvent;
  readonly grab: CardGrab;
  /** The last move, which is all a drag needs of the moves before it. */
  last?: PointerEvent;
  /** The release or cancel, if the pointer let go before the code arrived. */
  end?: PointerEvent;
}

const WAITING_EVENTS = ['pointermove', 'pointerup', 'pointercancel'] as const;

/**
 * Loads the card sort's moves (`card-moves.ts`: drag, keyboard lift, "Move to…" menu, undo and
 * redo, what they say) on the first sign of one: a press on a card, Space or Enter on a grip, an
 * undo key or button, a "Move to…" button.
 * Until they are here, the press and the keys are kept and handed over once they load, so a move
 * begun at once is not lost: a pressed card holds the pointer, and the press's last move and
 * release are replayed (a click stays a click).
 */
export class CardMovesLoader {
  readonly #host: ReactiveControllerHost;
  readonly #board: MoveLoaderBoard;
  #moves: CardMoves | undefined;
  /** Keys that begin or follow a keyboard move, pressed while its code loads. */
  #queued: { readonly press: KeyPress; readonly target: EventTarget | null }[] | undefined;
  /** A press kept while the drag's code loads. */
  #waiting: WaitingPress | undefined;

  constructor(host: ReactiveControllerHost, board: MoveLoaderBoard) {
    this.#host = host;
    this.#board = board;
  }

  /** A press on the board: handed to the drag when it grabs a card, its code loaded first. */
  pointerdown(event: PointerEvent): void {
    if (!event.isPrimary || event.button !== 0 || this.#waiting) return;
    const grab = this.#board.interactive() && !this.#moves?.keyboard.lift ? cardUnderPress(event) : undefined;
    if (!grab) return;
    const ready = this.ready();
    if (ready) {
      ready.drag.press(event, grab);
      return;
    }
    const waiting: WaitingPress = { down: event, grab };
    this.#waiting = waiting;
    const keep = (next: PointerEvent): void => {
      if (waiting.end || next.pointerId !== event.pointerId) return;
      if (next.type === 'pointermove') waiting.last = next;
      else waiting.end = next;
    };
    try {
      grab.element.setPointerCapture(event.pointerId);
    } catch {
      // The pointer is already gone (e.g. a synthetic event); its events still reach the card.
    }
    for (const type of WAITING_EVENTS) grab.element.addEventListener(type, keep);
    const stop = (): void => {
      this.#waiting = undefined;
      for (const type of WAITING_EVENTS) grab.element.removeEventListener(type, keep);
    };
    this.load().then(({ drag }) => {
      stop();
      if (!grab.element.isConnected) return;
      drag.press(waiting.down, waiting.grab);
      if (waiting.last) drag.replay(waiting.last);
      if (waiting.end) drag.replay(waiting.end);
    }, stop);
  }

  /** This card sort's moves, once made (after the first sign of a move). */
  get loaded(): CardMoves | undefined {
    return this.#moves;
  }

  /** This card sort's moves, made now when the page already has their code. */
  ready(): CardMoves | undefined {
    const module = cardMoves.loaded();
    if (!this.#moves && module) {
      this.#board.adopt(module.cardMoveStyles);
      this.#moves = module.createCardMoves(this.#host, this.#board);
      this.#host.requestUpdate();
    }
    return this.#moves;
  }

  /** This card sort's moves, loading their code first when the page does not have it yet. */
  async load(): Promise<CardMoves> {
    const ready = this.ready();
    if (ready) return ready;
    await loadCardMoves();
    return this.ready() as CardMoves;
  }

  /** Runs `action` with this card sort's moves: now when the page has their code, else once it loads. */
  whenReady(action: (moves: CardMoves) => void): void {
    const ready = this.ready();
    if (ready) action(ready);
    else this.load().then(action, () => undefined);
  }

  /**
   * A key pressed on the board: read by the keyboard controller, or, before it is here, kept when
   * it begins a move or an undo (with every key after it until the code arrives). Returns whether
   * the key was taken.
   */
  keydown(event: KeyboardEvent, target: HTMLElement): boolean {
    const moves = this.ready();
    if (moves) return moves.keydown(event, target);
    if (!this.#queued && !(beginsKeyboardMove(event, target) && this.#board.interactive())) return false;
    if (event.key !== 'Tab') event.preventDefault();
    const { key, shiftKey, ctrlKey, metaKey, altKey } = event;
    (this.#queued ??= []).push({ press: { key, shiftKey, ctrlKey, metaKey, altKey }, target });
    this.load().then(
      (moves) => {
        const queued = this.#queued ?? [];
        this.#queued = undefined;
        for (const { press, target: on } of queued) moves.keyboard.press({ ...press, preventDefault() {} }, on);
      },
      () => {
        this.#queued = undefined;
      },
    );
    return true;
  }
}

import type { CSSResultOrNative, ReactiveControllerHost } from 'lit';
import { beginsKeyboardMove, cardUnderPress } from './board-layout.js';
import type { CardMoves, MoveBoard } from './card-moves.js';
import { CardPressController } from './card-press.js';
import type { KeyPress } from './keyboard-move.js';

/** What the loader needs beside the {@link MoveBoard}: whether cards may move, and where styles go. */
export interface MoveLoaderBoard extends MoveBoard {
  readonly interactive: () => boolean;
  /** Adopts the styles that come with the moves' code. */
  readonly adopt: (styles: CSSResultOrNative) => void;
}

type CardMovesModule = typeof import('./card-moves.js');

/** The code of moves, once the page has it: every card sort on the page then makes its moves at once. */
let movesModule: CardMovesModule | undefined;
let movesLoading: Promise<CardMovesModule> | undefined;

/** Loads the code of the card sort's moves for the page, once (again after a failed load). */
export function loadCardMoves(): Promise<CardMovesModule> {
  movesLoading ??= import('./card-moves.js').then(
    (module) => (movesModule = module),
    (error: unknown) => {
      movesLoading = undefined;
      throw error;
    },
  );
  return movesLoading;
}

/**
 * Loads the card sort's moves (`card-moves.ts`: drag, keyboard lift, "Move to…" menu) on the first
 * sign of one: a press on a card, Space or Enter on a grip, an undo key, a "Move to…" button.
 * Until they are here, the press and the keys are kept and handed over once they load, so a move
 * begun at once is not lost.
 */
export class CardMovesLoader {
  readonly #host: ReactiveControllerHost;
  readonly #board: MoveLoaderBoard;
  #moves: CardMoves | undefined;
  /** Keys that begin or follow a keyboard move, pressed while its code loads. */
  #queued: { readonly press: KeyPress; readonly target: EventTarget | null }[] | undefined;

  constructor(host: ReactiveControllerHost, board: MoveLoaderBoard) {
    this.#host = host;
    this.#board = board;
    new CardPressController(host, {
      board: () => board.root().querySelector<HTMLElement>('.board'),
      grab: (event) => (board.interactive() && !this.#moves?.keyboard.lift ? cardUnderPress(event) : undefined),
      dragNow: () => this.ready()?.drag,
      drag: async () => (await this.load()).drag,
    });
  }

  /** This card sort's moves, once made (after the first sign of a move). */
  get loaded(): CardMoves | undefined {
    return this.#moves;
  }

  /** This card sort's moves, made now when the page already has their code. */
  ready(): CardMoves | undefined {
    if (!this.#moves && movesModule) {
      this.#board.adopt(movesModule.cardMoveStyles);
      this.#moves = movesModule.createCardMoves(this.#host, this.#board);
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
    if (moves) return moves.keyboard.keydown(event);
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

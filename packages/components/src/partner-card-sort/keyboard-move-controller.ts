import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CardSortState } from '@sel/core';
import {
  keyboardMove,
  takesKey,
  type KeyboardLift,
  type KeyboardMoveAction,
  type KeyboardMoveState,
} from './keyboard-move.js';

/** How a {@link KeyboardMoveController} reads the board. */
export interface KeyboardMoveOptions {
  /** The sort as saved; `undefined` before there is one. */
  readonly sort: () => CardSortState | undefined;
  /** The card whose main control `target` is, and whether that control is its grip. */
  readonly focusOf: (target: EventTarget | null) => KeyboardMoveState['focus'];
}

/**
 * Keeps the card lifted with the keyboard and reads the board's key presses with the
 * {@link keyboardMove} reducer: it takes the keys the board uses (so the browser does not scroll)
 * and holds the lift and its preview, rendering the host again when they change. The host does
 * what each action means beyond that: announcing it, making the move, moving focus.
 */
export class KeyboardMoveController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: KeyboardMoveOptions;
  #lift: KeyboardLift | undefined;

  constructor(host: ReactiveControllerHost, options: KeyboardMoveOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The card picked up and the sort as it would be if it were dropped now, if a card is lifted. */
  get lift(): KeyboardLift | undefined {
    return this.#lift;
  }

  /** Reads a `keydown` on the board; returns what it means (`pass` when the board leaves it alone). */
  keydown(event: KeyboardEvent): KeyboardMoveAction {
    const sort = this.#options.sort();
    if (!sort) return { kind: 'pass' };
    const action = keyboardMove({ sort, lift: this.#lift, focus: this.#options.focusOf(event.target) }, event);
    if (takesKey(action)) event.preventDefault();
    if (action.kind === 'lift' || action.kind === 'move' || action.kind === 'edge') this.#set(action.lift);
    else if (action.kind === 'drop' || action.kind === 'cancel') this.#set(undefined);
    return action;
  }

  /** Ends a lift without a move and without a word (new data, a reset, a read-only board). */
  cancel(): void {
    this.#set(undefined);
  }

  /** A host taken out of the page drops its lift: the card stays where it was. */
  hostDisconnected(): void {
    this.cancel();
  }

  #set(lift: KeyboardLift | undefined): void {
    if (lift === this.#lift) return;
    this.#lift = lift;
    this.#host.requestUpdate();
  }
}

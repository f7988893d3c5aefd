import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CardSortState, Tier } from '@sel/core';
import { keyboardMove, takesKey, type KeyboardLift, type KeyboardMoveState, type KeyPress } from './keyboard-move.js';

/** How a {@link KeyboardMoveController} reads the board and reports a move under way. */
export interface KeyboardMoveOptions {
  /** The sort as saved; `undefined` before there is one. */
  readonly sort: () => CardSortState | undefined;
  /** Whether a card shows (a search hides those that do not match; a lifted card passes them). */
  readonly shows: (id: string) => boolean;
  /** The card whose main control `target` is, and whether that control is its grip. */
  readonly focusOf: (target: EventTarget | null) => KeyboardMoveState['focus'];
  /** A card was picked up. */
  readonly onLift: (lift: KeyboardLift) => void;
  /** The lifted card moved in its preview (`moved`), or is already at the edge the key points to. */
  readonly onOver: (lift: KeyboardLift, moved: boolean) => void;
  /** The lifted card was put down where its preview has it (`index`: its final position). */
  readonly onDrop: (id: string, tier: Tier, index: number) => void;
  /** The lift ended without a move: the card is where it was. */
  readonly onCancel: (id: string) => void;
  /** Ctrl/⌘+Z (undo) or Shift+Ctrl/⌘+Z, Ctrl+Y (redo), pressed on `target`. */
  readonly onHistory: (kind: 'undo' | 'redo', target: EventTarget | null) => void;
}

/**
 * Keeps the card lifted with the keyboard and reads the board's key presses with the
 * {@link keyboardMove} reducer: it takes the keys the board uses (so the browser does not scroll),
 * holds the lift and its preview, rendering the host again when they change, and reports each
 * step of the move, as the drag controller reports a drag, for the host to announce it, make the
 * move and move focus.
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

  /** Reads a `keydown` on the board; returns whether it was a key of the move (else the board's focus or the browser has it). */
  keydown(event: KeyboardEvent): boolean {
    return this.press(event, event.target);
  }

  /**
   * Reads a key pressed on `target`: a `keydown` now, or one heard before this code was loaded
   * (whose default the host has already prevented).
   */
  press(event: KeyPress & Pick<KeyboardEvent, 'preventDefault'>, target: EventTarget | null): boolean {
    const sort = this.#options.sort();
    if (!sort) return false;
    const action = keyboardMove(
      { sort, lift: this.#lift, focus: this.#options.focusOf(target), shows: this.#options.shows },
      event,
    );
    if (takesKey(action)) event.preventDefault();
    const options = this.#options;
    switch (action.kind) {
      case 'pass':
        return false;
      case 'lift':
        this.#set(action.lift);
        options.onLift(action.lift);
        break;
      case 'move':
      case 'edge':
        this.#set(action.lift);
        options.onOver(action.lift, action.kind === 'move');
        break;
      case 'drop':
        this.#set(undefined);
        options.onDrop(action.id, action.tier, action.index);
        break;
      case 'cancel':
        this.#set(undefined);
        options.onCancel(action.id);
        break;
      default:
        options.onHistory(action.kind, target);
    }
    return true;
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

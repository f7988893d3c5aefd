import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CardDragController, CardGrab } from './card-drag.js';

/** How a {@link CardPressController} finds presses and the drag code. */
export interface CardPressOptions {
  /** The element presses are heard on (the board), looked up after every render. */
  readonly board: () => HTMLElement | null | undefined;
  /** The card a `pointerdown` may start dragging, or `undefined` to leave the event alone. */
  readonly grab: (event: PointerEvent) => CardGrab | undefined;
  /** The drag controller when the page already has its code. */
  readonly dragNow: () => Pick<CardDragController, 'press' | 'replay'> | undefined;
  /** The drag controller, its code loaded first. */
  readonly drag: () => Promise<Pick<CardDragController, 'press' | 'replay'>>;
}

/** A press heard while the drag code loads: what the pointer did since, replayed once it is here. */
interface WaitingPress {
  readonly down: PointerEvent;
  readonly grab: CardGrab;
  /** The last move, which is all a drag needs of the moves before it. */
  last: PointerEvent | undefined;
  /** The release or cancel, if the pointer let go before the code arrived. */
  end: PointerEvent | undefined;
}

/**
 * Hears presses on the board (one listener, the board's) and hands each press that grabs a card
 * to the drag controller. The drag's code loads on the first press: until it is here, the card
 * holds the pointer and the press's last move and release are kept, then replayed, so a drag made
 * at once is not lost and a click stays a click.
 */
export class CardPressController implements ReactiveController {
  readonly #options: CardPressOptions;
  #root: HTMLElement | undefined;
  #drag: Pick<CardDragController, 'press' | 'replay'> | undefined;
  #waiting: WaitingPress | undefined;

  constructor(host: ReactiveControllerHost, options: CardPressOptions) {
    this.#options = options;
    host.addController(this);
  }

  /** Listens for presses on the board again when the host comes back to the page. */
  hostConnected(): void {
    this.#listen();
  }

  /** Listens for presses on the board, the new one when a render replaced it. */
  hostUpdated(): void {
    this.#listen();
  }

  hostDisconnected(): void {
    this.#stopWaiting();
    this.#root?.removeEventListener('pointerdown', this.#onDown);
    this.#root = undefined;
  }

  #listen(): void {
    const root = this.#options.board() ?? undefined;
    if (this.#root === root) return;
    this.#root?.removeEventListener('pointerdown', this.#onDown);
    this.#root = root;
    root?.addEventListener('pointerdown', this.#onDown);
  }

  readonly #onDown = (event: PointerEvent): void => {
    if (!event.isPrimary || event.button !== 0 || this.#waiting) return;
    const grab = this.#options.grab(event);
    if (!grab) return;
    this.#drag ??= this.#options.dragNow();
    if (this.#drag) {
      this.#drag.press(event, grab);
      return;
    }
    const waiting: WaitingPress = { down: event, grab, last: undefined, end: undefined };
    this.#waiting = waiting;
    try {
      grab.element.setPointerCapture(event.pointerId);
    } catch {
      // The pointer is already gone (e.g. a synthetic event); its events still reach the card.
    }
    for (const type of ['pointermove', 'pointerup', 'pointercancel'] as const)
      grab.element.addEventListener(type, this.#onWaiting);
    this.#options.drag().then(
      (drag) => {
        this.#drag = drag;
        if (this.#waiting !== waiting) return;
        this.#stopWaiting();
        drag.press(waiting.down, waiting.grab);
        if (waiting.last) drag.replay(waiting.last);
        if (waiting.end) drag.replay(waiting.end);
      },
      () => {
        if (this.#waiting === waiting) this.#stopWaiting();
      },
    );
  };

  readonly #onWaiting = (event: PointerEvent): void => {
    const waiting = this.#waiting;
    if (!waiting || waiting.end || event.pointerId !== waiting.down.pointerId) return;
    if (event.type === 'pointermove') waiting.last = event;
    else waiting.end = event;
  };

  #stopWaiting(): void {
    const waiting = this.#waiting;
    this.#waiting = undefined;
    if (!waiting) return;
    for (const type of ['pointermove', 'pointerup', 'pointercancel'] as const)
      waiting.grab.element.removeEventListener(type, this.#onWaiting);
  }
}

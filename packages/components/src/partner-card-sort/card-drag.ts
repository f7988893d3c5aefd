import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Tier } from '@sel/core';

/**
 * Where a dragged card would land: a tier and a slot, the gap before the card shown at that
 * index (the column's length for "at the end"). Slots count the dragged card itself when it is
 * in that column, so the card's own slot and the one after it both mean "stay".
 */
export interface CardDropTarget {
  readonly tier: Tier;
  readonly slot: number;
}

/** A card a pointer went down on, and whether that pointer may drag it. */
export interface CardGrab {
  readonly id: string;
  readonly element: HTMLElement;
}

/** How the {@link CardDragController} reads the board and reports a drag. */
export interface CardDragOptions {
  /** The element presses are heard on (the board), looked up after every render. */
  readonly board: () => HTMLElement | null | undefined;
  /** The card a `pointerdown` may start dragging, or `undefined` to leave the event alone. */
  readonly grab: (event: PointerEvent) => CardGrab | undefined;
  /** The drop target under a viewport point, or `undefined` outside every column. */
  readonly hitTest: (x: number, y: number) => CardDropTarget | undefined;
  /** The scrollable list under a viewport point, scrolled when the pointer nears its edge. */
  readonly scrollerAt: (x: number, y: number) => HTMLElement | undefined;
  /** The floating copy of the card that follows the pointer (rendered by the host once dragging). */
  readonly ghost: () => HTMLElement | null | undefined;
  readonly onStart: (id: string) => void;
  /** The drop target changed from `previous` (the host is rendered again to show it). */
  readonly onOver: (id: string, target: CardDropTarget | undefined, previous: CardDropTarget | undefined) => void;
  /** The pointer was released; `target` is `undefined` when it was outside every column. */
  readonly onDrop: (id: string, target: CardDropTarget | undefined) => void;
  readonly onCancel: (id: string) => void;
}

/** How far (CSS px) a pointer must travel before a press turns into a drag, so clicks stay clicks. */
export const DRAG_THRESHOLD = 6;
/** Within this distance (CSS px) of a list's or the window's edge, a drag scrolls it. */
export const AUTO_SCROLL_EDGE = 40;
const AUTO_SCROLL_STEP = 14;

interface DragSession {
  readonly id: string;
  readonly element: HTMLElement;
  readonly pointerId: number;
  readonly startX: number;
  readonly startY: number;
  /** Where in the card the pointer took hold, so the ghost does not jump. */
  readonly offsetX: number;
  readonly offsetY: number;
  readonly width: number;
  x: number;
  y: number;
  dragging: boolean;
  target: CardDropTarget | undefined;
  frame: number;
}

function sameTarget(a: CardDropTarget | undefined, b: CardDropTarget | undefined): boolean {
  return a?.tier === b?.tier && a?.slot === b?.slot;
}

/**
 * Drags cards with Pointer Events, so mouse, pen and touch share one path: the card captures the
 * pointer, a press becomes a drag only past {@link DRAG_THRESHOLD}, hit-testing and auto-scroll
 * run at most once per animation frame, and the card itself stays in place (dimmed by the host)
 * while a ghost follows the pointer; Escape cancels. Listeners live on the board, and on the
 * captured card and the window only for the duration of a drag, never one per card. The host
 * renders again when a drag starts, its drop target changes and it ends, so it can draw
 * {@link draggingId} and {@link target}; a host that leaves the page ends its drag.
 */
export class CardDragController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: CardDragOptions;
  #session: DragSession | undefined;
  #root: HTMLElement | undefined;

  constructor(host: ReactiveControllerHost, options: CardDragOptions) {
    this.#host = host;
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

  #listen(): void {
    const root = this.#options.board() ?? undefined;
    if (this.#root === root) return;
    this.#root?.removeEventListener('pointerdown', this.#onDown);
    this.#root = root;
    root?.addEventListener('pointerdown', this.#onDown);
  }

  /** Stops listening and cancels a drag in progress. */
  hostDisconnected(): void {
    this.cancel();
    this.#root?.removeEventListener('pointerdown', this.#onDown);
    this.#root = undefined;
  }

  /** The id of the card being dragged (past the threshold), if any. */
  get draggingId(): string | undefined {
    return this.#session?.dragging ? this.#session.id : undefined;
  }

  /** The current drop target of the drag, if any. */
  get target(): CardDropTarget | undefined {
    return this.#session?.dragging ? this.#session.target : undefined;
  }

  /** Cancels the drag in progress (Escape); the card stays where it was. */
  cancel(): void {
    const session = this.#session;
    if (!session) return;
    this.#end(session);
    if (session.dragging) this.#options.onCancel(session.id);
  }

  readonly #onDown = (event: PointerEvent): void => {
    if (this.#session || !event.isPrimary || event.button !== 0) return;
    const grab = this.#options.grab(event);
    if (!grab) return;
    const rect = grab.element.getBoundingClientRect();
    const session: DragSession = {
      id: grab.id,
      element: grab.element,
      pointerId: event.pointerId,
      startX: event.clientX,
      startY: event.clientY,
      offsetX: event.clientX - rect.left,
      offsetY: event.clientY - rect.top,
      width: rect.width,
      x: event.clientX,
      y: event.clientY,
      dragging: false,
      target: undefined,
      frame: 0,
    };
    this.#session = session;
    try {
      grab.element.setPointerCapture(event.pointerId);
    } catch {
      // The pointer is already gone (e.g. a synthetic event); the drag still works without capture.
    }
    grab.element.addEventListener('pointermove', this.#onMove);
    grab.element.addEventListener('pointerup', this.#onUp);
    grab.element.addEventListener('pointercancel', this.#onCancelEvent);
    grab.element.addEventListener('lostpointercapture', this.#onCancelEvent);
  };

  readonly #onMove = (event: PointerEvent): void => {
    const session = this.#session;
    if (session?.pointerId !== event.pointerId) return;
    session.x = event.clientX;
    session.y = event.clientY;
    if (!session.dragging) {
      if (Math.hypot(session.x - session.startX, session.y - session.startY) < DRAG_THRESHOLD) return;
      session.dragging = true;
      // Focus may be anywhere (a press on a card does not focus it), so Escape is heard on the window.
      window.addEventListener('keydown', this.#onKey, true);
      this.#options.onStart(session.id);
      this.#host.requestUpdate();
    }
    event.preventDefault();
    this.#schedule(session);
  };

  readonly #onUp = (event: PointerEvent): void => {
    const session = this.#session;
    if (session?.pointerId !== event.pointerId) return;
    this.#end(session);
    if (!session.dragging) return;
    const target = this.#options.hitTest(event.clientX, event.clientY);
    this.#options.onDrop(session.id, target);
  };

  readonly #onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    this.cancel();
  };

  readonly #onCancelEvent = (event: PointerEvent): void => {
    if (this.#session?.pointerId !== event.pointerId) return;
    this.cancel();
  };

  #schedule(session: DragSession): void {
    if (session.frame !== 0) return;
    session.frame = requestAnimationFrame(() => {
      this.#tick(session);
    });
  }

  /** One frame of a drag: move the ghost, find the target, scroll near edges. */
  #tick(session: DragSession): void {
    session.frame = 0;
    if (this.#session !== session) return;
    const ghost = this.#options.ghost();
    if (ghost) {
      ghost.style.inlineSize = `${session.width}px`;
      ghost.style.transform = `translate(${session.x - session.offsetX}px, ${session.y - session.offsetY}px)`;
    }
    const target = this.#options.hitTest(session.x, session.y);
    const previous = session.target;
    if (!sameTarget(target, previous)) {
      session.target = target;
      this.#options.onOver(session.id, target, previous);
      this.#host.requestUpdate();
    }
    if (this.#autoScroll(session)) this.#schedule(session);
  }

  /** Scrolls the list or window under the pointer when it is near an edge; true when it scrolled. */
  #autoScroll(session: DragSession): boolean {
    let scrolled = false;
    const list = this.#options.scrollerAt(session.x, session.y);
    if (list && list.scrollHeight > list.clientHeight) {
      const rect = list.getBoundingClientRect();
      const step = this.#edgeStep(session.y, rect.top, rect.bottom);
      if (step !== 0) {
        const before = list.scrollTop;
        list.scrollTop += step;
        scrolled = list.scrollTop !== before;
      }
    }
    const view = document.documentElement;
    const step = this.#edgeStep(session.y, 0, view.clientHeight);
    if (step !== 0) {
      const before = window.scrollY;
      window.scrollBy(0, step);
      scrolled ||= window.scrollY !== before;
    }
    return scrolled;
  }

  #edgeStep(y: number, top: number, bottom: number): number {
    if (y < top + AUTO_SCROLL_EDGE && y >= top) return -AUTO_SCROLL_STEP;
    if (y > bottom - AUTO_SCROLL_EDGE && y <= bottom) return AUTO_SCROLL_STEP;
    return 0;
  }

  #end(session: DragSession): void {
    this.#session = undefined;
    if (session.dragging) this.#host.requestUpdate();
    if (session.frame !== 0) cancelAnimationFrame(session.frame);
    const { element } = session;
    element.removeEventListener('pointermove', this.#onMove);
    element.removeEventListener('pointerup', this.#onUp);
    element.removeEventListener('pointercancel', this.#onCancelEvent);
    element.removeEventListener('lostpointercapture', this.#onCancelEvent);
    window.removeEventListener('keydown', this.#onKey, true);
    if (element.hasPointerCapture(session.pointerId)) element.releasePointerCapture(session.pointerId);
  }
}

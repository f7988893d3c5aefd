import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isTier, partnerPlace, type CardSortState, type Tier } from '@sel/core';

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
  /** The shadow root the board is drawn in: where points are hit-tested and the ghost is found. */
  readonly root: () => ParentNode & Node;
  /** The sort as saved; `undefined` before there is one. */
  readonly sort: () => CardSortState | undefined;
  readonly onStart: (id: string) => void;
  /** The drop target changed from `previous` (the host is rendered again to show it). */
  readonly onOver: (id: string, target: CardDropTarget | undefined, previous: CardDropTarget | undefined) => void;
  /** The pointer was released: where the card lands, `undefined` outside every column. */
  readonly onDrop: (id: string, to: { readonly tier: Tier; readonly index: number } | undefined) => void;
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
 * while a ghost follows the pointer; Escape cancels. The board's press listener
 * (`CardMovesLoader.pointerdown`) hands each press over; listeners live on the captured card and the
 * window only for the duration of a drag, never one per card. The host renders again when a drag
 * starts, its drop target changes and it ends, so it can draw {@link draggingId} and
 * {@link target}; a host that leaves the page ends its drag. Loaded on the first press on a card.
 */
export class CardDragController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: CardDragOptions;
  #session: DragSession | undefined;

  constructor(host: ReactiveControllerHost, options: CardDragOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** A host taken out of the page ends its drag. */
  hostDisconnected(): void {
    this.cancel();
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

  /** A primary press on the card `grab` (it may become a drag); ignored while a drag is under way. */
  press(event: PointerEvent, grab: CardGrab): void {
    if (this.#session) return;
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
  }

  /** A pointer event heard before this code was loaded, handled as it would have been then. */
  replay(event: PointerEvent): void {
    if (event.type === 'pointermove') this.#onMove(event);
    else if (event.type === 'pointerup') this.#onUp(event);
    else this.#onCancelEvent(event);
  }

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
    const sort = this.#options.sort();
    const target = sort && dropTargetAt(this.#options.root(), sort, event.clientX, event.clientY);
    this.#options.onDrop(session.id, sort && target && dropPlace(sort, session.id, target));
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
    const root = this.#options.root();
    const ghost = root.querySelector<HTMLElement>('.ghost');
    if (ghost) {
      ghost.style.inlineSize = `${session.width}px`;
      ghost.style.transform = `translate(${session.x - session.offsetX}px, ${session.y - session.offsetY}px)`;
    }
    const sort = this.#options.sort();
    const target = sort && dropTargetAt(root, sort, session.x, session.y);
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
    const list = elementAt(this.#options.root(), session.x, session.y)?.closest<HTMLElement>('.cards');
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

// ---- where a point drops a card -----------------------------------------------------------

/** `ShadowRoot#elementFromPoint` exists in every engine but is missing from TypeScript's DOM types. */
function elementAt(root: Node, x: number, y: number): Element | null {
  const hitTester = root as Partial<Pick<Document, 'elementFromPoint'>>;
  return hitTester.elementFromPoint ? hitTester.elementFromPoint(x, y) : null;
}

/**
 * Where partner `id` ends up when dropped on `target`: a slot counts the card itself, so below its
 * own place in its own column the final index is one less. `undefined` for a partner not in the sort.
 */
export function dropPlace(
  sort: CardSortState,
  id: string,
  target: CardDropTarget,
): { readonly tier: Tier; readonly index: number } | undefined {
  const from = partnerPlace(sort, id);
  if (!from) return undefined;
  const index = target.tier === from.tier && target.slot > from.index ? target.slot - 1 : target.slot;
  return { tier: target.tier, index };
}

/**
 * Where a card dropped at a viewport point would land: before the card under the point (after
 * it, below its middle), at the top of a column over its heading, at the end elsewhere in it.
 */
export function dropTargetAt(root: Node, sort: CardSortState, x: number, y: number): CardDropTarget | undefined {
  const hit = elementAt(root, x, y);
  const tier = hit?.closest<HTMLElement>('.column')?.dataset['tier'];
  if (!hit || !isTier(tier)) return undefined;
  const card = hit.closest<HTMLElement>('li.card');
  const index = card ? partnerPlace(sort, card.dataset['id'] ?? '')?.index : undefined;
  if (card && index !== undefined) {
    const rect = card.getBoundingClientRect();
    if (y <= rect.top + rect.height / 2) return { tier, slot: index };
    // Below its middle: before the next card shown, past those a search hides, so the drop line shows.
    let slot = index + 1;
    for (
      let next = card.nextElementSibling;
      next instanceof HTMLElement && next.hidden;
      next = next.nextElementSibling
    ) {
      slot += 1;
    }
    return { tier, slot };
  }
  if (hit.closest('.column__header')) return { tier, slot: 0 };
  return { tier, slot: sort.columns[tier].length };
}

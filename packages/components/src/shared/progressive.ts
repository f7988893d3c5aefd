import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { SelMessageKey, SelMessageParams } from './i18n.js';

/** How a {@link ProgressiveController} splits a long list over frames. */
export interface ProgressiveOptions {
  /**
   * A list that weighs more than this (in rows of ordinary weight, see `draw`) is drawn over several
   * frames; a lighter one is drawn whole in one update. Default 150.
   */
  readonly threshold?: number;
  /** Weight drawn by the first update of a long list. Default 60. */
  readonly firstBatch?: number;
  /** Time each later frame aims to spend drawing rows, with their style and layout, in ms. Default 8. */
  readonly frameMs?: number;
  /**
   * Leaves the first frame after the first batch to the host: it adds no rows, so work the host
   * keeps out of the update that shows the list (the timeline's axis) has that frame to itself.
   * See {@link ProgressiveController.firstFramePassed}. Default false.
   */
  readonly hostFrame?: boolean;
  /** The clock batches are timed with (default `performance.now`); tests pass their own. */
  readonly now?: () => number;
  /** Runs `callback` before the next frame and returns a cancel function (default `requestAnimationFrame`). */
  readonly frame?: (callback: () => void) => () => void;
}

/** What a long list's polite status says: `shown` of `count` rows, or all of them once `shown === count`. */
export interface ProgressiveStatus {
  readonly shown: number;
  readonly count: number;
}

function nextFrame(callback: () => void): () => void {
  const id = requestAnimationFrame(callback);
  return () => {
    cancelAnimationFrame(id);
  };
}

/**
 * Draws a long list in frames, so a large rubric, inventory or timeline never holds the main
 * thread for long. The host asks, once per render, how many rows of its list to draw
 * ({@link draw}); a list that weighs up to `threshold` is drawn whole at once, exactly as a short
 * list always was. A heavier one gets a first batch, and then each animation frame adds a batch
 * sized from how long the last one took (its render, style and layout) per row, aiming at
 * `frameMs`, until every row is there. (The time per row includes the update around the rows, so
 * batch sizes settle where a whole frame takes about `frameMs`.) A new list (another object) starts over; the same list
 * keeps its rows across updates, so a rating or a move made while rows arrive redraws nothing else.
 *
 * The host marks the list `aria-busy` while {@link busy}, renders {@link status} in a polite live
 * region (see {@link progressStatus}: one message when drawing starts and one when it ends, not
 * one per frame), and exposes {@link complete} (as `renderComplete`). Taken out of the document,
 * the host stops drawing and goes on when it is put back.
 */
export class ProgressiveController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #threshold: number;
  readonly #firstBatch: number;
  readonly #frameMs: number;
  readonly #hostFrame: boolean;
  readonly #now: () => number;
  readonly #frame: (callback: () => void) => () => void;

  #list: object | undefined;
  #count = 0;
  #shown = 0;
  /** Rows drawn before the current update, to tell how many it added. */
  #drawnBefore = 0;
  #inFrames = false;
  /** Animation frames that came since the current list was first drawn. */
  #frames = 0;
  /** Rows the first batch drew, as the starting status says. */
  #firstShown = 0;
  #batch = 0;
  /** Milliseconds per row, as the batches drawn so far of the current list suggest. */
  #perRow = 0;
  #started = 0;
  #asked = false;
  #cancelFrame: (() => void) | undefined;
  #waiters: (() => void)[] = [];

  constructor(host: ReactiveControllerHost & HTMLElement, options: ProgressiveOptions = {}) {
    this.#host = host;
    this.#threshold = options.threshold ?? 150;
    this.#firstBatch = options.firstBatch ?? 60;
    this.#frameMs = options.frameMs ?? 8;
    this.#hostFrame = options.hostFrame ?? false;
    this.#now = options.now ?? (() => performance.now());
    this.#frame = options.frame ?? nextFrame;
    host.addController(this);
  }

  /** True while rows of the current list are still to be drawn. */
  get busy(): boolean {
    return this.#inFrames && this.#shown < this.#count;
  }

  /**
   * True while the current list is long enough to be drawn in frames, also once every row is there
   * (hosts mark such a list, e.g. to contain its rows off screen); false for a short list or none.
   */
  get long(): boolean {
    return this.#inFrames;
  }

  /**
   * False only in the update that shows a long list's first batch (and any re-render before the
   * next frame) while rows are still to come: what a host can leave out of that update, to draw it
   * in the next frame, waits until this is true. True for a list drawn at once, or none.
   */
  get firstFramePassed(): boolean {
    return this.#frames > 0 || !this.busy;
  }

  /** What to say about a list drawn in frames; `undefined` for a list drawn at once (or none). */
  get status(): ProgressiveStatus | undefined {
    if (!this.#inFrames) return undefined;
    return { shown: this.busy ? this.#firstShown : this.#count, count: this.#count };
  }

  /** Resolves once the host has rendered and every row of its current list is drawn. */
  get complete(): Promise<void> {
    return (async () => {
      await this.#host.updateComplete;
      while (this.busy) {
        await new Promise<void>((resolve) => this.#waiters.push(resolve));
        await this.#host.updateComplete;
      }
    })();
  }

  /**
   * How many of the `count` rows of `list` to draw in this render (its first rows, in order); call
   * it once per render that shows the list. `weight` is what the whole list costs in rows of
   * ordinary weight (default `count`), for rows much heavier than usual. `atLeast` makes sure that
   * many rows are drawn now, e.g. up to a row the keyboard moved to.
   */
  draw(list: object, count: number, weight = count, atLeast = 0): number {
    this.#asked = true;
    if (list !== this.#list) {
      this.#list = list;
      this.#inFrames = weight > this.#threshold;
      this.#shown = this.#inFrames ? Math.ceil((this.#firstBatch * count) / weight) : count;
      this.#firstShown = Math.min(count, Math.max(this.#shown, atLeast));
      this.#drawnBefore = 0;
      this.#frames = 0;
      this.#perRow = 0;
      this.#cancel();
    }
    this.#count = count;
    this.#shown = Math.min(count, Math.max(this.#shown, atLeast));
    return this.#shown;
  }

  hostConnected(): void {
    this.#schedule();
  }

  hostDisconnected(): void {
    this.#cancel();
  }

  hostUpdate(): void {
    this.#asked = false;
    this.#started = this.#now();
  }

  hostUpdated(): void {
    if (!this.#asked) {
      // The list is no longer shown (no data, or an error instead).
      this.#list = undefined;
      this.#inFrames = false;
      this.#cancel();
    }
    const added = this.#shown - this.#drawnBefore;
    if (this.#inFrames && added > 0) {
      // Style and layout of the new rows belong to the batch: run them now, inside the timing (the
      // frame that follows then has nothing left to lay out).
      if (this.#host.isConnected) this.#host.getBoundingClientRect();
      // The time per row rises at once with a slow batch and falls only by half with a fast one,
      // so one batch that happened to be quick does not make the next one too large.
      const measured = (this.#now() - this.#started) / added;
      const perRow = Math.max(measured, (this.#perRow + measured) / 2);
      this.#perRow = perRow;
      const fits = perRow > 0 ? Math.floor(this.#frameMs / perRow) : Infinity;
      // At most twice the last batch, so one fast measurement cannot cause a long frame; at least a
      // quarter of the first batch (whose size follows the rows' weight), so drawing goes on at a
      // steady pace even where the update around the rows alone outlasts the frame budget.
      this.#batch = Math.max(Math.ceil(this.#firstShown / 4), Math.min(fits, added * 2));
    }
    this.#drawnBefore = this.#shown;
    if (this.busy) this.#schedule();
    else {
      const waiters = this.#waiters;
      this.#waiters = [];
      for (const resolve of waiters) resolve();
    }
  }

  #schedule(): void {
    if (!this.busy || this.#cancelFrame) return;
    this.#cancelFrame = this.#frame(() => {
      this.#cancelFrame = undefined;
      this.#frames += 1;
      if (!(this.#hostFrame && this.#frames === 1)) this.#shown = Math.min(this.#count, this.#shown + this.#batch);
      this.#host.requestUpdate();
    });
  }

  #cancel(): void {
    this.#cancelFrame?.();
    this.#cancelFrame = undefined;
  }
}

/**
 * The polite live region of a list drawn in frames: `drawing` ("Showing {shown} of {count} ...")
 * once drawing starts, `drawn` ("Showing all {count} ...") once it ends, empty for a list drawn at
 * once. It is always rendered, so it exists before it has something to say; put it after the
 * element's other live regions.
 */
export function progressStatus(
  status: ProgressiveStatus | undefined,
  t: (key: SelMessageKey, params: SelMessageParams) => string,
  drawing: SelMessageKey,
  drawn: SelMessageKey,
): TemplateResult {
  const text = status ? t(status.shown < status.count ? drawing : drawn, { ...status }) : '';
  return html`<p class="visually-hidden" aria-live="polite">${text}</p>`;
}

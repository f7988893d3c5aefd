import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How an {@link EvidenceDraftController} hands typed evidence to its host. */
export interface EvidenceDraftOptions {
  /**
   * Saves the text of one evidence box with its indicator's rating. An indicator that has no level
   * yet keeps the text as its draft (the host leaves it; the draft is saved with the first level).
   */
  readonly save: (indicatorId: string, text: string) => void;
  /** Sends what was saved on at once (the form value), when the page hides or the element leaves. */
  readonly flush: () => void;
  /** Evidence was typed (not saved yet): the host may keep a draft of it. */
  readonly typed?: () => void;
}

/** An element with a shadow root of evidence boxes: `<textarea data-indicator="...">`. */
export type EvidenceDraftHost = ReactiveControllerHost &
  HTMLElement & { readonly renderRoot: ParentNode & EventTarget };

/**
 * Keeps the evidence a person is typing, per indicator, until it is saved with the rating, and
 * makes sure it is saved however the typing ends:
 *
 * - focus out of the box: WebKit fires `change` only when focus moves inside the page and the text
 *   differs from what it recorded at the last `change`, insertion or script write, so focus that
 *   leaves some other way carries no `change`;
 * - the page hidden (another tab or app, the page closing or going into the back-forward cache):
 *   focus that leaves that way may bring no `change` or `focusout`, and this is the last moment a
 *   page reliably gets to save its form;
 * - the element taken out of the document (a dialog or tab closed, a framework's view torn down):
 *   the box leaves with it, with no `change` and, in some browsers, no `focusout`.
 *
 * Saving is idempotent: after a `change` has saved the text, a later save finds nothing new. The
 * host's own `change` listener saves on `change`; drafts of indicators with no level yet stay
 * here (see {@link get}) until a level is chosen.
 */
export class EvidenceDraftController implements ReactiveController {
  readonly #host: EvidenceDraftHost;
  readonly #options: EvidenceDraftOptions;
  readonly #drafts = new Map<string, string>();

  constructor(host: EvidenceDraftHost, options: EvidenceDraftOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Keeps `text` as the draft of `indicatorId` (typed before this controller listened). */
  keep(indicatorId: string, text: string): void {
    this.#drafts.set(indicatorId, text);
  }

  /** The text typed for `indicatorId` and not yet saved, if any. */
  get(indicatorId: string): string | undefined {
    return this.#drafts.get(indicatorId);
  }

  /** Every draft, as `[indicatorId, text]`. */
  entries(): IterableIterator<[string, string]> {
    return this.#drafts.entries();
  }

  /** Forgets the draft of `indicatorId` (it was saved). */
  delete(indicatorId: string): void {
    this.#drafts.delete(indicatorId);
  }

  /** Forgets every draft (another assessment replaced the one being typed into). */
  clear(): void {
    this.#drafts.clear();
  }

  hostConnected(): void {
    this.#listen('addEventListener');
  }

  hostDisconnected(): void {
    this.#listen('removeEventListener');
    this.saveAll();
  }

  /** Saves the text of every box that holds a draft, then flushes. */
  saveAll(): void {
    if (this.#drafts.size === 0) return;
    for (const box of this.#host.renderRoot.querySelectorAll('textarea')) {
      const indicatorId = box.dataset['indicator'];
      if (indicatorId !== undefined && this.#drafts.has(indicatorId)) this.#options.save(indicatorId, box.value);
    }
    this.#options.flush();
  }

  /**
   * The one listener of the events it watches while the host is in the document: `input` (a
   * draft) and `focusout` (a save) from an evidence box, `pagehide` and `visibilitychange` to
   * hidden (save every draft).
   */
  handleEvent(event: Event): void {
    const box = event.target;
    if (event.type === 'pagehide' || event.type === 'visibilitychange') {
      if (event.type === 'pagehide' || document.visibilityState === 'hidden') this.saveAll();
      return;
    }
    const indicatorId = box instanceof HTMLTextAreaElement ? box.dataset['indicator'] : undefined;
    if (!(box instanceof HTMLTextAreaElement) || indicatorId === undefined) return;
    if (event.type === 'input') {
      this.#drafts.set(indicatorId, box.value);
      this.#options.typed?.();
    } else this.#options.save(indicatorId, box.value);
  }

  #listen(method: 'addEventListener' | 'removeEventListener'): void {
    window[method]('pagehide', this);
    document[method]('visibilitychange', this);
    this.#host.renderRoot[method]('input', this);
    this.#host.renderRoot[method]('focusout', this);
  }
}

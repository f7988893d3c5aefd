import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { AutosaveOptions } from './autosave-options.js';
import type { DraftKeeper } from './draft-keeper.js';

export type { AutosaveOptions, SelDraftAction, SelDraftDetail } from './autosave-options.js';

/** The page-wide opt-in: `<meta name="sel-autosave" content="on">` anywhere in the document. */
const PAGE_OPT_IN = 'meta[name="sel-autosave"]';

/**
 * The key an element's drafts are kept under, from its `autosave` attribute: a name given there is
 * the key; an empty attribute, or no attribute on a page that opts in once with
 * `<meta name="sel-autosave" content="on">`, derives one from the page path and the element's
 * `id` (else its `name`, else its position among elements of its kind); `off` (or no opt-in)
 * means no autosave.
 */
export function autosaveKey(host: Element, attribute: string | null): string | undefined {
  if (attribute === 'off') return undefined;
  if (attribute !== null && attribute.trim() !== '') return attribute.trim();
  if (attribute === null) {
    const content = host.ownerDocument.querySelector(PAGE_OPT_IN)?.getAttribute('content');
    if (content === null || content === undefined || content.trim() === 'off') return undefined;
  }
  const tag = host.localName;
  const own = host.id || host.getAttribute('name');
  const place = own ?? String([...host.ownerDocument.querySelectorAll(tag)].indexOf(host));
  return `${host.ownerDocument.location.pathname}#${tag}:${place}`;
}

/**
 * Opt-in autosave for a form element, as small as it can be on pages that do not use it: it works
 * out the element's key ({@link autosaveKey}) and, only when there is one, loads the draft keeper
 * (`import('./draft-keeper.js')`, with idb-keyval, the draft rules of `@sel/core` and the drafts'
 * words) and hands everything over to it. See `DraftKeeper` for what autosave does.
 */
export class AutosaveController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: AutosaveOptions;
  #key: string | undefined;
  /** The attribute and editability the key was last worked out from. */
  #keyInput: string | undefined;
  #keeper: DraftKeeper | undefined;
  #loading: Promise<DraftKeeper | undefined> | undefined;
  /** A change made while the keeper was loading. */
  #changed = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: AutosaveOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#keyInput = undefined;
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#switch(undefined);
  }

  hostUpdated(): void {
    const attribute = this.#options.attribute();
    const editable = this.#options.editable();
    const input = `${String(editable)} ${String(attribute)}`;
    if (input !== this.#keyInput) {
      this.#keyInput = input;
      const key = editable ? autosaveKey(this.#host, attribute) : undefined;
      if (key !== this.#key) this.#switch(key);
    }
    this.#keeper?.updated();
  }

  /** A person changed the value: the draft is written shortly. */
  changed(): void {
    if (this.#keeper) this.#keeper.changed();
    else if (this.#key !== undefined) this.#changed = true;
  }

  /** After a form reset: the draft is kept and offered again. */
  reset(): void {
    this.#changed = false;
    this.#keeper?.reset();
  }

  /** Deletes the draft. Never rejects. */
  async clear(): Promise<void> {
    this.#changed = false;
    const keeper = this.#keeper ?? (await this.#loading);
    await keeper?.clear(true);
  }

  /** The draft's question, notes and status, above the element's content. */
  render(): TemplateResult | typeof nothing {
    return this.#keeper?.render() ?? nothing;
  }

  #switch(key: string | undefined): void {
    this.#keeper?.stop();
    this.#keeper = undefined;
    this.#key = key;
    if (key === undefined) {
      this.#loading = undefined;
      this.#changed = false;
      return;
    }
    const loading = import('./draft-keeper.js').then(
      ({ DraftKeeper }) => {
        if (this.#loading !== loading) return undefined;
        const keeper = new DraftKeeper(this.#host, key, this.#options);
        this.#keeper = keeper;
        if (this.#changed) keeper.changed();
        this.#changed = false;
        return keeper;
      },
      () => {
        // The module could not be loaded (offline, a CDN that failed): no drafts, nothing thrown.
        if (this.#loading === loading) this.#options.emit({ action: 'unavailable', key, savedAt: undefined });
        return undefined;
      },
    );
    this.#loading = loading;
  }
}

/**
 * Deletes every draft @sel elements kept in this browser for this site (every key, and drafts
 * kept aside): for a "Sign out" or "Clear my drafts" button on a shared computer. Loads the draft
 * store on demand. Resolves `false` when there was no store to clear (IndexedDB unavailable);
 * never rejects.
 */
export async function clearSelDrafts(): Promise<boolean> {
  try {
    const { clearAllDrafts } = await import('./draft-store.js');
    return await clearAllDrafts();
  } catch {
    return false;
  }
}

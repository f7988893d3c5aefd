// Loaded with `import()` only when an element on the page autosaves: a page without autosave never
// downloads idb-keyval or the draft rules.
import { clear, createStore, del, get, set, update, type UseStore } from 'idb-keyval';
import {
  asideDraftKey,
  createDraft,
  dataFingerprint,
  judgeDraft,
  readDraftEnvelope,
  type DraftContext,
  type DraftEnvelope,
  type DraftVerdict,
} from '@sel/core';

/** The IndexedDB database and object store that hold every @sel draft of an origin. */
export const DRAFT_DATABASE = 'sel-drafts';
export const DRAFT_OBJECT_STORE = 'drafts';
/** The BroadcastChannel tabs of one origin tell each other about a key on. */
const CHANNEL = 'sel-drafts';
/** How long opening the database may take before drafts count as unavailable (a blocked open never ends). */
const OPEN_TIMEOUT_MS = 4_000;

let opened: Promise<UseStore> | undefined;

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`${what} did not answer within ${String(ms)} ms`));
    }, ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/**
 * The drafts store of this page, opened once and probed with a read: rejects when IndexedDB is
 * missing, refused (private browsing in some browsers, storage disabled) or blocked. A failed
 * open is tried again the next time an element asks.
 */
function openStore(): Promise<UseStore> {
  opened ??= (async () => {
    if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available in this browser');
    const store = createStore(DRAFT_DATABASE, DRAFT_OBJECT_STORE);
    await withTimeout(get('', store), OPEN_TIMEOUT_MS, 'IndexedDB');
    return store;
  })();
  opened.catch(() => {
    opened = undefined;
  });
  return opened;
}

/** What the tabs of one origin say to each other about a key. */
interface DraftMessageAbout {
  readonly key: string;
  readonly writer: string;
}
type DraftMessage =
  | (DraftMessageAbout & { readonly type: 'open' })
  | (DraftMessageAbout & { readonly type: 'here' })
  | (DraftMessageAbout & { readonly type: 'cleared' })
  | (DraftMessageAbout & { readonly type: 'saved'; readonly savedAt: string });

/** What a {@link DraftSession} hears from other tabs and windows with the same key. */
export interface DraftSessionListener {
  /** Another tab already has this key open (only the tab that opened later is told). */
  readonly elsewhere: () => void;
  /** Another tab saved a draft under this key at `savedAt`. */
  readonly savedElsewhere: (savedAt: string) => void;
  /** Another tab deleted the draft (a submit, a discard or "Clear draft"). */
  readonly clearedElsewhere: () => void;
}

/** What {@link DraftSession.save} did: when it saved, and the other tab's draft it replaced, if any. */
export interface DraftSaved {
  readonly savedAt: string;
  readonly replaced: DraftEnvelope | undefined;
}

/** Identifies data for a draft: a string is used as it is (`district@2.1`), anything else by its fingerprint. */
export function draftDataVersion(identity: unknown): string {
  return typeof identity === 'string' ? identity : dataFingerprint(identity);
}

/** `stored` if it is a draft envelope. */
function envelope(stored: unknown): DraftEnvelope | undefined {
  return readDraftEnvelope(stored);
}

function isDraftMessage(data: unknown): data is DraftMessage {
  return typeof data === 'object' && data !== null && 'type' in data && 'key' in data && 'writer' in data;
}

/**
 * One element's drafts under one key, in this browser's IndexedDB: reads and judges the draft
 * found there, saves (later save wins, and a save that replaces another tab's is reported),
 * deletes, sets aside, and tells other tabs with the same key what it does (BroadcastChannel).
 */
export class DraftSession {
  readonly key: string;
  readonly kind: string;
  readonly writer: string;
  readonly #store: UseStore;
  readonly #listener: DraftSessionListener;
  readonly #channel: BroadcastChannel | undefined;
  /** The newest save of this key this session knows about: its own, the one it read, or one another tab reported. */
  #known: number | undefined;

  private constructor(store: UseStore, key: string, kind: string, writer: string, listener: DraftSessionListener) {
    this.#store = store;
    this.key = key;
    this.kind = kind;
    this.writer = writer;
    this.#listener = listener;
    this.#channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : undefined;
    this.#channel?.addEventListener('message', this.#onMessage);
    this.#post({ type: 'open', key, writer });
  }

  /** Opens the store and starts a session; rejects when drafts cannot be kept in this browser. */
  static async open(key: string, kind: string, listener: DraftSessionListener): Promise<DraftSession> {
    const store = await openStore();
    const writer = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
    return new DraftSession(store, key, kind, writer, listener);
  }

  /**
   * Reads the draft under the key and judges it for `context` (core's `judgeDraft`). A draft to
   * drop is deleted; a draft of other data or another kind of element is moved aside (kept under
   * a key of its own, see `asideDraftKey`), so what is typed next does not overwrite it.
   */
  async check(context: Omit<DraftContext, 'now'>): Promise<DraftVerdict> {
    const stored = await get<unknown>(this.key, this.#store);
    const verdict = judgeDraft(stored, context);
    if (verdict.action === 'drop') await del(this.key, this.#store);
    else if (verdict.action === 'aside') await this.setAside(verdict.draft);
    else if (verdict.action !== 'none') this.#known = Date.parse(verdict.draft.savedAt);
    return verdict;
  }

  /** The draft under the key now, if it is one (for an offer made again after a form reset). */
  async read(): Promise<DraftEnvelope | undefined> {
    return envelope(await get<unknown>(this.key, this.#store));
  }

  /** Saves `value` as the draft of data `dataVersion`: the later save wins; one from another tab it replaced is reported. */
  async save(dataVersion: string, value: unknown): Promise<DraftSaved> {
    const draft = createDraft({ key: this.key, kind: this.kind, dataVersion, writer: this.writer, value });
    let replaced: DraftEnvelope | undefined;
    const known = this.#known;
    await update<unknown>(
      this.key,
      (old) => {
        replaced = undefined;
        const previous = envelope(old);
        if (
          previous &&
          previous.writer !== this.writer &&
          (known === undefined || Date.parse(previous.savedAt) > known)
        )
          replaced = previous;
        return draft;
      },
      this.#store,
    );
    this.#known = Date.parse(draft.savedAt);
    this.#post({ type: 'saved', key: this.key, writer: this.writer, savedAt: draft.savedAt });
    return { savedAt: draft.savedAt, replaced };
  }

  /** Deletes the draft under the key (drafts set aside stay). */
  async remove(): Promise<void> {
    await del(this.key, this.#store);
    this.#known = undefined;
    this.#post({ type: 'cleared', key: this.key, writer: this.writer });
  }

  /** Moves the draft under the key aside (a value that no longer fits the data it was saved for). */
  async setAside(draft: DraftEnvelope): Promise<void> {
    await set(asideDraftKey(draft), draft, this.#store);
    await del(this.key, this.#store);
  }

  /** Deletes a draft that was set aside. */
  async removeAside(draft: DraftEnvelope): Promise<void> {
    await del(asideDraftKey(draft), this.#store);
  }

  /** Stops listening to other tabs. */
  close(): void {
    this.#channel?.removeEventListener('message', this.#onMessage);
    this.#channel?.close();
  }

  #post(message: DraftMessage): void {
    try {
      this.#channel?.postMessage(message);
    } catch {
      // A closed channel: nobody to tell.
    }
  }

  readonly #onMessage = (event: MessageEvent<unknown>): void => {
    const message = event.data;
    if (!isDraftMessage(message) || message.key !== this.key || message.writer === this.writer) return;
    if (message.type === 'open') this.#post({ type: 'here', key: this.key, writer: this.writer });
    else if (message.type === 'here') this.#listener.elsewhere();
    else if (message.type === 'cleared') {
      this.#known = undefined;
      this.#listener.clearedElsewhere();
    } else {
      this.#known = Date.parse(message.savedAt);
      this.#listener.savedElsewhere(message.savedAt);
    }
  };
}

/**
 * Deletes every @sel draft kept in this browser for this origin (all keys, drafts set aside too):
 * what a "Clear drafts" button on a shared computer calls. Resolves `false` when there is no
 * store to clear (IndexedDB unavailable), never rejects.
 */
export async function clearAllDrafts(): Promise<boolean> {
  try {
    await clear(await openStore());
    return true;
  } catch {
    return false;
  }
}

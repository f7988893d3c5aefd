import { adoptStyles, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { DraftEnvelope } from '@sel/core';
import type { AutosaveOptions } from './autosave-options.js';
import { draftStyles } from './draft.styles.js';
import { draftDataVersion, DraftSession } from './draft-store.js';
import { renderDraft, type DraftPrompt as Prompt } from './draft-view.js';
import { formatMessage, type DraftMessageKey, type SelMessageParams } from './i18n.js';
import { draftEn, draftEs } from './strings/draft.js';

/** How long after a change the draft is written: long enough to let typing go on, short enough to lose nothing. */
export const AUTOSAVE_DELAY_MS = 400;

/** A one-line note about the drafts (another tab, storage that failed). */
interface Notice {
  readonly key: DraftMessageKey;
  readonly at?: string | undefined;
}

/**
 * Keeps what a person enters in a form element as a draft in this browser (IndexedDB), so a
 * reload, a crashed tab or a laptop that sleeps loses nothing. Loaded by `AutosaveController`
 * only for an element that has an autosave key.
 *
 * - When the data has arrived it reads the draft: one that differs from the value shown is
 *   offered ("Restore your unsaved changes from 3:42 PM?", Restore / Discard, announced), never
 *   applied without asking; one of other data (another rubric version, partner list) is kept
 *   aside and explained. No draft is written before that question is answered.
 * - After each change ({@link changed}) it writes the draft {@link AUTOSAVE_DELAY_MS} later, and at
 *   once when the page is hidden; writes are asynchronous and never hold up typing.
 * - A submit of the element's form that no script cancelled deletes the draft, as does
 *   {@link clear}; a form reset offers the draft again ({@link reset}) instead of deleting it.
 * - Two tabs on one key: the later one is told, and a save that replaces the other's is reported.
 * - Storage that fails (missing, private mode, full, blocked) turns autosave off with a note;
 *   nothing is thrown.
 */
export class DraftKeeper {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: AutosaveOptions;
  readonly #key: string;
  #status: 'off' | 'starting' | 'ready' | 'unavailable' = 'off';
  #session: DraftSession | undefined;
  /** The data version the stored draft was last checked for; no write happens before the check. */
  #checked: string | undefined;
  #checking = false;
  #prompt: Prompt | undefined;
  #notice: Notice | undefined;
  #savedAt: string | undefined;
  #dirty = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Counts starts, so a session opened for an old key or connection is closed. */
  #generation = 0;
  /** The data the version was last worked out for, and that version. */
  #version: { readonly data: unknown; readonly version: string } | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, key: string, options: AutosaveOptions) {
    this.#host = host;
    this.#key = key;
    this.#options = options;
    const root = host.shadowRoot;
    // The prompt's styles join the element's own, on the pages that autosave only.
    if (root) {
      const own = root.adoptedStyleSheets;
      adoptStyles(root, [...own, draftStyles]);
    }
    window.addEventListener('pagehide', this.#onHide);
    document.addEventListener('visibilitychange', this.#onHide);
    window.addEventListener('submit', this.#onSubmit);
    void this.#start();
  }

  /** Writes what is pending and lets go of the storage (the element left the page or its key changed). */
  stop(): void {
    window.removeEventListener('pagehide', this.#onHide);
    document.removeEventListener('visibilitychange', this.#onHide);
    window.removeEventListener('submit', this.#onSubmit);
    this.#flush();
    this.#generation += 1;
    this.#cancel();
    this.#session?.close();
    this.#session = undefined;
    this.#status = 'off';
  }

  /** After each render of the element: checks the stored draft once the data is there. */
  updated(): void {
    void this.#check();
  }

  /** A person changed the value: write the draft shortly (not before the stored one was checked and answered). */
  changed(): void {
    this.#dirty = true;
    this.#schedule();
  }

  /** After a form reset: the draft is kept, and offered again. */
  reset(): void {
    this.#cancel();
    this.#dirty = false;
    const session = this.#session;
    if (!session) return;
    void this.#guard(async () => {
      const draft = await session.read();
      if (!draft || session !== this.#session) return;
      this.#ask({ kind: 'offer', draft });
    });
  }

  /** Deletes the draft (the element's `clearDraft()`, a submit). */
  async clear(announce = true): Promise<void> {
    this.#cancel();
    this.#dirty = false;
    const session = this.#session;
    const key = this.#key;
    this.#savedAt = undefined;
    if (this.#prompt?.kind === 'offer') this.#prompt = undefined;
    this.#host.requestUpdate();
    if (!session) return;
    await this.#guard(async () => {
      await session.remove();
      if (announce) this.#options.announce(this.#t('draft.cleared'));
      this.#options.emit({ action: 'cleared', key, savedAt: undefined });
    });
  }

  async #start(): Promise<void> {
    const generation = ++this.#generation;
    this.#status = 'starting';
    try {
      const session = await DraftSession.open(this.#key, this.#host.localName, {
        elsewhere: () => {
          this.#note({ key: 'draft.elsewhere' });
        },
        savedElsewhere: (at) => {
          this.#note({ key: 'draft.savedElsewhere', at });
        },
        clearedElsewhere: () => {
          this.#savedAt = undefined;
          this.#note({ key: 'draft.clearedElsewhere' });
        },
      });
      if (generation !== this.#generation) {
        session.close();
        return;
      }
      this.#session = session;
      this.#status = 'ready';
      await this.#check();
    } catch (error) {
      if (generation === this.#generation) this.#fail(error);
    }
  }

  /** Reads and judges the stored draft once per data version, when the data is there. */
  async #check(): Promise<void> {
    const session = this.#session;
    const version = this.#dataVersion();
    if (this.#status !== 'ready' || !session || version === undefined || this.#checking) return;
    if (version === this.#checked) return;
    this.#checking = true;
    await this.#guard(async () => {
      const verdict = await session.check({ kind: session.kind, dataVersion: version, value: this.#options.value() });
      if (session !== this.#session) return;
      this.#checked = version;
      if (verdict.action === 'offer') this.#ask({ kind: 'offer', draft: verdict.draft });
      else if (verdict.action === 'aside') {
        this.#ask({ kind: 'aside', draft: verdict.draft, reason: verdict.reason });
        this.#options.emit({ action: 'set-aside', key: session.key, savedAt: verdict.draft.savedAt });
      } else if (verdict.action === 'current') this.#savedAt = verdict.draft.savedAt;
    });
    this.#checking = false;
    this.#schedule();
    this.#host.requestUpdate();
  }

  #ask(prompt: Prompt): void {
    this.#prompt = prompt;
    const at = this.#time(prompt.draft.savedAt);
    this.#options.announce(
      prompt.kind === 'offer'
        ? this.#t('draft.offer', { time: at })
        : this.#t(prompt.reason === 'data' ? 'draft.asideData' : 'draft.asideKind', { time: at }),
    );
    if (prompt.kind === 'offer')
      this.#options.emit({ action: 'offered', key: this.#key, savedAt: prompt.draft.savedAt });
    this.#host.requestUpdate();
  }

  #restore(draft: DraftEnvelope): void {
    const key = this.#key;
    this.#prompt = undefined;
    if (!this.#options.restore(draft.value)) {
      // Same data version, yet the value no longer fits: keep it aside rather than lose it.
      const session = this.#session;
      void this.#guard(async () => {
        await session?.setAside(draft);
      });
      this.#ask({ kind: 'aside', draft, reason: 'data' });
      return;
    }
    this.#savedAt = draft.savedAt;
    this.#options.announce(this.#t('draft.restored', { time: this.#time(draft.savedAt) }));
    this.#options.emit({ action: 'restored', key, savedAt: draft.savedAt });
    this.#schedule();
    this.#host.requestUpdate();
  }

  #discard(draft: DraftEnvelope): void {
    const session = this.#session;
    const key = this.#key;
    this.#prompt = undefined;
    this.#host.requestUpdate();
    if (!session) return;
    void this.#guard(async () => {
      await session.remove();
      this.#savedAt = undefined;
      this.#options.announce(this.#t('draft.discarded'));
      this.#options.emit({ action: 'discarded', key, savedAt: draft.savedAt });
      this.#schedule();
    });
  }

  #dismissAside(draft: DraftEnvelope, remove: boolean): void {
    const session = this.#session;
    this.#prompt = undefined;
    this.#host.requestUpdate();
    this.#schedule();
    if (!remove || !session) return;
    void this.#guard(async () => {
      await session.removeAside(draft);
    });
  }

  /** Plans the write of a pending change: not while the stored draft is unchecked or an offer is open. */
  #schedule(): void {
    if (!this.#dirty || this.#status !== 'ready' || this.#checked === undefined || this.#prompt?.kind === 'offer')
      return;
    if (document.visibilityState === 'hidden') {
      this.#flush();
      return;
    }
    this.#cancel();
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#flush();
    }, AUTOSAVE_DELAY_MS);
  }

  #cancel(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Writes a pending change now. */
  #flush(): void {
    this.#cancel();
    const session = this.#session;
    if (!this.#dirty || !session || this.#checked === undefined || this.#prompt?.kind === 'offer') return;
    const value = this.#options.value();
    const version = this.#dataVersion();
    if (value === undefined || version === undefined) return;
    this.#dirty = false;
    void this.#guard(async () => {
      const saved = await session.save(version, value);
      if (session !== this.#session) return;
      this.#savedAt = saved.savedAt;
      if (saved.replaced) this.#note({ key: 'draft.replaced', at: saved.replaced.savedAt });
      this.#host.requestUpdate();
    });
  }

  /** The version of the element's data for drafts, worked out once per data object. */
  #dataVersion(): string | undefined {
    const data = this.#options.data();
    if (data === undefined) return undefined;
    if (this.#version?.data !== data) {
      this.#version = { data, version: draftDataVersion(this.#options.dataIdentity(data)) };
    }
    return this.#version.version;
  }

  readonly #onHide = (event: Event): void => {
    if (event.type === 'pagehide' || document.visibilityState === 'hidden') this.#flush();
  };

  /** A submit of the element's own form that no script cancelled: the draft has served its purpose. */
  readonly #onSubmit = (event: Event): void => {
    if (event.defaultPrevented) return;
    const form = this.#options.form();
    if (form === null || event.target !== form) return;
    void this.clear(false);
  };

  #note(notice: Notice): void {
    this.#notice = notice;
    this.#options.announce(this.#message(notice));
    this.#host.requestUpdate();
  }

  /** Storage failed: the element keeps working, says drafts are not kept, and stops trying. */
  #fail(_error: unknown): void {
    const key = this.#key;
    this.#generation += 1;
    this.#cancel();
    this.#session?.close();
    this.#session = undefined;
    this.#status = 'unavailable';
    this.#prompt = undefined;
    this.#savedAt = undefined;
    this.#note({ key: 'draft.unavailable' });
    this.#options.emit({ action: 'unavailable', key, savedAt: undefined });
  }

  /** Runs a storage step; any failure (quota, a closed database, a blocked open) turns autosave off. */
  async #guard(step: () => Promise<void>): Promise<void> {
    try {
      await step();
    } catch (error) {
      this.#fail(error);
    }
  }

  #time(iso: string): string {
    const date = new Date(iso);
    const today = new Date().toDateString() === date.toDateString();
    return new Intl.DateTimeFormat(this.#options.locale(), {
      ...(today ? {} : { month: 'short', day: 'numeric' }),
      hour: 'numeric',
      minute: '2-digit',
    }).format(date);
  }

  /** The drafts' words in the element's language, with its `strings` overrides. */
  readonly #t = (key: DraftMessageKey, params?: SelMessageParams): string => {
    const locale = this.#options.locale();
    const message = this.#options.strings()?.[key] ?? (locale === 'es' ? draftEs : draftEn)[key];
    return formatMessage(locale, message, params);
  };

  #message({ key, at }: Notice): string {
    return this.#t(key, at === undefined ? undefined : { time: this.#time(at) });
  }

  /** The draft's question, notes and status, for the element to render above its content. */
  render(): TemplateResult | typeof nothing {
    if (this.#status === 'off') return nothing;
    const prompt = this.#prompt;
    return renderDraft({
      t: this.#t,
      time: (iso) => this.#time(iso),
      prompt,
      notice: this.#notice ? this.#message(this.#notice) : undefined,
      savedAt: this.#savedAt,
      onRestore: (draft) => {
        this.#restore(draft);
      },
      onDiscard: (draft) => {
        this.#discard(draft);
      },
      onAside: (draft, remove) => {
        this.#dismissAside(draft, remove);
      },
      onClear: () => void this.clear(),
    });
  }
}

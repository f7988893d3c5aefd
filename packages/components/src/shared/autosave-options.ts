import type { SelLocale, SelStringOverrides } from './i18n.js';

/** What happened to an element's draft, in `sel-draft`'s `detail.action`. */
export type SelDraftAction = 'offered' | 'restored' | 'discarded' | 'set-aside' | 'cleared' | 'unavailable';

/** `detail` of `sel-draft`: the element's autosaved draft was offered, restored, discarded, set aside or cleared. */
export interface SelDraftDetail {
  readonly action: SelDraftAction;
  /** The key the draft is kept under. */
  readonly key: string;
  /** When the draft concerned was saved (ISO 8601), when there is one. */
  readonly savedAt: string | undefined;
}

declare global {
  interface HTMLElementEventMap {
    'sel-draft': CustomEvent<SelDraftDetail>;
  }
}

/** What autosave needs from its element. */
export interface AutosaveOptions {
  /** The `autosave` attribute as it is now. */
  readonly attribute: () => string | null;
  /** Whether a person can change the value (no autosave on a read-only element). */
  readonly editable: () => boolean;
  /** The element's data, `undefined` while there is none. */
  readonly data: () => unknown;
  /** What identifies `data` for a draft: a version string (`district@2.1`), or data to fingerprint (a partner list). */
  readonly dataIdentity: (data: unknown) => unknown;
  /** The value to keep as the draft, or `undefined` when there is none. */
  readonly value: () => unknown;
  /** Checks a draft's value against the data and puts it on screen; false when it does not fit. */
  readonly restore: (value: unknown) => boolean;
  /** The `<form>` the element belongs to. */
  readonly form: () => HTMLFormElement | null;
  readonly locale: () => SelLocale;
  readonly strings: () => SelStringOverrides | undefined;
  readonly announce: (message: string) => void;
  readonly emit: (detail: SelDraftDetail) => void;
}

import type { ReactiveControllerHost } from 'lit';
import {
  loadStrings,
  translate,
  type LocaleController,
  type SelMessageKey,
  type SelMessageParams,
  type SelStringOverrides,
} from '../shared/i18n.js';
import type { SelStrings } from '../shared/strings/message.js';

/** How an element and its parts say a message. */
export type Translate = (key: SelMessageKey, params?: SelMessageParams) => string;

/** What {@link PartWords} needs of its element: drawing again, and its `strings`, which win over every part's words. */
export interface PartWordsHost extends ReactiveControllerHost {
  readonly strings: SelStringOverrides | undefined;
}

/**
 * The words of an element's parts loaded on first use (a dialog, an import panel): each part's
 * strings come with its code, so a page that never opens the part never downloads them. A part's
 * words are had in the element's language before the part is drawn ({@link add}), and again when
 * the language changes ({@link speak}).
 */
export class PartWords {
  readonly #host: PartWordsHost;
  readonly #i18n: LocaleController;
  readonly #parts: SelStrings[] = [];

  /** `i18n` is the element's language, and its own words for the keys no part loaded so far has. */
  constructor(host: PartWordsHost, i18n: LocaleController) {
    this.#host = host;
    this.#i18n = i18n;
  }

  /**
   * Adds a part's words; resolves once they are here in the element's language, `undefined` when
   * they are already (so a part whose words are here is drawn in the same update).
   */
  add(words: SelStrings): Promise<void> | undefined {
    if (!this.#parts.includes(words)) this.#parts.push(words);
    return loadStrings(this.#i18n.locale, this.#parts);
  }

  /** Call while drawing: when the element's language changed, loads the parts' words in it and draws again. */
  speak(): void {
    void loadStrings(this.#i18n.locale, this.#parts)?.then(() => {
      this.#host.requestUpdate();
    });
  }

  /** Says `key` from the words of the parts here, or as the element says it. */
  readonly t: Translate = (key, params) =>
    this.#parts.some((part) => key in part.en)
      ? translate(this.#i18n.locale, key, params, this.#host.strings, this.#parts)
      : this.#i18n.t(key, params);
}

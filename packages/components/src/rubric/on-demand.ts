import type { CSSResult, ReactiveElement } from 'lit';
import type { SelIssue } from '@sel/core';
import { loadStrings, type SelLocale } from '../shared/i18n.js';
import type { SelStrings } from '../shared/strings/message.js';
import { describeFailure } from './rubric-issues.js';

/** What a part loaded on demand may bring besides its code. */
export interface OnDemandPart {
  /** Styles added to the element's shadow root when the part arrives. */
  readonly styles?: readonly CSSResult[];
  /** The part's own words, had in the element's language before the part is used. */
  readonly words?: SelStrings;
}

/**
 * What an element loads on demand (team mode, growth, a long rubric's navigation, a required
 * rubric's marks) and the work those parts start (a fetch): the element is drawn again when each
 * is here, and its update completes only once all of them are, so `await element.updateComplete`
 * shows what they draw.
 */
export class OnDemand {
  readonly #host: ReactiveElement;
  readonly #locale: () => SelLocale;
  readonly #report: (group: string, issues: readonly SelIssue[]) => void;
  readonly #loading = new Set<Promise<void>>();
  /** The parts asked for so far, by name. */
  readonly #parts = new Set<string>();
  /** The parts that could not be loaded (offline, a blocked file), until they are tried again. */
  readonly #failed = new Set<string>();
  /** The words of the parts here. */
  readonly #words: SelStrings[] = [];

  /** `locale` is the language the element speaks; `report` is told of a part that could not be loaded. */
  constructor(
    host: ReactiveElement,
    locale: () => SelLocale,
    report: (group: string, issues: readonly SelIssue[]) => void,
  ) {
    this.#host = host;
    this.#locale = locale;
    this.#report = report;
  }

  /** Draws the element again once `loading` is done; its update completes after that. */
  readonly wait = (loading: Promise<void>): void => {
    this.#loading.add(loading);
    void loading.then(() => {
      this.#loading.delete(loading);
      this.#host.requestUpdate();
    });
  };

  /**
   * Loads the part `name` once (`load` imports it) and hands it to `use` once its styles are
   * adopted and its words are here. A part that cannot be loaded is reported in the group `name`,
   * at the path `name`.
   */
  load<T extends object>(name: string, load: () => Promise<T>, use: (part: T) => unknown): void {
    if (this.#parts.has(name)) return;
    this.#parts.add(name);
    this.wait(
      load()
        .then(async (part) => {
          const { styles, words }: OnDemandPart = part;
          const root = this.#host.shadowRoot;
          if (root && styles) {
            root.adoptedStyleSheets = [
              ...root.adoptedStyleSheets,
              ...styles.flatMap((style) => style.styleSheet ?? []),
            ];
          }
          if (words) this.#words.push(words);
          await loadStrings(this.#locale(), this.#words);
          await use(part);
          // Here after all (tried again): the error it left is taken away.
          this.#report(name, []);
        })
        .catch((error: unknown) => {
          this.#failed.add(name);
          this.#report(name, describeFailure(error, name));
        }),
    );
  }

  /**
   * Lets the part `name`, if it could not be loaded, be loaded by the next {@link load}. Call it on
   * a person's own action (a level chosen, evidence saved), never from an update: a page offline
   * would try again in a loop.
   */
  retry(name: string): void {
    if (this.#failed.delete(name)) this.#parts.delete(name);
  }

  /**
   * The words of the parts here in the language the element speaks: `undefined` when they are
   * loaded, else a promise of them. The element waits for it before each update, as for its own
   * strings, so a new language never shows a part's words in the old one first.
   */
  speak(): Promise<void> | undefined {
    return loadStrings(this.#locale(), this.#words);
  }

  /** Waits for the element's update (`update`) again and again until nothing is loading any more. */
  async settled(update: () => Promise<boolean>): Promise<boolean> {
    let done = await update();
    while (this.#loading.size > 0) {
      await Promise.all(this.#loading);
      done = await update();
    }
    return done;
  }
}

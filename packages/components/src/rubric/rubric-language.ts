import { mayTranslateRubric, type LocalizedRubric, type Rubric } from '@sel/core';
import type { OnDemand } from './on-demand.js';
import type * as Translation from '../shared/rubric-translation.js';

/**
 * The rubric in the language of the element (its `lang`, or the nearest ancestor's) where one of
 * the rubric's `translations` fits it, each text with the language it is in. The code that puts a
 * translation's texts in place loads the first time a translation fits, so an English page with
 * an English rubric never fetches it.
 */
export class RubricLanguage {
  readonly #loading: OnDemand;
  readonly #lang: () => string | undefined;
  #translation: typeof Translation | undefined;
  /** The last rubric translated, the language asked for, and the rubric as shown. */
  #last: readonly [Rubric, string, LocalizedRubric] | undefined;

  /** `lang` is the language declared around the element; `loading` loads the translation code. */
  constructor(loading: OnDemand, lang: () => string | undefined) {
    this.#loading = loading;
    this.#lang = lang;
  }

  /** The rubric as shown: `undefined` while the code that translates it is loading. */
  shown(rubric: Rubric): LocalizedRubric | undefined {
    const lang = this.#lang();
    // As written: every text in the rubric's own language (the view is kept while the rubric is).
    if (!mayTranslateRubric(rubric, lang)) return { rubric, translation: undefined, langOf: () => rubric.lang };
    const last = this.#last;
    if (last && last[0] === rubric && last[1] === lang) return last[2];
    const translation = this.#translation;
    if (!translation) {
      this.#loading.load(
        'translation',
        () => import('../shared/rubric-translation.js'),
        (part) => {
          this.#translation = part;
        },
      );
      return undefined;
    }
    const shown = translation.localizeRubric(rubric, lang);
    this.#last = [rubric, lang, shown];
    return shown;
  }
}

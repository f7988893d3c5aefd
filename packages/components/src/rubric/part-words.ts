import type { LocaleController, SelStringOverrides } from '../shared/i18n.js';

/**
 * Where a part of `<sel-rubric>` loaded on demand says its own words: in the element's language,
 * with the element's `strings` first.
 */
export interface PartWords {
  readonly i18n: LocaleController;
  /** The element's `strings`. */
  readonly strings: SelStringOverrides | undefined;
}

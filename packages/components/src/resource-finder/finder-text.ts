import type { nothing } from 'lit';
import type { Resource } from '@sel/core';
import type { SelLocale, SelMessageKey, SelMessageParams } from '../shared/i18n.js';

/** What the finder's templates need to write text in the element's language. */
export interface FinderText {
  readonly locale: SelLocale;
  readonly t: (key: SelMessageKey, params?: SelMessageParams) => string;
  readonly formatNumber: (value: number) => string;
  /** A tag's label in the element's language, from the catalog's vocabulary. */
  readonly tagLabel: (slug: string) => string;
  /** The `lang` of a resource's title (`dataLang` of its `lang`, English when absent). */
  readonly titleLang: (resource: Resource) => string | typeof nothing;
}

const listFormats = new Map<string, Intl.ListFormat>();

/** "1, 2 and 4" / "1, 2 y 4": items joined as the language joins a list. */
export function joinList(items: readonly string[], locale: SelLocale): string {
  let format = listFormats.get(locale);
  if (format === undefined) {
    format = new Intl.ListFormat(locale, { type: 'conjunction' });
    listFormats.set(locale, format);
  }
  return format.format(items);
}

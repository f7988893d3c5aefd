import { html, nothing, type TemplateResult } from 'lit';
import type { SelMessageKey, SelMessageParams } from './i18n.js';

/** What {@link dataLang} needs of an element's language (its `LocaleController`). */
export interface SpokenLanguage {
  /** The language the element's own words are in. */
  readonly locale: string;
  /** The language declared around the element, when one is. */
  readonly declared?: string | undefined;
}

/**
 * The `lang` an element puts on the texts of its data: the data's own tag when it names another
 * language than the one the element speaks (`en` data in an element speaking `es`), so screen
 * readers switch voice (WCAG 3.1.2); `nothing` when the two match. Data that does not say its
 * language is taken to be in the page's: unmarked, unless the element's words are marked in
 * another (`uiLang`: English words on a French page), where it gets the page's `lang` back.
 */
export function dataLang(tag: string | undefined, speaks: SpokenLanguage): string | typeof nothing {
  const lang = tag ?? speaks.declared;
  return lang === undefined || lang.split('-', 1)[0]?.toLowerCase() === speaks.locale ? nothing : lang;
}

/**
 * The `lang` of a resource's title ({@link dataLang}): a resource that does not say its language
 * is English, as its summary's `en` is.
 */
export function titleLang(
  resource: { readonly lang?: string | undefined },
  speaks: SpokenLanguage,
): string | typeof nothing {
  return dataLang(resource.lang ?? 'en', speaks);
}

/** A text of the data in its own language: in a `<span lang>` when `lang` (from {@link dataLang}) is set. */
export function inLang(text: string, lang: string | typeof nothing): string | TemplateResult {
  return lang === nothing ? text : html`<span lang=${lang}>${text}</span>`;
}

/**
 * A control's words as seen (`shown`, hidden from screen readers) and as heard (`said`, e.g. "Edit
 * Acme Partners" with the name in its own language from {@link withParts}): a `lang` cannot mark
 * part of an `aria-label`, so the sentence is the control's hidden content instead. The name heard
 * still holds the words seen (WCAG 2.5.3). Needs the shared `.visually-hidden` class.
 */
export function shownAndSaid(shown: string, said: unknown): TemplateResult {
  return html`<span aria-hidden="true">${shown}</span><span class="visually-hidden">${said}</span>`;
}

/**
 * A translated message whose parameters may be templates (a `<time>`, a data text in its own
 * language from {@link inLang}): the message is split around its text and template parameters,
 * so each keeps its markup; numbers are written for the locale by `t`.
 */
export function withParts<K extends string = SelMessageKey>(
  t: (key: K, params?: SelMessageParams) => string,
  key: K,
  parts: Readonly<Record<string, string | number | TemplateResult>>,
): (string | TemplateResult)[] {
  const pieces: (string | TemplateResult)[] = [];
  const params: Record<string, string | number> = {};
  for (const [name, part] of Object.entries(parts))
    params[name] = typeof part === 'number' ? part : `\u0000${pieces.push(part) - 1}\u0000`;
  return t(key, params)
    .split('\u0000')
    .map((piece, i) => (i % 2 === 0 ? piece : (pieces[Number(piece)] ?? piece)));
}

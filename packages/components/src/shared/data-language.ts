import { html, nothing, type TemplateResult } from 'lit';
import type { SelMessageKey, SelMessageParams } from './i18n.js';

/**
 * The `lang` an element puts on the texts of its data: the data's own tag when it names another
 * language than the one the element speaks (`en` data in an element speaking `es`), so screen
 * readers switch voice (WCAG 3.1.2); `nothing` when the two match, and when the data does not say
 * its language (no guess is made).
 */
export function dataLang(tag: string | undefined, locale: string): string | typeof nothing {
  return tag === undefined || tag.split('-', 1)[0]?.toLowerCase() === locale ? nothing : tag;
}

/** A text of the data in its own language: in a `<span lang>` when `lang` (from {@link dataLang}) is set. */
export function inLang(text: string, lang: string | typeof nothing): string | TemplateResult {
  return lang === nothing ? text : html`<span lang=${lang}>${text}</span>`;
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

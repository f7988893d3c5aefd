import { primaryLanguage } from './language-tag.js';
import type { Rubric } from './rubric-schema.js';

/**
 * Whether one of the rubric's translations may fit `lang`: it has some, and `lang` is not the
 * rubric's own language (unless a translation carries that very tag, as `en-GB` beside `en-US`).
 * A quick test beside `rubricTranslationFor`, which picks the translation: an element loads
 * `localizeRubric` only when this says one may fit, so a page whose rubric needs none never does.
 */
export function mayTranslateRubric(rubric: Rubric, lang: string | undefined): lang is string {
  const tags = Object.keys(rubric.translations ?? {});
  const tag = lang?.toLowerCase();
  return (
    tag !== undefined &&
    tags.length > 0 &&
    (primaryLanguage(tag) !== primaryLanguage(rubric.lang ?? '') || tags.some((key) => key.toLowerCase() === tag))
  );
}

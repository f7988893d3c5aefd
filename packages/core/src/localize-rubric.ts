import { primaryLanguage } from './language-tag.js';
import type { FocusArea, Indicator, Practice, Rubric, RubricLevel } from './rubric-schema.js';

// A rubric's texts in the language a reader asks for, from its `translations`, with the language
// each text is actually in: a partial translation leaves some texts in the rubric's own language,
// and an element marks each text with its own (WCAG 3.1.2).

/** A part of a rubric that has texts: the rubric, a level, a focus area, a practice or an indicator. */
export type RubricTextOwner = Rubric | RubricLevel | FocusArea | Practice | Indicator;

/** A text of a {@link RubricTextOwner}: `title`, `label`, an indicator's `text`, its `descriptors`... */
export type RubricTextField =
  'title' | 'description' | 'source' | 'label' | 'text' | 'fullImplementation' | 'descriptors';

/** A rubric's texts in a language asked for. */
export interface LocalizedRubric {
  /**
   * The rubric with each text in the language asked for where its translation gives it, else in
   * its own language: the same ids, level values, tags and order. The rubric itself when no
   * translation fits the language asked for.
   */
  readonly rubric: Rubric;
  /** The tag of the translation shown (a key of `translations`), or `undefined` when none is. */
  readonly translation: string | undefined;
  /**
   * The language a text of `rubric` is in: the translation's tag where it gives that text, else
   * the rubric's own `lang` (`undefined` when the rubric does not say). `owner` is `rubric` or one
   * of its levels, focus areas, practices or indicators, as `rubric` holds them.
   */
  readonly langOf: (owner: RubricTextOwner, field: RubricTextField) => string | undefined;
}

/** `es-MX-x-school` -> `es-mx-x-school`, `es-mx`, `es`: the tag and each shorter one, lowercase, none ending in a single-letter subtag. */
function truncations(tag: string): string[] {
  const parts = tag.toLowerCase().split('-');
  return parts.map((_, end) => parts.slice(0, parts.length - end).join('-')).filter((t) => !/-[a-z\d]$/.test(t));
}

/**
 * The key of `rubric.translations` that fits `lang` (a BCP 47 tag), or `undefined` when the rubric's
 * own texts fit it better or no translation is in that language. Looked up as RFC 4647's lookup
 * does, ignoring letter case: the tag, then each shorter form of it (`es-MX` takes `es`), where the
 * rubric's own language wins over a translation in the same one; then any translation in the same
 * primary language (`es-419` for `es-MX`), unless the rubric itself is in that language.
 */
export function rubricTranslationFor(rubric: Rubric, lang: string): string | undefined {
  const tags = Object.keys(rubric.translations ?? {});
  const own = rubric.lang?.toLowerCase();
  if (tags.length === 0) return undefined;
  for (const candidate of truncations(lang)) {
    if (candidate === own) return undefined;
    const tag = tags.find((t) => t.toLowerCase() === candidate);
    if (tag !== undefined) return tag;
  }
  const primary = primaryLanguage(lang);
  if (own !== undefined && primaryLanguage(own) === primary) return undefined;
  return tags.find((t) => primaryLanguage(t) === primary);
}

/** The text fields a translation may give each part of a rubric. */
const LEVEL_TEXTS = ['label', 'description'] as const;
const SECTION_TEXTS = ['title', 'description'] as const;
const INDICATOR_TEXTS = ['text', 'fullImplementation', 'descriptors'] as const;
const RUBRIC_TEXTS = ['title', 'description', 'source'] as const;

/**
 * The rubric's texts in `lang` (a BCP 47 tag, e.g. the `lang` of the page showing it), from the
 * translation {@link rubricTranslationFor} picks, and the language each text is in. A text the
 * translation leaves out, or gives where the rubric has none, stays as the rubric has it; so do
 * descriptors that are not one per descriptor of the rubric's. Pure: the rubric is not changed.
 */
export function localizeRubric(rubric: Rubric, lang: string | undefined): LocalizedRubric {
  const own = rubric.lang;
  const tag = lang === undefined ? undefined : rubricTranslationFor(rubric, lang);
  const translation = tag === undefined ? undefined : rubric.translations?.[tag];
  if (tag === undefined || translation === undefined) return { rubric, translation: undefined, langOf: () => own };

  const translated = new WeakMap<object, ReadonlySet<string>>();
  /** A copy of `owner` with the `fields` that `texts` translates, or `owner` itself when none. */
  function put<T extends RubricTextOwner>(owner: T, fields: readonly RubricTextField[], texts: object | undefined): T {
    const given = new Map<string, unknown>();
    const source = owner as Readonly<Record<string, unknown>>;
    const target = (texts ?? {}) as Readonly<Record<string, unknown>>;
    for (const field of fields) {
      const text = Object.hasOwn(target, field) ? target[field] : undefined;
      const mine = source[field];
      const fits =
        field === 'descriptors'
          ? Array.isArray(text) && Array.isArray(mine) && mine.length > 0 && text.length === mine.length
          : typeof text === 'string' && typeof mine === 'string' && mine !== '';
      if (fits) given.set(field, text);
    }
    if (given.size === 0) return owner;
    const copy = { ...owner, ...Object.fromEntries(given) };
    translated.set(copy, new Set(given.keys()));
    return copy;
  }
  const textsOf = (record: object | undefined, key: string | number): object | undefined => {
    const byKey = record as Readonly<Record<string, object>> | undefined;
    return byKey !== undefined && Object.hasOwn(byKey, key) ? byKey[key] : undefined;
  };

  const localized: Rubric = put(
    {
      ...rubric,
      levels: rubric.levels.map((level) => put(level, LEVEL_TEXTS, textsOf(translation.levels, String(level.value)))),
      focusAreas: rubric.focusAreas.map((area) =>
        put(
          {
            ...area,
            practices: area.practices.map((practice) =>
              put(
                {
                  ...practice,
                  indicators: practice.indicators.map((indicator) =>
                    put(indicator, INDICATOR_TEXTS, textsOf(translation.indicators, indicator.id)),
                  ),
                },
                SECTION_TEXTS,
                textsOf(translation.practices, practice.id),
              ),
            ),
          },
          SECTION_TEXTS,
          textsOf(translation.focusAreas, area.id),
        ),
      ),
    },
    RUBRIC_TEXTS,
    translation,
  );
  return {
    rubric: localized,
    translation: tag,
    langOf: (owner, field) => (translated.get(owner)?.has(field) ? tag : own),
  };
}

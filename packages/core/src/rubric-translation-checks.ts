import type { CrossFieldIssue, RubricOutline } from './rubric-checks.js';

// What a rubric's translations must be beyond their shape, in plain code: each names only levels,
// focus areas, practices and indicators the rubric has. rubric-schema.ts (zod) and
// rubric-reader.ts (plain code) both run these checks, so the two agree word for word.

export const TRANSLATION_LANGUAGE_MESSAGE = 'Expected a BCP 47 language tag for each translation, e.g. "es" or "es-MX"';

/** The parts of a rubric its translations' checks read. */
interface TranslatedRubricOutline extends RubricOutline {
  readonly lang?: string | undefined;
  readonly translations?:
    | Readonly<
        Record<
          string,
          Readonly<
            Partial<Record<'levels' | 'focusAreas' | 'practices', object>> & {
              readonly indicators?: Readonly<Record<string, { readonly descriptors?: readonly string[] | undefined }>>;
            }
          >
        >
      >
    | undefined;
}

/**
 * The checks of a rubric's translations that need the whole rubric: the rubric says its own
 * language (the language of each text a translation leaves out); a translation names only levels
 * (by value), focus areas, practices and indicators (by id) the rubric has; translated descriptors
 * are one per descriptor of the indicator.
 */
export function rubricTranslationIssues(rubric: TranslatedRubricOutline): CrossFieldIssue[] {
  const issues: CrossFieldIssue[] = [];
  const translations = Object.entries(rubric.translations ?? {});
  if (translations.length > 0 && rubric.lang === undefined) {
    issues.push({
      path: ['lang'],
      message: "Expected the language of the rubric's own texts (lang) beside its translations",
    });
  }
  const practices = rubric.focusAreas.flatMap((area) => area.practices);
  const descriptors = new Map(practices.flatMap((p) => p.indicators.map((i) => [i.id, i.descriptors?.length ?? 0])));
  /** The keys each part of a translation may use, with the words of its problem. */
  const parts = [
    ['levels', rubric.levels.map((level) => String(level.value)), 'the value of a level'],
    ['focusAreas', rubric.focusAreas.map((area) => area.id), 'the id of a focus area'],
    ['practices', practices.map((practice) => practice.id), 'the id of a practice'],
    ['indicators', [...descriptors.keys()], 'the id of an indicator'],
  ] as const;
  for (const [tag, translation] of translations) {
    for (const [part, keys, what] of parts) {
      for (const [key, texts] of Object.entries(translation[part] ?? {})) {
        const path = ['translations', tag, part, key];
        if (!keys.includes(key)) {
          issues.push({ path, message: `Expected ${what} of this rubric, but none has "${key}"` });
          continue;
        }
        const given = part === 'indicators' ? (texts as { descriptors?: readonly string[] }).descriptors : undefined;
        const own = descriptors.get(key) ?? 0;
        if (given !== undefined && given.length !== own) {
          issues.push({
            path: [...path, 'descriptors'],
            message: own
              ? `Expected ${own} descriptors, one per rubric level, but found ${given.length}`
              : 'Expected no descriptors: this indicator has none to translate',
          });
        }
      }
    }
  }
  return issues;
}

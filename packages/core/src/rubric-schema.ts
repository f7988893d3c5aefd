import * as z from 'zod/mini';
import { parseWith, safeParseWith } from './zod-parse.js';
import type { ParseResult } from './errors.js';
import { languageTagSchema } from './language-tag-schema.js';
import {
  isRequiredText,
  MAX_RUBRIC_LEVELS,
  MIN_RUBRIC_LEVELS,
  RUBRIC_ITEM_ID_PATTERN,
  FOCUS_AREA_NUMBER_MESSAGE,
  LEVEL_VALUE_MESSAGE,
  NO_FOCUS_AREA_MESSAGE,
  NO_INDICATOR_MESSAGE,
  NO_PRACTICE_MESSAGE,
  REQUIRED_TEXT_MESSAGE,
  SCOPE_MESSAGE,
  SLUG_MESSAGE,
  fewLevelsMessage,
  manyLevelsMessage,
  rubricCrossFieldIssues,
} from './rubric-checks.js';
import { rubricTranslationIssues, TRANSLATION_LANGUAGE_MESSAGE } from './rubric-translation-checks.js';

/**
 * The id of a rubric, focus area, practice or indicator: a slug of lowercase letters and digits
 * joined by single hyphens, e.g. `plan-for-sel`.
 */
export const rubricItemIdSchema = /* @__PURE__ */ z.string().check(
  /* @__PURE__ */ z.regex(RUBRIC_ITEM_ID_PATTERN, {
    error: SLUG_MESSAGE,
  }),
);
const slug = rubricItemIdSchema;

/** Text that has at least one visible character. */
const requiredText = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.refine(isRequiredText, REQUIRED_TEXT_MESSAGE));

/**
 * One rung of a rubric's rating scale, e.g. `{ value: 3, label: 'Mostly planned and implemented' }`.
 * Values are integers and need not start at 1 (CASEL's school rubric runs 0 to 3).
 */
export const rubricLevelSchema = /* @__PURE__ */ z.object({
  value: /* @__PURE__ */ z.int({ error: LEVEL_VALUE_MESSAGE }),
  label: requiredText,
  description: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
});
export type RubricLevel = z.infer<typeof rubricLevelSchema>;

/**
 * One rubric row: a statement of quality implementation, rated on the rubric's levels.
 * `fullImplementation` says what the indicator looks like when fully in place (CASEL's online district
 * rubric gives one such definition per item and nothing per level). `descriptors`, when given, say what
 * each level looks like for this indicator, one per level in the order of the rubric's levels; a rubric
 * written with level labels only leaves them out (or gives an empty list).
 * `tags` are tag-vocabulary slugs that link the indicator to resources that help with it.
 */
export const indicatorSchema = /* @__PURE__ */ z.object({
  id: slug,
  text: requiredText,
  fullImplementation: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  descriptors: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string())),
  tags: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(requiredText)),
});
export type Indicator = z.infer<typeof indicatorSchema>;

/** A practice groups the indicators that show it is in place. */
export const practiceSchema = /* @__PURE__ */ z.object({
  id: slug,
  title: requiredText,
  description: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  indicators: /* @__PURE__ */ z
    .array(indicatorSchema)
    .check(/* @__PURE__ */ z.minLength(1, { error: NO_INDICATOR_MESSAGE })),
});
export type Practice = z.infer<typeof practiceSchema>;

/** A focus area of the rubric (the district model has four), holding its practices. */
export const focusAreaSchema = /* @__PURE__ */ z.object({
  id: slug,
  number: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int({ error: FOCUS_AREA_NUMBER_MESSAGE })),
  title: requiredText,
  description: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  practices: /* @__PURE__ */ z
    .array(practiceSchema)
    .check(/* @__PURE__ */ z.minLength(1, { error: NO_PRACTICE_MESSAGE })),
});
export type FocusArea = z.infer<typeof focusAreaSchema>;

/** A translated text: optional, and when given, with at least one visible character. */
const translatedText = /* @__PURE__ */ z.optional(requiredText);

/** A level's texts in another language (`label`, `description`). */
export const rubricLevelTranslationSchema = /* @__PURE__ */ z.object({
  label: translatedText,
  description: translatedText,
});
export type RubricLevelTranslation = z.infer<typeof rubricLevelTranslationSchema>;

/** A focus area's or a practice's texts in another language (`title`, `description`). */
export const rubricSectionTranslationSchema = /* @__PURE__ */ z.object({
  title: translatedText,
  description: translatedText,
});
export type RubricSectionTranslation = z.infer<typeof rubricSectionTranslationSchema>;

/**
 * An indicator's texts in another language. `descriptors`, when given, translate all of the
 * indicator's descriptors: one per level, in level order.
 */
export const indicatorTranslationSchema = /* @__PURE__ */ z.object({
  text: translatedText,
  fullImplementation: translatedText,
  descriptors: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(requiredText)),
});
export type IndicatorTranslation = z.infer<typeof indicatorTranslationSchema>;

/**
 * A rubric's texts in one other language, each optional (a text left out stays in the rubric's
 * own language): the rubric's `title`, `description` and `source`; its levels' texts by level value
 * (`"1"`); its focus areas', practices' and indicators' texts by id.
 */
export const rubricTranslationSchema = /* @__PURE__ */ z.object({
  title: translatedText,
  description: translatedText,
  source: translatedText,
  levels: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), rubricLevelTranslationSchema),
  ),
  focusAreas: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), rubricSectionTranslationSchema),
  ),
  practices: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), rubricSectionTranslationSchema),
  ),
  indicators: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), indicatorTranslationSchema),
  ),
});
export type RubricTranslation = z.infer<typeof rubricTranslationSchema>;

/** A rubric's translations, by BCP 47 language tag (`es`, `es-MX`). */
export const rubricTranslationsSchema = /* @__PURE__ */ z.record(languageTagSchema, rubricTranslationSchema, {
  error: (issue) => (issue.code === 'invalid_key' ? TRANSLATION_LANGUAGE_MESSAGE : undefined),
});
export type RubricTranslations = z.infer<typeof rubricTranslationsSchema>;

const rubricShape = /* @__PURE__ */ z.object({
  id: slug,
  version: requiredText,
  title: requiredText,
  scope: /* @__PURE__ */ z.enum(['district', 'school'], { error: SCOPE_MESSAGE }),
  description: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  source: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  /** The language the rubric's texts are written in (a BCP 47 tag, e.g. `en`). */
  lang: /* @__PURE__ */ z.optional(languageTagSchema),
  levels: /* @__PURE__ */ z
    .array(rubricLevelSchema)
    .check(
      /* @__PURE__ */ z.minLength(MIN_RUBRIC_LEVELS, { error: fewLevelsMessage }),
      /* @__PURE__ */ z.maxLength(MAX_RUBRIC_LEVELS, { error: manyLevelsMessage }),
    ),
  /**
   * The rubric's texts in other languages, by language tag: an element speaking one of them shows
   * its texts, and each text not translated stays in the rubric's own `lang` (then required).
   */
  translations: /* @__PURE__ */ z.optional(rubricTranslationsSchema),
  focusAreas: /* @__PURE__ */ z
    .array(focusAreaSchema)
    .check(/* @__PURE__ */ z.minLength(1, { error: NO_FOCUS_AREA_MESSAGE })),
});

/**
 * A self-assessment rubric: focus areas > practices > indicators, each indicator rated on the same
 * ordered levels. Works for district or school rubrics with 3 to 6 levels, with or without a descriptor
 * per level. Besides the shape it checks that level values strictly increase, that an indicator with
 * descriptors has one per level (all levels or none), that ids are unique across all focus areas,
 * practices and indicators, and that translations name only texts the rubric has; each problem is
 * reported at its path.
 */
export const rubricSchema = /* @__PURE__ */ rubricShape.check(
  /* @__PURE__ */ z.superRefine((rubric, ctx) => {
    for (const issue of [...rubricCrossFieldIssues(rubric), ...rubricTranslationIssues(rubric)]) {
      ctx.addIssue({ code: 'custom', path: [...issue.path], message: issue.message, input: rubric });
    }
  }),
);
export type Rubric = z.infer<typeof rubricSchema>;

/** Reads a rubric; throws a `SelValidationError` (subject `rubric`) listing every problem with its path. */
export function parseRubric(input: unknown): Rubric {
  return parseWith(rubricSchema, input, 'rubric');
}

/** Reads a rubric without throwing. */
export function safeParseRubric(input: unknown): ParseResult<Rubric> {
  return safeParseWith(rubricSchema, input, 'rubric');
}

import * as z from 'zod/mini';
import { parseWith, safeParseWith } from './errors.js';
import type { IssuePath, ParseResult } from './errors.js';

/** The form of every rubric, focus-area, practice and indicator id. */
export const RUBRIC_ITEM_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The id of a rubric, focus area, practice or indicator: a slug of lowercase letters and digits
 * joined by single hyphens, e.g. `plan-for-sel`.
 */
export const rubricItemIdSchema = /* @__PURE__ */ z.string().check(
  /* @__PURE__ */ z.regex(RUBRIC_ITEM_ID_PATTERN, {
    error: 'Expected a slug: lowercase letters and digits joined by single hyphens, e.g. "plan-for-sel"',
  }),
);
const slug = rubricItemIdSchema;

/** Text that has at least one visible character. */
const requiredText = /* @__PURE__ */ z
  .string()
  .check(/* @__PURE__ */ z.refine((text) => text.trim().length > 0, 'Expected non-empty text'));

/** The fewest and most implementation levels a rubric may have. */
export const MIN_RUBRIC_LEVELS = 3;
export const MAX_RUBRIC_LEVELS = 6;

/**
 * One rung of a rubric's rating scale, e.g. `{ value: 3, label: 'Mostly planned and implemented' }`.
 * Values are integers and need not start at 1 (CASEL's school rubric runs 0 to 3).
 */
export const rubricLevelSchema = /* @__PURE__ */ z.object({
  value: /* @__PURE__ */ z.int({ error: 'Expected an integer level value' }),
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
    .check(/* @__PURE__ */ z.minLength(1, { error: 'Expected at least one indicator' })),
});
export type Practice = z.infer<typeof practiceSchema>;

/** A focus area of the rubric (the district model has four), holding its practices. */
export const focusAreaSchema = /* @__PURE__ */ z.object({
  id: slug,
  number: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int({ error: 'Expected an integer focus-area number' })),
  title: requiredText,
  description: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  practices: /* @__PURE__ */ z
    .array(practiceSchema)
    .check(/* @__PURE__ */ z.minLength(1, { error: 'Expected at least one practice' })),
});
export type FocusArea = z.infer<typeof focusAreaSchema>;

const rubricShape = /* @__PURE__ */ z.object({
  id: slug,
  version: requiredText,
  title: requiredText,
  scope: /* @__PURE__ */ z.enum(['district', 'school'], { error: 'Expected scope "district" or "school"' }),
  description: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  source: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  levels: /* @__PURE__ */ z
    .array(rubricLevelSchema)
    .check(
      /* @__PURE__ */ z.minLength(MIN_RUBRIC_LEVELS, { error: () => `Expected at least ${MIN_RUBRIC_LEVELS} levels` }),
      /* @__PURE__ */ z.maxLength(MAX_RUBRIC_LEVELS, { error: () => `Expected at most ${MAX_RUBRIC_LEVELS} levels` }),
    ),
  focusAreas: /* @__PURE__ */ z
    .array(focusAreaSchema)
    .check(/* @__PURE__ */ z.minLength(1, { error: 'Expected at least one focus area' })),
});

interface CrossFieldIssue {
  readonly path: IssuePath;
  readonly message: string;
}

/** The checks that need the whole rubric: level order, one descriptor per level or none, unique ids. */
function crossFieldIssues(rubric: z.infer<typeof rubricShape>): CrossFieldIssue[] {
  const issues: CrossFieldIssue[] = [];
  rubric.levels.forEach((level, index) => {
    const previous = rubric.levels[index - 1];
    if (previous !== undefined && level.value <= previous.value) {
      issues.push({
        path: ['levels', index, 'value'],
        message: `Expected level values in strictly increasing order: ${level.value} must be greater than the previous level's ${previous.value}`,
      });
    }
  });

  const seen = new Map<string, string>();
  const claim = (id: string, path: IssuePath, what: string): void => {
    const first = seen.get(id);
    if (first === undefined) seen.set(id, what);
    else issues.push({ path, message: `Expected a unique id: "${id}" is already used by ${first}` });
  };
  rubric.focusAreas.forEach((area, a) => {
    claim(area.id, ['focusAreas', a, 'id'], `focus area focusAreas[${a}]`);
    area.practices.forEach((practice, p) => {
      claim(practice.id, ['focusAreas', a, 'practices', p, 'id'], `practice focusAreas[${a}].practices[${p}]`);
      practice.indicators.forEach((indicator, i) => {
        const at: IssuePath = ['focusAreas', a, 'practices', p, 'indicators', i];
        claim(indicator.id, [...at, 'id'], `indicator focusAreas[${a}].practices[${p}].indicators[${i}]`);
        const descriptors = indicator.descriptors?.length ?? 0;
        if (descriptors !== 0 && descriptors !== rubric.levels.length) {
          issues.push({
            path: [...at, 'descriptors'],
            message: `Expected ${rubric.levels.length} descriptors, one per rubric level, or none, but found ${descriptors}`,
          });
        }
      });
    });
  });
  return issues;
}

/**
 * A self-assessment rubric: focus areas > practices > indicators, each indicator rated on the same
 * ordered levels. Works for district or school rubrics with 3 to 6 levels, with or without a descriptor
 * per level. Besides the shape it checks that level values strictly increase, that an indicator with
 * descriptors has one per level (all levels or none) and that ids are unique across all focus areas,
 * practices and indicators; each problem is reported at its path.
 */
export const rubricSchema = /* @__PURE__ */ rubricShape.check(
  /* @__PURE__ */ z.superRefine((rubric, ctx) => {
    for (const issue of crossFieldIssues(rubric)) {
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

/**
 * The indicator's descriptors, one per level in level order, or `undefined` when the rubric gives
 * this indicator level labels only (no descriptors, or an empty list).
 */
export function indicatorDescriptors(indicator: Indicator): readonly string[] | undefined {
  const { descriptors } = indicator;
  return descriptors === undefined || descriptors.length === 0 ? undefined : descriptors;
}

/** Whether the rubric gives no indicator a descriptor per level (CASEL's online district rubric). */
export function isLabelOnlyRubric(rubric: Rubric): boolean {
  return rubric.focusAreas.every((area) =>
    area.practices.every((practice) => practice.indicators.every((i) => indicatorDescriptors(i) === undefined)),
  );
}

/** The practice with this id, or `undefined` when the rubric has none. */
export function findPractice(rubric: Rubric, id: string): { practice: Practice; focusArea: FocusArea } | undefined {
  for (const focusArea of rubric.focusAreas) {
    for (const practice of focusArea.practices) if (practice.id === id) return { practice, focusArea };
  }
  return undefined;
}

/** An indicator together with where it sits in its rubric. */
export interface IndicatorEntry {
  readonly indicator: Indicator;
  readonly practiceId: string;
  readonly focusAreaId: string;
  readonly practice: Practice;
  readonly focusArea: FocusArea;
  /** Position of the indicator in rubric order, from 0. */
  readonly position: number;
}

/** Every indicator of the rubric in rubric order (focus area, then practice, then indicator). */
export function listIndicators(rubric: Rubric): IndicatorEntry[] {
  const entries: IndicatorEntry[] = [];
  for (const focusArea of rubric.focusAreas) {
    for (const practice of focusArea.practices) {
      for (const indicator of practice.indicators) {
        entries.push({
          indicator,
          practiceId: practice.id,
          focusAreaId: focusArea.id,
          practice,
          focusArea,
          position: entries.length,
        });
      }
    }
  }
  return entries;
}

/** The indicator with this id and where it sits, or `undefined` when the rubric has none. */
export function findIndicator(rubric: Rubric, id: string): IndicatorEntry | undefined {
  return listIndicators(rubric).find((entry) => entry.indicator.id === id);
}

/** The level with this value, or `undefined` when the rubric's scale has no such value. */
export function findLevel(rubric: Rubric, value: number): RubricLevel | undefined {
  return rubric.levels.find((level) => level.value === value);
}

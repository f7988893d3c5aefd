import type { IssuePath } from './errors.js';

// What a rubric must be, in plain code: the id form, the number of levels, the messages, and the
// checks that need the whole rubric. rubric-schema.ts (zod) and rubric-reader.ts (plain code) both
// read rubrics with them, so the two agree word for word.

/** The form of every rubric, focus-area, practice and indicator id. */
export const RUBRIC_ITEM_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The fewest and most implementation levels a rubric may have. */
export const MIN_RUBRIC_LEVELS = 3;
export const MAX_RUBRIC_LEVELS = 6;

// The messages of a rubric's fields, each a constant of its own, so that a schema using one stays
// removable by a bundler when nothing uses the schema.
export const SLUG_MESSAGE =
  'Expected a slug: lowercase letters and digits joined by single hyphens, e.g. "plan-for-sel"';
export const REQUIRED_TEXT_MESSAGE = 'Expected non-empty text';
export const LEVEL_VALUE_MESSAGE = 'Expected an integer level value';
export const FOCUS_AREA_NUMBER_MESSAGE = 'Expected an integer focus-area number';
export const SCOPE_MESSAGE = 'Expected scope "district" or "school"';
export const fewLevelsMessage = (): string => `Expected at least ${MIN_RUBRIC_LEVELS} levels`;
export const manyLevelsMessage = (): string => `Expected at most ${MAX_RUBRIC_LEVELS} levels`;
export const NO_INDICATOR_MESSAGE = 'Expected at least one indicator';
export const NO_PRACTICE_MESSAGE = 'Expected at least one practice';
export const NO_FOCUS_AREA_MESSAGE = 'Expected at least one focus area';

/** Whether `text` has at least one visible character. */
export function isRequiredText(text: string): boolean {
  return text.trim().length > 0;
}

/** The parts of a rubric whose checks need the whole of it. */
export interface RubricOutline {
  readonly levels: readonly { readonly value: number }[];
  readonly focusAreas: readonly {
    readonly id: string;
    readonly practices: readonly {
      readonly id: string;
      readonly indicators: readonly { readonly id: string; readonly descriptors?: readonly string[] | undefined }[];
    }[];
  }[];
}

/** A problem found by a check of the whole rubric. */
export interface CrossFieldIssue {
  readonly path: IssuePath;
  readonly message: string;
}

/** The checks that need the whole rubric: level order, one descriptor per level or none, unique ids. */
export function rubricCrossFieldIssues(rubric: RubricOutline): CrossFieldIssue[] {
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

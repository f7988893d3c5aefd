import type { IssuePath, ParseResult } from './errors.js';
import {
  boundedListOf,
  checkLength,
  isFields,
  listInSteps,
  listOf,
  PlainReading,
  readCheckedString,
  recordOf,
  readFields,
  readInt,
  readOneOf,
  readString,
  runSteps,
  type Read,
  type ReadInSteps,
  type Steps,
} from './plain-reader.js';
import {
  FOCUS_AREA_NUMBER_MESSAGE,
  fewLevelsMessage,
  isRequiredText,
  LEVEL_VALUE_MESSAGE,
  manyLevelsMessage,
  MAX_RUBRIC_LEVELS,
  MIN_RUBRIC_LEVELS,
  NO_FOCUS_AREA_MESSAGE,
  NO_INDICATOR_MESSAGE,
  NO_PRACTICE_MESSAGE,
  REQUIRED_TEXT_MESSAGE,
  RUBRIC_ITEM_ID_PATTERN,
  rubricCrossFieldIssues,
  SCOPE_MESSAGE,
  SLUG_MESSAGE,
} from './rubric-checks.js';
import { readLanguageTag } from './language-tag-reader.js';
import { isLanguageTag } from './language-tag.js';
import type { FocusArea, Indicator, Practice, Rubric, RubricLevel } from './rubric.js';
import type {
  IndicatorTranslation,
  RubricLevelTranslation,
  RubricSectionTranslation,
  RubricTranslation,
} from './rubric-schema.js';
import { rubricTranslationIssues, TRANSLATION_LANGUAGE_MESSAGE } from './rubric-translation-checks.js';

// A rubric read in plain code: what `rubricSchema` gives (value, verdict, issues and their
// messages) without zod, for a page that shows a rubric and should not download a validator for
// it. rubric-reader.property.test.ts holds the two together.

/** A rubric, focus-area, practice or indicator id (`rubricItemIdSchema`). */
export const readSlug: Read<string> = /* @__PURE__ */ readCheckedString(
  (text) => RUBRIC_ITEM_ID_PATTERN.test(text),
  'invalid_format',
  SLUG_MESSAGE,
);

/** Text with at least one visible character. */
export const readRequiredText: Read<string> = /* @__PURE__ */ readCheckedString(
  isRequiredText,
  'custom',
  REQUIRED_TEXT_MESSAGE,
);

/** A level value, or a rating's level (`z.int` with its message). */
export const readLevelValue: Read<number> = /* @__PURE__ */ readInt(LEVEL_VALUE_MESSAGE);
const readFocusAreaNumber = /* @__PURE__ */ readInt(FOCUS_AREA_NUMBER_MESSAGE);
const readScope = /* @__PURE__ */ readOneOf(['district', 'school'], SCOPE_MESSAGE);
const readDescriptors = /* @__PURE__ */ listOf(readString);
/** Tags, or a translation's descriptors: texts that each have a visible character. */
const readRequiredTexts = /* @__PURE__ */ listOf(readRequiredText);

const readLevel: Read<RubricLevel> = (reading, input, path) =>
  readFields(reading, input, path, [
    ['value', readLevelValue],
    ['label', readRequiredText],
    ['description', readString, true],
  ]) as RubricLevel;

const readIndicator: Read<Indicator> = (reading, input, path) =>
  readFields(reading, input, path, [
    ['id', readSlug],
    ['text', readRequiredText],
    ['fullImplementation', readString, true],
    ['descriptors', readDescriptors, true],
    ['tags', readRequiredTexts, true],
  ]) as Indicator;

/**
 * A part of a translation (`rubricLevelTranslationSchema` and friends): an object of optional
 * texts, `descriptors` a list of them.
 */
function translatedTexts<T>(...keys: readonly string[]): Read<Record<string, T>> {
  const read: Read<T> = (reading, input, path) =>
    readFields(
      reading,
      input,
      path,
      keys.map((key) => [key, key === 'descriptors' ? readRequiredTexts : readRequiredText, true] as const),
    ) as T;
  return recordOf(() => true, read);
}

const readLevelTranslations = /* @__PURE__ */ translatedTexts<RubricLevelTranslation>('label', 'description');
const readSectionTranslations = /* @__PURE__ */ translatedTexts<RubricSectionTranslation>('title', 'description');
const readIndicatorTranslations = /* @__PURE__ */ translatedTexts<IndicatorTranslation>(
  'text',
  'fullImplementation',
  'descriptors',
);

const readTranslation: Read<RubricTranslation> = (reading, input, path) =>
  readFields(reading, input, path, [
    ['title', readRequiredText, true],
    ['description', readRequiredText, true],
    ['source', readRequiredText, true],
    ['levels', readLevelTranslations, true],
    ['focusAreas', readSectionTranslations, true],
    ['practices', readSectionTranslations, true],
    ['indicators', readIndicatorTranslations, true],
  ]) as RubricTranslation;

/** A rubric's translations by language tag (`rubricTranslationsSchema`). */
const readTranslations = /* @__PURE__ */ recordOf(isLanguageTag, readTranslation, TRANSLATION_LANGUAGE_MESSAGE);

const readLevels = /* @__PURE__ */ boundedListOf(readLevel, {
  min: MIN_RUBRIC_LEVELS,
  max: MAX_RUBRIC_LEVELS,
  tooShort: /* @__PURE__ */ fewLevelsMessage(),
  tooLong: /* @__PURE__ */ manyLevelsMessage(),
});

/**
 * An object whose last field is a list of at least one item read in steps (a rubric, a focus
 * area, a practice): its other `fields` first, as {@link readFields} reads them, then the list.
 */
function* withListInSteps<T>(
  reading: PlainReading,
  input: unknown,
  path: IssuePath,
  fields: readonly (readonly [key: string, read: Read<unknown>, optional?: boolean])[],
  [key, item, tooShort]: readonly [key: string, item: ReadInSteps<unknown>, tooShort: string],
): Steps<T> {
  if (!isFields(input)) {
    reading.wrongType(path, 'object', input);
    return input as T;
  }
  const value = readFields(reading, input, path, fields) as Record<string, unknown>;
  const at = [...path, key];
  const mark = reading.mark;
  const list = yield* listInSteps(reading, input[key], at, item);
  checkLength(reading, mark, list, at, { min: 1, tooShort });
  if (key in input) value[key] = list;
  return value as T;
}

/** One indicator is one step, taken after it. */
function* indicatorStep(reading: PlainReading, input: unknown, path: IssuePath): Steps<Indicator> {
  const indicator = readIndicator(reading, input, path);
  yield;
  return indicator;
}

const practiceInSteps: ReadInSteps<Practice> = (reading, input, path) =>
  withListInSteps(
    reading,
    input,
    path,
    [
      ['id', readSlug],
      ['title', readRequiredText],
      ['description', readString, true],
    ],
    ['indicators', indicatorStep, NO_INDICATOR_MESSAGE],
  );

const focusAreaInSteps: ReadInSteps<FocusArea> = (reading, input, path) =>
  withListInSteps(
    reading,
    input,
    path,
    [
      ['id', readSlug],
      ['number', readFocusAreaNumber, true],
      ['title', readRequiredText],
      ['description', readString, true],
    ],
    ['practices', practiceInSteps, NO_PRACTICE_MESSAGE],
  );

/**
 * A rubric at `path` (`rubricSchema`), read in steps: its shape, then, when the shape is right, the
 * checks of the whole rubric (as the schema's refinement, which sees only the rubric's own problems).
 */
function* rubricInSteps(reading: PlainReading, input: unknown, path: IssuePath): Steps<Rubric> {
  const mark = reading.mark;
  const rubric: Rubric = yield* withListInSteps(
    reading,
    input,
    path,
    [
      ['id', readSlug],
      ['version', readRequiredText],
      ['title', readRequiredText],
      ['scope', readScope],
      ['description', readString, true],
      ['source', readString, true],
      ['lang', readLanguageTag, true],
      ['levels', readLevels],
      ['translations', readTranslations, true],
    ],
    ['focusAreas', focusAreaInSteps, NO_FOCUS_AREA_MESSAGE],
  );
  if (!reading.stopped(mark)) {
    for (const issue of [...rubricCrossFieldIssues(rubric), ...rubricTranslationIssues(rubric)]) {
      reading.add([...path, ...issue.path], 'custom', issue.message, true);
    }
  }
  return rubric;
}

/** A rubric inside another document (`rubricSchema` as a field), read at once. */
export const readRubric: Read<Rubric> = (reading, input, path) => runSteps(rubricInSteps(reading, input, path));

/**
 * Reads a rubric as `safeParseRubric` does, in plain code and in steps: it yields after each
 * indicator, so a caller can give the main thread back between steps. The result is the same as
 * {@link checkRubric}'s.
 */
export function* checkRubricInSteps(input: unknown): Steps<ParseResult<Rubric>> {
  const reading = new PlainReading();
  const rubric = yield* rubricInSteps(reading, input, []);
  return reading.result('rubric', rubric);
}

/**
 * Reads a rubric without throwing, as `safeParseRubric` does (the same value, or the same issues
 * with the same messages), in plain code: a page that only shows a rubric does not need zod.
 */
export function checkRubric(input: unknown): ParseResult<Rubric> {
  const reading = new PlainReading();
  return reading.result('rubric', readRubric(reading, input, []));
}

import { assessmentIssues } from './assessment-fit.js';
import type { Assessment, MemberRating, Rating } from './assessment-schema.js';
import { readIsoDate as readDate } from './date-reader.js';
import { SelValidationError } from './errors.js';
import type { IssuePath, ParseResult } from './errors.js';
import { listOf, PlainReading, readFields, readHttpUrl, recordOf, readString, type Read } from './plain-reader.js';
import { LINK_MESSAGE, LINK_SPACES_MESSAGE } from './rating-checks.js';
import { RUBRIC_ITEM_ID_PATTERN } from './rubric-checks.js';
import type { Rubric } from './rubric.js';
import { readLevelValue, readRequiredText, readSlug } from './rubric-reader.js';

// An assessment and its ratings read in plain code: what `assessmentSchema` and `ratingSchema`
// give (value, verdict, issues and their messages) without zod, for a page that rates a rubric.
// assessment-reader.property.test.ts holds them to the schemas.

const NO_SPACE = /^\S+$/;
const readHttpLink = /* @__PURE__ */ readHttpUrl(LINK_MESSAGE);

/**
 * An evidence link, as `z.url({ protocol: /^https?$/ })` with its no-space check reads it: a web
 * address (given back trimmed, without tabs or line breaks), then no space inside.
 */
const readLink: Read<string> = (reading, input, path) => {
  if (typeof input !== 'string') return readHttpLink(reading, input, path);
  const value = readHttpLink(reading, input, path);
  if (!NO_SPACE.test(value)) reading.add(path, 'invalid_format', LINK_SPACES_MESSAGE, true);
  return value;
};

const readMemberRating: Read<MemberRating> = (reading, input, path) =>
  readFields(reading, input, path, [
    ['member', readRequiredText],
    ['level', readLevelValue],
  ]) as MemberRating;

const readLinks = /* @__PURE__ */ listOf(readLink);
const readMemberRatings = /* @__PURE__ */ listOf(readMemberRating);
const readPriorities = /* @__PURE__ */ listOf(readSlug);

/** One rating (`ratingSchema`). */
export const readRating: Read<Rating> = (reading, input, path) =>
  readFields(reading, input, path, [
    ['level', readLevelValue],
    ['notes', readString, true],
    ['links', readLinks, true],
    ['ratedBy', readString, true],
    ['ratedOn', readDate, true],
    ['memberRatings', readMemberRatings, true],
  ]) as Rating;

/** The ratings, by indicator id (`z.record(rubricItemIdSchema, ratingSchema)`). */
const readRatings = /* @__PURE__ */ recordOf((key) => RUBRIC_ITEM_ID_PATTERN.test(key), readRating);

/** An assessment (`assessmentSchema`), inside another document or alone. */
export const readAssessment: Read<Assessment> = (reading, input, path) =>
  readFields(reading, input, path, [
    ['id', readRequiredText],
    ['rubricId', readSlug],
    ['rubricVersion', readRequiredText],
    ['takenBy', readRequiredText],
    ['takenOn', readDate],
    ['ratings', readRatings],
    ['notes', readString, true],
    ['priorities', readPriorities, true],
  ]) as Assessment;

/**
 * Reads an assessment without throwing, as `safeParseAssessment` does (the same value, or the same
 * issues with the same messages), in plain code. With a rubric it also checks that the assessment
 * belongs to that rubric and version, rates only its indicators and uses only its level values.
 */
export function checkAssessment(input: unknown, rubric?: Rubric): ParseResult<Assessment> {
  const reading = new PlainReading();
  const result = reading.result('assessment', readAssessment(reading, input, []));
  if (!result.ok || rubric === undefined) return result;
  const issues = assessmentIssues(rubric, result.value);
  return issues.length > 0 ? { ok: false, error: new SelValidationError('assessment', issues) } : result;
}

/** Reads one rating as `ratingSchema` does, its issues' paths under `path`. */
export function checkRating(input: unknown, path: IssuePath = []): ParseResult<Rating> {
  const reading = new PlainReading();
  return reading.result('rating', readRating(reading, input, path));
}

/** Reads an indicator id as `rubricItemIdSchema` does. */
export function checkIndicatorId(input: unknown, path: IssuePath = []): ParseResult<string> {
  const reading = new PlainReading();
  return reading.result('indicator id', readSlug(reading, input, path));
}

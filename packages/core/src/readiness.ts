import * as z from 'zod/mini';
import { parseWith } from './errors.js';

/**
 * The readiness stages of a district or learning community, in order: `initiating` (early stage),
 * `improving` (scaling up) and `innovating` (maximizing what is in place).
 */
export const READINESS_STAGES = ['initiating', 'improving', 'innovating'] as const;

export const readinessStageSchema = /* @__PURE__ */ z.enum(READINESS_STAGES, {
  error: 'Expected a readiness stage: "initiating", "improving" or "innovating"',
});
export type ReadinessStage = z.infer<typeof readinessStageSchema>;

const unitInterval = (what: string) =>
  z
    .number({ error: `Expected ${what} as a number from 0 to 1` })
    .check(z.gte(0, { error: `Expected ${what} from 0 to 1` }), z.lte(1, { error: `Expected ${what} from 0 to 1` }));

/**
 * Where the stages begin on the normalised score (0 = every rated indicator at the lowest level,
 * 1 = every one at the highest) and how much of the rubric must be rated before a stage is given.
 * Requires `0 <= improving < innovating <= 1`.
 */
export const readinessThresholdsSchema = /* @__PURE__ */ z
  .object({
    /** Lowest normalised score that counts as `improving`; below it is `initiating`. */
    improving: /* @__PURE__ */ unitInterval('the improving threshold'),
    /** Lowest normalised score that counts as `innovating`. */
    innovating: /* @__PURE__ */ unitInterval('the innovating threshold'),
    /** Lowest share of rated indicators (0..1) for which a stage is given at all. */
    minCompleteness: /* @__PURE__ */ unitInterval('the minimum completeness'),
  })
  .check(
    /* @__PURE__ */ z.superRefine((thresholds, ctx) => {
      if (thresholds.improving >= thresholds.innovating) {
        ctx.addIssue({
          code: 'custom',
          path: ['innovating'],
          message: `Expected the innovating threshold to be greater than the improving threshold (${thresholds.improving}), got ${thresholds.innovating}`,
          input: thresholds.innovating,
        });
      }
    }),
  );
export type ReadinessThresholds = z.infer<typeof readinessThresholdsSchema>;

/**
 * The default thresholds.
 * - `improving: 0.4`: on a 1-4 scale, a mean level of 2.2, a little past "partially in place"
 *   on average; on a 0-2 scale, a mean of 0.8.
 * - `innovating: 0.75`: on a 1-4 scale, a mean of 3.25, past "mostly in place" on average, with
 *   many indicators fully in place; on a 0-2 scale, a mean of 1.5.
 * - `minCompleteness: 0.5`: at least half of the indicators in question must be rated.
 */
export const DEFAULT_READINESS_THRESHOLDS: ReadinessThresholds = /* @__PURE__ */ Object.freeze({
  improving: 0.4,
  innovating: 0.75,
  minCompleteness: 0.5,
});

/** A score as `scoreAssessment` gives it, for one focus area or overall. */
const readinessScoreSchema = /* @__PURE__ */ z.union(
  [
    /* @__PURE__ */ unitInterval('the normalised score'),
    /* @__PURE__ */ z
      .object({
        normalised: /* @__PURE__ */ z.nullable(/* @__PURE__ */ unitInterval('the normalised score')),
        rated: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0, { error: 'Expected a count of 0 or more' })),
        total: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0, { error: 'Expected a count of 0 or more' })),
      })
      .check(
        /* @__PURE__ */ z.superRefine((counts, ctx) => {
          if (counts.rated > counts.total) {
            ctx.addIssue({
              code: 'custom',
              path: ['rated'],
              message: `Expected rated to be at most total (${counts.total}), got ${counts.rated}`,
              input: counts.rated,
            });
          }
        }),
      ),
  ],
  { error: 'Expected a normalised score from 0 to 1, or a score with normalised, rated and total' },
);
export type ReadinessScore = z.infer<typeof readinessScoreSchema>;

/**
 * Whether `score` is a valid readiness score at a glance, as `scoreAssessment` gives them, so the
 * schema (and its messages) runs only for one that might not be.
 */
function plainlyValid(score: unknown): score is ReadinessScore {
  const unit = (value: unknown): boolean => typeof value === 'number' && value >= 0 && value <= 1;
  if (typeof score !== 'object' || score === null) return unit(score);
  const { normalised, rated, total } = score as Record<string, unknown>;
  return (
    (normalised === null || unit(normalised)) &&
    Number.isInteger(rated) &&
    Number.isInteger(total) &&
    (rated as number) >= 0 &&
    (rated as number) <= (total as number)
  );
}

/**
 * The readiness stage a score shows, or `null` when there is not enough data: nothing rated, or
 * fewer than `minCompleteness` of the indicators rated (`rated / total`). A bare number is taken as
 * a normalised score with complete data.
 *
 * `innovating` when `normalised >= innovating`, `improving` when `normalised >= improving`,
 * otherwise `initiating`. `thresholds` may give only some of the values; the rest come from
 * {@link DEFAULT_READINESS_THRESHOLDS}.
 *
 * @throws {SelValidationError} subject `readiness thresholds` when they are out of range or not in
 * order, or subject `score` when the score is not a normalised score.
 */
export function readinessStage(
  score: ReadinessScore,
  thresholds: Partial<ReadinessThresholds> = DEFAULT_READINESS_THRESHOLDS,
): ReadinessStage | null {
  // The defaults are frozen and valid: a report asks for a stage per focus area and round.
  const limits =
    thresholds === DEFAULT_READINESS_THRESHOLDS
      ? DEFAULT_READINESS_THRESHOLDS
      : parseWith(
          readinessThresholdsSchema,
          { ...DEFAULT_READINESS_THRESHOLDS, ...thresholds },
          'readiness thresholds',
        );
  const value = plainlyValid(score) ? score : parseWith(readinessScoreSchema, score, 'score');
  let normalised: number;
  if (typeof value === 'number') normalised = value;
  else {
    if (value.normalised === null || value.total === 0 || value.rated / value.total < limits.minCompleteness)
      return null;
    normalised = value.normalised;
  }
  if (normalised >= limits.innovating) return 'innovating';
  if (normalised >= limits.improving) return 'improving';
  return 'initiating';
}

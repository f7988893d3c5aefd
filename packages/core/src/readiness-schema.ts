import * as z from 'zod/mini';
import { READINESS_STAGES } from './readiness-stages.js';

export const readinessStageSchema = /* @__PURE__ */ z.enum(READINESS_STAGES, {
  error: 'Expected a readiness stage: "initiating", "improving" or "innovating"',
});

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

/** A score as `scoreAssessment` gives it, for one focus area or overall (internal to @sel/core). */
export const readinessScoreSchema = /* @__PURE__ */ z.union(
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

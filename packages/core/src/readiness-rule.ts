import type { ReadinessScore, ReadinessThresholds } from './readiness-schema.js';
import type { ReadinessStage } from './readiness-stages.js';

// The readiness rule in plain code, for scores and thresholds already known to be valid;
// `readinessStage` (readiness.ts) checks what it is given with the schemas first.

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

/**
 * Whether `score` is a valid readiness score at a glance, as `scoreAssessment` gives them, so the
 * schema (and its messages) runs only for one that might not be.
 */
export function plainlyValid(score: unknown): score is ReadinessScore {
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
 * The readiness stage of a score already known to be valid (see {@link plainlyValid}), with
 * thresholds known to be valid: what `readinessStage` gives once it has checked both.
 */
export function stageOfValidScore(score: ReadinessScore, limits: ReadinessThresholds): ReadinessStage | null {
  let normalised: number;
  if (typeof score === 'number') normalised = score;
  else {
    if (score.normalised === null || score.total === 0 || score.rated / score.total < limits.minCompleteness)
      return null;
    normalised = score.normalised;
  }
  if (normalised >= limits.innovating) return 'innovating';
  if (normalised >= limits.improving) return 'improving';
  return 'initiating';
}

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
 * The readiness stage of a score already known to be valid (as `scoreAssessment` gives them), with
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

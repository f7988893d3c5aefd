import { DEFAULT_READINESS_THRESHOLDS, stageOfValidScore } from './readiness-rule.js';
import { readinessScoreSchema, readinessThresholdsSchema } from './readiness-schema.js';
import type { ReadinessScore, ReadinessThresholds } from './readiness-schema.js';
import type { ReadinessStage } from './readiness-stages.js';
import { parseWith } from './zod-parse.js';

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
  return stageOfValidScore(plainlyValid(score) ? score : parseWith(readinessScoreSchema, score, 'score'), limits);
}

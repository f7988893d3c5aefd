/**
 * The readiness stages of a district or learning community, in order: `initiating` (early stage),
 * `improving` (scaling up) and `innovating` (maximizing what is in place).
 */
export const READINESS_STAGES = ['initiating', 'improving', 'innovating'] as const;

export type ReadinessStage = (typeof READINESS_STAGES)[number];

/**
 * Core's edits a plan being followed makes: a step's status, and a resource chosen in a finder.
 * A module of its own, loaded on first use (plan-edits-loader.ts).
 */
export { insertPlanItem, setActionStepStatus } from '@sel/core';

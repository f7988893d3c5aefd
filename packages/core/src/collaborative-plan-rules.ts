import { compareIsoDates, fromIsoDate } from './dates.js';
import type { IsoDate } from './dates.js';

// The vocabularies and rules of collaborative plans and action plans, apart from their schemas
// (collaborative-plan.ts), so a plain-code reader and a plan's view bring them without zod.

export const ACTION_STEP_STATUSES = ['not-started', 'in-progress', 'done', 'blocked'] as const;

export const DATA_SOURCES = ['already-collected', 'new'] as const;

export const LEGALLY_SHAREABLE = ['yes', 'no', 'unknown'] as const;

/** An action step's status (`actionStepStatusSchema`). */
type StepStatus = (typeof ACTION_STEP_STATUSES)[number];

/** What these rules read of an action step (`ActionStep` of collaborative-plan.ts has it). */
interface StepFacts {
  readonly id: string;
  readonly due: IsoDate;
  readonly status: StepStatus;
}

/**
 * Reports every action step id used a second time among `steps` (each given with its path), so a
 * step can be named by its id alone.
 */
export function reportRepeatedStepIds(
  steps: readonly { readonly step: Pick<StepFacts, 'id'>; readonly path: readonly PropertyKey[] }[],
  ctx: { addIssue(issue: { code: 'custom'; path: PropertyKey[]; message: string; input: unknown }): void },
): void {
  const seen = new Set<string>();
  for (const { step, path } of steps) {
    if (seen.has(step.id)) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, 'id'],
        message: `Expected a unique action step id, but "${step.id}" is used twice`,
        input: step.id,
      });
    }
    seen.add(step.id);
  }
}

/**
 * Action steps past their due date and not done (a blocked step still counts), earliest due
 * first; steps due on the same day keep plan order.
 *
 * @param today the date to judge against, as `YYYY-MM-DD`.
 * @throws {SelRuleError} `invalid-date` when `today` is not a real date.
 */
export function overdueActionSteps<S extends StepFacts>(
  plan: { readonly actionSteps: readonly S[] },
  today: IsoDate,
): S[] {
  fromIsoDate(today);
  return plan.actionSteps
    .filter((step) => step.status !== 'done' && compareIsoDates(step.due, today) < 0)
    .sort((a, b) => compareIsoDates(a.due, b.due));
}

/** How far along a plan's action steps are. */
export interface PlanProgress {
  readonly total: number;
  readonly done: number;
  /** How many steps have each status (every status present, 0 when none). */
  readonly byStatus: Readonly<Record<StepStatus, number>>;
  /** `done / total`, from 0 to 1; `undefined` for a plan with no action steps yet. */
  readonly fractionDone: number | undefined;
}

export function planProgress(plan: { readonly actionSteps: readonly Pick<StepFacts, 'status'>[] }): PlanProgress {
  const byStatus: Record<StepStatus, number> = { 'not-started': 0, 'in-progress': 0, done: 0, blocked: 0 };
  for (const step of plan.actionSteps) byStatus[step.status] += 1;
  const total = plan.actionSteps.length;
  return { total, done: byStatus.done, byStatus, fractionDone: total === 0 ? undefined : byStatus.done / total };
}

import { actionPlanSteps } from './action-plan.js';
import type { ActionPlan } from './action-plan.js';
import type { ActionStepStatus } from './collaborative-plan.js';
import { fromIsoDate } from './dates.js';
import type { IsoDate } from './dates.js';
import { SelRuleError } from './errors.js';

/**
 * Edits of an action plan, each returning a new plan and leaving the one given untouched (parts
 * not on the edited path are shared). They do not validate: a plan being written may have an
 * empty field for a while, and `safeParseActionPlan` says what is still missing. A place is
 * named by its path in the plan, as in validation issues: `['goals', 0, 'steps', 2, 'owner']`.
 */

export type PlanPath = readonly (string | number)[];

/** The error for a path that leads nowhere. Internal. */
export function missing(path: PlanPath, at: number): SelRuleError {
  return new SelRuleError('invalid-path', `The plan has nothing at ${path.slice(0, at + 1).join('.')}`, { path });
}

/** Replaces what sits at `path` with `change(current)`, copying each object and array on the way. */
function replaceAt(node: unknown, path: PlanPath, at: number, change: (current: unknown) => unknown): unknown {
  if (at === path.length) return change(node);
  const key = path[at];
  if (Array.isArray(node) && typeof key === 'number' && key >= 0 && key < node.length) {
    const list: readonly unknown[] = node;
    return list.map((item, index) => (index === key ? replaceAt(item, path, at + 1, change) : item));
  }
  if (typeof node === 'object' && node !== null && !Array.isArray(node) && typeof key === 'string') {
    const record = node as Readonly<Record<string, unknown>>;
    if (at < path.length - 1 && !(key in record)) throw missing(path, at);
    return { ...record, [key]: replaceAt(record[key], path, at + 1, change) };
  }
  throw missing(path, at);
}

/** Replaces what sits at `path` in a plan, which keeps its kind. Internal. */
export function editPlan(plan: ActionPlan, path: PlanPath, change: (current: unknown) => unknown): ActionPlan {
  if (path[0] === 'kind') throw new SelRuleError('invalid-path', 'A plan keeps its kind', { path });
  return replaceAt(plan, path, 0, change) as ActionPlan;
}

/** The list at `path`, empty when an optional list is absent. Internal. */
export function listAt(current: unknown, path: PlanPath): unknown[] {
  if (current === undefined) return [];
  if (!Array.isArray(current)) throw new SelRuleError('invalid-path', `${path.join('.')} is not a list`, { path });
  return current;
}

/** Adds `item` to the list at `listPath` (created when an optional list is absent), at `index` or at the end. */
export function insertPlanItem(plan: ActionPlan, listPath: PlanPath, item: unknown, index?: number): ActionPlan {
  return editPlan(plan, listPath, (current) => {
    const list = [...listAt(current, listPath)];
    const at = index ?? list.length;
    if (!Number.isInteger(at) || at < 0 || at > list.length) {
      throw new SelRuleError('invalid-path', `${listPath.join('.')} has no place ${at}`, { path: listPath, index: at });
    }
    list.splice(at, 0, item);
    return list;
  });
}

/**
 * Gives the step with id `stepId` a new status and marks it changed on `today`.
 *
 * @throws {SelRuleError} `unknown-step` when no step has that id; `invalid-date` for a bad `today`.
 */
export function setActionStepStatus(
  plan: ActionPlan,
  stepId: string,
  status: ActionStepStatus,
  today: IsoDate,
): ActionPlan {
  fromIsoDate(today);
  const ref = actionPlanSteps(plan).find(({ step }) => step.id === stepId);
  if (!ref) throw new SelRuleError('unknown-step', `The plan has no action step "${stepId}"`, { stepId });
  return editPlan(plan, ref.path, () => ({ ...ref.step, status, updated: today }));
}

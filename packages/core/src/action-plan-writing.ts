import { actionPlanSteps } from './action-plan.js';
import type { ActionPlan } from './action-plan.js';
import { editPlan, listAt, missing, type PlanPath } from './action-plan-edits.js';
import { SelRuleError } from './errors.js';

// The edits only the plan's editor makes (fields, removing and moving items, new ids), apart from
// those a plan being followed makes (action-plan-edits.ts), so a page that follows a plan brings
// these with its editor.

function checkIndex(index: number, length: number, path: PlanPath): void {
  if (!Number.isInteger(index) || index < 0 || index >= length) {
    throw new SelRuleError('invalid-path', `${path.join('.')} has no item ${index}`, { path, index });
  }
}

/** Sets one field, e.g. a step's owner; `undefined` removes an optional field. */
export function setPlanField(plan: ActionPlan, path: PlanPath, value: unknown): ActionPlan {
  if (path.length === 0) throw new SelRuleError('invalid-path', 'Expected the path of a field', { path });
  if (value !== undefined) return editPlan(plan, path, () => value);
  const parent = path.slice(0, -1);
  const key = path[path.length - 1];
  return editPlan(plan, parent, (current) => {
    if (typeof current !== 'object' || current === null || Array.isArray(current) || typeof key !== 'string') {
      throw missing(path, path.length - 1);
    }
    return Object.fromEntries(Object.entries(current).filter(([name]) => name !== key));
  });
}

/** Removes the item at `index` from the list at `listPath`. */
export function removePlanItem(plan: ActionPlan, listPath: PlanPath, index: number): ActionPlan {
  return editPlan(plan, listPath, (current) => {
    const list = [...listAt(current, listPath)];
    checkIndex(index, list.length, listPath);
    list.splice(index, 1);
    return list;
  });
}

/** Moves the item at `from` to position `to` in the list at `listPath` (the others close up). */
export function movePlanItem(plan: ActionPlan, listPath: PlanPath, from: number, to: number): ActionPlan {
  return editPlan(plan, listPath, (current) => {
    const list = [...listAt(current, listPath)];
    checkIndex(from, list.length, listPath);
    checkIndex(to, list.length, listPath);
    const [item] = list.splice(from, 1);
    list.splice(to, 0, item);
    return list;
  });
}

/** An id not used yet by any goal or step of the plan: `prefix-1`, `prefix-2`, ... */
export function nextPlanId(plan: ActionPlan, prefix: string): string {
  const used = new Set<string>(actionPlanSteps(plan).map(({ step }) => step.id));
  if (plan.kind === 'casel') for (const goal of plan.goals) used.add(goal.id);
  let n = 1;
  while (used.has(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}

import {
  insertPlanItem,
  movePlanItem,
  removePlanItem,
  checkActionPlan,
  setPlanField,
  type ActionPlan,
  type ActionPlanGoal,
  type PlanPath,
  type SelIssue,
} from '@sel/core';
import { newPlanItem } from './plan-editor.js';
import { pathKey } from './plan-fields.js';

/** What a button of the editor does to a list. */
export type ListAction = 'add' | 'up' | 'down' | 'remove';

/** Where focus goes after a list changed, and the position the item took (for the announcement). */
export interface ListChange {
  readonly focus: string;
  /** The item's position after the change, from 0 (for a removal, the position it had). */
  readonly index: number;
}

const listItems = (plan: ActionPlan, list: PlanPath): number => {
  let node: unknown = plan;
  for (const segment of list) {
    node = typeof node === 'object' && node !== null ? (node as Record<string | number, unknown>)[segment] : undefined;
  }
  return Array.isArray(node) ? node.length : 0;
};

/**
 * A plan being written: what the person typed (kept whatever its state, so nothing is lost while
 * a field is empty or a date half typed), the problems the schema finds in it, and whether they
 * are shown yet (after the first "Done editing" or blocked form submission, as GOV.UK forms do).
 */
export class PlanDraft {
  plan: ActionPlan | undefined;
  issues: readonly SelIssue[] = [];
  checked = false;

  begin(plan: ActionPlan | undefined): void {
    this.plan = plan;
    this.issues = [];
    this.checked = false;
  }

  /** Puts what was typed into the draft; an optional field left blank is taken out of the plan. */
  type(path: PlanPath, value: string, optional: boolean): void {
    if (!this.plan) return;
    this.plan = setPlanField(this.plan, path, optional && value.trim() === '' ? undefined : value);
  }

  /** Adds, moves or removes an item of the list at `list`; says where focus should go next. */
  change(action: ListAction, list: PlanPath, index: number): ListChange | undefined {
    const plan = this.plan;
    if (!plan) return undefined;
    const key = pathKey(list);
    const count = listItems(plan, list);
    if (action === 'add') {
      this.plan = insertPlanItem(plan, list, newPlanItem(plan, list));
      return { focus: `[data-item="${key}.${count}"]`, index: count };
    }
    if (action === 'remove') {
      this.plan = removePlanItem(plan, list, index);
      const next = Math.min(index, count - 2);
      return {
        focus:
          next < 0
            ? `[data-action="add"][data-list="${key}"]`
            : `[data-action="remove"][data-list="${key}"][data-index="${next}"]`,
        index,
      };
    }
    const to = action === 'up' ? index - 1 : index + 1;
    if (to < 0 || to >= count) return undefined;
    this.plan = movePlanItem(plan, list, index, to);
    // Focus stays on the same button of the moved item, or its other move button at an end of the list.
    const edge = to === 0 || to === count - 1;
    const button = edge ? (action === 'up' ? 'down' : 'up') : action;
    return { focus: `[data-action="${button}"][data-list="${key}"][data-index="${to}"]`, index: to };
  }

  /** Adds a goal made elsewhere (proposed from an assessment) at the end of a CASEL plan's goals. */
  addGoal(goal: ActionPlanGoal): ListChange | undefined {
    if (this.plan?.kind !== 'casel') return undefined;
    const index = this.plan.goals.length;
    this.plan = insertPlanItem(this.plan, ['goals'], goal);
    return { focus: `[data-item="goals.${index}"]`, index };
  }

  /** Checks the draft: the plan when it is valid, else `undefined` with the problems in `issues`. */
  check(): ActionPlan | undefined {
    if (!this.plan) return undefined;
    const result = checkActionPlan(this.plan);
    this.issues = result.ok ? [] : result.error.issues;
    return result.ok ? result.value : undefined;
  }
}

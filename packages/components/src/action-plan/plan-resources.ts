import type { ActionPlan, PlanPath } from '@sel/core';

/**
 * Whether a resource chosen at `event` is one this plan takes, as its `resources-from` attribute
 * says: from anywhere on the page without it (`null`), else only from the elements with the ids
 * it lists (an element inside one of them included); an empty list takes none.
 */
export function takesResourceFrom(resourcesFrom: string | null | undefined, event: Event): boolean {
  if (resourcesFrom === null || resourcesFrom === undefined) return true;
  const ids = new Set(resourcesFrom.split(/\s+/).filter((id) => id !== ''));
  return event.composedPath().some((node) => node instanceof Element && ids.has(node.id));
}

/**
 * Where a resource chosen in the finder goes: the goals made for the indicators it was offered
 * for, else the goal the person is working on (`activeGoal`), or a partner plan's shared goal.
 * Each path is a `resourceIds` list; a goal that has the resource already is left out.
 */
export function resourceTargets(
  plan: ActionPlan,
  resourceId: string,
  indicatorIds: readonly string[],
  activeGoal: number | undefined,
): PlanPath[] {
  if (plan.kind === 'partner') return plan.resourceIds?.includes(resourceId) ? [] : [['resourceIds']];
  const matching = plan.goals.flatMap((goal, index) =>
    goal.indicatorIds?.some((id) => indicatorIds.includes(id)) ? [index] : [],
  );
  const goals = matching.length > 0 ? matching : activeGoal === undefined ? [] : [activeGoal];
  return goals
    .filter((index) => plan.goals[index] !== undefined && !plan.goals[index].resourceIds?.includes(resourceId))
    .map((index) => ['goals', index, 'resourceIds']);
}

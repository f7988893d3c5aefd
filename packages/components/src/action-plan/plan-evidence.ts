import { html, nothing, type TemplateResult } from 'lit';
import {
  goalsFromAssessment,
  type ActionPlan,
  type ActionPlanGoal,
  type Assessment,
  type Rubric,
  type SelIssue,
} from '@sel/core';
import type { Translate } from './plan-view.js';

/**
 * Starting a plan from evidence: goals proposed from an assessment (the team's priority indicators,
 * then the lowest-rated ones), and resources chosen in the resource finder attached to goals.
 */

/** Goals to propose for `plan`: none for a partner plan, and none for an indicator a goal already covers. */
export function proposedGoals(
  plan: ActionPlan,
  rubric: Rubric | undefined,
  assessment: Assessment | undefined,
  priorities: readonly string[] | undefined,
): { goals: ActionPlanGoal[]; issues: SelIssue[] } {
  if (plan.kind !== 'casel' || !rubric || !assessment) return { goals: [], issues: [] };
  const covered = new Set(plan.goals.flatMap((goal) => goal.indicatorIds ?? []));
  try {
    const goals = goalsFromAssessment(rubric, assessment, {
      limit: 3 + covered.size,
      usedIds: plan.goals.map((goal) => goal.id),
      ...(priorities ? { priorityIds: priorities } : {}),
    });
    return { goals: goals.filter((goal) => !goal.indicatorIds?.some((id) => covered.has(id))).slice(0, 3), issues: [] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { goals: [], issues: [{ path: ['assessment'], code: 'assessment-mismatch', message }] };
  }
}

/** The proposed goals, each with a button that adds it to the plan. */
export function renderProposedGoals(t: Translate, goals: readonly ActionPlanGoal[]): TemplateResult | typeof nothing {
  if (goals.length === 0) return nothing;
  return html`<section class="proposals" part="proposals">
    <p id="proposals-heading" class="proposals__title">${t('plan.evidence.heading')}</p>
    <ul class="items">
      ${goals.map(
        (goal, index) =>
          html`<li>
            <span class="proposal">${goal.statement}</span>
            <button type="button" data-action="propose" data-index=${index}>
              ${t('plan.evidence.add')}<span class="visually-hidden">: ${goal.statement}</span>
            </button>
          </li>`,
      )}
    </ul>
  </section>`;
}

import { actionStepCalendarEvents } from './action-step-calendar-events.js';
import { actionPlanSteps } from './action-plan.js';
import type { ActionPlan, ActionPlanGoal } from './action-plan.js';
import type { Assessment } from './assessment.js';
import { stringifyCsvTable } from './csv.js';
import { weakestIndicators } from './next-steps.js';
import { listIndicators } from './rubric.js';
import type { Rubric } from './rubric.js';
import { toICalendar } from './to-icalendar.js';

/**
 * What a plan gives out and takes in: its steps as a spreadsheet and as calendar events, and goals
 * started from an assessment's evidence.
 */

/** The columns of {@link actionPlanStepsToCsv}, in order. */
export const ACTION_PLAN_CSV_COLUMNS = ['Goal', 'Step', 'Owner', 'Due', 'Status', 'Updated', 'ID'] as const;

/**
 * The plan's steps as CSV, one row per step in plan order: its goal (a CASEL plan's goal statement,
 * or a partner plan's shared goal), what is to be done, the owner, due and changed dates, status
 * and id. Text that a spreadsheet would run as a formula is written behind an apostrophe
 * (`guardCsvFormula`), so text typed by anyone cannot run in the reader's spreadsheet.
 */
export function actionPlanStepsToCsv(plan: ActionPlan): string {
  const records = actionPlanSteps(plan).map(({ step, goalIndex }) => ({
    Goal: plan.kind === 'casel' ? (plan.goals[goalIndex ?? 0]?.statement ?? '') : plan.sharedGoal,
    Step: step.description,
    Owner: step.owner,
    Due: step.due,
    Status: step.status,
    Updated: step.updated,
    ID: step.id,
  }));
  return stringifyCsvTable(ACTION_PLAN_CSV_COLUMNS, records, { guardFormulas: true });
}

/**
 * The plan's steps on their due days as iCalendar text (RFC 5545), for a team calendar. UIDs come
 * from `calendarId` and the step ids, so a newer download updates the events an earlier one added.
 *
 * @param stamp when the file is made, as an ISO 8601 date-time.
 */
export function actionPlanToICalendar(plan: ActionPlan, calendarId: string, stamp: string): string {
  return toICalendar(actionStepCalendarEvents(actionPlanSteps(plan).map(({ step }) => step)), {
    calendarId,
    calendarName: plan.title,
    stamp,
  });
}

/** Options of {@link goalsFromAssessment}. */
export interface GoalsFromAssessmentOptions {
  /** Indicators the team chose as priorities: proposed first, in this order, whatever their rating. */
  readonly priorityIds?: readonly string[];
  /** At most this many goals (default 3: CASEL and PBIS advise a few at a time). */
  readonly limit?: number;
  /** Goal ids already in the plan: new ids never repeat them. */
  readonly usedIds?: readonly string[];
}

/**
 * Goals to start a CASEL action plan from the evidence: the team's priority indicators first, then
 * the lowest-rated ones (`weakestIndicators`), each once, as goals with no steps yet. A goal's
 * statement starts as the indicator's text, for the team to make specific, measurable and timed.
 *
 * @throws {SelRuleError} when the assessment does not fit the rubric.
 */
export function goalsFromAssessment(
  rubric: Rubric,
  assessment: Assessment,
  options: GoalsFromAssessmentOptions = {},
): ActionPlanGoal[] {
  const limit = options.limit ?? 3;
  const byId = new Map(listIndicators(rubric).map((entry) => [entry.indicator.id, entry.indicator]));
  const chosen = [
    ...(options.priorityIds ?? []).flatMap((id) => {
      const indicator = byId.get(id);
      return indicator ? [indicator] : [];
    }),
    ...weakestIndicators(rubric, assessment, { limit: byId.size }).map((weak) => weak.indicator),
  ];
  const used = new Set(options.usedIds ?? []);
  const goals: ActionPlanGoal[] = [];
  for (const indicator of chosen) {
    if (goals.length >= limit) break;
    if (goals.some((goal) => goal.indicatorIds?.includes(indicator.id))) continue;
    let id = `goal-${indicator.id}`;
    for (let n = 2; used.has(id); n += 1) id = `goal-${indicator.id}-${n}`;
    used.add(id);
    goals.push({ id, statement: indicator.text, indicatorIds: [indicator.id], steps: [] });
  }
  return goals;
}

import { addDays } from 'date-fns/addDays';
import * as z from 'zod/mini';
import { actionStepSchema, collaborativePlanFields } from './collaborative-plan.js';
import { planProgress, reportRepeatedStepIds } from './collaborative-plan-rules.js';
import type { ActionStep, PlanProgress } from './collaborative-plan.js';
import { compareIsoDates, fromIsoDate, toIsoDate } from './dates.js';
import type { IsoDate } from './dates.js';
import { safeParseWith } from './zod-parse.js';
import type { ParseResult } from './errors.js';

/**
 * The plans an SEL team works from, revisited at every meeting. Two kinds share one shape of
 * action step (an owner, a due date, a status):
 * - `casel`: CASEL's action planner. S.M.A.R.T. goals, often drawn from a rubric's weakest or
 *   priority indicators, each with its action steps.
 * - `partner`: the collaborative planning worksheet made with a community partner (shared goal,
 *   school-day practices, partner practices, alignment, key personnel, action steps), with its
 *   communication plan and its continuous-improvement data plan.
 */

const text = (what: string) =>
  z.string({ error: `Expected ${what} as text` }).check(z.regex(/\S/, { error: `Expected ${what} (not empty)` }));
const optionalIds = (what: string) => z.optional(z.array(text(what)));

export const ACTION_PLAN_KINDS = ['casel', 'partner'] as const;
export type ActionPlanKind = (typeof ACTION_PLAN_KINDS)[number];

/** A S.M.A.R.T. goal of a CASEL action plan and the steps that reach it. */
export const actionPlanGoalSchema = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ text('a goal id'),
  /** The goal: specific, measurable, achievable, relevant and time-bound. */
  statement: /* @__PURE__ */ text('a goal'),
  /** How the team will know the goal is met. */
  measure: /* @__PURE__ */ z.optional(/* @__PURE__ */ text('how progress is measured')),
  /** The rubric indicators the goal comes from. */
  indicatorIds: /* @__PURE__ */ optionalIds('an indicator id'),
  /** Resources from the catalog that help with the goal. */
  resourceIds: /* @__PURE__ */ optionalIds('a resource id'),
  steps: /* @__PURE__ */ z.array(actionStepSchema),
});
export type ActionPlanGoal = z.infer<typeof actionPlanGoalSchema>;

const planTitle = () => text('a plan title');

/** CASEL's action planner: goals with action steps. */
export const caselActionPlanSchema = /* @__PURE__ */ z
  .object({
    kind: /* @__PURE__ */ z.literal('casel'),
    title: /* @__PURE__ */ planTitle(),
    goals: /* @__PURE__ */ z.array(actionPlanGoalSchema),
  })
  .check(
    /* @__PURE__ */ z.superRefine((plan, ctx) => {
      const goalIds = new Set<string>();
      plan.goals.forEach((goal, index) => {
        if (goalIds.has(goal.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['goals', index, 'id'],
            message: `Expected a unique goal id, but "${goal.id}" is used twice`,
            input: goal.id,
          });
        }
        goalIds.add(goal.id);
      });
      reportRepeatedStepIds(
        plan.goals.flatMap((goal, g) => goal.steps.map((step, i) => ({ step, path: ['goals', g, 'steps', i] }))),
        ctx,
      );
    }),
  );
export type CaselActionPlan = z.infer<typeof caselActionPlanSchema>;

/** The collaborative planning worksheet made with a community partner, with its follow-through. */
export const partnerActionPlanSchema = /* @__PURE__ */ z
  .object({
    kind: /* @__PURE__ */ z.literal('partner'),
    title: /* @__PURE__ */ planTitle(),
    /** Resources from the catalog that help with the shared goal. */
    resourceIds: /* @__PURE__ */ optionalIds('a resource id'),
    ...collaborativePlanFields,
  })
  .check(
    /* @__PURE__ */ z.superRefine((plan, ctx) => {
      reportRepeatedStepIds(
        plan.actionSteps.map((step, index) => ({ step, path: ['actionSteps', index] })),
        ctx,
      );
    }),
  );
export type PartnerActionPlan = z.infer<typeof partnerActionPlanSchema>;

/** Either kind of plan; `kind` says which sections it has. */
export const actionPlanSchema = /* @__PURE__ */ z.discriminatedUnion(
  'kind',
  [caselActionPlanSchema, partnerActionPlanSchema],
  {
    error: () => `Expected a plan kind: ${ACTION_PLAN_KINDS.join(' or ')}`,
  },
);
export type ActionPlan = z.infer<typeof actionPlanSchema>;

/** Checks an action plan without throwing. */
export function safeParseActionPlan(input: unknown): ParseResult<ActionPlan> {
  return safeParseWith(actionPlanSchema, input, 'action plan');
}

/** An action step with where it sits in its plan. */
export interface PlanStepRef {
  readonly step: ActionStep;
  /** Path of the step in the plan, e.g. `['goals', 0, 'steps', 2]` or `['actionSteps', 2]`. */
  readonly path: readonly (string | number)[];
  /** Index of the step's goal in a CASEL plan; `undefined` in a partner plan. */
  readonly goalIndex: number | undefined;
}

/** Every action step of a plan in plan order. */
export function actionPlanSteps(plan: ActionPlan): PlanStepRef[] {
  if (plan.kind === 'partner') {
    return plan.actionSteps.map((step, index) => ({ step, path: ['actionSteps', index], goalIndex: undefined }));
  }
  return plan.goals.flatMap((goal, goalIndex) =>
    goal.steps.map((step, index) => ({ step, path: ['goals', goalIndex, 'steps', index], goalIndex })),
  );
}

/** How many days ahead a step counts as due soon, unless a caller says otherwise. */
export const DUE_SOON_DAYS = 14;

/**
 * Where a step stands against `today`: `done`; `overdue` when its due date has passed and it is
 * not done (a blocked step still counts, as in `overdueActionSteps`); `due-soon` when it is due
 * from today to `soonDays` days ahead; otherwise `later`.
 *
 * @throws {SelRuleError} `invalid-date` when `today` is not a real date.
 */
export function actionStepTiming(
  step: Pick<ActionStep, 'due' | 'status'>,
  today: IsoDate,
  soonDays: number = DUE_SOON_DAYS,
): 'done' | 'overdue' | 'due-soon' | 'later' {
  const horizon = toIsoDate(addDays(fromIsoDate(today), soonDays));
  if (step.status === 'done') return 'done';
  if (compareIsoDates(step.due, today) < 0) return 'overdue';
  return compareIsoDates(step.due, horizon) <= 0 ? 'due-soon' : 'later';
}

/** Steps not done and due from `today` to `soonDays` days ahead, earliest first (ties keep plan order). */
export function dueSoonActionSteps(plan: ActionPlan, today: IsoDate, soonDays: number = DUE_SOON_DAYS): ActionStep[] {
  return actionPlanSteps(plan)
    .map(({ step }) => step)
    .filter((step) => actionStepTiming(step, today, soonDays) === 'due-soon')
    .sort((a, b) => compareIsoDates(a.due, b.due));
}

/** The owners named in a plan's steps, each once, in the order of the language's collation. */
export function actionPlanOwners(plan: ActionPlan): string[] {
  return [...new Set(actionPlanSteps(plan).map(({ step }) => step.owner.trim()))].sort((a, b) => a.localeCompare(b));
}

/** The plan's progress over all its steps and, in a CASEL plan, goal by goal. */
export interface ActionPlanProgress {
  readonly overall: PlanProgress;
  /** One entry per goal of a CASEL plan, in goal order; empty for a partner plan. */
  readonly goals: readonly PlanProgress[];
}

export function actionPlanProgress(plan: ActionPlan): ActionPlanProgress {
  return {
    overall: planProgress({ actionSteps: actionPlanSteps(plan).map(({ step }) => step) }),
    goals: plan.kind === 'casel' ? plan.goals.map((goal) => planProgress({ actionSteps: goal.steps })) : [],
  };
}

/**
 * The steps changed on or after `since` (their `updated` date), in plan order: what a team
 * reviews at the start of a meeting. Steps with no `updated` date are left out.
 *
 * @throws {SelRuleError} `invalid-date` when `since` is not a real date.
 */
export function stepsChangedSince(plan: ActionPlan, since: IsoDate): PlanStepRef[] {
  fromIsoDate(since);
  return actionPlanSteps(plan).filter(
    ({ step }) => step.updated !== undefined && compareIsoDates(step.updated, since) >= 0,
  );
}

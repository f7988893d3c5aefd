import { ACTION_PLAN_KINDS, type ActionPlan, type ActionPlanGoal } from './action-plan.js';
import {
  checkRepeatedStepIds,
  COLLABORATIVE_PLAN_FIELDS,
  readActionStep,
  readPlanText,
} from './collaborative-plan-reader.js';
import type { ParseResult } from './errors.js';
import { isFields, listOf, PlainReading, readFields, type Read } from './plain-reader.js';

// An action plan read in plain code: what `actionPlanSchema` and `safeParseActionPlan` give
// (value, verdict, issues and their messages) without zod, for a page that follows a plan.
// action-plan-reader.property.test.ts holds the two together.

const readGoalId = /* @__PURE__ */ readPlanText('a goal id');
const readStatement = /* @__PURE__ */ readPlanText('a goal');
const readMeasure = /* @__PURE__ */ readPlanText('how progress is measured');
const readIndicatorIds = /* @__PURE__ */ listOf(/* @__PURE__ */ readPlanText('an indicator id'));
const readResourceIds = /* @__PURE__ */ listOf(/* @__PURE__ */ readPlanText('a resource id'));
const readSteps = /* @__PURE__ */ listOf(readActionStep);
const readTitle = /* @__PURE__ */ readPlanText('a plan title');

const readGoal: Read<ActionPlanGoal> = (reading, input, path) =>
  readFields(reading, input, path, [
    ['id', readGoalId],
    ['statement', readStatement],
    ['measure', readMeasure, true],
    ['indicatorIds', readIndicatorIds, true],
    ['resourceIds', readResourceIds, true],
    ['steps', readSteps],
  ]) as ActionPlanGoal;

const readGoals = /* @__PURE__ */ listOf(readGoal);

/** The plan's `kind`, already known to name one of the two. */
const readKind: Read<unknown> = (_reading, input) => input;

const kindMessage = (): string => `Expected a plan kind: ${ACTION_PLAN_KINDS.join(' or ')}`;

/**
 * Reads an action plan without throwing, as `safeParseActionPlan` does (the same value, or the
 * same issues with the same messages), in plain code: a page that follows a plan does not need zod.
 */
export function checkActionPlan(input: unknown): ParseResult<ActionPlan> {
  const reading = new PlainReading();
  const result = (plan: unknown): ParseResult<ActionPlan> => reading.result('action plan', plan as ActionPlan);
  // `z.discriminatedUnion('kind', ...)`: an object whose `kind` names one of the two kinds.
  if (!isFields(input)) {
    reading.add([], 'invalid_type', kindMessage());
    return result(input);
  }
  const kind = input['kind'];
  if (kind === 'casel') {
    const plan = readFields(
      reading,
      input,
      [],
      [
        ['kind', readKind],
        ['title', readTitle],
        ['goals', readGoals],
      ],
    ) as { goals: ActionPlanGoal[] };
    if (!reading.stopped(0)) {
      const goalIds = new Set<string>();
      plan.goals.forEach((goal, index) => {
        if (goalIds.has(goal.id)) {
          reading.add(
            ['goals', index, 'id'],
            'custom',
            `Expected a unique goal id, but "${goal.id}" is used twice`,
            true,
          );
        }
        goalIds.add(goal.id);
      });
      checkRepeatedStepIds(
        reading,
        plan.goals.flatMap((goal, g) => goal.steps.map((step, i) => ({ step, path: ['goals', g, 'steps', i] }))),
        [],
      );
    }
    return result(plan);
  }
  if (kind === 'partner') {
    const plan = readFields(
      reading,
      input,
      [],
      [['kind', readKind], ['title', readTitle], ['resourceIds', readResourceIds, true], ...COLLABORATIVE_PLAN_FIELDS],
    ) as { actionSteps: ActionPlanGoal['steps'] };
    if (!reading.stopped(0)) {
      checkRepeatedStepIds(
        reading,
        plan.actionSteps.map((step, index) => ({ step, path: ['actionSteps', index] })),
        [],
      );
    }
    return result(plan);
  }
  reading.add(['kind'], 'invalid_union', kindMessage());
  return result(input);
}

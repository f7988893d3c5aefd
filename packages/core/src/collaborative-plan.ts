import * as z from 'zod/mini';
import { isoDateSchema } from './dates-schema.js';
import {
  ACTION_STEP_STATUSES,
  DATA_SOURCES,
  LEGALLY_SHAREABLE,
  reportRepeatedStepIds,
} from './collaborative-plan-rules.js';

export {
  ACTION_STEP_STATUSES,
  DATA_SOURCES,
  LEGALLY_SHAREABLE,
  overdueActionSteps,
  planProgress,
  type PlanProgress,
  reportRepeatedStepIds,
} from './collaborative-plan-rules.js';

/**
 * Collaborative planning between a school SEL team and a community partner (adapted from Beyond
 * the Bell, American Institutes for Research): agree on a shared SEL goal, list what already
 * supports it during the school day and in the partner's program, look for alignment, name the
 * people involved, and set action steps. Follow-through adds a communication plan and a plan for
 * sharing data for continuous improvement.
 */

const text = (what: string) =>
  z.string({ error: `Expected ${what} as text` }).check(z.regex(/\S/, { error: `Expected ${what} (not empty)` }));

export const actionStepStatusSchema = /* @__PURE__ */ z.enum(ACTION_STEP_STATUSES, {
  error: () => `Expected a status: ${ACTION_STEP_STATUSES.join(', ')}`,
});
export type ActionStepStatus = z.infer<typeof actionStepStatusSchema>;

/** Something someone will do, by a date. */
export const actionStepSchema = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ text('an action step id'),
  description: /* @__PURE__ */ text('a description of the step'),
  /** Who is responsible. */
  owner: /* @__PURE__ */ text('an owner'),
  due: isoDateSchema,
  status: actionStepStatusSchema,
  /** The day the step last changed (status, owner, date or text), for "what changed since the last meeting". */
  updated: /* @__PURE__ */ z.optional(isoDateSchema),
});
export type ActionStep = z.infer<typeof actionStepSchema>;

/** A person who will carry out the plan, on either side of the partnership. */
export const keyPersonSchema = /* @__PURE__ */ z.object({
  name: /* @__PURE__ */ text('a name'),
  role: /* @__PURE__ */ z.optional(/* @__PURE__ */ text('a role')),
  /** The school, the district or the partner organisation the person works for. */
  organization: /* @__PURE__ */ z.optional(/* @__PURE__ */ text('an organization')),
});
export type KeyPerson = z.infer<typeof keyPersonSchema>;

/** Who needs to hear what, how, and how often. */
export const communicationPlanEntrySchema = /* @__PURE__ */ z.object({
  /** Who is informed, e.g. "after-school staff" or "families". */
  audience: /* @__PURE__ */ text('who is informed'),
  /** What they are informed about. */
  message: /* @__PURE__ */ text('what they are informed about'),
  /** How, e.g. "staff newsletter" or "joint meeting". */
  channel: /* @__PURE__ */ z.optional(/* @__PURE__ */ text('a channel')),
  /** How often, e.g. "monthly" or "each semester". */
  frequency: /* @__PURE__ */ text('how often'),
});
export type CommunicationPlanEntry = z.infer<typeof communicationPlanEntrySchema>;

export const communicationPlanSchema = /* @__PURE__ */ z.array(communicationPlanEntrySchema);
export type CommunicationPlan = z.infer<typeof communicationPlanSchema>;

/** One kind of data the school and partner use together to improve. */
export const dataSharingPlanEntrySchema = /* @__PURE__ */ z.object({
  /** What data, e.g. "program attendance" or "student SEL survey results". */
  data: /* @__PURE__ */ text('what data'),
  /** Whether someone already collects it, or it is new. */
  source: /* @__PURE__ */ z.enum(DATA_SOURCES, {
    error: () => `Expected a source: ${DATA_SOURCES.join(' or ')}`,
  }),
  /** Whether it can legally be shared between school and partner (`unknown` until checked). */
  legallyShareable: /* @__PURE__ */ z.enum(LEGALLY_SHAREABLE, {
    error: () => `Expected ${LEGALLY_SHAREABLE.join(', ')}`,
  }),
  /** How often it is shared or reviewed together. */
  frequency: /* @__PURE__ */ text('how often'),
  notes: /* @__PURE__ */ z.optional(/* @__PURE__ */ text('notes')),
});
export type DataSharingPlanEntry = z.infer<typeof dataSharingPlanEntrySchema>;

export const dataSharingPlanSchema = /* @__PURE__ */ z.array(dataSharingPlanEntrySchema);
export type DataSharingPlan = z.infer<typeof dataSharingPlanSchema>;

const textList = (what: string) => z.array(text(what));

/**
 * The fields of a collaborative plan, in the worksheet's order; the partner kind of action plan
 * (`action-plan.ts`) has the same fields.
 */
export const collaborativePlanFields = {
  /** The partners in the plan (ids from the partner inventory). */
  partnerIds: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ text('a partner id'))),
  /** The SEL goal that resonates in both settings. */
  sharedGoal: /* @__PURE__ */ text('a shared SEL goal'),
  /** School-day SEL practices that support the goal. */
  schoolDayPractices: /* @__PURE__ */ textList('a school-day practice'),
  /** The partner's SEL practices that support the goal. */
  partnerPractices: /* @__PURE__ */ textList('a partner practice'),
  /** Where the two can line up (shared language, joint routines, cross-site visits, ...). */
  alignmentOpportunities: /* @__PURE__ */ textList('an alignment opportunity'),
  keyPersonnel: /* @__PURE__ */ z.array(keyPersonSchema),
  actionSteps: /* @__PURE__ */ z.array(actionStepSchema),
  communicationPlan: /* @__PURE__ */ z.optional(communicationPlanSchema),
  dataSharingPlan: /* @__PURE__ */ z.optional(dataSharingPlanSchema),
};

/** A plan made in a joint meeting of the school SEL team and one or more community partners. */
export const collaborativePlanSchema = /* @__PURE__ */ z.object(collaborativePlanFields).check(
  /* @__PURE__ */ z.superRefine((plan, ctx) => {
    reportRepeatedStepIds(
      plan.actionSteps.map((step, index) => ({ step, path: ['actionSteps', index] })),
      ctx,
    );
  }),
);
export type CollaborativePlan = z.infer<typeof collaborativePlanSchema>;

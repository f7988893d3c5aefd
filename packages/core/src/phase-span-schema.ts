import * as z from 'zod/mini';
import { phaseSchema } from './community.js';
import { isoDateSchema } from './dates-schema.js';

/** The stretch of the calendar a community plans to spend in one lifecycle phase (both days inclusive). */
export const phaseSpanSchema = /* @__PURE__ */ z.object({
  phase: phaseSchema,
  start: isoDateSchema,
  end: isoDateSchema,
  /** How many of the community's milestones belong to the phase. */
  milestones: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.minimum(1)),
});
export type PhaseSpan = z.infer<typeof phaseSpanSchema>;

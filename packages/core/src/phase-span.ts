import * as z from 'zod/mini';
import { communitySchema, phaseSchema } from './community.js';
import type { Community } from './community.js';
import { isoDateSchema } from './dates.js';
import { parseWith } from './errors.js';
import { spansOf } from './phase-span-rule.js';

/** The stretch of the calendar a community plans to spend in one lifecycle phase (both days inclusive). */
export const phaseSpanSchema = /* @__PURE__ */ z.object({
  phase: phaseSchema,
  start: isoDateSchema,
  end: isoDateSchema,
  /** How many of the community's milestones belong to the phase. */
  milestones: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.minimum(1)),
});
export type PhaseSpan = z.infer<typeof phaseSpanSchema>;

/**
 * The planned span of each lifecycle phase, read from the community's milestones: what a
 * timeline draws as one band per phase. Phases come in lifecycle order ({@link PHASES}); a phase
 * without milestones has no span.
 *
 * - The first span starts on the charter start (or on its earliest milestone day, if that is
 *   earlier); each later span starts where the one before it ended, so the bands are contiguous.
 *   A phase with a milestone that starts or is due before that day starts there instead, so
 *   phases that were planned to overlap are drawn overlapping rather than hidden.
 * - Every span ends on the latest due date of its own milestones (never before its start).
 *
 * A milestone's earliest day is its `start` when given, else its `due` date.
 */
export function phaseSpans(community: Community): PhaseSpan[] {
  return spansOf(parseWith(communitySchema, community, 'community'));
}

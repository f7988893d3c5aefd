import { communitySchema } from './community.js';
import type { Community } from './community.js';
import { parseWith } from './zod-parse.js';
import type { PhaseSpan } from './phase-span-schema.js';
import { spansOf } from './phase-span-rule.js';

export { phaseSpanSchema, type PhaseSpan } from './phase-span-schema.js';

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

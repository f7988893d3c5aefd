import { communitySchema, phaseSchema } from './community.js';
import type { Community, Milestone, Phase } from './community.js';
import { compareIsoDates } from './dates.js';
import { isoDateSchema } from './dates-schema.js';
import type { IsoDate } from './dates.js';
import { SelRuleError } from './errors.js';
import { parseWith } from './zod-parse.js';

/**
 * The allowed moves between lifecycle phases (the edges of the state machine):
 *
 * - `detailed-design` -> `launch` -> `scale-and-improve` -> `replan`, strictly in order;
 * - `replan` -> `scale-and-improve` when the next plan (e.g. the next three-year plan) starts,
 *   so a community may go round scale-and-improve/replan as often as it needs;
 * - `replan` -> `leadership-transition`, handing the community to state or local leadership;
 * - `leadership-transition` is final: nothing leaves it.
 *
 * There are no skips (a community cannot launch without a design, nor hand over leadership
 * without a replan) and no moves back other than the replan loop. Staying in a phase is not a move.
 */
export const PHASE_TRANSITIONS: Readonly<Record<Phase, readonly Phase[]>> = {
  'detailed-design': ['launch'],
  launch: ['scale-and-improve'],
  'scale-and-improve': ['replan'],
  replan: ['scale-and-improve', 'leadership-transition'],
  'leadership-transition': [],
};

/** The phases a community in `phase` may move to next. */
export function nextPhases(phase: Phase): readonly Phase[] {
  return PHASE_TRANSITIONS[parseWith(phaseSchema, phase, 'phase')];
}

/** Whether moving from `from` to `to` is an edge of the lifecycle. */
export function isAllowedTransition(from: Phase, to: Phase): boolean {
  return nextPhases(from).includes(parseWith(phaseSchema, to, 'target phase'));
}

/** Whether nothing can follow `phase` (only `leadership-transition`). */
export function isFinalPhase(phase: Phase): boolean {
  return nextPhases(phase).length === 0;
}

/** Why a move is refused: the same codes `transition` throws with. */
export type TransitionRefusal = 'illegal-transition' | 'exit-criteria-unmet';

export type TransitionCheck =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly code: TransitionRefusal;
      /** A sentence saying why, for people. */
      readonly reason: string;
      /** The exit milestones of the current phase that are not done yet, sorted by due date. */
      readonly blockingMilestones: readonly Milestone[];
    };

function check(community: Community, to: Phase): TransitionCheck {
  const from = community.phase;
  if (!PHASE_TRANSITIONS[from].includes(to)) {
    const allowed = PHASE_TRANSITIONS[from];
    const reason =
      allowed.length === 0
        ? `"${from}" is the final phase; a community cannot move to "${to}" from it`
        : `A community in "${from}" can only move to ${allowed.map((p) => `"${p}"`).join(' or ')}, not "${to}"`;
    return { ok: false, code: 'illegal-transition', reason, blockingMilestones: [] };
  }
  const blocking = community.milestones
    .filter((m) => m.phase === from && m.exitCriterion === true && m.status !== 'done')
    .sort((a, b) => compareIsoDates(a.due, b.due));
  if (blocking.length > 0) {
    const names = blocking.map((m) => `"${m.title}" (${m.id})`).join(', ');
    return {
      ok: false,
      code: 'exit-criteria-unmet',
      reason: `Cannot leave "${from}" before its exit milestones are done: ${names}`,
      blockingMilestones: blocking,
    };
  }
  return { ok: true };
}

/**
 * Whether `community` may move to phase `to` now: the move must be an edge of
 * {@link PHASE_TRANSITIONS}, and every exit-criterion milestone of the current phase must be done.
 * Never throws for a refused move; throws {@link SelValidationError} only for malformed input.
 */
export function canTransition(community: Community, to: Phase): TransitionCheck {
  const value = parseWith(communitySchema, community, 'community');
  return check(value, parseWith(phaseSchema, to, 'target phase'));
}

/**
 * Moves `community` to phase `to` on day `on`: returns a new community (the input is untouched)
 * with the phase changed and `{ from, to, on }` appended to its history.
 *
 * Throws {@link SelRuleError} with code
 * - `illegal-transition` when the move is not an edge of {@link PHASE_TRANSITIONS};
 * - `exit-criteria-unmet` when exit milestones of the current phase are not done
 *   (`details.blockingMilestones` lists their ids);
 * - `transition-out-of-order` when `on` is before the last recorded move.
 */
export function transition(community: Community, to: Phase, on: IsoDate): Community {
  const value = parseWith(communitySchema, community, 'community');
  const target = parseWith(phaseSchema, to, 'target phase');
  const day = parseWith(isoDateSchema, on, 'transition date');
  const verdict = check(value, target);
  if (!verdict.ok) {
    throw new SelRuleError(verdict.code, verdict.reason, {
      from: value.phase,
      to: target,
      blockingMilestones: verdict.blockingMilestones.map((m) => m.id),
    });
  }
  const history = value.history ?? [];
  const last = history.at(-1);
  if (last !== undefined && compareIsoDates(day, last.on) < 0) {
    throw new SelRuleError(
      'transition-out-of-order',
      `Cannot record a move on ${day}, before the last recorded move on ${last.on}`,
      { from: value.phase, to: target, on: day, lastOn: last.on },
    );
  }
  return { ...value, phase: target, history: [...history, { from: value.phase, to: target, on: day }] };
}

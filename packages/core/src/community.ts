import * as z from 'zod/mini';
import { addMonths } from 'date-fns';
import { compareIsoDates, fromIsoDate, toIsoDate } from './dates.js';
import { isoDateSchema } from './dates-schema.js';
import { languageTagSchema } from './language-tag-schema.js';
import type { IsoDate } from './dates.js';
import { parseWith } from './zod-parse.js';
import type { SelIssue } from './errors.js';
import { readinessStageSchema } from './readiness-schema.js';
import { COMMITTEES, MEMBER_KINDS, MILESTONE_STATUSES, PHASES, US_STATE_CODES } from './community-vocabulary.js';
import { repeatIssues, repeatsOf } from './repeats.js';

export { COMMITTEES, MEMBER_KINDS, MILESTONE_STATUSES, PHASES, US_STATE_CODES } from './community-vocabulary.js';

const oneOf = (what: string, values: readonly string[]) => `Expected ${what}: one of ${values.join(', ')}`;

const text = (what: string) =>
  z
    .string({ error: `Expected ${what} as text` })
    .check(z.trim(), z.minLength(1, `Expected ${what}, got an empty string`));

type RefinementCtx = Parameters<Parameters<typeof z.superRefine>[0]>[1];

/** Adds an issue at `path[index].key` for every item whose `key` repeats an earlier one. */
function reportDuplicates<T>(
  ctx: RefinementCtx,
  items: readonly T[],
  keyOf: (item: T) => string,
  path: readonly PropertyKey[],
  key: string | undefined,
  what: string,
): void {
  for (const issue of repeatIssues(items, keyOf, path, key, what)) ctx.addIssue({ code: 'custom', ...issue });
}

// ---------------------------------------------------------------------------------------------
// Vocabularies

export const phaseSchema = /* @__PURE__ */ z.enum(PHASES, {
  error: /* @__PURE__ */ oneOf('a lifecycle phase', PHASES),
});
export type Phase = z.infer<typeof phaseSchema>;

export const committeeSchema = /* @__PURE__ */ z.enum(COMMITTEES, {
  error: /* @__PURE__ */ oneOf('a committee', COMMITTEES),
});
export type Committee = z.infer<typeof committeeSchema>;

export const memberKindSchema = /* @__PURE__ */ z.enum(MEMBER_KINDS, {
  error: /* @__PURE__ */ oneOf('a member kind', MEMBER_KINDS),
});
export type MemberKind = z.infer<typeof memberKindSchema>;

export const usStateSchema = /* @__PURE__ */ z.enum(US_STATE_CODES, {
  error: 'Expected a two-letter US state code in capitals, e.g. "IL"',
});
export type UsState = z.infer<typeof usStateSchema>;

// ---------------------------------------------------------------------------------------------
// Milestones

export const milestoneStatusSchema = /* @__PURE__ */ z.enum(MILESTONE_STATUSES, {
  error: /* @__PURE__ */ oneOf('a milestone status', MILESTONE_STATUSES),
});
export type MilestoneStatus = z.infer<typeof milestoneStatusSchema>;

/**
 * One milestone of a learning community, e.g. "Finalize the organizational blueprint" in the
 * detailed-design phase. A milestone marked `exitCriterion` must be `done` before the community
 * may leave its phase (see `canTransition`).
 *
 * Checked here: `start`, when given, is on or before `due`; `completedOn` is only given on a
 * milestone whose status is `done`. Whether it falls inside the charter is a soft check
 * (`scheduleWarnings`).
 */
export const milestoneSchema = /* @__PURE__ */ z
  .object({
    id: /* @__PURE__ */ text('a milestone id'),
    title: /* @__PURE__ */ text('a milestone title'),
    phase: phaseSchema,
    due: isoDateSchema,
    start: /* @__PURE__ */ z.optional(isoDateSchema),
    status: milestoneStatusSchema,
    completedOn: /* @__PURE__ */ z.optional(isoDateSchema),
    owner: /* @__PURE__ */ z.optional(/* @__PURE__ */ text('an owner name')),
    description: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: 'Expected a description as text' })),
    exitCriterion: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z.boolean({ error: 'Expected exitCriterion to be true or false' }),
    ),
  })
  .check(
    /* @__PURE__ */ z.superRefine((milestone, ctx) => {
      if (milestone.start !== undefined && compareIsoDates(milestone.start, milestone.due) > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['start'],
          input: milestone.start,
          message: `Expected start on or before the due date ${milestone.due}, got ${milestone.start}`,
        });
      }
      if (milestone.completedOn !== undefined && milestone.status !== 'done') {
        ctx.addIssue({
          code: 'custom',
          path: ['completedOn'],
          input: milestone.completedOn,
          message: `Expected completedOn only when status is "done", but status is "${milestone.status}"`,
        });
      }
    }),
  );
export type Milestone = z.infer<typeof milestoneSchema>;

// ---------------------------------------------------------------------------------------------
// Communities

/** The period a community runs for; `end` is after `start`. */
export const charterSchema = /* @__PURE__ */ z.object({ start: isoDateSchema, end: isoDateSchema }).check(
  /* @__PURE__ */ z.refine((charter) => compareIsoDates(charter.end, charter.start) > 0, {
    path: ['end'],
    message: 'Expected the charter to end after it starts',
  }),
);
export type Charter = z.infer<typeof charterSchema>;

/** Where a community works: one state, or the whole nation. */
export const communityScopeSchema = /* @__PURE__ */ z.discriminatedUnion(
  'kind',
  [
    /* @__PURE__ */ z.object({ kind: /* @__PURE__ */ z.literal('state'), state: usStateSchema }),
    /* @__PURE__ */ z.object({ kind: /* @__PURE__ */ z.literal('national') }),
  ],
  { error: 'Expected a scope of { kind: "state", state } or { kind: "national" }' },
);
export type CommunityScope = z.infer<typeof communityScopeSchema>;

export const leadershipTeamMemberSchema = /* @__PURE__ */ z.object({
  name: /* @__PURE__ */ text('a name'),
  role: /* @__PURE__ */ text('a role'),
});
export type LeadershipTeamMember = z.infer<typeof leadershipTeamMemberSchema>;

export const communityMemberSchema = /* @__PURE__ */ z.object({
  kind: memberKindSchema,
  name: /* @__PURE__ */ text('a name'),
});
export type CommunityMember = z.infer<typeof communityMemberSchema>;

/** A collaborating school district and how many students it serves. */
export const districtSchema = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ text('a district id'),
  name: /* @__PURE__ */ text('a district name'),
  state: /* @__PURE__ */ z.optional(usStateSchema),
  students: /* @__PURE__ */ z
    .int({ error: 'Expected the number of students as a whole number' })
    .check(/* @__PURE__ */ z.minimum(0, 'Expected the number of students to be 0 or more')),
});
export type District = z.infer<typeof districtSchema>;

/** One recorded move between lifecycle phases. */
export const phaseChangeSchema = /* @__PURE__ */ z.object({ from: phaseSchema, to: phaseSchema, on: isoDateSchema });
export type PhaseChange = z.infer<typeof phaseChangeSchema>;

/**
 * A learning community: its scope, readiness stage (from `readiness.ts`), charter, current
 * phase, people, districts and milestones. Checked here: the charter ends after it starts;
 * committees, district ids and milestone ids are unique; `history`, when given, is a chain (each
 * move starts where the one before ended, on the same day or later) that ends in the current
 * `phase`. Whether each move is an allowed edge is the lifecycle's business (`transition`); soft
 * rules (a leadership team of four, milestones due inside the charter) are warnings, see
 * `communityWarnings` and `scheduleWarnings`.
 */
export const communitySchema = /* @__PURE__ */ z
  .object({
    id: /* @__PURE__ */ text('a community id'),
    name: /* @__PURE__ */ text('a community name'),
    /** The language the community's texts are written in (a BCP 47 tag, e.g. `en`). */
    lang: /* @__PURE__ */ z.optional(languageTagSchema),
    scope: communityScopeSchema,
    readiness: readinessStageSchema,
    charter: charterSchema,
    phase: phaseSchema,
    leadershipTeam: /* @__PURE__ */ z.array(leadershipTeamMemberSchema),
    committees: /* @__PURE__ */ z.array(committeeSchema),
    members: /* @__PURE__ */ z.array(communityMemberSchema),
    districts: /* @__PURE__ */ z.array(districtSchema),
    milestones: /* @__PURE__ */ z.array(milestoneSchema),
    history: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(phaseChangeSchema)),
  })
  .check(
    /* @__PURE__ */ z.superRefine((community, ctx) => {
      reportDuplicates(ctx, community.committees, (c) => c, ['committees'], undefined, 'committee');
      reportDuplicates(ctx, community.districts, (d) => d.id, ['districts'], 'id', 'district id');
      reportDuplicates(ctx, community.milestones, (m) => m.id, ['milestones'], 'id', 'milestone id');
      const history = community.history ?? [];
      history.forEach((change, index) => {
        const before = history[index - 1];
        if (before === undefined) return;
        if (change.from !== before.to) {
          ctx.addIssue({
            code: 'custom',
            path: ['history', index, 'from'],
            input: change.from,
            message: `Expected "${before.to}", where the move before ended, got "${change.from}"`,
          });
        }
        if (compareIsoDates(change.on, before.on) < 0) {
          ctx.addIssue({
            code: 'custom',
            path: ['history', index, 'on'],
            input: change.on,
            message: `Expected a date on or after the move before (${before.on}), got ${change.on}`,
          });
        }
      });
      const last = history.at(-1);
      if (last !== undefined && last.to !== community.phase) {
        ctx.addIssue({
          code: 'custom',
          path: ['history', history.length - 1, 'to'],
          input: last.to,
          message: `Expected the last move to end in the current phase "${community.phase}", got "${last.to}"`,
        });
      }
    }),
  );
export type Community = z.infer<typeof communitySchema>;

/** The plan staffs each community's leadership team with four dedicated people. */
export const LEADERSHIP_TEAM_SIZE = 4;

/**
 * Soft rules for a valid community, as issues that do not stop anything (what an editor shows
 * as warnings): a leadership team of other than {@link LEADERSHIP_TEAM_SIZE} people, and a
 * district whose state differs from the community's state. Milestone dates against the charter
 * are checked by `scheduleWarnings`.
 */
export function communityWarnings(community: Community): SelIssue[] {
  const value = parseWith(communitySchema, community, 'community');
  const warnings: SelIssue[] = [];
  if (value.leadershipTeam.length !== LEADERSHIP_TEAM_SIZE) {
    warnings.push({
      path: ['leadershipTeam'],
      code: 'leadership-team-size',
      message: `Expected a leadership team of ${LEADERSHIP_TEAM_SIZE} staff, found ${value.leadershipTeam.length}`,
    });
  }
  const scope = value.scope;
  if (scope.kind === 'state') {
    value.districts.forEach((district, index) => {
      if (district.state !== undefined && district.state !== scope.state) {
        warnings.push({
          path: ['districts', index, 'state'],
          code: 'district-outside-scope',
          message: `Expected a district in ${scope.state}, the community's state, found ${district.state}`,
        });
      }
    });
  }
  return warnings;
}

// ---------------------------------------------------------------------------------------------
// Lifecycle templates

/** A milestone that closes a phase, due a whole number of months after the charter starts. */
export const templateMilestoneSchema = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ text('a milestone id'),
  title: /* @__PURE__ */ text('a milestone title'),
  offsetMonths: /* @__PURE__ */ z
    .int({ error: 'Expected offsetMonths as a whole number of months from the charter start' })
    .check(/* @__PURE__ */ z.minimum(0, 'Expected offsetMonths to be 0 or more')),
});
export type TemplateMilestone = z.infer<typeof templateMilestoneSchema>;

const positiveWhole = (what: string) =>
  z.int({ error: `Expected ${what} as a whole number` }).check(z.minimum(1, `Expected ${what} to be 1 or more`));

/** A recurring activity, e.g. a monthly network meeting or an annual cross-district meeting. */
export const cadenceSchema = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ text('a cadence id'),
  title: /* @__PURE__ */ text('a cadence title'),
  every: /* @__PURE__ */ z.union(
    [
      /* @__PURE__ */ z.object({ months: /* @__PURE__ */ positiveWhole('months') }),
      /* @__PURE__ */ z.object({ years: /* @__PURE__ */ positiveWhole('years') }),
    ],
    {
      error: 'Expected every to be { months } or { years }',
    },
  ),
  durationDays: /* @__PURE__ */ z.optional(/* @__PURE__ */ positiveWhole('durationDays')),
});
export type Cadence = z.infer<typeof cadenceSchema>;

export const templatePhaseSchema = /* @__PURE__ */ z.object({
  id: phaseSchema,
  title: /* @__PURE__ */ text('a phase title'),
  description: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: 'Expected a description as text' })),
  exitMilestones: /* @__PURE__ */ z.array(templateMilestoneSchema),
});
export type TemplatePhase = z.infer<typeof templatePhaseSchema>;

/**
 * A replicable blueprint for a community: its phases with the milestones that close each one,
 * its committees and its recurring activities. Checked here: phases appear at most once and in
 * lifecycle order; milestone ids (across all phases), committees and cadence ids are unique.
 */
export const lifecycleTemplateSchema = /* @__PURE__ */ z
  .object({
    id: /* @__PURE__ */ text('a template id'),
    title: /* @__PURE__ */ text('a template title'),
    /** The language the template's texts are written in (a BCP 47 tag, e.g. `en`). */
    lang: /* @__PURE__ */ z.optional(languageTagSchema),
    phases: /* @__PURE__ */ z.array(templatePhaseSchema),
    committees: /* @__PURE__ */ z.array(committeeSchema),
    cadences: /* @__PURE__ */ z.array(cadenceSchema),
  })
  .check(
    /* @__PURE__ */ z.superRefine((template, ctx) => {
      template.phases.forEach((phase, index) => {
        const before = template.phases[index - 1];
        if (before !== undefined && PHASES.indexOf(phase.id) <= PHASES.indexOf(before.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['phases', index, 'id'],
            input: phase.id,
            message: `Expected phases once each in lifecycle order (${PHASES.join(', ')}); "${phase.id}" cannot follow "${before.id}"`,
          });
        }
      });
      const milestones = template.phases.flatMap((phase, p) =>
        phase.exitMilestones.map((m, i) => ({ id: m.id, p, i })),
      );
      for (const { item, firstItem } of repeatsOf(milestones, (m) => m.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['phases', item.p, 'exitMilestones', item.i, 'id'],
          input: item.id,
          message: `Expected a unique milestone id, but "${item.id}" is already used at phases[${firstItem.p}].exitMilestones[${firstItem.i}]`,
        });
      }
      reportDuplicates(ctx, template.committees, (c) => c, ['committees'], undefined, 'committee');
      reportDuplicates(ctx, template.cadences, (c) => c.id, ['cadences'], 'id', 'cadence id');
    }),
  );
export type LifecycleTemplate = z.infer<typeof lifecycleTemplateSchema>;

/**
 * The exit milestones of `template` as planned milestones of a community whose charter starts
 * on `charterStart`: each is due `offsetMonths` calendar months later (a month-end start stays
 * at month end: 2027-01-31 + 1 month is 2027-02-28), marked as an exit criterion of its phase,
 * and the list is sorted by due date, then lifecycle order.
 */
export function milestonesFromTemplate(template: LifecycleTemplate, charterStart: IsoDate): Milestone[] {
  const value = parseWith(lifecycleTemplateSchema, template, 'lifecycle template');
  const start = fromIsoDate(parseWith(isoDateSchema, charterStart, 'charter start'));
  const milestones = value.phases.flatMap((phase) =>
    phase.exitMilestones.map((milestone): Milestone => ({
      id: milestone.id,
      title: milestone.title,
      phase: phase.id,
      due: toIsoDate(addMonths(start, milestone.offsetMonths)),
      status: 'planned',
      exitCriterion: true,
    })),
  );
  // Array.prototype.sort is stable, so equal due dates keep the template's lifecycle order.
  return milestones.sort((a, b) => compareIsoDates(a.due, b.due));
}

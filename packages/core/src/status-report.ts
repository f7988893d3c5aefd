import * as z from 'zod/mini';
import { communitySchema, PHASES } from './community.js';
import type { Community, CommunityScope, Phase, UsState } from './community.js';
import { isoDateSchema } from './dates.js';
import type { IsoDate } from './dates.js';
import { formatPath, parseWith } from './errors.js';
import type { SelIssue } from './errors.js';
import { MILESTONE_STATES, milestonesByState } from './milestone.js';
import type { MilestoneState, MilestoneStateOptions } from './milestone.js';
import { READINESS_STAGES } from './readiness.js';
import type { ReadinessStage } from './readiness.js';

/** Counts over a set of communities; districts are counted once each, by id. */
export interface StatusTotals {
  readonly communities: number;
  /** Distinct states reached: each state community's state and the state of every district. */
  readonly states: number;
  readonly districts: number;
  /** Students of the distinct districts. */
  readonly students: number;
  /** Milestones not done and past their due date on the report day. */
  readonly overdueMilestones: number;
}

/** One state on the map. */
export interface StateStatus {
  readonly state: UsState;
  /** Communities scoped to this state or with a district in it. */
  readonly communities: number;
  readonly districts: number;
  readonly students: number;
}

/** One community's line in the report. */
export interface CommunityStatus {
  readonly id: string;
  readonly name: string;
  readonly scope: CommunityScope;
  readonly phase: Phase;
  readonly readiness: ReadinessStage;
  readonly districts: number;
  readonly students: number;
  /** How many of its milestones are in each state on the report day. */
  readonly milestones: Readonly<Record<MilestoneState, number>>;
}

/** The roll-up behind a public, map-based status report. */
export interface StatusReport {
  readonly asOf: IsoDate;
  readonly totals: StatusTotals;
  /** Every phase is a key, in lifecycle order, with zeros when no community is in it. */
  readonly byPhase: Readonly<Record<Phase, StatusTotals>>;
  /** Every readiness stage is a key, with zeros when no community is at it. */
  readonly byReadiness: Readonly<Record<ReadinessStage, StatusTotals>>;
  /** States reached, sorted by code. */
  readonly byState: readonly StateStatus[];
  /** Communities sorted by name. */
  readonly communities: readonly CommunityStatus[];
  /**
   * Inconsistencies that did not stop the roll-up, with the path of the input they point at,
   * e.g. one district id listed with two student counts (the larger count is used).
   */
  readonly warnings: readonly SelIssue[];
}

/** A list of communities whose ids are unique (what a status report rolls up). */
export const communityListSchema = /* @__PURE__ */ z.array(communitySchema).check(
  /* @__PURE__ */ z.superRefine((communities, ctx) => {
    const seen = new Map<string, number>();
    communities.forEach((community, index) => {
      const first = seen.get(community.id);
      if (first === undefined) seen.set(community.id, index);
      else {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'id'],
          input: community.id,
          message: `Expected a unique community id, but "${community.id}" is already used at index ${first}`,
        });
      }
    });
  }),
);

interface DistrictFacts {
  readonly students: number;
  readonly state: UsState | undefined;
}

interface Prepared {
  readonly community: Community;
  readonly districtIds: readonly string[];
  readonly states: ReadonlySet<UsState>;
  readonly milestones: Record<MilestoneState, number>;
}

function totalsOf(items: readonly Prepared[], districts: ReadonlyMap<string, DistrictFacts>): StatusTotals {
  const ids = new Set(items.flatMap((item) => item.districtIds));
  const states = new Set(items.flatMap((item) => [...item.states]));
  let students = 0;
  for (const id of ids) students += districts.get(id)?.students ?? 0;
  return {
    communities: items.length,
    states: states.size,
    districts: ids.size,
    students,
    overdueMilestones: items.reduce((sum, item) => sum + item.milestones.overdue, 0),
  };
}

/**
 * Rolls a list of communities up into the figures of a public status report on day `today`:
 * overall totals, totals by lifecycle phase and by readiness stage, a line per state for the map
 * and a line per community with its milestone counts by state (see `milestoneState`; `options`
 * are passed on to it). A district that belongs to several communities (say a state one and the
 * national one) is counted once in every total it falls in. A district's state is its own
 * `state`, or else its community's state; districts of a national community without a `state`
 * count in the totals but not on the map.
 *
 * Throws {@link SelValidationError} for invalid communities or repeated community ids.
 */
export function statusReport(
  communities: readonly Community[],
  today: IsoDate,
  options: MilestoneStateOptions = {},
): StatusReport {
  const list = parseWith(communityListSchema, communities, 'communities');
  const day = parseWith(isoDateSchema, today, 'today');
  const warnings: SelIssue[] = [];

  // First pass: every district once, by id, with its students and state.
  const districts = new Map<string, DistrictFacts & { readonly at: readonly PropertyKey[] }>();
  list.forEach((community, c) => {
    const scopeState = community.scope.kind === 'state' ? community.scope.state : undefined;
    community.districts.forEach((district, d) => {
      const state = district.state ?? scopeState;
      const known = districts.get(district.id);
      const at = [c, 'districts', d, 'students'];
      if (known === undefined) {
        districts.set(district.id, { students: district.students, state, at });
        return;
      }
      if (known.students !== district.students) {
        warnings.push({
          path: at,
          code: 'district-students-differ',
          message: `Expected the same number of students wherever district "${district.id}" is listed, got ${district.students} here and ${known.students} at ${formatPath(known.at)}; the larger is used`,
        });
      }
      districts.set(district.id, {
        students: Math.max(known.students, district.students),
        state: known.state ?? state,
        at: known.at,
      });
    });
  });

  // Second pass: what each community reaches and how its milestones stand.
  const prepared: Prepared[] = list.map((community) => {
    const districtIds = community.districts.map((d) => d.id);
    const states = new Set<UsState>(community.scope.kind === 'state' ? [community.scope.state] : []);
    for (const id of districtIds) {
      const state = districts.get(id)?.state;
      if (state) states.add(state);
    }
    const groups = milestonesByState(community.milestones, day, options);
    const milestones = Object.fromEntries(MILESTONE_STATES.map((state) => [state, groups[state].length])) as Record<
      MilestoneState,
      number
    >;
    return { community, districtIds, states, milestones };
  });

  const byPhase = Object.fromEntries(
    PHASES.map((phase) => [
      phase,
      totalsOf(
        prepared.filter((p) => p.community.phase === phase),
        districts,
      ),
    ]),
  ) as Record<Phase, StatusTotals>;
  const byReadiness = Object.fromEntries(
    READINESS_STAGES.map((stage) => [
      stage,
      totalsOf(
        prepared.filter((p) => p.community.readiness === stage),
        districts,
      ),
    ]),
  ) as Record<ReadinessStage, StatusTotals>;

  const reached = [...new Set(prepared.flatMap((p) => [...p.states]))].sort();
  const byState = reached.map((state): StateStatus => {
    const ids = new Set(prepared.flatMap((p) => p.districtIds.filter((id) => districts.get(id)?.state === state)));
    let students = 0;
    for (const id of ids) students += districts.get(id)?.students ?? 0;
    return {
      state,
      communities: prepared.filter((p) => p.states.has(state)).length,
      districts: ids.size,
      students,
    };
  });

  const lines = prepared
    .map(({ community, milestones }): CommunityStatus => {
      const ids = new Set(community.districts.map((d) => d.id));
      let students = 0;
      for (const id of ids) students += districts.get(id)?.students ?? 0;
      return {
        id: community.id,
        name: community.name,
        scope: community.scope,
        phase: community.phase,
        readiness: community.readiness,
        districts: ids.size,
        students,
        milestones,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  return {
    asOf: day,
    totals: totalsOf(prepared, districts),
    byPhase,
    byReadiness,
    byState,
    communities: lines,
    warnings,
  };
}

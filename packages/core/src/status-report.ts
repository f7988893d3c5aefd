import { PHASES } from './community.js';
import type { Community, CommunityScope, Phase, UsState } from './community.js';
import { isoDateSchema } from './dates.js';
import type { IsoDate } from './dates.js';
import { formatPath, parseWith, safeParseWith } from './errors.js';
import type { ParseResult, SelIssue } from './errors.js';
import { milestoneStateOptionsSchema } from './milestone.js';
import type { MilestoneState, MilestoneStateOptions } from './milestone.js';
import { DEFAULT_AT_RISK_DAYS, DEFAULT_AT_RISK_SHARE, stateOf } from './milestone-state-rule.js';
import { READINESS_STAGES } from './readiness.js';
import { quickStatusSnapshot } from './status-snapshot-check.js';
import { communityListSchema, statusSnapshotSchema } from './status-snapshot.js';
import type { StatusSnapshot } from './status-snapshot.js';
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

/** What `localeCompare(other, 'en')` compares with, made once instead of once per comparison. */
const byName = /* @__PURE__ */ new Intl.Collator('en');

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
  const ids = new Set<string>();
  const states = new Set<UsState>();
  let overdueMilestones = 0;
  for (const item of items) {
    for (const id of item.districtIds) ids.add(id);
    for (const state of item.states) states.add(state);
    overdueMilestones += item.milestones.overdue;
  }
  let students = 0;
  for (const id of ids) students += districts.get(id)?.students ?? 0;
  return { communities: items.length, states: states.size, districts: ids.size, students, overdueMilestones };
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
  return rollUp(list, parseWith(isoDateSchema, today, 'today'), options);
}

/** A status snapshot checked once, with its report as of its own day. */
export interface CheckedStatusSnapshot {
  readonly snapshot: StatusSnapshot;
  readonly report: StatusReport;
}

/**
 * Checks `input` as a status snapshot (`statusSnapshotSchema`) and rolls its communities up as of
 * its `asOf` day, checking them once: what a status map needs from the JSON a network publishes.
 * Never throws for bad input: the result says what is wrong and where. `options` go to the
 * milestone states as in {@link statusReport} (and throw when invalid, like there).
 */
export function safeParseStatusSnapshot(
  input: unknown,
  options: MilestoneStateOptions = {},
): ParseResult<CheckedStatusSnapshot> {
  // The quick check gives the schema's value for what it can vouch for; the schema checks the
  // rest and says what is wrong.
  let snapshot = quickStatusSnapshot(input);
  if (snapshot === undefined) {
    const parsed = safeParseWith(statusSnapshotSchema, input, 'status snapshot');
    if (!parsed.ok) return parsed;
    snapshot = parsed.value;
  }
  return { ok: true, value: { snapshot, report: rollUp(snapshot.communities, snapshot.asOf, options) } };
}

/** The report of communities and a day already checked. */
function rollUp(list: readonly Community[], day: IsoDate, options: MilestoneStateOptions): StatusReport {
  const stateOptions = parseWith(milestoneStateOptionsSchema, options, 'milestone state options');
  const atRiskDays = stateOptions.atRiskDays ?? DEFAULT_AT_RISK_DAYS;
  const atRiskShare = stateOptions.atRiskShare ?? DEFAULT_AT_RISK_SHARE;
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
    // The milestones were checked with their community: count their states without checking again.
    const milestones: Record<MilestoneState, number> = { done: 0, overdue: 0, 'at-risk': 0, upcoming: 0 };
    for (const milestone of community.milestones) milestones[stateOf(milestone, day, atRiskDays, atRiskShare)] += 1;
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

  // One pass over the communities for the map's line of each state they reach.
  const stateFacts = new Map<UsState, { communities: number; ids: Set<string> }>();
  for (const { districtIds, states } of prepared) {
    for (const state of states) {
      const facts = stateFacts.get(state);
      if (facts === undefined) stateFacts.set(state, { communities: 1, ids: new Set() });
      else facts.communities += 1;
    }
    for (const id of districtIds) {
      const state = districts.get(id)?.state;
      if (state !== undefined) stateFacts.get(state)?.ids.add(id);
    }
  }
  const byState = [...stateFacts.keys()].sort().map((state): StateStatus => {
    const facts = stateFacts.get(state) ?? { communities: 0, ids: new Set<string>() };
    let students = 0;
    for (const id of facts.ids) students += districts.get(id)?.students ?? 0;
    return { state, communities: facts.communities, districts: facts.ids.size, students };
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
    .sort((a, b) => byName.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

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

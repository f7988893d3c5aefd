import { PHASES } from './community-vocabulary.js';
import type { Charter, Community, CommunityScope, Phase, UsState } from './community.js';
import { isoDateSchema } from './dates-schema.js';
import type { IsoDate } from './dates.js';
import { formatPath } from './errors.js';
import { comparePlainNames, isPlainName } from './name-order.js';
import { parseWith, safeParseWith } from './zod-parse.js';
import type { ParseResult, SelIssue } from './errors.js';
import { milestoneStateLimits } from './milestone.js';
import type { MilestoneState, MilestoneStateOptions } from './milestone.js';
import { stateOf } from './milestone-state-rule.js';
import { READINESS_STAGES } from './readiness-stages.js';
import { quickStatusSnapshot } from './status-snapshot-check.js';
import { checkStatusSnapshotShape } from './status-snapshot-reader.js';
import { communityListSchema, statusSnapshotSchema } from './status-snapshot.js';
import type { StatusSnapshot } from './status-snapshot.js';
import type { ReadinessStage } from './readiness-stages.js';

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
  readonly charter: Charter;
  /** The states it reaches: its own state (for a state community), then its districts' states, each once. */
  readonly states: readonly UsState[];
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

/**
 * A state reached, as the roll-up counts it: one object per state, so every count is a field
 * read instead of a lookup by the state's code.
 */
interface StateFacts {
  readonly state: UsState;
  /** Communities reaching it, and the last community that listed it (no community counts twice). */
  communities: number;
  listedBy: number;
  /** Its distinct districts and their students. */
  districts: number;
  students: number;
  /** The group of communities that last counted it (see `Totals`). */
  group: number;
}

/** A district as the report counts it: listed once, by id, however many communities list it. */
interface DistrictFacts {
  students: number;
  state: StateFacts | undefined;
  /** Where it is first listed: the community's and the district's index. */
  readonly community: number;
  readonly district: number;
  /** The group of communities that last counted it (see `Totals`): no group builds a set. */
  group: number;
}

/** A community with its districts (as indexes into the list of distinct districts) and the states it reaches. */
interface Prepared {
  readonly community: Community;
  readonly districts: readonly number[];
  states: readonly UsState[];
  reached: readonly StateFacts[];
}

/** What `localeCompare(other, 'en')` compares with, made once instead of once per comparison. */
const english = /* @__PURE__ */ new Intl.Collator('en');

/** Nothing reached: one list shared by every line that reaches no state, frozen so no line can change the others'. */
const NONE: readonly never[] = /* @__PURE__ */ Object.freeze([]);

/** Milestone counts by state, worked out for every community on the first read of any of them. */
type MilestoneCounts = Readonly<Record<MilestoneState, number>>;

/**
 * The milestone counts of every community on the report day. The milestones were checked with
 * their community: their states are counted without checking again, for every community at once,
 * when a count is first read (a map never reads one).
 */
class MilestoneBook {
  readonly #list: readonly Community[];
  readonly #day: IsoDate;
  readonly #atRiskDays: number;
  readonly #atRiskShare: number;
  #counts: MilestoneCounts[] | undefined;

  constructor(list: readonly Community[], day: IsoDate, options: MilestoneStateOptions) {
    this.#list = list;
    this.#day = day;
    // Invalid options throw now, as `statusReport` promises, not when a count is first read.
    ({ atRiskDays: this.#atRiskDays, atRiskShare: this.#atRiskShare } = milestoneStateLimits(options));
  }

  of(index: number): MilestoneCounts {
    if (this.#counts === undefined) {
      const day = this.#day;
      const atRiskDays = this.#atRiskDays;
      const atRiskShare = this.#atRiskShare;
      this.#counts = this.#list.map(({ milestones }) => {
        const counts: Record<MilestoneState, number> = { done: 0, overdue: 0, 'at-risk': 0, upcoming: 0 };
        for (const milestone of milestones) counts[stateOf(milestone, day, atRiskDays, atRiskShare)] += 1;
        return counts;
      });
    }
    return this.#counts[index] as MilestoneCounts;
  }
}

/**
 * The totals of a group of communities. `overdueMilestones` is an own, enumerable property, read
 * when first asked for: it is defined on each object with one shared getter, which keeps every
 * object in one shape, where an object literal with a getter makes a new function for each.
 */
class GroupTotals implements StatusTotals {
  readonly communities: number;
  readonly states: number;
  readonly districts: number;
  readonly students: number;
  declare readonly overdueMilestones: number;
  readonly #book: MilestoneBook;
  readonly #indexes: readonly number[];
  #overdue: number | undefined;

  static readonly #overdueMilestones: PropertyDescriptor = {
    enumerable: true,
    configurable: true,
    get(this: GroupTotals): number {
      if (this.#overdue === undefined) {
        let overdue = 0;
        for (const at of this.#indexes) overdue += this.#book.of(at).overdue;
        this.#overdue = overdue;
      }
      return this.#overdue;
    },
  };

  constructor(counts: Omit<StatusTotals, 'overdueMilestones'>, book: MilestoneBook, indexes: readonly number[]) {
    this.communities = counts.communities;
    this.states = counts.states;
    this.districts = counts.districts;
    this.students = counts.students;
    this.#book = book;
    this.#indexes = indexes;
    Object.defineProperty(this, 'overdueMilestones', GroupTotals.#overdueMilestones);
  }
}

/** One community's line, its milestone counts read when first asked for (as `GroupTotals`). */
class CommunityLine implements CommunityStatus {
  readonly id: string;
  readonly name: string;
  readonly scope: CommunityScope;
  readonly phase: Phase;
  readonly readiness: ReadinessStage;
  readonly charter: Charter;
  readonly states: readonly UsState[];
  readonly districts: number;
  readonly students: number;
  declare readonly milestones: MilestoneCounts;
  readonly #book: MilestoneBook;
  readonly #index: number;

  static readonly #milestones: PropertyDescriptor = {
    enumerable: true,
    configurable: true,
    get(this: CommunityLine): MilestoneCounts {
      return this.#book.of(this.#index);
    },
  };

  constructor(prepared: Prepared, students: number, book: MilestoneBook, index: number) {
    const { community } = prepared;
    this.id = community.id;
    this.name = community.name;
    this.scope = community.scope;
    this.phase = community.phase;
    this.readiness = community.readiness;
    this.charter = community.charter;
    this.states = prepared.states;
    this.districts = prepared.districts.length;
    this.students = students;
    this.#book = book;
    this.#index = index;
    Object.defineProperty(this, 'milestones', CommunityLine.#milestones);
  }
}

/**
 * Totals over groups of communities, each district and state counted once per group: a mark per
 * district and per state says which group last counted it, so no group builds a set.
 */
class Totals {
  readonly #districts: readonly DistrictFacts[];
  readonly #book: MilestoneBook;
  #group = 0;

  constructor(districts: readonly DistrictFacts[], book: MilestoneBook) {
    this.#districts = districts;
    this.#book = book;
  }

  /** The totals of the communities at `indexes` into `prepared`. */
  of(prepared: readonly Prepared[], indexes: readonly number[]): StatusTotals {
    const group = ++this.#group;
    let states = 0;
    let districts = 0;
    let students = 0;
    const facts = this.#districts;
    for (const at of indexes) {
      const item = prepared[at] as Prepared;
      for (const state of item.reached) {
        if (state.group === group) continue;
        state.group = group;
        states += 1;
      }
      for (const index of item.districts) {
        const district = facts[index] as DistrictFacts;
        if (district.group === group) continue;
        district.group = group;
        districts += 1;
        students += district.students;
      }
    }
    return new GroupTotals({ communities: indexes.length, states, districts, students }, this.#book, indexes);
  }
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
 *
 * The checked `snapshot` is `input` itself when `input` holds no key the schema leaves out (and
 * otherwise shares every object of `input` that holds none): nothing is copied, so a large
 * snapshot costs no more memory than it already takes. Treat both as read-only: a change to
 * either after the check is not checked.
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

/**
 * {@link safeParseStatusSnapshot} in plain code, without zod: the same snapshot and report, or the
 * same issues with the same messages (status-snapshot-reader.property.test.ts holds the two
 * together), for a page that shows a status map. Like it, the checked `snapshot` is `input`, or
 * shares its objects, when it is valid: treat both as read-only.
 */
export function checkStatusSnapshot(
  input: unknown,
  options: MilestoneStateOptions = {},
): ParseResult<CheckedStatusSnapshot> {
  let snapshot = quickStatusSnapshot(input);
  if (snapshot === undefined) {
    const read = checkStatusSnapshotShape(input);
    if (!read.ok) return read;
    snapshot = read.value;
  }
  return { ok: true, value: { snapshot, report: rollUp(snapshot.communities, snapshot.asOf, options) } };
}

/** The report of communities and a day already checked. */
function rollUp(list: readonly Community[], day: IsoDate, options: MilestoneStateOptions): StatusReport {
  const book = new MilestoneBook(list, day, options);
  const warnings: SelIssue[] = [];

  // First pass: every district once, by id, with its students and state.
  const districtIndex = new Map<string, number>();
  const districts: DistrictFacts[] = [];
  const reached = new Map<UsState, StateFacts>();
  const factsOf = (state: UsState | undefined): StateFacts | undefined => {
    if (state === undefined) return undefined;
    let facts = reached.get(state);
    if (facts === undefined) {
      facts = { state, communities: 0, listedBy: -1, districts: 0, students: 0, group: 0 };
      reached.set(state, facts);
    }
    return facts;
  };
  const prepared: Prepared[] = [];
  const phaseOf = new Map<Phase, number[]>(PHASES.map((phase) => [phase, []]));
  const stageOf = new Map<ReadinessStage, number[]>(READINESS_STAGES.map((stage) => [stage, []]));
  for (let c = 0; c < list.length; c++) {
    const community = list[c] as Community;
    const scopeState = community.scope.kind === 'state' ? community.scope.state : undefined;
    const listed = community.districts;
    const indexes = new Array<number>(listed.length);
    for (let d = 0; d < listed.length; d++) {
      const district = listed[d] as Community['districts'][number];
      const state = district.state ?? scopeState;
      const index = districtIndex.get(district.id);
      if (index === undefined) {
        indexes[d] = districts.length;
        districtIndex.set(district.id, districts.length);
        districts.push({ students: district.students, state: factsOf(state), community: c, district: d, group: 0 });
        continue;
      }
      indexes[d] = index;
      const known = districts[index] as DistrictFacts;
      if (known.students !== district.students) {
        warnings.push({
          path: [c, 'districts', d, 'students'],
          code: 'district-students-differ',
          message: `Expected the same number of students wherever district "${district.id}" is listed, got ${district.students} here and ${known.students} at ${formatPath([known.community, 'districts', known.district, 'students'])}; the larger is used`,
        });
      }
      known.students = Math.max(known.students, district.students);
      known.state ??= factsOf(state);
    }
    prepared.push({ community, districts: indexes, states: NONE, reached: NONE });
    phaseOf.get(community.phase)?.push(c);
    stageOf.get(community.readiness)?.push(c);
  }

  // Second pass, once every district's state is known: the states each community reaches and
  // the communities reaching each state, gathered in one scratch list and copied at their size.
  const reaches: StateFacts[] = [];
  for (let c = 0; c < prepared.length; c++) {
    const item = prepared[c] as Prepared;
    const { community, districts: indexes } = item;
    const scopeState = community.scope.kind === 'state' ? factsOf(community.scope.state) : undefined;
    let count = 0;
    for (let at = -1; at < indexes.length; at++) {
      const state = at < 0 ? scopeState : districts[indexes[at] as number]?.state;
      if (state === undefined || state.listedBy === c) continue;
      state.listedBy = c;
      state.communities += 1;
      reaches[count++] = state;
    }
    if (count === 0) continue;
    item.reached = reaches.slice(0, count);
    item.states = item.reached.map((state) => state.state);
  }

  const totals = new Totals(districts, book);
  const byPhase = {} as Record<Phase, StatusTotals>;
  for (const [phase, indexes] of phaseOf) byPhase[phase] = totals.of(prepared, indexes);
  const byReadiness = {} as Record<ReadinessStage, StatusTotals>;
  for (const [stage, indexes] of stageOf) byReadiness[stage] = totals.of(prepared, indexes);

  // The map's line of each state reached: every district counts in its own state once. The
  // whole network's totals need no marks: every district and state reached counts once.
  let allStudents = 0;
  for (const { state, students } of districts) {
    allStudents += students;
    if (state === undefined) continue;
    state.districts += 1;
    state.students += students;
  }
  const byState = [...reached.values()]
    .sort((a, b) => (a.state < b.state ? -1 : 1))
    .map(({ state, communities, districts: count, students }): StateStatus => ({
      state,
      communities,
      districts: count,
      students,
    }));

  const lines = prepared.map((item, c) => {
    let students = 0;
    for (const index of item.districts) students += districts[index]?.students ?? 0;
    return new CommunityLine(item, students, book, c);
  });
  // Each name is read once to choose the comparison, not once per comparison.
  const byName = lines.every(({ name }) => isPlainName(name)) ? comparePlainNames : english.compare;
  lines.sort((a, b) => byName(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  return {
    asOf: day,
    totals: new GroupTotals(
      { communities: list.length, states: reached.size, districts: districts.length, students: allStudents },
      book,
      prepared.map((_, c) => c),
    ),
    byPhase,
    byReadiness,
    byState,
    communities: lines,
    warnings,
  };
}

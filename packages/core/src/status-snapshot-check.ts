import { COMMITTEES, MEMBER_KINDS, MILESTONE_STATUSES, PHASES, US_STATE_CODES } from './community-vocabulary.js';
import type {
  Committee,
  Community,
  District,
  MemberKind,
  Milestone,
  MilestoneStatus,
  Phase,
  PhaseChange,
  UsState,
} from './community.js';
import { ISO_DATE_PATTERN } from './dates.js';
import { isLanguageTag } from './language-tag.js';
import { READINESS_STAGES } from './readiness-stages.js';
import type { ReadinessStage } from './readiness-stages.js';
import type { StatusSnapshot } from './status-snapshot.js';

// A plain-code check of a status snapshot that vouches only for what `statusSnapshotSchema`
// certainly accepts, and gives exactly the value the schema would give. A monthly snapshot of a
// large network holds thousands of milestones, and the schema checks each one through several
// layers of objects and copies it; this reads each value once and copies nothing that is already
// in the schema's shape: an object with only the schema's keys, and a list whose items all are,
// come back as they were given. Only what holds keys the schema leaves out is copied without them.
// Whatever it cannot vouch for (a problem, text with spaces around it that the schema would trim,
// a key set to `undefined`) makes it give up, and the schema checks the snapshot and says what is
// wrong.

/** Thrown at the first value the quick check cannot vouch for, and caught in `quickStatusSnapshot`: never seen. */
class Unsure extends Error {}
const unsure = /* @__PURE__ */ new Unsure();

type Fields = Readonly<Record<string, unknown>>;

const phases: ReadonlySet<Phase> = /* @__PURE__ */ new Set(PHASES);
const statuses: ReadonlySet<MilestoneStatus> = /* @__PURE__ */ new Set(MILESTONE_STATUSES);
const committees: ReadonlySet<Committee> = /* @__PURE__ */ new Set(COMMITTEES);
const memberKinds: ReadonlySet<MemberKind> = /* @__PURE__ */ new Set(MEMBER_KINDS);
const states: ReadonlySet<UsState> = /* @__PURE__ */ new Set(US_STATE_CODES);
const stages: ReadonlySet<ReadinessStage> = /* @__PURE__ */ new Set(READINESS_STAGES);

function fields(value: unknown): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw unsure;
  return value as Fields;
}

/** How many of the values are there (not `undefined`); five parameters, so no list is made. */
const given = (a?: unknown, b?: unknown, c?: unknown, d?: unknown, e?: unknown): number =>
  Number(a !== undefined) +
  Number(b !== undefined) +
  Number(c !== undefined) +
  Number(d !== undefined) +
  Number(e !== undefined);

/**
 * What the schema gives for `record` once each of its values is checked: `record` itself when it
 * is a plain object with just the `count` keys that hold a value and every part in `parts` came
 * back from its check as it was, else a copy of its `keys` that hold a value, with the checked
 * `parts`. A key there with `undefined` is left to the schema (which keeps it in its value).
 */
function shaped(record: Fields, keys: readonly string[], count: number, parts?: Fields): unknown {
  let keep = Object.getPrototypeOf(record) === Object.prototype;
  // Counting keys with `for...in` allocates nothing; with the prototype checked, all are own keys.
  for (const _key in record) count--;
  keep &&= count === 0;
  for (const key in parts) keep &&= parts[key] === record[key];
  if (keep) return record;
  const copy: Record<string, unknown> = {};
  for (const key of keys) {
    const value = parts && key in parts ? parts[key] : record[key];
    if (value !== undefined) copy[key] = value;
    else if (key in record) throw unsure;
  }
  return copy;
}

/**
 * Each item of a list checked, holes included (`map` would skip them and keep them as holes): the
 * list itself when every item came back as it was, else a copy with the checked items.
 */
function list<T>(value: unknown, check: (item: unknown) => T): readonly T[] {
  if (!Array.isArray(value)) throw unsure;
  const items = value as readonly unknown[];
  let copy: T[] | undefined = Object.getPrototypeOf(items) === Array.prototype ? undefined : [];
  for (let index = 0; index < items.length; index++) {
    const checked = check(items[index]);
    if (copy === undefined && checked !== items[index]) copy = items.slice(0, index) as T[];
    if (copy !== undefined) copy[index] = checked;
  }
  return copy ?? (items as readonly T[]);
}

/** Text the schema keeps as it is: not empty, no space to trim at either end. */
function text(value: unknown): string {
  if (typeof value !== 'string' || value === '') throw unsure;
  // Printable ASCII other than a space at both ends is never trimmed; anything else asks trim().
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(value.length - 1);
  if ((first <= 32 || first >= 127 || last <= 32 || last >= 127) && value.trim() !== value) throw unsure;
  return value;
}

function anyText(value: unknown): string {
  if (typeof value !== 'string') throw unsure;
  return value;
}

function flag(value: unknown): boolean {
  if (typeof value !== 'boolean') throw unsure;
  return value;
}

function oneOf<T extends string>(allowed: ReadonlySet<T>, value: unknown): T {
  if (typeof value !== 'string' || !allowed.has(value as T)) throw unsure;
  return value as T;
}

/** That no two items share an id: a short list compared pairwise, a long one through a set. */
function uniqueIds(items: readonly { readonly id: string }[]): void {
  for (let index = 0; index < items.length; index++) ids[index] = (items[index] as { readonly id: string }).id;
  distinctIds(items.length);
}

/** The ids of the list being checked, read once each: a scratch list, reused for every list. */
const ids: string[] = [];

/** That the first `count` of `ids` are all different: a short list compared pairwise, a long one through a set. */
function distinctIds(count: number): void {
  if (count <= 32) {
    for (let i = 1; i < count; i++) {
      const id = ids[i];
      for (let j = 0; j < i; j++) if (ids[j] === id) throw unsure;
    }
  } else {
    const seen = new Set<string>();
    for (let index = 0; index < count; index++) {
      const id = ids[index] as string;
      if (seen.has(id)) throw unsure;
      seen.add(id);
    }
  }
  // A very long list's ids are not kept alive after its check.
  if (ids.length > 1024) ids.length = 0;
}

/**
 * {@link list} for items with an id (a community's districts and milestones), whose ids must all
 * differ: each id is read as its item is checked. Only these two checks are passed here, so the
 * call stays one the engine can inline.
 */
function listWithIds<T extends { readonly id: string }>(value: unknown, check: (item: unknown) => T): readonly T[] {
  if (!Array.isArray(value)) throw unsure;
  const items = value as readonly unknown[];
  let copy: T[] | undefined = Object.getPrototypeOf(items) === Array.prototype ? undefined : [];
  for (let index = 0; index < items.length; index++) {
    const checked = check(items[index]);
    ids[index] = checked.id;
    if (copy === undefined && checked !== items[index]) copy = items.slice(0, index) as T[];
    if (copy !== undefined) copy[index] = checked;
  }
  distinctIds(items.length);
  return copy ?? (items as readonly T[]);
}

/** The dates found real in this check: a snapshot repeats its dates, so each is tested once. */
let seenDates = new Set<string>();

/** A real calendar date as `YYYY-MM-DD`, with the schema's own pattern. */
function date(value: unknown): string {
  if (typeof value !== 'string') throw unsure;
  if (!seenDates.has(value)) {
    if (!ISO_DATE_PATTERN.test(value)) throw unsure;
    seenDates.add(value);
  }
  return value;
}

// The keys of each object the schema knows (the test holds them to the schemas' own), in order.
export const MILESTONE_KEYS = [
  'id',
  'title',
  'phase',
  'due',
  'start',
  'status',
  'completedOn',
  'owner',
  'description',
  'exitCriterion',
];
export const DISTRICT_KEYS = ['id', 'name', 'state', 'students'];
export const COMMUNITY_KEYS = [
  'id',
  'name',
  'lang',
  'scope',
  'readiness',
  'charter',
  'phase',
  'leadershipTeam',
  'committees',
  'members',
  'districts',
  'milestones',
  'history',
];
export const SNAPSHOT_KEYS = ['asOf', 'title', 'source', 'lang', 'illustrative', 'communities'];

/** A well-formed BCP 47 tag, when there is one (`lang` is optional wherever it is). */
function lang(value: unknown): void {
  if (value !== undefined && (typeof value !== 'string' || !isLanguageTag(value))) throw unsure;
}

const LEADER_KEYS = ['name', 'role'];
const MEMBER_KEYS = ['kind', 'name'];
const PHASE_CHANGE_KEYS = ['from', 'to', 'on'];

const leader = (value: unknown) => {
  const record = fields(value);
  text(record['name']);
  text(record['role']);
  return shaped(record, LEADER_KEYS, 2) as Community['leadershipTeam'][number];
};

const member = (value: unknown) => {
  const record = fields(value);
  oneOf(memberKinds, record['kind']);
  text(record['name']);
  return shaped(record, MEMBER_KEYS, 2) as Community['members'][number];
};

const committee = (value: unknown): Committee => oneOf(committees, value);

function milestone(value: unknown): Milestone {
  const record = fields(value);
  // The keys are read by name: a snapshot holds thousands of milestones, and a load of a named
  // key is far quicker than one through a list of keys.
  const { start, completedOn, owner, description, exitCriterion } = record;
  const due = date(record['due']);
  text(record['id']);
  text(record['title']);
  oneOf(phases, record['phase']);
  const status = oneOf(statuses, record['status']);
  if (start !== undefined && date(start) > due) throw unsure;
  if (completedOn !== undefined && (status !== 'done' || !date(completedOn))) throw unsure;
  if (owner !== undefined) text(owner);
  if (description !== undefined) anyText(description);
  if (exitCriterion !== undefined) flag(exitCriterion);
  return shaped(record, MILESTONE_KEYS, 5 + given(start, completedOn, owner, description, exitCriterion)) as Milestone;
}

function district(value: unknown): District {
  const record = fields(value);
  const { students, state } = record;
  if (typeof students !== 'number' || !Number.isSafeInteger(students) || students < 0) throw unsure;
  text(record['id']);
  text(record['name']);
  if (state !== undefined) oneOf(states, state);
  return shaped(record, DISTRICT_KEYS, 3 + given(state)) as District;
}

function phaseChange(value: unknown): PhaseChange {
  const record = fields(value);
  oneOf(phases, record['from']);
  oneOf(phases, record['to']);
  date(record['on']);
  return shaped(record, PHASE_CHANGE_KEYS, 3) as PhaseChange;
}

const NATIONAL_SCOPE_KEYS = ['kind'];
const STATE_SCOPE_KEYS = ['kind', 'state'];
const CHARTER_KEYS = ['start', 'end'];

function community(value: unknown): Community {
  const record = fields(value);
  const scopeFields = fields(record['scope']);
  const national = scopeFields['kind'] === 'national';
  if (!national && (scopeFields['kind'] !== 'state' || !states.has(scopeFields['state'] as UsState))) throw unsure;
  const charterFields = fields(record['charter']);
  if (!(date(charterFields['end']) > date(charterFields['start']))) throw unsure;
  text(record['id']);
  text(record['name']);
  lang(record['lang']);
  oneOf(stages, record['readiness']);
  const phase = oneOf(phases, record['phase']);
  const scope = shaped(scopeFields, national ? NATIONAL_SCOPE_KEYS : STATE_SCOPE_KEYS, national ? 1 : 2);
  const charter = shaped(charterFields, CHARTER_KEYS, 2);
  const leadershipTeam = list(record['leadershipTeam'], leader);
  const committees = list(record['committees'], committee);
  const members = list(record['members'], member);
  const districts = listWithIds(record['districts'], district);
  const milestones = listWithIds(record['milestones'], milestone);
  if (committees.length > 1 && new Set(committees).size !== committees.length) throw unsure;
  const history = record['history'] === undefined ? undefined : list(record['history'], phaseChange);
  history?.forEach((change, index) => {
    const before = history[index - 1];
    if (before !== undefined && (change.from !== before.to || change.on < before.on)) throw unsure;
  });
  if (history !== undefined && history.length > 0 && history.at(-1)?.to !== phase) throw unsure;
  const count = 11 + given(record['lang'], history);
  // Most communities come back whole: then no object of their checked parts is made.
  const whole =
    scope === scopeFields &&
    charter === charterFields &&
    leadershipTeam === record['leadershipTeam'] &&
    committees === record['committees'] &&
    members === record['members'] &&
    districts === record['districts'] &&
    milestones === record['milestones'] &&
    history === record['history'];
  const parts = whole
    ? undefined
    : { scope, charter, leadershipTeam, committees, members, districts, milestones, ...(history && { history }) };
  return shaped(record, COMMUNITY_KEYS, count, parts) as Community;
}

function snapshot(value: unknown): StatusSnapshot {
  const record = fields(value);
  const { title, source, illustrative, lang: tag } = record;
  date(record['asOf']);
  lang(tag);
  if (title !== undefined) anyText(title);
  if (source !== undefined) anyText(source);
  if (illustrative !== undefined) flag(illustrative);
  const communities = list(record['communities'], community);
  uniqueIds(communities);
  return shaped(record, SNAPSHOT_KEYS, 2 + given(title, source, illustrative, tag), { communities }) as StatusSnapshot;
}

/**
 * The value `statusSnapshotSchema` gives for `input` when the quick check can vouch that the
 * schema accepts it, else `undefined` (the input may still be valid: check it with the schema,
 * which also says what is wrong). The value shares every object of `input` that is already in
 * the schema's shape (all of it, when `input` holds no key the schema leaves out): it stays
 * valid only while neither is changed.
 */
export function quickStatusSnapshot(input: unknown): StatusSnapshot | undefined {
  try {
    return snapshot(input);
  } catch (error) {
    if (error === unsure) return undefined;
    throw error;
  } finally {
    seenDates = new Set();
  }
}

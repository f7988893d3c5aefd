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
import { READINESS_STAGES } from './readiness-stages.js';
import type { ReadinessStage } from './readiness-stages.js';
import type { StatusSnapshot } from './status-snapshot.js';

// A plain-code check of a status snapshot that vouches only for what `statusSnapshotSchema`
// certainly accepts, and gives exactly the value the schema would give (a copy with only the
// schema's keys). A monthly snapshot of a large network holds thousands of milestones, and the
// schema checks each one through several layers of objects; this reads each value once. Whatever
// it cannot vouch for (a problem, text with spaces around it that the schema would trim, a key set
// to `undefined`) makes it give up, and the schema checks the snapshot and says what is wrong.

/** Thrown at the first value the quick check cannot vouch for; caught in `quickStatusSnapshot`. */
class Unsure extends Error {}
const unsure = /* @__PURE__ */ new Unsure('The quick check leaves this status snapshot to the schema');

type Fields = Readonly<Record<string, unknown>>;
type Writable<T> = { -readonly [K in keyof T]: T[K] };

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

/** Each item of a list checked, holes included (`map` would skip them and keep them as holes). */
function list<T>(value: unknown, check: (item: unknown) => T): T[] {
  if (!Array.isArray(value)) throw unsure;
  const items: T[] = new Array<T>(value.length);
  for (let index = 0; index < value.length; index++) items[index] = check(value[index]);
  return items;
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

/** `undefined` when the key is absent; a key present with `undefined` is left to the schema. */
function optional<T>(record: Fields, key: string, check: (value: unknown) => T): T | undefined {
  const value = record[key];
  if (value === undefined) {
    if (key in record) throw unsure;
    return undefined;
  }
  return check(value);
}

function unique(keys: readonly string[]): void {
  if (new Set(keys).size !== keys.length) throw unsure;
}

/** That no two items share an id: a short list compared pairwise, a long one through a set. */
function uniqueIds(items: readonly { readonly id: string }[]): void {
  const count = items.length;
  if (count <= 32) {
    for (let i = 1; i < count; i++) {
      const id = (items[i] as { readonly id: string }).id;
      for (let j = 0; j < i; j++) if ((items[j] as { readonly id: string }).id === id) throw unsure;
    }
    return;
  }
  const ids = new Set<string>();
  for (const { id } of items) {
    if (ids.has(id)) throw unsure;
    ids.add(id);
  }
}

/** One check of a snapshot; dates repeat across communities, so each is tested once. */
class SnapshotCheck {
  readonly #dates = new Set<string>();

  date = (value: unknown): string => {
    if (typeof value !== 'string') throw unsure;
    if (this.#dates.has(value)) return value;
    // The schema's own pattern for a date (dates.test.ts holds the two together).
    if (!ISO_DATE_PATTERN.test(value)) throw unsure;
    this.#dates.add(value);
    return value;
  };

  milestone = (value: unknown): Milestone => {
    const record = fields(value);
    const milestone: Writable<Milestone> = {
      id: text(record['id']),
      title: text(record['title']),
      phase: oneOf(phases, record['phase']),
      due: this.date(record['due']),
      status: oneOf(statuses, record['status']),
    };
    // The optional keys are read by name, not through `optional()`: a milestone has five of them
    // and a snapshot thousands of milestones, and a load of a named key is far quicker.
    const start = record['start'];
    if (start !== undefined) {
      if (this.date(start) > milestone.due) throw unsure;
      milestone.start = start as string;
    } else if ('start' in record) throw unsure;
    const completedOn = record['completedOn'];
    if (completedOn !== undefined) {
      if (milestone.status !== 'done') throw unsure;
      milestone.completedOn = this.date(completedOn);
    } else if ('completedOn' in record) throw unsure;
    const owner = record['owner'];
    if (owner !== undefined) milestone.owner = text(owner);
    else if ('owner' in record) throw unsure;
    const description = record['description'];
    if (description !== undefined) milestone.description = anyText(description);
    else if ('description' in record) throw unsure;
    const exitCriterion = record['exitCriterion'];
    if (exitCriterion !== undefined) milestone.exitCriterion = flag(exitCriterion);
    else if ('exitCriterion' in record) throw unsure;
    return milestone;
  };

  district = (value: unknown): District => {
    const record = fields(value);
    const students = record['students'];
    if (typeof students !== 'number' || !Number.isSafeInteger(students) || students < 0) throw unsure;
    const district: Writable<District> = { id: text(record['id']), name: text(record['name']), students };
    const state = optional(record, 'state', (code) => oneOf(states, code));
    if (state !== undefined) district.state = state;
    return district;
  };

  phaseChange = (value: unknown): PhaseChange => {
    const record = fields(value);
    return { from: oneOf(phases, record['from']), to: oneOf(phases, record['to']), on: this.date(record['on']) };
  };

  community = (value: unknown): Community => {
    const record = fields(value);
    const scopeFields = fields(record['scope']);
    const scope: Community['scope'] =
      scopeFields['kind'] === 'state'
        ? { kind: 'state', state: oneOf(states, scopeFields['state']) }
        : scopeFields['kind'] === 'national'
          ? { kind: 'national' }
          : (() => {
              throw unsure;
            })();
    const charterFields = fields(record['charter']);
    const charter = { start: this.date(charterFields['start']), end: this.date(charterFields['end']) };
    if (!(charter.end > charter.start)) throw unsure;
    const community: Writable<Community> = {
      id: text(record['id']),
      name: text(record['name']),
      scope,
      readiness: oneOf(stages, record['readiness']),
      charter,
      phase: oneOf(phases, record['phase']),
      leadershipTeam: list(record['leadershipTeam'], (member) => {
        const person = fields(member);
        return { name: text(person['name']), role: text(person['role']) };
      }),
      committees: list(record['committees'], (committee) => oneOf(committees, committee)),
      members: list(record['members'], (member) => {
        const person = fields(member);
        return { kind: oneOf(memberKinds, person['kind']), name: text(person['name']) };
      }),
      districts: list(record['districts'], this.district),
      milestones: list(record['milestones'], this.milestone),
    };
    unique(community.committees);
    uniqueIds(community.districts);
    uniqueIds(community.milestones);
    const history = optional(record, 'history', (changes) => list(changes, this.phaseChange));
    if (history !== undefined) {
      history.forEach((change, index) => {
        const before = history[index - 1];
        if (before !== undefined && (change.from !== before.to || change.on < before.on)) throw unsure;
      });
      const last = history.at(-1);
      if (last !== undefined && last.to !== community.phase) throw unsure;
      community.history = history;
    }
    return community;
  };

  snapshot(value: unknown): StatusSnapshot {
    const record = fields(value);
    const snapshot: Writable<StatusSnapshot> = {
      asOf: this.date(record['asOf']),
      communities: list(record['communities'], this.community),
    };
    uniqueIds(snapshot.communities);
    const title = optional(record, 'title', anyText);
    if (title !== undefined) snapshot.title = title;
    const source = optional(record, 'source', anyText);
    if (source !== undefined) snapshot.source = source;
    const illustrative = optional(record, 'illustrative', flag);
    if (illustrative !== undefined) snapshot.illustrative = illustrative;
    return snapshot;
  }
}

/**
 * The value `statusSnapshotSchema` gives for `input` when the quick check can vouch that the
 * schema accepts it, else `undefined` (the input may still be valid: check it with the schema,
 * which also says what is wrong).
 */
export function quickStatusSnapshot(input: unknown): StatusSnapshot | undefined {
  try {
    return new SnapshotCheck().snapshot(input);
  } catch (error) {
    if (error === unsure) return undefined;
    throw error;
  }
}

import type {
  Charter,
  Community,
  CommunityMember,
  CommunityScope,
  District,
  LeadershipTeamMember,
  Milestone,
  PhaseChange,
} from './community.js';
import { COMMITTEES, MEMBER_KINDS, MILESTONE_STATUSES, PHASES, US_STATE_CODES } from './community-vocabulary.js';
import { compareIsoDates } from './dates.js';
import { readIsoDate } from './date-reader.js';
import type { IssuePath, ParseResult } from './errors.js';
import { readLanguageTag } from './language-tag-reader.js';
import {
  checkLength,
  isFields,
  listInSteps,
  listOf,
  PlainReading,
  readBoolean,
  readFields,
  readIntAtLeast,
  readList,
  readOneOf,
  readString,
  runSteps,
  type Read,
  type Shape,
  type Steps,
} from './plain-reader.js';
import { READINESS_STAGES } from './readiness-stages.js';
import { repeatIssues } from './repeats.js';

// A learning community read in plain code: what `communitySchema` gives (value, verdict, issues
// and their messages) without zod, for a page that shows a community's timeline.
// community-reader.property.test.ts holds the two together.

const oneOf = (what: string, values: readonly string[]): string => `Expected ${what}: one of ${values.join(', ')}`;

/** Text with something in it once trimmed, given back trimmed (`z.string().check(z.trim(), z.minLength(1))`). */
function readText(what: string): Read<string> {
  return (reading, input, path) => {
    const mark = reading.mark;
    let value = input;
    if (typeof input === 'string') value = input.trim();
    else reading.wrongType(path, 'string', input, `Expected ${what} as text`);
    checkLength(reading, mark, value, path, { min: 1, tooShort: `Expected ${what}, got an empty string` });
    return value as string;
  };
}

const readPhase = /* @__PURE__ */ readOneOf(PHASES, /* @__PURE__ */ oneOf('a lifecycle phase', PHASES));
const readCommittee = /* @__PURE__ */ readOneOf(COMMITTEES, /* @__PURE__ */ oneOf('a committee', COMMITTEES));
const readMemberKind = /* @__PURE__ */ readOneOf(MEMBER_KINDS, /* @__PURE__ */ oneOf('a member kind', MEMBER_KINDS));
const readState = /* @__PURE__ */ readOneOf(
  US_STATE_CODES,
  'Expected a two-letter US state code in capitals, e.g. "IL"',
);
const readMilestoneStatus = /* @__PURE__ */ readOneOf(
  MILESTONE_STATUSES,
  /* @__PURE__ */ oneOf('a milestone status', MILESTONE_STATUSES),
);
const readReadiness = /* @__PURE__ */ readOneOf(
  READINESS_STAGES,
  'Expected a readiness stage: "initiating", "improving" or "innovating"',
);

const readMilestoneId = /* @__PURE__ */ readText('a milestone id');
const readMilestoneTitle = /* @__PURE__ */ readText('a milestone title');
const readOwner = /* @__PURE__ */ readText('an owner name');
const readDescription: Read<string> = (reading, input, path) =>
  readString(reading, input, path, 'Expected a description as text');
const readExitCriterion = /* @__PURE__ */ readBoolean('Expected exitCriterion to be true or false');

/** One milestone (`milestoneSchema`): its fields, then, when they are sound, its dates and status together. */
// The fields of each object, made once: a snapshot holds thousands of milestones.
const MILESTONE_FIELDS: Shape = [
  ['id', readMilestoneId],
  ['title', readMilestoneTitle],
  ['phase', readPhase],
  ['due', readIsoDate],
  ['start', readIsoDate, true],
  ['status', readMilestoneStatus],
  ['completedOn', readIsoDate, true],
  ['owner', readOwner, true],
  ['description', readDescription, true],
  ['exitCriterion', readExitCriterion, true],
];

export const readMilestone: Read<Milestone> = (reading, input, path) => {
  const mark = reading.mark;
  const milestone = readFields(reading, input, path, MILESTONE_FIELDS) as Milestone;
  if (reading.stopped(mark)) return milestone;
  if (milestone.start !== undefined && compareIsoDates(milestone.start, milestone.due) > 0) {
    reading.add(
      [...path, 'start'],
      'custom',
      `Expected start on or before the due date ${milestone.due}, got ${milestone.start}`,
      true,
    );
  }
  if (milestone.completedOn !== undefined && milestone.status !== 'done') {
    reading.add(
      [...path, 'completedOn'],
      'custom',
      `Expected completedOn only when status is "done", but status is "${milestone.status}"`,
      true,
    );
  }
  return milestone;
};

const CHARTER_FIELDS: Shape = [
  ['start', readIsoDate],
  ['end', readIsoDate],
];

const readCharter: Read<Charter> = (reading, input, path) => {
  const mark = reading.mark;
  const charter = readFields(reading, input, path, CHARTER_FIELDS) as Charter;
  if (!reading.stopped(mark) && !(compareIsoDates(charter.end, charter.start) > 0)) {
    reading.add([...path, 'end'], 'custom', 'Expected the charter to end after it starts', true);
  }
  return charter;
};

/** The scope's `kind`, already known to name an option. */
const readKind: Read<unknown> = (_reading, input) => input;

const STATE_SCOPE_FIELDS: Shape = [
  ['kind', readKind],
  ['state', readState],
];
const NATIONAL_SCOPE_FIELDS: Shape = [['kind', readKind]];

const SCOPE_MESSAGE = 'Expected a scope of { kind: "state", state } or { kind: "national" }';

/** Where a community works (`z.discriminatedUnion('kind', ...)`): the option its `kind` names. */
const readScope: Read<CommunityScope> = (reading, input, path) => {
  if (!isFields(input)) {
    reading.add(path, 'invalid_type', SCOPE_MESSAGE);
    return input as CommunityScope;
  }
  const kind = input['kind'];
  if (kind === 'state') return readFields(reading, input, path, STATE_SCOPE_FIELDS) as CommunityScope;
  if (kind === 'national') return readFields(reading, input, path, NATIONAL_SCOPE_FIELDS) as CommunityScope;
  reading.add([...path, 'kind'], 'invalid_union', SCOPE_MESSAGE);
  return input as CommunityScope;
};

const readName = /* @__PURE__ */ readText('a name');
const readRole = /* @__PURE__ */ readText('a role');

const LEADER_FIELDS: Shape = [
  ['name', readName],
  ['role', readRole],
];
const readLeadershipTeamMember: Read<LeadershipTeamMember> = (reading, input, path) =>
  readFields(reading, input, path, LEADER_FIELDS) as LeadershipTeamMember;

const MEMBER_FIELDS: Shape = [
  ['kind', readMemberKind],
  ['name', readName],
];
const readMember: Read<CommunityMember> = (reading, input, path) =>
  readFields(reading, input, path, MEMBER_FIELDS) as CommunityMember;

const readDistrictId = /* @__PURE__ */ readText('a district id');
const readDistrictName = /* @__PURE__ */ readText('a district name');
const readStudents = /* @__PURE__ */ readIntAtLeast(
  'Expected the number of students as a whole number',
  0,
  'Expected the number of students to be 0 or more',
);

const DISTRICT_FIELDS: Shape = [
  ['id', readDistrictId],
  ['name', readDistrictName],
  ['state', readState, true],
  ['students', readStudents],
];
const readDistrict: Read<District> = (reading, input, path) =>
  readFields(reading, input, path, DISTRICT_FIELDS) as District;

const PHASE_CHANGE_FIELDS: Shape = [
  ['from', readPhase],
  ['to', readPhase],
  ['on', readIsoDate],
];
const readPhaseChange: Read<PhaseChange> = (reading, input, path) =>
  readFields(reading, input, path, PHASE_CHANGE_FIELDS) as PhaseChange;

const readCommunityId = /* @__PURE__ */ readText('a community id');
const readCommunityName = /* @__PURE__ */ readText('a community name');
const readLeadershipTeam = /* @__PURE__ */ listOf(readLeadershipTeamMember);
const readCommittees = /* @__PURE__ */ listOf(readCommittee);
const readMembers = /* @__PURE__ */ listOf(readMember);
const readDistricts = /* @__PURE__ */ listOf(readDistrict);
const readHistory = /* @__PURE__ */ listOf(readPhaseChange);

/** One milestone is one step, taken after it. */
function* milestoneStep(reading: PlainReading, input: unknown, path: IssuePath): Steps<Milestone> {
  const milestone = readMilestone(reading, input, path);
  yield;
  return milestone;
}

/** Adds an issue at `path[index].key` for every item whose `key` repeats an earlier one (as the schema does). */
function reportDuplicates<T>(
  reading: PlainReading,
  items: readonly T[],
  keyOf: (item: T) => string,
  path: IssuePath,
  key: string | undefined,
  what: string,
): void {
  for (const { path: at, message } of repeatIssues(items, keyOf, path, key, what)) {
    reading.add(at, 'custom', message, true);
  }
}

/** The checks of a whole community at `path`, as the schema's refinement makes them. */
function checkWhole(reading: PlainReading, community: Community, path: IssuePath): void {
  reportDuplicates(reading, community.committees, (c) => c, [...path, 'committees'], undefined, 'committee');
  reportDuplicates(reading, community.districts, (d) => d.id, [...path, 'districts'], 'id', 'district id');
  reportDuplicates(reading, community.milestones, (m) => m.id, [...path, 'milestones'], 'id', 'milestone id');
  const history = community.history ?? [];
  history.forEach((change, index) => {
    const before = history[index - 1];
    if (before === undefined) return;
    if (change.from !== before.to) {
      reading.add(
        [...path, 'history', index, 'from'],
        'custom',
        `Expected "${before.to}", where the move before ended, got "${change.from}"`,
        true,
      );
    }
    if (compareIsoDates(change.on, before.on) < 0) {
      reading.add(
        [...path, 'history', index, 'on'],
        'custom',
        `Expected a date on or after the move before (${before.on}), got ${change.on}`,
        true,
      );
    }
  });
  const last = history.at(-1);
  if (last !== undefined && last.to !== community.phase) {
    reading.add(
      [...path, 'history', history.length - 1, 'to'],
      'custom',
      `Expected the last move to end in the current phase "${community.phase}", got "${last.to}"`,
      true,
    );
  }
}

/** A community at `path` (`communitySchema`), read in steps: its fields, then, when they are sound, the whole. */
function* communityInSteps(reading: PlainReading, input: unknown, path: IssuePath, atOnce = false): Steps<Community> {
  if (!isFields(input)) {
    reading.wrongType(path, 'object', input);
    return input as Community;
  }
  const mark = reading.mark;
  const community = readFields(reading, input, path, COMMUNITY_FIELDS) as Record<string, unknown>;
  const at = [...path, 'milestones'];
  const milestones = atOnce
    ? readList(reading, input['milestones'], at, readMilestone)
    : yield* listInSteps(reading, input['milestones'], at, milestoneStep);
  if ('milestones' in input) community['milestones'] = milestones;
  Object.assign(community, readFields(reading, input, path, HISTORY_FIELDS));
  if (!reading.stopped(mark)) checkWhole(reading, community as Community, path);
  return community as Community;
}

const COMMUNITY_FIELDS: Shape = [
  ['id', readCommunityId],
  ['name', readCommunityName],
  ['lang', readLanguageTag, true],
  ['scope', readScope],
  ['readiness', readReadiness],
  ['charter', readCharter],
  ['phase', readPhase],
  ['leadershipTeam', readLeadershipTeam],
  ['committees', readCommittees],
  ['members', readMembers],
  ['districts', readDistricts],
];
const HISTORY_FIELDS: Shape = [['history', readHistory, true]];

/**
 * A community inside another document (`communitySchema` as an item or a field), read at once,
 * its milestones without a step each.
 */
export const readCommunity: Read<Community> = (reading, input, path) =>
  runSteps(communityInSteps(reading, input, path, true));

/**
 * Reads a learning community as `communitySchema` does (the same value, or the same issues with
 * the same messages), in plain code and in steps: it yields after each milestone, so a caller can
 * give the main thread back between steps. The result is the same as {@link checkCommunity}'s.
 */
export function* checkCommunityInSteps(input: unknown): Steps<ParseResult<Community>> {
  const reading = new PlainReading();
  const community = yield* communityInSteps(reading, input, []);
  return reading.result('community', community);
}

/**
 * Reads a learning community without throwing, as `safeParseWith(communitySchema, input,
 * 'community')` does (the same value, or the same issues with the same messages), in plain code:
 * a page that shows a timeline does not need zod.
 */
export function checkCommunity(input: unknown): ParseResult<Community> {
  const reading = new PlainReading();
  return reading.result('community', readCommunity(reading, input, []));
}

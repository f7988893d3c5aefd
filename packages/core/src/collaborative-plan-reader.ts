import type {
  ActionStep,
  CollaborativePlan,
  CommunicationPlanEntry,
  DataSharingPlanEntry,
  KeyPerson,
} from './collaborative-plan.js';
import {
  ACTION_STEP_STATUSES,
  DATA_SOURCES,
  LEGALLY_SHAREABLE,
  reportRepeatedStepIds,
} from './collaborative-plan-rules.js';
import { readIsoDate } from './date-reader.js';
import type { IssuePath } from './errors.js';
import { listOf, PlainReading, readCheckedString, readFields, readOneOf, type Read } from './plain-reader.js';

// The parts of a collaborative plan read in plain code, as the schemas of collaborative-plan.ts
// read them: shared by the readers of an action plan and of a partner workbook, whose property
// tests hold them to the schemas.

const VISIBLE = /\S/;

/** Text with a visible character (`z.string().check(z.regex(/\S/))` with the schemas' words). */
export function readPlanText(what: string): Read<string> {
  return readCheckedString(
    (text) => VISIBLE.test(text),
    'invalid_format',
    `Expected ${what} (not empty)`,
    `Expected ${what} as text`,
  );
}

const statusMessage = (): string => `Expected a status: ${ACTION_STEP_STATUSES.join(', ')}`;
const sourceMessage = (): string => `Expected a source: ${DATA_SOURCES.join(' or ')}`;
const shareableMessage = (): string => `Expected ${LEGALLY_SHAREABLE.join(', ')}`;

const readStepId = /* @__PURE__ */ readPlanText('an action step id');
const readStepDescription = /* @__PURE__ */ readPlanText('a description of the step');
const readStepOwner = /* @__PURE__ */ readPlanText('an owner');
const readStatus = /* @__PURE__ */ readOneOf(ACTION_STEP_STATUSES, /* @__PURE__ */ statusMessage());

/** One action step (`actionStepSchema`). */
export const readActionStep: Read<ActionStep> = (reading, input, path) =>
  readFields(reading, input, path, [
    ['id', readStepId],
    ['description', readStepDescription],
    ['owner', readStepOwner],
    ['due', readIsoDate],
    ['status', readStatus],
    ['updated', readIsoDate, true],
  ]) as ActionStep;

const readName = /* @__PURE__ */ readPlanText('a name');
const readRole = /* @__PURE__ */ readPlanText('a role');
const readOrganization = /* @__PURE__ */ readPlanText('an organization');

const readKeyPerson: Read<KeyPerson> = (reading, input, path) =>
  readFields(reading, input, path, [
    ['name', readName],
    ['role', readRole, true],
    ['organization', readOrganization, true],
  ]) as KeyPerson;

const readAudience = /* @__PURE__ */ readPlanText('who is informed');
const readMessage = /* @__PURE__ */ readPlanText('what they are informed about');
const readChannel = /* @__PURE__ */ readPlanText('a channel');
const readFrequency = /* @__PURE__ */ readPlanText('how often');

const readCommunicationEntry: Read<CommunicationPlanEntry> = (reading, input, path) =>
  readFields(reading, input, path, [
    ['audience', readAudience],
    ['message', readMessage],
    ['channel', readChannel, true],
    ['frequency', readFrequency],
  ]) as CommunicationPlanEntry;

const readData = /* @__PURE__ */ readPlanText('what data');
const readSource = /* @__PURE__ */ readOneOf(DATA_SOURCES, /* @__PURE__ */ sourceMessage());
const readShareable = /* @__PURE__ */ readOneOf(LEGALLY_SHAREABLE, /* @__PURE__ */ shareableMessage());
const readNotes = /* @__PURE__ */ readPlanText('notes');

const readDataSharingEntry: Read<DataSharingPlanEntry> = (reading, input, path) =>
  readFields(reading, input, path, [
    ['data', readData],
    ['source', readSource],
    ['legallyShareable', readShareable],
    ['frequency', readFrequency],
    ['notes', readNotes, true],
  ]) as DataSharingPlanEntry;

/** The fields of a collaborative plan (`collaborativePlanFields`), in the worksheet's order. */
export const COLLABORATIVE_PLAN_FIELDS: readonly (readonly [key: string, read: Read<unknown>, optional?: boolean])[] =
  /* @__PURE__ */ (() => [
    ['partnerIds', listOf(readPlanText('a partner id')), true],
    ['sharedGoal', readPlanText('a shared SEL goal')],
    ['schoolDayPractices', listOf(readPlanText('a school-day practice'))],
    ['partnerPractices', listOf(readPlanText('a partner practice'))],
    ['alignmentOpportunities', listOf(readPlanText('an alignment opportunity'))],
    ['keyPersonnel', listOf(readKeyPerson)],
    ['actionSteps', listOf(readActionStep)],
    ['communicationPlan', listOf(readCommunicationEntry), true],
    ['dataSharingPlan', listOf(readDataSharingEntry), true],
  ])();

/** Reports action step ids used twice among `steps`, as the plans' schemas do (paths under `path`). */
export function checkRepeatedStepIds(
  reading: PlainReading,
  steps: readonly { readonly step: ActionStep; readonly path: IssuePath }[],
  path: IssuePath,
): void {
  reportRepeatedStepIds(steps, {
    addIssue: (issue) => {
      reading.add([...path, ...issue.path], issue.code, issue.message, true);
    },
  });
}

/** A collaborative plan (`collaborativePlanSchema`): its fields, then, when they are sound, its step ids. */
export const readCollaborativePlan: Read<CollaborativePlan> = (reading, input, path) => {
  const mark = reading.mark;
  const plan = readFields(reading, input, path, COLLABORATIVE_PLAN_FIELDS) as CollaborativePlan;
  if (!reading.stopped(mark)) {
    checkRepeatedStepIds(
      reading,
      plan.actionSteps.map((step, index) => ({ step, path: ['actionSteps', index] })),
      path,
    );
  }
  return plan;
};

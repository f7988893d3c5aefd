import type { TierAssignments } from './card-sort.js';
import { readCollaborativePlan, readPlanText } from './collaborative-plan-reader.js';
import { readIsoDate } from './date-reader.js';
import { SelValidationError } from './errors.js';
import type { IssuePath, ParseResult } from './errors.js';
import { readLanguageTag } from './language-tag-reader.js';
import type { Contact, Partner, PartnerInventory } from './partner.js';
import { PARTNER_KINDS } from './partner-kinds.js';
import {
  crossCheck,
  migratePartnerWorkbook,
  PARTNER_WORKBOOK_VERSION,
  type PartnerWorkbook,
} from './partner-workbook.js';
import {
  isFields,
  listInSteps,
  listOf,
  PlainReading,
  readCheckedString,
  readFields,
  readOneOf,
  readWholeNumber,
  recordOf,
  runSteps,
  type Read,
  type Steps,
} from './plain-reader.js';
import { TIERS } from './tier.js';
import { readWorkbookCadence } from './cadence-reader.js';
import type { Touchpoint } from './touchpoint.js';
import { TOUCHPOINT_TOPICS } from './touchpoint-topics.js';
import { repeatsOf } from './repeats.js';

// A partner workbook and its parts read in plain code: what the schemas of partner.ts, card-sort.ts,
// touchpoint.ts, collaborative-plan.ts and partner-workbook.ts give (value, verdict, issues and
// their messages) without zod, for a page that shows partners. partner-workbook-reader.property.test.ts
// holds them together.

/* eslint-disable no-useless-escape -- zod's pattern as zod writes it: the test compares the two sources */
/** zod's pattern for `z.email()` (the property test holds the two together). Internal. */
export const EMAIL_PATTERN =
  /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
/* eslint-enable no-useless-escape */
const EMAIL_MESSAGE = 'Expected an email address, e.g. "name@example.org"';
const VISIBLE = /\S/;
const ONE_LINE = /^[^\r\n]*$/;

/** One line of visible text (`text(what).check(z.regex(/^[^\r\n]*$/))` with the schema's words). */
function readLineOfText(what: string): Read<string> {
  return (reading, input, path) => {
    if (typeof input !== 'string') reading.wrongType(path, 'string', input, `Expected ${what} as text`);
    else {
      if (!VISIBLE.test(input)) reading.add(path, 'invalid_format', `Expected ${what} (not empty)`, true);
      if (!ONE_LINE.test(input)) {
        reading.add(path, 'invalid_format', `Expected ${what} on a single line (one item per entry)`, true);
      }
    }
    return input as string;
  };
}

const kindMessage = (): string => `Expected a partner kind: ${PARTNER_KINDS.join(', ')}`;
const tierMessage = (): string => `Expected a tier: ${TIERS.join(', ')}`;
const topicMessage = (): string => `Expected a touchpoint topic: ${TOUCHPOINT_TOPICS.join(', ')}`;
const versionMessage = (): string => `Expected workbook version ${PARTNER_WORKBOOK_VERSION}`;

const readEmail = /* @__PURE__ */ readCheckedString(
  (text) => EMAIL_PATTERN.test(text),
  'invalid_format',
  EMAIL_MESSAGE,
  EMAIL_MESSAGE,
);

const readContact: Read<Contact> = (reading, input, path) =>
  readFields(reading, input, path, [
    ['name', readContactName],
    ['role', readRole, true],
    ['email', readEmail, true],
    ['phone', readPhone, true],
  ]) as Contact;

const readContactName = /* @__PURE__ */ readPlanText('a contact name');
const readRole = /* @__PURE__ */ readPlanText('a role');
const readPhone = /* @__PURE__ */ readPlanText('a phone number');
const readPartnerKind = /* @__PURE__ */ readOneOf(PARTNER_KINDS, /* @__PURE__ */ kindMessage());
const readYears = /* @__PURE__ */ readWholeNumber(
  'Expected a number of years',
  'Expected a whole number of years',
  0,
  true,
  'Expected a number of years of 0 or more',
);

/** The fields of a partner (`partnerSchema`), in its order. */
const PARTNER_FIELDS: readonly (readonly [key: string, read: Read<unknown>, optional?: boolean])[] =
  /* @__PURE__ */ (() => [
    ['id', readPlanText('a partner id')],
    ['name', readPlanText('the partner name')],
    ['kind', readPartnerKind],
    ['mission', readPlanText('a mission'), true],
    ['outcomeGoals', listOf(readLineOfText('an outcome goal')), true],
    ['partnerContact', readContact, true],
    ['schoolContact', readContact, true],
    ['schedule', readPlanText('a schedule'), true],
    ['duration', readPlanText('a duration'), true],
    ['location', readPlanText('a location'), true],
    ['targetAudience', readPlanText('a target audience'), true],
    ['notes', readPlanText('notes'), true],
    ['history', readPlanText('a history'), true],
    ['years', readYears, true],
    ['fundingSource', readPlanText('a funding source'), true],
  ])();

/** One partner (`partnerSchema`). */
export const readPartner: Read<Partner> = (reading, input, path) =>
  readFields(reading, input, path, PARTNER_FIELDS) as Partner;

/** One partner is one step, taken after it. */
function* partnerStep(reading: PlainReading, input: unknown, path: IssuePath): Steps<Partner> {
  const partner = readPartner(reading, input, path);
  yield;
  return partner;
}

/** A partner inventory (`partnerInventorySchema`) in steps: the partners, then, when they are sound, their ids. */
export function* readPartnerInventoryInSteps(
  reading: PlainReading,
  input: unknown,
  path: IssuePath,
): Steps<PartnerInventory> {
  const mark = reading.mark;
  const partners = yield* listInSteps(reading, input, path, partnerStep);
  if (reading.stopped(mark)) return partners;
  for (const { index, key: id, first } of repeatsOf(partners, (partner) => partner.id)) {
    reading.add(
      [...path, index, 'id'],
      'custom',
      `Expected a unique partner id, but "${id}" is already used by partner ${first}`,
      true,
    );
  }
  return partners;
}

const readTier = /* @__PURE__ */ readOneOf(TIERS, /* @__PURE__ */ tierMessage());

/** Each partner's tier by id (`tierAssignmentsSchema`: any text key). */
export const readTierAssignments: Read<TierAssignments> = /* @__PURE__ */ recordOf(() => true, readTier);

/**
 * Reads tier assignments as `safeParseTierAssignments` does: as the schema reads them, and then a
 * partner called `__proto__`, which the schema leaves out, checked and kept as an own property.
 */
export function checkTierAssignments(
  input: unknown,
  subject = 'tier assignments',
  prefix: IssuePath = [],
): ParseResult<TierAssignments> {
  const reading = new PlainReading();
  const result = reading.result(subject, readTierAssignments(reading, input, prefix));
  if (!result.ok || typeof input !== 'object' || input === null || !Object.hasOwn(input, '__proto__')) return result;
  const own = new PlainReading();
  const tier = readTier(own, Object.getOwnPropertyDescriptor(input, '__proto__')?.value, [...prefix, '__proto__']);
  const checked = own.result(subject, tier);
  if (!checked.ok) return checked;
  Object.defineProperty(result.value, '__proto__', {
    value: tier,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return result;
}

const readTopic = /* @__PURE__ */ readOneOf(TOUCHPOINT_TOPICS, /* @__PURE__ */ topicMessage());
const readPartnerId = /* @__PURE__ */ readPlanText('a partner id');
const readNotes = /* @__PURE__ */ readPlanText('notes');
const readBy = /* @__PURE__ */ readPlanText('who held the check-in');

/** One check-in (`touchpointSchema`). */
export const readTouchpoint: Read<Touchpoint> = (reading, input, path) =>
  readFields(reading, input, path, [
    ['partnerId', readPartnerId],
    ['topic', readTopic],
    ['date', readIsoDate],
    ['notes', readNotes, true],
    ['by', readBy, true],
  ]) as Touchpoint;

const readVersion: Read<number> = (reading, input, path) => {
  if (input !== PARTNER_WORKBOOK_VERSION) reading.add(path, 'invalid_value', versionMessage());
  return input as number;
};

const readTouchpoints = /* @__PURE__ */ listOf(readTouchpoint);
const readPlans = /* @__PURE__ */ listOf(readCollaborativePlan);

const SUBJECT = 'partner workbook';

/**
 * Reads a partner workbook, or an older shape it migrates, as `parsePartnerWorkbookInSteps` does
 * (the same value, or the same issues with the same messages), in plain code and in steps: a step
 * after each partner.
 */
export function* checkPartnerWorkbookInSteps(raw: unknown): Steps<ParseResult<PartnerWorkbook>> {
  const migrated = migratePartnerWorkbook(raw);
  const reading = new PlainReading();
  if (!isFields(migrated)) {
    reading.wrongType([], 'object', migrated);
    return reading.result(SUBJECT, migrated as PartnerWorkbook);
  }
  const workbook = readFields(
    reading,
    migrated,
    [],
    [
      ['version', readVersion],
      ['lang', readLanguageTag, true],
    ],
  ) as Record<string, unknown>;
  const partners = yield* readPartnerInventoryInSteps(reading, migrated['partners'], ['partners']);
  if ('partners' in migrated) workbook['partners'] = partners;
  Object.assign(
    workbook,
    readFields(
      reading,
      migrated,
      [],
      [
        ['assignments', readTierAssignments],
        ['touchpoints', readTouchpoints],
        ['cadence', readWorkbookCadence, true],
        ['plans', readPlans, true],
      ],
    ),
  );
  const result = reading.result(SUBJECT, workbook as PartnerWorkbook);
  if (!result.ok) return result;
  const own = checkTierAssignments(migrated['assignments'], SUBJECT, ['assignments']);
  if (!own.ok) return own;
  const value = Object.hasOwn(own.value, '__proto__') ? { ...result.value, assignments: own.value } : result.value;
  const issues = crossCheck(value);
  if (issues.length > 0) return { ok: false, error: new SelValidationError(SUBJECT, issues) };
  return { ok: true, value };
}

/**
 * Reads a partner workbook, or an older shape it migrates, as `parsePartnerWorkbook` does (the same
 * value, or the same issues with the same messages), in plain code: a page that shows partners
 * does not need zod. Never throws.
 */
export function checkPartnerWorkbook(raw: unknown): ParseResult<PartnerWorkbook> {
  return runSteps(checkPartnerWorkbookInSteps(raw));
}

/** Reads one partner as `safeParseWith(partnerSchema, input, subject)` does. */
export function checkPartner(input: unknown, subject = 'partner'): ParseResult<Partner> {
  const reading = new PlainReading();
  return reading.result(subject, readPartner(reading, input, []));
}

/** Reads one check-in as `safeParseWith(touchpointSchema, input, subject)` does. */
export function checkTouchpoint(input: unknown, subject = 'check-in'): ParseResult<Touchpoint> {
  const reading = new PlainReading();
  return reading.result(subject, readTouchpoint(reading, input, []));
}

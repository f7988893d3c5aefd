import * as z from 'zod/mini';
import { safeParseTierAssignments, tierAssignmentsSchema } from './card-sort.js';
import type { TierAssignments } from './card-sort.js';
import { collaborativePlanSchema } from './collaborative-plan.js';
import { SelRuleError, SelValidationError } from './errors.js';
import type { IssuePath, ParseResult, SelIssue } from './errors.js';
import { languageTagSchema } from './language-tag-schema.js';
import { partnerInventorySchema } from './partner.js';
import { touchpointSchema } from './touchpoint.js';
import { TIERS } from './tier.js';
import type { Tier } from './tier.js';
import { finishSteps, validateAtOnce, validateInSteps } from './validate-in-steps.js';

/**
 * The partner workbook: one document for the whole community-partner tool. The inventory of
 * partners, where the card sort placed each one, the check-ins held with them, how often to hold
 * them, and the plans made together. Every part refers to partners by their inventory id.
 */

/** The version a workbook written today carries. {@link migratePartnerWorkbook} reads older shapes. */
export const PARTNER_WORKBOOK_VERSION = 1;

/** Months between check-ins for some tiers (`null`: no regular check-ins); other tiers keep the default. */
export const workbookCadenceSchema = /* @__PURE__ */ z.partialRecord(
  /* @__PURE__ */ z.enum(TIERS),
  /* @__PURE__ */ z.nullable(
    /* @__PURE__ */ z
      .number({ error: 'Expected a number of months, or null for no regular check-ins' })
      .check(
        /* @__PURE__ */ z.int({ error: 'Expected a whole number of months' }),
        /* @__PURE__ */ z.positive({ error: 'Expected at least 1 month between check-ins' }),
      ),
  ),
);
export type WorkbookCadence = z.infer<typeof workbookCadenceSchema>;

/** Problems across the parts of a workbook: references to partners the inventory does not hold. */
export function crossCheck(workbook: {
  partners: readonly { id: string }[];
  assignments: Readonly<Record<string, unknown>>;
  touchpoints: readonly { partnerId: string }[];
  plans?: readonly { partnerIds?: readonly string[] | undefined }[] | undefined;
}): SelIssue[] {
  const known = new Set(workbook.partners.map((partner) => partner.id));
  const issues: SelIssue[] = [];
  const unknown = (path: IssuePath, id: string, what: string): void => {
    issues.push({
      path,
      code: 'unknown-partner',
      message: `Expected ${what} for a partner of the inventory, but "${id}" is not one`,
    });
  };
  for (const id of Object.keys(workbook.assignments)) {
    if (!known.has(id)) unknown(['assignments', id], id, 'a tier');
  }
  workbook.touchpoints.forEach((touchpoint, index) => {
    if (!known.has(touchpoint.partnerId))
      unknown(['touchpoints', index, 'partnerId'], touchpoint.partnerId, 'a check-in');
  });
  workbook.plans?.forEach((plan, index) => {
    plan.partnerIds?.forEach((id, at) => {
      if (!known.has(id)) unknown(['plans', index, 'partnerIds', at], id, 'a plan');
    });
  });
  return issues;
}

/** The parts of a workbook, each checked alone (the references between them are checked below). */
const workbookParts = /* @__PURE__ */ z.object({
  version: /* @__PURE__ */ z.literal(PARTNER_WORKBOOK_VERSION, {
    error: () => `Expected workbook version ${PARTNER_WORKBOOK_VERSION}`,
  }),
  /** The language the workbook's texts are written in (a BCP 47 tag, e.g. `en`). */
  lang: /* @__PURE__ */ z.optional(languageTagSchema),
  partners: partnerInventorySchema,
  /** Each partner's tier from the card sort, by id; partners left out are unsorted. */
  assignments: tierAssignmentsSchema,
  /** Check-ins held with partners, in the order they were logged. */
  touchpoints: /* @__PURE__ */ z.array(touchpointSchema),
  /** Months between check-ins by tier, over the default cadence. */
  cadence: /* @__PURE__ */ z.optional(workbookCadenceSchema),
  /** Plans made with partners (collaborative planning). */
  plans: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(collaborativePlanSchema)),
});

/**
 * A partner workbook. Partner ids are unique (a repeat is reported at `partners[i].id`); tiers,
 * check-ins and plans may only name partners of the inventory (reported at `assignments.<id>`,
 * `touchpoints[i].partnerId`, `plans[i].partnerIds[j]`). A partner without a tier is unsorted.
 */
export const partnerWorkbookSchema = /* @__PURE__ */ workbookParts.check(
  /* @__PURE__ */ z.superRefine((workbook, ctx) => {
    for (const issue of crossCheck(workbook))
      ctx.addIssue({ path: [...issue.path], message: issue.message, code: 'custom', input: undefined });
  }),
);
export type PartnerWorkbook = z.infer<typeof partnerWorkbookSchema>;

const SUBJECT = 'partner workbook';

/** An empty workbook of the current version. */
export function emptyPartnerWorkbook(): PartnerWorkbook {
  return { version: PARTNER_WORKBOOK_VERSION, partners: [], assignments: {}, touchpoints: [] };
}

/** The tier of a partner in a workbook (`unsorted` when it has none). */
export function workbookTier(workbook: Pick<PartnerWorkbook, 'assignments'>, partnerId: string): Tier {
  return Object.hasOwn(workbook.assignments, partnerId) ? (workbook.assignments[partnerId] ?? 'unsorted') : 'unsorted';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Brings what a team saved before the workbook existed to the workbook's shape: a bare partner
 * inventory (an array) or a card sort's `{ partners, assignments? }` becomes a workbook with no
 * check-ins yet. A workbook (an object with `version`) is returned as it is. Nothing is checked
 * here; {@link parsePartnerWorkbook} migrates and checks.
 */
export function migratePartnerWorkbook(raw: unknown): unknown {
  if (Array.isArray(raw)) return { version: PARTNER_WORKBOOK_VERSION, partners: raw, assignments: {}, touchpoints: [] };
  if (!isRecord(raw) || Object.hasOwn(raw, 'version') || !Object.hasOwn(raw, 'partners')) return raw;
  return {
    ...raw,
    version: PARTNER_WORKBOOK_VERSION,
    assignments: raw['assignments'] ?? {},
    touchpoints: raw['touchpoints'] ?? [],
  };
}

function* readWorkbook(
  raw: unknown,
  validate: typeof validateInSteps,
): Generator<void, ParseResult<PartnerWorkbook>, void> {
  const migrated = migratePartnerWorkbook(raw);
  // The parts first (in steps, a partner at a time), then the references across them at once.
  const result = yield* validate(workbookParts, migrated, SUBJECT, ['partners']);
  if (!result.ok) return result;
  // zod drops an own `__proto__` key from records; read the tiers again with core's reader, which keeps it.
  const own = safeParseTierAssignments((migrated as { assignments: unknown }).assignments, SUBJECT, ['assignments']);
  if (!own.ok) return own;
  const value = Object.hasOwn(own.value, '__proto__') ? { ...result.value, assignments: own.value } : result.value;
  const issues = crossCheck(value);
  if (issues.length > 0) return { ok: false, error: new SelValidationError(SUBJECT, issues) };
  return { ok: true, value };
}

/**
 * Reads a partner workbook, or an older shape it migrates (see {@link migratePartnerWorkbook}),
 * and checks it. Never throws: problems come back with their paths.
 */
export function parsePartnerWorkbook(raw: unknown): ParseResult<PartnerWorkbook> {
  return finishSteps(readWorkbook(raw, validateAtOnce));
}

/** {@link parsePartnerWorkbook} in steps, a partner at a time, for a large inventory (see `validateInSteps`). */
export function parsePartnerWorkbookInSteps(raw: unknown): Generator<void, ParseResult<PartnerWorkbook>, void> {
  return readWorkbook(raw, validateInSteps);
}

/** The tiers of the partners of a workbook, every partner included (`unsorted` when it has none). */
export function workbookAssignments(workbook: Pick<PartnerWorkbook, 'partners' | 'assignments'>): TierAssignments {
  return Object.fromEntries(workbook.partners.map((partner) => [partner.id, workbookTier(workbook, partner.id)]));
}

/**
 * Where the partner with id `partnerId` stands in the workbook's inventory.
 * @throws {SelRuleError} `unknown-partner` when the workbook has no such partner.
 */
export function partnerIndex(workbook: PartnerWorkbook, partnerId: string): number {
  const index = workbook.partners.findIndex((partner) => partner.id === partnerId);
  if (index === -1) {
    throw new SelRuleError('unknown-partner', `Expected a partner of the workbook, but "${partnerId}" is not one`, {
      partnerId,
    });
  }
  return index;
}

import { SelRuleError, SelValidationError } from './errors.js';
import type { ParseResult, SelIssue } from './errors.js';
import { checkPartner } from './partner-workbook-reader.js';
import type { Partner } from './partner.js';
import { partnerIndex, workbookTier } from './partner-workbook.js';
import type { PartnerWorkbook } from './partner-workbook.js';
import type { Touchpoint } from './touchpoint.js';
import { isTier } from './tier.js';
import type { Tier } from './tier.js';

/**
 * Edits of a partner workbook as pure functions: each takes a workbook and returns a new one with
 * a description of the change (what a page shows, announces or sends on), leaving the given
 * workbook untouched. Bad input throws before anything changes.
 */

/** A partner taken out of a workbook, with everything that went with it, so that it can be put back. */
export interface RemovedPartner {
  readonly partner: Partner;
  /** Where it stood in the inventory. */
  readonly index: number;
  /** Its tier, when it had one. */
  readonly tier: Tier | undefined;
  /** Its check-ins, each with its index in the workbook's list before the removal. */
  readonly touchpoints: readonly { readonly index: number; readonly touchpoint: Touchpoint }[];
  /** The plans that named it: plan index and where in the plan's `partnerIds`. */
  readonly plans: readonly { readonly plan: number; readonly at: number }[];
}

/** What an edit changed. */
export type WorkbookChange =
  | { readonly kind: 'add-partner'; readonly partnerId: string }
  | { readonly kind: 'edit-partner'; readonly partnerId: string; readonly previousId: string }
  | { readonly kind: 'remove-partner'; readonly partnerId: string; readonly removed: RemovedPartner }
  | { readonly kind: 'restore-partner'; readonly partnerId: string }
  | { readonly kind: 'set-tier'; readonly partnerId: string; readonly from: Tier; readonly to: Tier }
  | { readonly kind: 'set-tiers'; readonly partnerIds: readonly string[] }
  | { readonly kind: 'log-check-in'; readonly touchpoint: Touchpoint; readonly index: number }
  | { readonly kind: 'set-cadence'; readonly tier: Tier; readonly months: number | null }
  | {
      readonly kind: 'import-partners';
      readonly added: readonly string[];
      readonly updated: readonly string[];
    };

/** A workbook after an edit, and the edit. */
export interface WorkbookEdit {
  readonly workbook: PartnerWorkbook;
  readonly change: WorkbookChange;
}

const SUBJECT = 'partner';

/**
 * Checks a partner as typed in a form against a workbook: every field of the inventory template,
 * and an id no other partner has. `replacing` is the id of the partner being edited (it may keep
 * its id). Problems come back at the partner's own paths (`name`, `partnerContact.email`, `id`).
 */
export function checkWorkbookPartner(
  workbook: Pick<PartnerWorkbook, 'partners'>,
  candidate: unknown,
  replacing?: string,
): ParseResult<Partner> {
  const result = checkPartner(candidate, SUBJECT);
  const issues: SelIssue[] = result.ok ? [] : [...result.error.issues];
  const id = typeof candidate === 'object' && candidate !== null ? (candidate as { id?: unknown }).id : undefined;
  if (typeof id === 'string' && id !== replacing && workbook.partners.some((partner) => partner.id === id)) {
    issues.push({ path: ['id'], code: 'duplicate-id', message: `Expected a unique partner id, but "${id}" is taken` });
  }
  if (issues.length > 0 || !result.ok) return { ok: false, error: new SelValidationError(SUBJECT, issues) };
  return result;
}

function checked(workbook: PartnerWorkbook, candidate: unknown, replacing?: string): Partner {
  const result = checkWorkbookPartner(workbook, candidate, replacing);
  if (!result.ok) throw result.error;
  return result.value;
}

/** The tiers with one partner's changed (`undefined`: left out); an id such as `__proto__` stays plain data. */
function withTier(
  assignments: PartnerWorkbook['assignments'],
  id: string,
  tier: Tier | undefined,
): PartnerWorkbook['assignments'] {
  if (tier === undefined) return Object.fromEntries(Object.entries(assignments).filter(([key]) => key !== id));
  const next = { ...assignments };
  Object.defineProperty(next, id, { value: tier, enumerable: true, writable: true, configurable: true });
  return next;
}

/**
 * Adds a partner at the end of the inventory, with a tier when given.
 * @throws {SelValidationError} a field that is not valid, or an id already taken.
 */
export function addPartner(workbook: PartnerWorkbook, candidate: unknown, tier?: Tier): WorkbookEdit {
  const partner = checked(workbook, candidate);
  return {
    workbook: {
      ...workbook,
      partners: [...workbook.partners, partner],
      assignments: tier === undefined ? workbook.assignments : withTier(workbook.assignments, partner.id, tier),
    },
    change: { kind: 'add-partner', partnerId: partner.id },
  };
}

/**
 * Replaces a partner's fields. A new id carries its tier, check-ins and plans over with it.
 * @throws {SelRuleError} `unknown-partner`; {@link SelValidationError} as {@link addPartner}.
 */
export function editPartner(workbook: PartnerWorkbook, partnerId: string, candidate: unknown): WorkbookEdit {
  const index = partnerIndex(workbook, partnerId);
  const partner = checked(workbook, candidate, partnerId);
  const partners = workbook.partners.slice();
  partners[index] = partner;
  const change: WorkbookChange = { kind: 'edit-partner', partnerId: partner.id, previousId: partnerId };
  if (partner.id === partnerId) return { workbook: { ...workbook, partners }, change };
  const rename = (id: string): string => (id === partnerId ? partner.id : id);
  const tier = Object.hasOwn(workbook.assignments, partnerId) ? workbook.assignments[partnerId] : undefined;
  return {
    workbook: {
      ...workbook,
      partners,
      assignments: withTier(withTier(workbook.assignments, partnerId, undefined), partner.id, tier),
      touchpoints: workbook.touchpoints.map((t) => (t.partnerId === partnerId ? { ...t, partnerId: partner.id } : t)),
      ...(workbook.plans && {
        plans: workbook.plans.map((plan) =>
          plan.partnerIds ? { ...plan, partnerIds: plan.partnerIds.map(rename) } : plan,
        ),
      }),
    },
    change,
  };
}

/**
 * Removes a partner with its tier, its check-ins and its place in plans. The change holds all of
 * it: {@link restorePartner} puts it back as it was.
 * @throws {SelRuleError} `unknown-partner`.
 */
export function removePartner(workbook: PartnerWorkbook, partnerId: string): WorkbookEdit {
  const index = partnerIndex(workbook, partnerId);
  const partner = workbook.partners[index] as Partner;
  const touchpoints: { index: number; touchpoint: Touchpoint }[] = [];
  const kept: Touchpoint[] = [];
  workbook.touchpoints.forEach((touchpoint, at) => {
    if (touchpoint.partnerId === partnerId) touchpoints.push({ index: at, touchpoint });
    else kept.push(touchpoint);
  });
  const plans: { plan: number; at: number }[] = [];
  const nextPlans = workbook.plans?.map((plan, planIndex) => {
    const at = plan.partnerIds?.indexOf(partnerId) ?? -1;
    if (at === -1 || !plan.partnerIds) return plan;
    plans.push({ plan: planIndex, at });
    return { ...plan, partnerIds: plan.partnerIds.filter((id) => id !== partnerId) };
  });
  const tier = Object.hasOwn(workbook.assignments, partnerId) ? workbook.assignments[partnerId] : undefined;
  const removed: RemovedPartner = { partner, index, tier, touchpoints, plans };
  return {
    workbook: {
      ...workbook,
      partners: workbook.partners.filter((_, at) => at !== index),
      assignments: withTier(workbook.assignments, partnerId, undefined),
      touchpoints: kept,
      ...(nextPlans && { plans: nextPlans }),
    },
    change: { kind: 'remove-partner', partnerId, removed },
  };
}

/**
 * Undoes {@link removePartner}: the partner goes back to its place with its tier, check-ins and
 * plans. Edits made since are kept.
 * @throws {SelValidationError} when another partner has taken its id meanwhile (at `id`).
 */
export function restorePartner(workbook: PartnerWorkbook, removed: RemovedPartner): WorkbookEdit {
  const { partner } = removed;
  checked(workbook, partner);
  const partners = workbook.partners.slice();
  partners.splice(Math.min(removed.index, partners.length), 0, partner);
  const touchpoints = workbook.touchpoints.slice();
  for (const { index, touchpoint } of removed.touchpoints) {
    touchpoints.splice(Math.min(index, touchpoints.length), 0, touchpoint);
  }
  const plans = workbook.plans?.map((plan, planIndex) => {
    const place = removed.plans.find((entry) => entry.plan === planIndex);
    if (place === undefined) return plan;
    const ids = (plan.partnerIds ?? []).slice();
    ids.splice(Math.min(place.at, ids.length), 0, partner.id);
    return { ...plan, partnerIds: ids };
  });
  return {
    workbook: {
      ...workbook,
      partners,
      assignments:
        removed.tier === undefined ? workbook.assignments : withTier(workbook.assignments, partner.id, removed.tier),
      touchpoints,
      ...(plans && { plans }),
    },
    change: { kind: 'restore-partner', partnerId: partner.id },
  };
}

/**
 * Places a partner in a tier (what one move of the card sort does to the workbook).
 * @throws {SelRuleError} `unknown-partner` or `unknown-tier`.
 */
export function setPartnerTier(workbook: PartnerWorkbook, partnerId: string, tier: Tier): WorkbookEdit {
  partnerIndex(workbook, partnerId);
  if (!isTier(tier)) throw new SelRuleError('unknown-tier', `Expected a tier, got ${String(tier)}`, { tier });
  const from = workbookTier(workbook, partnerId);
  return {
    workbook: { ...workbook, assignments: withTier(workbook.assignments, partnerId, tier) },
    change: { kind: 'set-tier', partnerId, from, to: tier },
  };
}

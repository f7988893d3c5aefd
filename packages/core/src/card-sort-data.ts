import * as z from 'zod/mini';
import { createCardSort, safeParseTierAssignments, tierAssignmentsSchema, type TierAssignments } from './card-sort.js';
import { SelValidationError, type IssuePath, type ParseResult, type SelIssue } from './errors.js';
import { languageTagSchema } from './language-tag-schema.js';
import { partnerInventorySchema } from './partner.js';
import { checkTierAssignments } from './partner-workbook-reader.js';
import { finishSteps, validateAtOnce, validateInSteps } from './validate-in-steps.js';

/**
 * The data of a card sort, as a card sort file holds it (what `<sel-partner-card-sort>` reads from
 * its `src` file or inline JSON): either the partner inventory alone (an array), or an object
 * holding the inventory and where partners start.
 */
export const partnerCardSortDataSchema = /* @__PURE__ */ z.object({
  /** The language the partners' texts are written in (a BCP 47 tag, e.g. `en`). */
  lang: /* @__PURE__ */ z.optional(languageTagSchema),
  partners: partnerInventorySchema,
  /** Where partners start, by id; partners left out start unsorted. */
  assignments: /* @__PURE__ */ z.optional(tierAssignmentsSchema),
});
export type PartnerCardSortData = z.infer<typeof partnerCardSortDataSchema>;

function fail<T>(subject: string, issues: readonly SelIssue[]): ParseResult<T> {
  return { ok: false, error: new SelValidationError(subject, issues) };
}

/**
 * Checks that `assignments` only names partners of `partnerIds`, each with a real tier, using
 * core's `createCardSort`. Returns the problems at `assignments.<id>` (none when sound).
 */
export function checkCardSortAssignments(
  partnerIds: readonly string[],
  assignments: Readonly<TierAssignments>,
): SelIssue[] {
  try {
    createCardSort(partnerIds, assignments);
    return [];
  } catch (error) {
    if (error instanceof SelValidationError) return [...error.issues];
    throw error;
  }
}

/**
 * The most partners one card sort takes. A school's or a district's inventory has tens to a few
 * hundred, and no team sorts thousands of cards at one table; an inventory beyond this is refused
 * before it is validated, so a runaway file never reaches the board.
 */
export const MAX_CARD_SORT_PARTNERS = 1000;

export function tooManyPartners(count: number, path: readonly (string | number)[]): ParseResult<never> {
  return fail('partner card sort', [
    {
      path,
      code: 'too-many-partners',
      message: `Expected at most ${MAX_CARD_SORT_PARTNERS.toLocaleString('en')} partners in one card sort, but the inventory lists ${count.toLocaleString('en')}; sort them in smaller groups, e.g. one inventory per school`,
    },
  ]);
}

/**
 * Validates the data of a card sort: a partner inventory array, or `{ partners, assignments? }`
 * whose assignments must name partners of that inventory, of at most {@link MAX_CARD_SORT_PARTNERS} partners.
 * Never throws.
 */
export function parsePartnerCardSortData(raw: unknown): ParseResult<PartnerCardSortData> {
  return finishSteps(readCardSortData(raw, validateAtOnce));
}

/**
 * {@link parsePartnerCardSortData} in steps, a partner at a time, for a large file (see
 * `validateInSteps`); the limit on partners is checked first, before any partner is validated.
 */
export function parsePartnerCardSortDataInSteps(raw: unknown): Generator<void, ParseResult<PartnerCardSortData>, void> {
  return readCardSortData(raw, validateInSteps);
}

function* readCardSortData(
  raw: unknown,
  validate: typeof validateInSteps,
): Generator<void, ParseResult<PartnerCardSortData>, void> {
  if (Array.isArray(raw) && raw.length > MAX_CARD_SORT_PARTNERS) return tooManyPartners(raw.length, []);
  const partners = typeof raw === 'object' && raw !== null ? (raw as { partners?: unknown }).partners : undefined;
  if (Array.isArray(partners) && partners.length > MAX_CARD_SORT_PARTNERS)
    return tooManyPartners(partners.length, ['partners']);
  if (Array.isArray(raw)) {
    const inventory = yield* validate(partnerInventorySchema, raw, 'partner inventory', []);
    return inventory.ok ? { ok: true, value: { partners: inventory.value } } : inventory;
  }
  const result = yield* validate(partnerCardSortDataSchema, raw, 'partner card sort', ['partners']);
  if (!result.ok || result.value.assignments === undefined) return result;
  // Read the assignments again with core's parser, which keeps a partner called "__proto__".
  const own = safeParseTierAssignments((raw as { assignments: unknown }).assignments, 'partner card sort', [
    'assignments',
  ]);
  if (!own.ok) return own;
  const issues = checkCardSortAssignments(
    result.value.partners.map((partner) => partner.id),
    own.value,
  );
  return issues.length > 0
    ? fail('partner card sort', issues)
    : { ok: true, value: { ...result.value, assignments: own.value } };
}

/**
 * Reads a card sort's tiers by partner id (a saved sort, a form value) against the inventory's
 * partner ids: each a tier, each for a partner of the inventory. Never throws; a problem is
 * reported at `<prefix>.<partner id>`.
 */
export function parseCardSortTiers(
  raw: unknown,
  partnerIds: readonly string[],
  subject = 'card sort',
  prefix: IssuePath = [],
): ParseResult<TierAssignments> {
  const result = checkTierAssignments(raw, subject, prefix);
  if (!result.ok) return result;
  // createCardSort reports at `assignments.<id>`.
  const issues = checkCardSortAssignments(partnerIds, result.value).map((issue) => ({
    ...issue,
    path: [...prefix, ...issue.path.slice(1)],
  }));
  return issues.length > 0 ? fail(subject, issues) : result;
}

/**
 * Reads starting tiers given apart from the data (an object, or JSON text such as an HTML
 * attribute holds) against the inventory's partner ids. Never throws; issues are reported under
 * the path `assignments`.
 */
export function parseCardSortAssignments(raw: unknown, partnerIds: readonly string[]): ParseResult<TierAssignments> {
  let value: unknown = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return fail('assignments', [
        {
          path: ['assignments'],
          code: 'invalid-json',
          message: `Expected JSON in the assignments attribute: ${reason}`,
        },
      ]);
    }
  }
  return parseCardSortTiers(value, partnerIds, 'assignments', ['assignments']);
}

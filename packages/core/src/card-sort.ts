import * as z from 'zod/mini';
import { SelValidationError } from './errors.js';
import { parseWith, safeParseWith } from './zod-parse.js';
import type { ParseResult, SelIssue } from './errors.js';
import { isTier, TIERS, tierSchema } from './tier.js';
import type { Tier } from './tier.js';

/**
 * The card sort of community partners into tiers, as immutable data. Each column lists partner
 * ids in the order the team arranged them. Every operation returns a new state and leaves the
 * old one untouched; a move copies only the one or two columns it changes, so even a sort of
 * thousands of partners moves in time proportional to the column sizes.
 */

const partnerIdsSchema = /* @__PURE__ */ z.readonly(
  /* @__PURE__ */ z.array(/* @__PURE__ */ z.string({ error: 'Expected a partner id as text' })),
);

/** A card sort: partner ids by tier, in display order. Each partner appears exactly once. */
export const cardSortStateSchema = /* @__PURE__ */ z.readonly(
  /* @__PURE__ */ z.object({
    columns: /* @__PURE__ */ z.readonly(/* @__PURE__ */ z.record(tierSchema, partnerIdsSchema)),
  }),
);
export type CardSortState = z.infer<typeof cardSortStateSchema>;

/** One move of a partner card, with where it was and where it ended up (indexes are final positions). */
export interface CardSortMove {
  readonly partnerId: string;
  readonly from: Tier;
  readonly fromIndex: number;
  readonly to: Tier;
  readonly toIndex: number;
}

/** A partner's tier by id, e.g. what a saved sort or a form submission holds. */
export const tierAssignmentsSchema = /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), tierSchema);
export type TierAssignments = z.infer<typeof tierAssignmentsSchema>;

/**
 * Validates a partner's tier by id (a saved sort, a form state, a data file) without throwing.
 * Use it rather than {@link tierAssignmentsSchema} alone: zod leaves an own `__proto__` key out
 * of the records it parses (so that it cannot replace the result's prototype), but `__proto__`
 * is a valid partner id, and its tier would be lost. Here it is checked like any other key and
 * kept as an own data property; a bad tier under it is reported at `<prefix>.__proto__`.
 */
export function safeParseTierAssignments(
  raw: unknown,
  subject = 'tier assignments',
  prefix: readonly PropertyKey[] = [],
): ParseResult<TierAssignments> {
  const result = safeParseWith(tierAssignmentsSchema, raw, subject);
  const withPrefix = (issues: readonly SelIssue[]): SelIssue[] =>
    issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }));
  if (!result.ok) return { ok: false, error: new SelValidationError(subject, withPrefix(result.error.issues)) };
  if (typeof raw !== 'object' || raw === null || !Object.hasOwn(raw, '__proto__')) return result;
  const own = Object.getOwnPropertyDescriptor(raw, '__proto__');
  const tier = safeParseWith(tierSchema, own?.value, subject);
  if (!tier.ok) {
    const issues = tier.error.issues.map((issue) => ({ ...issue, path: ['__proto__', ...issue.path] }));
    return { ok: false, error: new SelValidationError(subject, withPrefix(issues)) };
  }
  Object.defineProperty(result.value, '__proto__', {
    value: tier.value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return result;
}

/**
 * Starts a card sort. Partners listed in `assignments` start in that tier, every other partner
 * starts `unsorted`; within a column partners keep the order of `partnerIds`.
 *
 * @throws {SelValidationError} subject `card sort` for a repeated partner id, an assignment for a
 * partner not in `partnerIds`, or an assignment that is not a tier (each reported at its path).
 */
export function createCardSort(
  partnerIds: readonly string[],
  assignments: Readonly<TierAssignments> = {},
): CardSortState {
  const issues: SelIssue[] = [];
  const known = new Set<string>();
  partnerIds.forEach((id, index) => {
    if (known.has(id)) {
      issues.push({
        path: ['partnerIds', index],
        message: `Expected each partner once, but "${id}" is listed again`,
        code: 'duplicate-partner',
      });
    }
    known.add(id);
  });
  for (const [id, tier] of Object.entries(assignments)) {
    if (!known.has(id)) {
      issues.push({
        path: ['assignments', id],
        message: `Expected a tier for a partner in the inventory, but "${id}" is not one`,
        code: 'unknown-partner',
      });
    } else if (!isTier(tier)) {
      issues.push({
        path: ['assignments', id],
        message: `Expected a tier: ${TIERS.join(', ')}`,
        code: 'invalid_value',
      });
    }
  }
  if (issues.length > 0) throw new SelValidationError('card sort', issues);

  const columns = emptyColumns();
  for (const id of partnerIds) {
    const tier = Object.hasOwn(assignments, id) ? assignments[id] : undefined;
    columns[tier ?? 'unsorted'].push(id);
  }
  return { columns };
}

function emptyColumns(): Record<Tier, string[]> {
  return { unsorted: [], 'clearly-supports': [], 'could-support': [], 'no-apparent-connection': [] };
}

/** Where a partner sits in a card sort: its tier and its index in that tier (0 is the top). */
export interface CardSortPlace {
  readonly tier: Tier;
  readonly index: number;
}

const placeIndexes = /* @__PURE__ */ new WeakMap<CardSortState, ReadonlyMap<string, CardSortPlace>>();

/**
 * Where a partner sits in a sort, or `undefined` when the sort does not hold that partner. The
 * first call for a sort indexes every partner of it (sorts are immutable), so asking for many
 * partners of one sort, e.g. while drawing a board, takes constant time each.
 */
export function partnerPlace(state: CardSortState, partnerId: string): CardSortPlace | undefined {
  let places = placeIndexes.get(state);
  if (places === undefined) {
    const index = new Map<string, CardSortPlace>();
    for (const tier of TIERS) state.columns[tier].forEach((id, at) => index.set(id, { tier, index: at }));
    places = index;
    placeIndexes.set(state, places);
  }
  return places.get(partnerId);
}

/** The tier a partner is in, or `undefined` when the sort does not hold that partner. */
export function tierOf(state: CardSortState, partnerId: string): Tier | undefined {
  return locate(state, partnerId)?.tier;
}

/** Where a partner sits, found by scanning the columns (for a sort that is about to change). Internal. */
export function locate(state: CardSortState, partnerId: string): { tier: Tier; index: number } | undefined {
  for (const tier of TIERS) {
    const index = state.columns[tier].indexOf(partnerId);
    if (index !== -1) return { tier, index };
  }
  return undefined;
}

/** Every partner's tier by id (unsorted partners included), e.g. to save or submit the sort. */
export function assignments(state: CardSortState): TierAssignments {
  // fromEntries defines own properties, so even an id such as "__proto__" is kept as data.
  return Object.fromEntries(TIERS.flatMap((tier) => state.columns[tier].map((id) => [id, tier] as const)));
}

/**
 * Checks that a sort holds exactly the given partners, each once, in known tiers. Returns the
 * problems found (none when the sort is sound), each at its path, e.g. `columns["could-support"][2]`.
 */
export function checkCardSortInvariant(state: CardSortState, partnerIds: readonly string[]): SelIssue[] {
  const issues: SelIssue[] = [];
  const expected = new Set(partnerIds);
  const seen = new Set<string>();
  const columns: Readonly<Record<string, readonly string[] | undefined>> = state.columns;
  for (const tier of Object.keys(columns)) {
    if (!isTier(tier)) {
      issues.push({
        path: ['columns', tier],
        message: `Expected only the tiers ${TIERS.join(', ')}`,
        code: 'unknown-tier',
      });
    }
  }
  for (const tier of TIERS) {
    const column = columns[tier];
    if (column === undefined) {
      issues.push({ path: ['columns', tier], message: 'Expected a list of partner ids', code: 'missing-tier' });
      continue;
    }
    column.forEach((id, index) => {
      if (seen.has(id)) {
        issues.push({
          path: ['columns', tier, index],
          message: `Expected each partner once, but "${id}" appears again`,
          code: 'duplicate-partner',
        });
      } else if (!expected.has(id)) {
        issues.push({
          path: ['columns', tier, index],
          message: `Expected only partners of the inventory, but "${id}" is not one`,
          code: 'unknown-partner',
        });
      }
      seen.add(id);
    });
  }
  for (const id of expected) {
    if (!seen.has(id)) {
      issues.push({
        path: ['columns'],
        message: `Expected partner "${id}" in some tier, but it is missing`,
        code: 'missing-partner',
      });
    }
  }
  return issues;
}

/**
 * Reads a saved card sort (e.g. restored from storage or a form) and checks it against the
 * partners of the inventory.
 *
 * @throws {SelValidationError} subject `card sort`, naming each problem's path.
 */
export function parseCardSortState(input: unknown, partnerIds: readonly string[]): CardSortState {
  const state = parseWith(cardSortStateSchema, input, 'card sort');
  const issues = checkCardSortInvariant(state, partnerIds);
  if (issues.length > 0) throw new SelValidationError('card sort', issues);
  return state;
}

/**
 * A card sort with undo and redo. `past` holds the moves made, oldest first; `future` the moves
 * undone, the next one to redo last. A new move clears `future`.
 */
export interface CardSortHistory {
  readonly state: CardSortState;
  readonly past: readonly CardSortMove[];
  readonly future: readonly CardSortMove[];
}

export function createCardSortHistory(state: CardSortState): CardSortHistory {
  return { state, past: [], future: [] };
}

export function canUndo(history: CardSortHistory): boolean {
  return history.past.length > 0;
}

export function canRedo(history: CardSortHistory): boolean {
  return history.future.length > 0;
}

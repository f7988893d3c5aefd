import {
  checkCardSortAssignments,
  MAX_CARD_SORT_PARTNERS,
  tooManyPartners,
  type PartnerCardSortData,
} from './card-sort-data.js';
import { SelValidationError } from './errors.js';
import type { ParseResult } from './errors.js';
import { readLanguageTag } from './language-tag-reader.js';
import { checkTierAssignments, readPartnerInventoryInSteps, readTierAssignments } from './partner-workbook-reader.js';
import { isFields, PlainReading, readFields, runSteps, type Steps } from './plain-reader.js';

// A card sort's partners and tiers read in plain code: what `parsePartnerCardSortData` gives
// (value, verdict, issues and their messages) without zod. card-sort-data-reader.property.test.ts
// holds the two together.

/**
 * Reads the data of a card sort as `parsePartnerCardSortDataInSteps` does, in plain code and in
 * steps (one after each partner): a partner inventory, or `{ partners, assignments? }`.
 */
export function* checkPartnerCardSortDataInSteps(raw: unknown): Steps<ParseResult<PartnerCardSortData>> {
  if (Array.isArray(raw) && raw.length > MAX_CARD_SORT_PARTNERS) return tooManyPartners(raw.length, []);
  const partners = typeof raw === 'object' && raw !== null ? (raw as { partners?: unknown }).partners : undefined;
  if (Array.isArray(partners) && partners.length > MAX_CARD_SORT_PARTNERS) {
    return tooManyPartners(partners.length, ['partners']);
  }
  const reading = new PlainReading();
  if (Array.isArray(raw)) {
    const inventory = yield* readPartnerInventoryInSteps(reading, raw, []);
    const read = reading.result('partner inventory', inventory);
    return read.ok ? { ok: true, value: { partners: read.value } } : read;
  }
  const subject = 'partner card sort';
  if (!isFields(raw)) {
    reading.wrongType([], 'object', raw);
    return reading.result(subject, raw as PartnerCardSortData);
  }
  const data = readFields(reading, raw, [], [['lang', readLanguageTag, true]]) as Record<string, unknown>;
  const inventory = yield* readPartnerInventoryInSteps(reading, raw['partners'], ['partners']);
  if ('partners' in raw) data['partners'] = inventory;
  Object.assign(data, readFields(reading, raw, [], [['assignments', readTierAssignments, true]]));
  const result = reading.result(subject, data as PartnerCardSortData);
  if (!result.ok || result.value.assignments === undefined) return result;
  const own = checkTierAssignments(raw['assignments'], subject, ['assignments']);
  if (!own.ok) return own;
  const issues = checkCardSortAssignments(
    result.value.partners.map((partner) => partner.id),
    own.value,
  );
  return issues.length > 0
    ? { ok: false, error: new SelValidationError(subject, issues) }
    : { ok: true, value: { ...result.value, assignments: own.value } };
}

/** {@link checkPartnerCardSortDataInSteps} at once, as `parsePartnerCardSortData` reads. */
export function checkPartnerCardSortData(raw: unknown): ParseResult<PartnerCardSortData> {
  return runSteps(checkPartnerCardSortDataInSteps(raw));
}

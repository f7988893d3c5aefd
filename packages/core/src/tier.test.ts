import { describe, expect, it } from 'vitest';
import { safeParseWith } from './zod-parse.js';
import { isTier, SORTED_TIERS, TIERS, tierSchema } from './tier.js';

describe('tiers', () => {
  it('starts with unsorted and lists the three categories of the sort in order', () => {
    expect(TIERS[0]).toBe('unsorted');
    expect(SORTED_TIERS).toEqual(TIERS.slice(1));
  });

  it('accepts every tier and names the choices when a value is not one', () => {
    for (const tier of TIERS) expect(tierSchema.safeParse(tier).success).toBe(true);
    const result = safeParseWith(tierSchema, 'maybe', 'tier');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.issues[0]?.message).toBe(
        'Expected a tier: unsorted, clearly-supports, could-support, no-apparent-connection',
      );
    }
  });

  it('tells tiers from other values', () => {
    expect(isTier('could-support')).toBe(true);
    expect(isTier('Could-Support')).toBe(false);
    expect(isTier(2)).toBe(false);
    expect(isTier(undefined)).toBe(false);
  });
});

import * as z from 'zod/mini';

/**
 * Where the SEL team places a community partner after a card sort, from the partners whose work
 * most clearly builds social and emotional skills to those with no visible link to SEL.
 * Every partner starts `unsorted`; the other three are the categories of the sort, in order:
 *
 * 1. `clearly-supports`: the partner clearly supports SEL;
 * 2. `could-support`: the partner could potentially support SEL;
 * 3. `no-apparent-connection`: no apparent connection to SEL.
 */
export const TIERS = ['unsorted', 'clearly-supports', 'could-support', 'no-apparent-connection'] as const;

export const tierSchema = /* @__PURE__ */ z.enum(TIERS, {
  error: () => `Expected a tier: ${TIERS.join(', ')}`,
});
export type Tier = z.infer<typeof tierSchema>;

/** The three categories of the sort (every tier but `unsorted`), in the order the team discusses them. */
export const SORTED_TIERS = [
  'clearly-supports',
  'could-support',
  'no-apparent-connection',
] as const satisfies readonly Tier[];

/** Whether a value is one of the {@link TIERS} (for values that come from outside, e.g. a drop target). */
export function isTier(value: unknown): value is Tier {
  return typeof value === 'string' && (TIERS as readonly string[]).includes(value);
}

import { addMonths } from 'date-fns/addMonths';
import * as z from 'zod/mini';
import { TOUCHPOINT_TOPICS } from './touchpoint-topics.js';

export { TOUCHPOINT_TOPICS } from './touchpoint-topics.js';
import { tierOf } from './card-sort.js';
import type { CardSortState } from './card-sort.js';
import { compareIsoDates, fromIsoDate, toIsoDate } from './dates.js';
import { isoDateSchema } from './dates-schema.js';
import type { IsoDate } from './dates.js';
import { checkTouchpointCadence } from './cadence-reader.js';
import type { Partner } from './partner.js';
import { TIERS } from './tier.js';
import type { Tier } from './tier.js';

export const touchpointTopicSchema = /* @__PURE__ */ z.enum(TOUCHPOINT_TOPICS, {
  error: () => `Expected a touchpoint topic: ${TOUCHPOINT_TOPICS.join(', ')}`,
});
export type TouchpointTopic = z.infer<typeof touchpointTopicSchema>;

const text = (what: string) =>
  z.string({ error: `Expected ${what} as text` }).check(z.regex(/\S/, { error: `Expected ${what} (not empty)` }));

/** A check-in with a partner on one topic, on one day. */
export const touchpointSchema = /* @__PURE__ */ z.object({
  partnerId: /* @__PURE__ */ text('a partner id'),
  topic: touchpointTopicSchema,
  date: isoDateSchema,
  notes: /* @__PURE__ */ z.optional(/* @__PURE__ */ text('notes')),
  /** Who from the SEL team held the check-in. */
  by: /* @__PURE__ */ z.optional(/* @__PURE__ */ text('who held the check-in')),
});
export type Touchpoint = z.infer<typeof touchpointSchema>;

/**
 * How often to revisit each topic with a partner, in months, by tier; `null` means no regular
 * check-ins for that tier.
 */
export const touchpointCadenceSchema = /* @__PURE__ */ z.record(
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
export type TouchpointCadence = z.infer<typeof touchpointCadenceSchema>;

/**
 * The default rhythm: partners that clearly support SEL every month, partners that could
 * support it every three months, partners with no apparent connection once a year, and no
 * schedule for partners not sorted yet. Pass a partial cadence to change some tiers.
 */
export const DEFAULT_TOUCHPOINT_CADENCE: Readonly<TouchpointCadence> = /* @__PURE__ */ Object.freeze({
  unsorted: null,
  'clearly-supports': 1,
  'could-support': 3,
  'no-apparent-connection': 12,
});

/** When one topic is next due with one partner. */
export interface TouchpointDue {
  readonly partnerId: string;
  readonly tier: Tier;
  readonly topic: TouchpointTopic;
  /** The latest check-in on this topic, if any. */
  readonly lastDate: IsoDate | undefined;
  /**
   * When the next check-in is due: the last one plus the tier's cadence, or `today` when there
   * has been none. `undefined` when the tier has no cadence.
   */
  readonly nextDue: IsoDate | undefined;
  /** True when `nextDue` is today or earlier. */
  readonly due: boolean;
  /** True when `nextDue` is before today. */
  readonly overdue: boolean;
}

/**
 * For every partner and topic, the last check-in, when the next is due and whether it is
 * overdue. Partners missing from the card sort count as `unsorted`; touchpoints for partners not
 * in `partners` are ignored. Results follow the order of `partners`, then of the topics.
 *
 * @param today the date to judge against, as `YYYY-MM-DD` (never read from the clock here).
 * @param cadence months between check-ins per tier, merged over {@link DEFAULT_TOUCHPOINT_CADENCE}.
 * @throws {SelValidationError} when `cadence` holds something other than whole months or null.
 * @throws {SelRuleError} `invalid-date` when `today` or a touchpoint date is not a real date.
 */
export function touchpointsDue(
  partners: readonly Pick<Partner, 'id'>[],
  state: CardSortState,
  touchpoints: readonly Touchpoint[],
  today: IsoDate,
  cadence: Partial<TouchpointCadence> = {},
): TouchpointDue[] {
  fromIsoDate(today);
  const read = checkTouchpointCadence({ ...DEFAULT_TOUCHPOINT_CADENCE, ...cadence });
  if (!read.ok) throw read.error;
  const months = read.value;

  const latest = new Map<string, IsoDate>();
  for (const touchpoint of touchpoints) {
    fromIsoDate(touchpoint.date);
    const key = `${touchpoint.topic}\u0000${touchpoint.partnerId}`;
    const known = latest.get(key);
    if (known === undefined || compareIsoDates(touchpoint.date, known) > 0) latest.set(key, touchpoint.date);
  }

  const result: TouchpointDue[] = [];
  for (const { id } of partners) {
    const tier = tierOf(state, id) ?? 'unsorted';
    const every = months[tier];
    for (const topic of TOUCHPOINT_TOPICS) {
      const lastDate = latest.get(`${topic}\u0000${id}`);
      let nextDue: IsoDate | undefined;
      if (every !== null) nextDue = lastDate === undefined ? today : toIsoDate(addMonths(fromIsoDate(lastDate), every));
      const order = nextDue === undefined ? 1 : compareIsoDates(nextDue, today);
      result.push({ partnerId: id, tier, topic, lastDate, nextDue, due: order <= 0, overdue: order < 0 });
    }
  }
  return result;
}

import * as z from 'zod/mini';
import { PARTNER_KINDS } from './partner-kinds.js';

export { PARTNER_KINDS } from './partner-kinds.js';
import { parseWith, safeParseWith } from './zod-parse.js';
import type { ParseResult } from './errors.js';
import { repeatsOf } from './repeats.js';

export const partnerKindSchema = /* @__PURE__ */ z.enum(PARTNER_KINDS, {
  error: () => `Expected a partner kind: ${PARTNER_KINDS.join(', ')}`,
});
export type PartnerKind = z.infer<typeof partnerKindSchema>;

/** Text that holds at least one visible character. */
const text = (what: string) =>
  z.string({ error: `Expected ${what} as text` }).check(z.regex(/\S/, { error: `Expected ${what} (not empty)` }));

/** One line of text: an item of a list, which spreadsheets write one per line. */
const lineOfText = (what: string) =>
  text(what).check(z.regex(/^[^\r\n]*$/, { error: `Expected ${what} on a single line (one item per entry)` }));

/** A person to reach at the partner organisation or at the school. */
export const contactSchema = /* @__PURE__ */ z.object({
  name: /* @__PURE__ */ text('a contact name'),
  role: /* @__PURE__ */ z.optional(/* @__PURE__ */ text('a role')),
  email: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.email({ error: 'Expected an email address, e.g. "name@example.org"' }),
  ),
  phone: /* @__PURE__ */ z.optional(/* @__PURE__ */ text('a phone number')),
});
export type Contact = z.infer<typeof contactSchema>;

/**
 * One row of the partner inventory: what the partner does, who to call on each side, when, where
 * and for whom it works, plus the history of the partnership (how many years, who funds it).
 * Optional text fields are left out rather than given as empty strings.
 */
export const partnerSchema = /* @__PURE__ */ z.object({
  /** Stable within one inventory; the card sort, touchpoints and plans refer to partners by it. */
  id: /* @__PURE__ */ text('a partner id'),
  name: /* @__PURE__ */ text('the partner name'),
  kind: partnerKindSchema,
  mission: /* @__PURE__ */ z.optional(/* @__PURE__ */ text('a mission')),
  /** What the partner works toward, one goal per entry (each on a single line). */
  outcomeGoals: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ lineOfText('an outcome goal'))),
  /** Point of contact at the community partner. */
  partnerContact: /* @__PURE__ */ z.optional(contactSchema),
  /** Point of contact in the school community. */
  schoolContact: /* @__PURE__ */ z.optional(contactSchema),
  /** When the supports happen, e.g. "Mon-Thu 3:15-5:30 pm". */
  schedule: /* @__PURE__ */ z.optional(/* @__PURE__ */ text('a schedule')),
  /** How long the supports last, e.g. "school year" or "six-week summer session". */
  duration: /* @__PURE__ */ z.optional(/* @__PURE__ */ text('a duration')),
  /** Where the programming, supports or services take place. */
  location: /* @__PURE__ */ z.optional(/* @__PURE__ */ text('a location')),
  /** The students, families or staff the partner serves. */
  targetAudience: /* @__PURE__ */ z.optional(/* @__PURE__ */ text('a target audience')),
  notes: /* @__PURE__ */ z.optional(/* @__PURE__ */ text('notes')),
  /** How the partnership came about and how it has changed. */
  history: /* @__PURE__ */ z.optional(/* @__PURE__ */ text('a history')),
  /** How many years the partnership has run. */
  years: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z
      .number({ error: 'Expected a number of years' })
      .check(
        /* @__PURE__ */ z.int({ error: 'Expected a whole number of years' }),
        /* @__PURE__ */ z.nonnegative({ error: 'Expected a number of years of 0 or more' }),
      ),
  ),
  /** Who pays for the partner's work with the school, e.g. "21st CCLC grant". */
  fundingSource: /* @__PURE__ */ z.optional(/* @__PURE__ */ text('a funding source')),
});
export type Partner = z.infer<typeof partnerSchema>;

/** Every partner of a school community or district; ids are unique (a repeat is reported at its path). */
export const partnerInventorySchema = /* @__PURE__ */ z.array(partnerSchema).check(
  /* @__PURE__ */ z.superRefine((partners, ctx) => {
    for (const { index, key: id, first } of repeatsOf(partners, (partner) => partner.id)) {
      ctx.addIssue({
        code: 'custom',
        path: [index, 'id'],
        message: `Expected a unique partner id, but "${id}" is already used by partner ${first}`,
        input: id,
      });
    }
  }),
);
export type PartnerInventory = z.infer<typeof partnerInventorySchema>;

/** Validates a partner inventory; throws a `SelValidationError` naming every bad path. */
export function parsePartnerInventory(input: unknown): PartnerInventory {
  return parseWith(partnerInventorySchema, input, 'partner inventory');
}

/** Validates a partner inventory without throwing (for components that show the error instead). */
export function safeParsePartnerInventory(input: unknown): ParseResult<PartnerInventory> {
  return safeParseWith(partnerInventorySchema, input, 'partner inventory');
}

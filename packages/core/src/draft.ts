import * as z from 'zod/mini';
import { type ParseResult } from './errors.js';
import { safeParseWith } from './zod-parse.js';

/**
 * A draft: what a person entered in a form element and has not submitted yet, as an app keeps it
 * between visits (in IndexedDB, a server, a file). The envelope names what the value belongs to,
 * so a draft is only ever offered back to the same kind of element over the same data:
 *
 * - `key`: where the draft is kept (the element's `autosave` key, or one an app chooses);
 * - `kind`: the element that wrote it, e.g. `sel-rubric`;
 * - `dataVersion`: the version of the data the value was entered against (a rubric's id and
 *   version, a fingerprint of a partner list: see {@link dataFingerprint});
 * - `savedAt`: when it was written (ISO 8601 date and time, UTC);
 * - `writer`: which tab or window wrote it, so two tabs on one key can tell each other apart;
 * - `value`: the element's value, as the element submits it (plain JSON data).
 */
export const draftEnvelopeSchema = /* @__PURE__ */ z.object({
  format: /* @__PURE__ */ z.literal(1, { error: () => 'Expected draft format 1' }),
  key: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1, { error: () => 'Expected a draft key' })),
  kind: /* @__PURE__ */ z
    .string()
    .check(/* @__PURE__ */ z.minLength(1, { error: () => 'Expected the kind of element that wrote the draft' })),
  dataVersion: /* @__PURE__ */ z.string(),
  savedAt: /* @__PURE__ */ z.iso.datetime({ error: () => 'Expected the time the draft was saved (ISO 8601, UTC)' }),
  writer: /* @__PURE__ */ z.string(),
  value: /* @__PURE__ */ z.unknown(),
});
export type DraftEnvelope = z.infer<typeof draftEnvelopeSchema>;

/** Checks a draft read back from storage without throwing, with every problem by its path. */
export function safeParseDraftEnvelope(raw: unknown): ParseResult<DraftEnvelope> {
  return safeParseWith(draftEnvelopeSchema, raw, 'draft');
}

/** An ISO 8601 date and time in UTC, as `Date.prototype.toISOString` writes it (the fraction optional). */
const UTC_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;

/**
 * The draft in `raw` when it is a well-formed envelope, else `undefined`: the same verdict as
 * {@link draftEnvelopeSchema} (a test keeps them in agreement), checked by hand so that a page
 * reading drafts back does not load the schema library for it.
 */
export function readDraftEnvelope(raw: unknown): DraftEnvelope | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const { format, key, kind, dataVersion, savedAt, writer, value } = raw as Record<string, unknown>;
  const text = (item: unknown): item is string => typeof item === 'string';
  if (format !== 1 || !text(key) || key === '' || !text(kind) || kind === '' || !text(dataVersion)) return undefined;
  if (!text(savedAt) || !UTC_DATE_TIME.test(savedAt) || Number.isNaN(Date.parse(savedAt)) || !text(writer))
    return undefined;
  return { format, key, kind, dataVersion, savedAt, writer, value };
}

/** How long a draft is kept after it was last saved, unless an app asks for another limit. */
export const DRAFT_MAX_AGE_DAYS = 30;

const DAY_MS = 86_400_000;

/** What {@link createDraft} needs; `now` defaults to the current time. */
export interface DraftFields {
  readonly key: string;
  readonly kind: string;
  readonly dataVersion: string;
  readonly writer: string;
  readonly value: unknown;
  readonly now?: Date;
}

/** A new draft envelope for `value`, saved now. */
export function createDraft({ key, kind, dataVersion, writer, value, now = new Date() }: DraftFields): DraftEnvelope {
  return { format: 1, key, kind, dataVersion, savedAt: now.toISOString(), writer, value };
}

/** The JSON text of `value` with every object's keys in order, so equal data reads as equal text. */
export function canonicalJson(value: unknown): string {
  // `undefined` (or a function) has no JSON text: JSON.stringify returns undefined for it.
  if (value === undefined || typeof value === 'function') return 'undefined';
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
    const entries = Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries);
  });
}

/**
 * A short, stable fingerprint of any JSON data (FNV-1a over its canonical JSON text, and the
 * text's length): the same data gives the same fingerprint in every browser and in Node, whatever
 * the order of its keys. For data with no version of its own, such as a list of partners.
 */
export function dataFingerprint(value: unknown): string {
  const text = canonicalJson(value);
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `fnv1a-${hash.toString(16).padStart(8, '0')}-${text.length.toString(36)}`;
}

/** Whether two values are the same data (key order aside). */
export function sameDraftValue(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/** Which of two drafts of one key wins: the later `savedAt`; on a tie, the one `b` (the newcomer). */
export function newerDraft(a: DraftEnvelope, b: DraftEnvelope): DraftEnvelope {
  return Date.parse(a.savedAt) > Date.parse(b.savedAt) ? a : b;
}

/** The element a draft is judged for: its kind, the version of its data and the value it shows. */
export interface DraftContext {
  readonly kind: string;
  readonly dataVersion: string;
  /** The value the element shows now (its starting value, or what a person entered). */
  readonly value: unknown;
  /** When the value the element shows was saved elsewhere (ISO 8601), if the element knows. */
  readonly valueSavedAt?: string | undefined;
  /** The time to judge at (default: now). */
  readonly now?: Date;
  /** Drafts older than this are dropped (default {@link DRAFT_MAX_AGE_DAYS}). */
  readonly maxAgeDays?: number;
}

/**
 * What to do with a draft found for an element:
 *
 * - `offer`: it belongs to this element and data and differs from what is shown: ask the person
 *   whether to restore it (never apply it without asking);
 * - `aside`: it was entered against other data (`reason: 'data'`, another rubric version or
 *   partner list) or by another kind of element (`reason: 'kind'`): keep it apart, say so, and
 *   never apply it;
 * - `current`: it holds the value shown already (the browser restored the form, or the element
 *   was moved in the page): keep it, there is nothing to ask;
 * - `drop`: nothing is lost by deleting it: it is unreadable (`reason: 'unreadable'`), older than
 *   the age limit (`'expired'`) or older than the value shown, which was saved after it (`'older'`);
 * - `none`: there is no draft.
 */
export type DraftVerdict =
  | { readonly action: 'none' }
  | { readonly action: 'offer'; readonly draft: DraftEnvelope }
  | { readonly action: 'current'; readonly draft: DraftEnvelope }
  | { readonly action: 'aside'; readonly draft: DraftEnvelope; readonly reason: 'data' | 'kind' }
  | {
      readonly action: 'drop';
      readonly draft: DraftEnvelope | undefined;
      readonly reason: 'unreadable' | 'expired' | 'older';
    };

/** The rule that decides whether a stored draft is offered, kept aside or dropped; see {@link DraftVerdict}. */
export function judgeDraft(stored: unknown, context: DraftContext): DraftVerdict {
  if (stored === undefined || stored === null) return { action: 'none' };
  const draft = readDraftEnvelope(stored);
  if (!draft) return { action: 'drop', draft: undefined, reason: 'unreadable' };
  const now = (context.now ?? new Date()).getTime();
  const maxAge = (context.maxAgeDays ?? DRAFT_MAX_AGE_DAYS) * DAY_MS;
  const savedAt = Date.parse(draft.savedAt);
  if (now - savedAt > maxAge) return { action: 'drop', draft, reason: 'expired' };
  if (draft.kind !== context.kind) return { action: 'aside', draft, reason: 'kind' };
  if (draft.dataVersion !== context.dataVersion) return { action: 'aside', draft, reason: 'data' };
  const valueSavedAt = context.valueSavedAt === undefined ? Number.NaN : Date.parse(context.valueSavedAt);
  if (valueSavedAt >= savedAt) return { action: 'drop', draft, reason: 'older' };
  if (sameDraftValue(draft.value, context.value)) return { action: 'current', draft };
  return { action: 'offer', draft };
}

/**
 * Where a draft set aside is kept beside the live one: one per data version, so a draft of an
 * older rubric version is not overwritten by the new one, and is found again by its version.
 */
export function asideDraftKey(draft: Pick<DraftEnvelope, 'key' | 'kind' | 'dataVersion'>): string {
  return `${draft.key}\u0000aside\u0000${draft.kind}\u0000${draft.dataVersion}`;
}

import { describe, expect, it } from 'vitest';
import {
  asideDraftKey,
  canonicalJson,
  createDraft,
  dataFingerprint,
  judgeDraft,
  newerDraft,
  readDraftEnvelope,
  safeParseDraftEnvelope,
  sameDraftValue,
} from './draft.js';

const saved = new Date('2026-03-10T15:42:00.000Z');
const draft = createDraft({
  key: 'district-rubric',
  kind: 'sel-rubric',
  dataVersion: 'district@2.1',
  writer: 'tab-a',
  value: { ratings: { 'ind-1': { level: 3 } } },
  now: saved,
});
const context = {
  kind: 'sel-rubric',
  dataVersion: 'district@2.1',
  value: { ratings: {} },
  now: new Date('2026-03-11T09:00:00.000Z'),
};

describe('createDraft and the envelope schema', () => {
  it('writes an envelope the schema reads back unchanged', () => {
    expect(draft).toEqual({
      format: 1,
      key: 'district-rubric',
      kind: 'sel-rubric',
      dataVersion: 'district@2.1',
      savedAt: '2026-03-10T15:42:00.000Z',
      writer: 'tab-a',
      value: { ratings: { 'ind-1': { level: 3 } } },
    });
    expect(safeParseDraftEnvelope(JSON.parse(JSON.stringify(draft)))).toEqual({ ok: true, value: draft });
  });

  it('names each bad field of an envelope by its path', () => {
    const result = safeParseDraftEnvelope({ ...draft, format: 2, key: '', savedAt: 'yesterday' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['format', 'Expected draft format 1'],
      ['key', 'Expected a draft key'],
      ['savedAt', 'Expected the time the draft was saved (ISO 8601, UTC)'],
    ]);
  });
});

describe('readDraftEnvelope', () => {
  const samples: unknown[] = [
    draft,
    JSON.parse(JSON.stringify(draft)),
    { ...draft, value: undefined },
    { ...draft, savedAt: '2026-03-10T15:42Z' },
    { ...draft, savedAt: '2026-03-10T15:42:00Z' },
    { ...draft, savedAt: '2026-03-10T15:42:00.000+01:00' },
    { ...draft, savedAt: '2026-03-10' },
    { ...draft, savedAt: '2026-13-45T15:42:00.000Z' },
    { ...draft, savedAt: 12 },
    { ...draft, format: 2 },
    { ...draft, format: '1' },
    { ...draft, key: '' },
    { ...draft, kind: '' },
    { ...draft, kind: 3 },
    { ...draft, dataVersion: null },
    { ...draft, writer: undefined },
    { ...draft, dataVersion: '' },
    null,
    'draft',
    [draft],
    {},
  ];

  it('reaches the verdict of the schema on well-formed and broken envelopes', () => {
    for (const sample of samples) {
      const bySchema = safeParseDraftEnvelope(sample);
      expect(readDraftEnvelope(sample), JSON.stringify(sample)).toEqual(bySchema.ok ? bySchema.value : undefined);
    }
  });
});

describe('judgeDraft', () => {
  it('offers a draft of the same element and data that differs from the value shown', () => {
    expect(judgeDraft(draft, context)).toEqual({ action: 'offer', draft });
  });

  it('has nothing to say when there is no draft', () => {
    expect(judgeDraft(undefined, context)).toEqual({ action: 'none' });
    expect(judgeDraft(null, context)).toEqual({ action: 'none' });
  });

  it('keeps aside, never offers, a draft of another rubric version or partner list', () => {
    expect(judgeDraft(draft, { ...context, dataVersion: 'district@3.0' })).toEqual({
      action: 'aside',
      draft,
      reason: 'data',
    });
  });

  it('keeps aside a draft another kind of element wrote under the same key', () => {
    expect(judgeDraft(draft, { ...context, kind: 'sel-partner-card-sort' })).toEqual({
      action: 'aside',
      draft,
      reason: 'kind',
    });
  });

  it('keeps, without asking, a draft equal to the value shown, whatever the order of its keys', () => {
    const value = { b: 1, a: [{ y: 2, x: 1 }] };
    const same = { ...draft, value };
    expect(judgeDraft(same, { ...context, value: { a: [{ x: 1, y: 2 }], b: 1 } })).toEqual({
      action: 'current',
      draft: same,
    });
  });

  it('drops a draft older than the value shown when that value was saved after it', () => {
    expect(judgeDraft(draft, { ...context, valueSavedAt: '2026-03-10T16:00:00.000Z' })).toMatchObject({
      action: 'drop',
      reason: 'older',
    });
    expect(judgeDraft(draft, { ...context, valueSavedAt: '2026-03-10T15:00:00.000Z' }).action).toBe('offer');
  });

  it('drops a draft past the age limit, and reads the limit from the context', () => {
    const late = { ...context, now: new Date('2026-04-10T15:43:00.000Z') };
    expect(judgeDraft(draft, late)).toMatchObject({ action: 'drop', reason: 'expired' });
    expect(judgeDraft(draft, { ...late, maxAgeDays: 60 }).action).toBe('offer');
  });

  it('drops what is not an envelope (storage written by something else)', () => {
    expect(judgeDraft('{"format":1}', context)).toEqual({ action: 'drop', draft: undefined, reason: 'unreadable' });
    expect(judgeDraft({ ...draft, savedAt: 12 }, context)).toMatchObject({ reason: 'unreadable' });
  });
});

describe('newerDraft', () => {
  it('chooses the later save, and the newcomer on a tie', () => {
    const later = createDraft({ ...draft, writer: 'tab-b', now: new Date('2026-03-10T15:43:00.000Z') });
    expect(newerDraft(draft, later)).toBe(later);
    expect(newerDraft(later, draft)).toBe(later);
    const tie = { ...draft, writer: 'tab-b' };
    expect(newerDraft(draft, tie)).toBe(tie);
  });
});

describe('fingerprints and keys', () => {
  it('gives equal data the same fingerprint whatever its key order, and other data another', () => {
    const partners = [
      { id: 'library', name: 'Library' },
      { id: 'ymca', name: 'YMCA' },
    ];
    expect(dataFingerprint(partners)).toBe(dataFingerprint([{ name: 'Library', id: 'library' }, partners[1]]));
    expect(dataFingerprint(partners)).not.toBe(dataFingerprint(partners.slice(0, 1)));
    expect(dataFingerprint(partners)).toMatch(/^fnv1a-[0-9a-f]{8}-[0-9a-z]+$/);
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
    expect(sameDraftValue({ a: 1 }, { a: 2 })).toBe(false);
  });

  it('keeps a draft set aside under a key of its own per kind and data version', () => {
    expect(asideDraftKey(draft)).not.toBe(draft.key);
    expect(asideDraftKey(draft)).not.toBe(asideDraftKey({ ...draft, dataVersion: 'district@3.0' }));
    expect(asideDraftKey(draft).startsWith(draft.key)).toBe(true);
  });
});

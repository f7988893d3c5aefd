import { describe, expect, it } from 'vitest';
import { createCardSort } from './card-sort.js';
import { SelRuleError, SelValidationError } from './errors.js';
import { parseWith } from './zod-parse.js';
import { DEFAULT_TOUCHPOINT_CADENCE, TOUCHPOINT_TOPICS, touchpointSchema, touchpointsDue } from './touchpoint.js';
import type { Touchpoint, TouchpointCadence, TouchpointDue } from './touchpoint.js';

const partners = [{ id: 'ymca' }, { id: 'clinic' }, { id: 'bakery' }, { id: 'new' }];
const state = createCardSort(
  partners.map((p) => p.id),
  { ymca: 'clearly-supports', clinic: 'could-support', bakery: 'no-apparent-connection' },
);

function find(rows: readonly TouchpointDue[], partnerId: string, topic: string): TouchpointDue {
  const row = rows.find((r) => r.partnerId === partnerId && r.topic === topic);
  if (!row) throw new Error(`no row for ${partnerId} / ${topic}`);
  return row;
}

const touchpoints: Touchpoint[] = [
  { partnerId: 'ymca', topic: 'understanding-sel-practices', date: '2026-08-15' },
  { partnerId: 'ymca', topic: 'understanding-sel-practices', date: '2026-09-20', by: 'SEL lead' },
  { partnerId: 'ymca', topic: 'understanding-sel-practices', date: '2026-09-01' },
  { partnerId: 'clinic', topic: 'spreading-the-word', date: '2026-07-31', notes: 'Family night flyer' },
  { partnerId: 'bakery', topic: 'fostering-collaboration', date: '2025-10-10' },
  { partnerId: 'gone', topic: 'fostering-collaboration', date: '2026-01-01' },
];

describe('touchpoint topics and records', () => {
  it('has the four topics to revisit', () => {
    expect(TOUCHPOINT_TOPICS).toEqual([
      'understanding-sel-practices',
      'creating-a-shared-vision',
      'spreading-the-word',
      'fostering-collaboration',
    ]);
  });

  it('validates a touchpoint, naming bad fields', () => {
    expect(() => parseWith(touchpointSchema, touchpoints[0], 'touchpoint')).not.toThrow();
    const error = (() => {
      try {
        parseWith(touchpointSchema, { partnerId: 'ymca', topic: 'gossip', date: '2026-02-30' }, 'touchpoint');
      } catch (e) {
        return e as SelValidationError;
      }
      throw new Error('expected an error');
    })();
    expect(error.issues.map((i) => i.path)).toEqual([['topic'], ['date']]);
  });
});

describe('touchpointsDue', () => {
  const rows = touchpointsDue(partners, state, touchpoints, '2026-10-20');

  it('gives one row per partner and topic, in order', () => {
    expect(rows).toHaveLength(partners.length * TOUCHPOINT_TOPICS.length);
    expect(rows.slice(0, 4).map((r) => [r.partnerId, r.topic])).toEqual(
      TOUCHPOINT_TOPICS.map((topic) => ['ymca', topic]),
    );
  });

  it('counts from the latest check-in on a topic, whatever order they come in', () => {
    expect(find(rows, 'ymca', 'understanding-sel-practices')).toEqual({
      partnerId: 'ymca',
      tier: 'clearly-supports',
      topic: 'understanding-sel-practices',
      lastDate: '2026-09-20',
      nextDue: '2026-10-20',
      due: true,
      overdue: false,
    });
  });

  it('uses the cadence of the tier, clamping to the end of shorter months', () => {
    const clinic = find(rows, 'clinic', 'spreading-the-word');
    expect(clinic.nextDue).toBe('2026-10-31');
    expect(clinic.due).toBe(false);
    const bakery = find(rows, 'bakery', 'fostering-collaboration');
    expect(bakery).toMatchObject({ lastDate: '2025-10-10', nextDue: '2026-10-10', overdue: true });
    const monthEnd = touchpointsDue(
      [{ id: 'ymca' }],
      state,
      [{ partnerId: 'ymca', topic: 'spreading-the-word', date: '2027-01-31' }],
      '2027-02-01',
    );
    expect(find(monthEnd, 'ymca', 'spreading-the-word').nextDue).toBe('2027-02-28');
  });

  it('makes a topic never discussed due today for sorted partners, and never due for unsorted ones', () => {
    expect(find(rows, 'clinic', 'creating-a-shared-vision')).toMatchObject({
      lastDate: undefined,
      nextDue: '2026-10-20',
      due: true,
      overdue: false,
    });
    expect(find(rows, 'new', 'creating-a-shared-vision')).toMatchObject({
      tier: 'unsorted',
      nextDue: undefined,
      due: false,
      overdue: false,
    });
  });

  it('treats partners missing from the sort as unsorted and ignores touchpoints of unknown partners', () => {
    const result = touchpointsDue([{ id: 'gone' }], state, touchpoints, '2026-10-20');
    expect(result.every((r) => r.tier === 'unsorted' && r.nextDue === undefined)).toBe(true);
    expect(result.find((r) => r.topic === 'fostering-collaboration')?.lastDate).toBe('2026-01-01');
    expect(touchpointsDue([{ id: 'ymca' }], state, touchpoints, '2026-10-20').some((r) => r.partnerId === 'gone')).toBe(
      false,
    );
  });

  it('lets a team change the cadence of some tiers', () => {
    const custom = touchpointsDue(partners, state, touchpoints, '2026-10-20', { 'clearly-supports': 2, unsorted: 6 });
    expect(find(custom, 'ymca', 'understanding-sel-practices').nextDue).toBe('2026-11-20');
    expect(find(custom, 'new', 'spreading-the-word').nextDue).toBe('2026-10-20');
    expect(find(custom, 'clinic', 'spreading-the-word').nextDue).toBe('2026-10-31');
    expect(DEFAULT_TOUCHPOINT_CADENCE['clearly-supports']).toBe(1);
  });

  it('turns off check-ins for a tier with null', () => {
    const off = touchpointsDue(partners, state, touchpoints, '2026-10-20', { 'no-apparent-connection': null });
    expect(find(off, 'bakery', 'fostering-collaboration')).toMatchObject({ nextDue: undefined, overdue: false });
  });

  it('handles an empty inventory and no touchpoints', () => {
    expect(touchpointsDue([], createCardSort([]), [], '2026-10-20')).toEqual([]);
  });

  it('rejects a cadence that is not whole months, and a bad date', () => {
    const bad = { 'could-support': 0.5, 'clearly-supports': -1 } as Partial<TouchpointCadence>;
    let error: unknown;
    try {
      touchpointsDue(partners, state, touchpoints, '2026-10-20', bad);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SelValidationError);
    expect((error as SelValidationError).issues.map((i) => [i.path, i.message])).toEqual([
      [['clearly-supports'], 'Expected at least 1 month between check-ins'],
      [['could-support'], 'Expected a whole number of months'],
    ]);
    expect(() =>
      touchpointsDue(partners, state, [], '2026-10-20', { 'clearly-support': 2 } as Partial<TouchpointCadence>),
    ).toThrow(/Unrecognized key: "clearly-support"/);
    expect(() => touchpointsDue(partners, state, [], '2026-02-30')).toThrow(SelRuleError);
    expect(() =>
      touchpointsDue(
        partners,
        state,
        [{ partnerId: 'ymca', topic: 'spreading-the-word', date: '20261001' }],
        '2026-10-20',
      ),
    ).toThrow(/YYYY-MM-DD/);
  });
});

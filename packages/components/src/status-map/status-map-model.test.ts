import { describe, expect, it } from 'vitest';
import { safeParseStatusSnapshot, type CheckedStatusSnapshot, type Community, type StatusSnapshot } from '@sel/core';
import { illustrativeStatusSnapshot, usTileGrid } from '@sel/data';
import * as numeric from './numeric-measures.js';
import { measureScale } from './status-measures.js';
import { statusMapModel } from './status-map-model.js';
import { statusSummary } from './status-summary.js';
import { loadStrings, stringParts, translate } from '../shared/i18n.js';
import { statusMapStrings } from './status-map-strings.js';

const statusMapParts = stringParts(statusMapStrings);

/** The snapshot checked and rolled up, as the element holds it. */
function checked(snapshot: StatusSnapshot): CheckedStatusSnapshot {
  const result = safeParseStatusSnapshot(snapshot);
  if (!result.ok) throw result.error;
  return result.value;
}

const model = statusMapModel(checked(illustrativeStatusSnapshot), usTileGrid);

function community(id: string, state: Community['scope'], overrides: Partial<Community> = {}): Community {
  return {
    id,
    name: `Community ${id}`,
    scope: state,
    readiness: 'initiating',
    charter: { start: '2026-01-01', end: '2031-01-01' },
    phase: 'launch',
    leadershipTeam: [],
    committees: [],
    members: [],
    districts: [],
    milestones: [],
    ...overrides,
  };
}

describe('statusMapModel', () => {
  it('has a square for every state and DC, and one for the national community in the free top-left corner', () => {
    expect(model.tiles).toHaveLength(52);
    expect(model.byKey.get('national')).toMatchObject({ row: 0, column: 0 });
    expect(model.rows).toBe(8);
    expect(model.columns).toBe(11);
    expect(model.tiles[0]?.key).toBe('national');
    expect(model.tiles[1]?.key).toBe('ME');
  });

  it("lists a national community on a state's square through a district another community places there", () => {
    const shared = { id: 'cps', name: 'Chicago Public Schools', students: 322_000 };
    const tiles = statusMapModel(
      checked({
        asOf: '2026-11-30',
        communities: [
          community('national', { kind: 'national' }, { districts: [shared] }),
          community('il', { kind: 'state', state: 'IL' }, { districts: [{ ...shared, state: 'IL' }] }),
        ],
      }),
      usTileGrid,
    );
    const illinois = tiles.byKey.get('IL');
    expect(illinois?.communities.map((c) => c.status.id)).toEqual(['il', 'national']);
    expect(illinois?.own.map((c) => c.status.id)).toEqual(['il']);
    expect(tiles.report.byState).toEqual([{ state: 'IL', communities: 2, districts: 1, students: 322_000 }]);
    expect(tiles.byKey.get('national')?.communities.map((c) => c.status.id)).toEqual(['national']);
  });

  it("lists each state's communities, own and through districts, with the report's counts", () => {
    const california = model.byKey.get('CA');
    expect(california?.own.map((c) => c.status.id)).toEqual(['ca-north', 'ca-south']);
    const texas = model.byKey.get('TX');
    expect(texas?.communities.map((c) => c.status.id).sort()).toEqual(['national', 'tx']);
    expect(texas?.own.map((c) => c.status.id)).toEqual(['tx']);
    const line = model.report.byState.find((l) => l.state === 'TX');
    expect(texas).toMatchObject({ districts: line?.districts, students: line?.students });
    expect(model.byKey.get('WY')?.communities).toEqual([]);
    expect(model.byKey.get('national')).toMatchObject({ districts: 10, students: 100_000 });
  });

  it('puts reached places the layout lacks in a row below', () => {
    const snapshot: StatusSnapshot = {
      asOf: '2026-11-30',
      communities: [community('pr', { kind: 'state', state: 'PR' }), community('gu', { kind: 'state', state: 'GU' })],
    };
    const withTerritories = statusMapModel(checked(snapshot), usTileGrid);
    expect(withTerritories.offLayout).toEqual(['GU', 'PR']);
    expect(withTerritories.byKey.get('GU')).toMatchObject({ row: 8, column: 0 });
    expect(withTerritories.byKey.get('PR')).toMatchObject({ row: 8, column: 1 });
    expect(withTerritories.rows).toBe(9);
    expect(withTerritories.byKey.has('national')).toBe(false);
  });
});

describe('measureScale', () => {
  it('colours a square by the furthest phase and the most ready stage of its own communities', () => {
    const snapshot: StatusSnapshot = {
      asOf: '2026-11-30',
      communities: [
        community('a', { kind: 'state', state: 'CA' }, { phase: 'launch', readiness: 'improving' }),
        community('b', { kind: 'state', state: 'CA' }, { phase: 'replan', readiness: 'initiating' }),
      ],
    };
    const tiles = statusMapModel(checked(snapshot), usTileGrid).tiles;
    const ca = tiles.find((tile) => tile.key === 'CA');
    if (ca === undefined) throw new Error('no CA tile');
    expect(measureScale('phase', tiles).classOf(ca)).toEqual({ kind: 'phase', step: 4, phase: 'replan' });
    expect(measureScale('readiness', tiles).classOf(ca)).toEqual({ kind: 'readiness', step: 2, stage: 'improving' });
    const wy = tiles.find((tile) => tile.key === 'WY');
    expect(wy && measureScale('phase', tiles).classOf(wy)).toBeUndefined();
  });

  it('splits counts into round ranges, one class per value when there are few', () => {
    expect(numeric.rangeClasses(1, 2)).toEqual([
      { kind: 'range', step: 1, min: 1, max: 1 },
      { kind: 'range', step: 2, min: 2, max: undefined },
    ]);
    expect(numeric.rangeClasses(1, 560_000)).toEqual([
      { kind: 'range', step: 1, min: 1, max: 200_000 },
      { kind: 'range', step: 2, min: 200_001, max: 400_000 },
      { kind: 'range', step: 3, min: 400_001, max: undefined },
    ]);
    expect(numeric.rangeClasses(0, 9).map((c) => (c.kind === 'range' ? [c.min, c.max] : []))).toEqual([
      [0, 5],
      [6, undefined],
    ]);
  });

  it('gives every square with a community one class of its legend', () => {
    for (const measure of ['phase', 'readiness', 'communities', 'districts', 'students'] as const) {
      const scale = measureScale(measure, model.tiles, numeric);
      for (const tile of model.tiles) {
        const found = scale.classOf(tile);
        if (tile.communities.length === 0) expect(found).toBeUndefined();
        else expect(scale.classes).toContain(found);
      }
      expect(scale.classes.every((c, i) => c.step === i + 1)).toBe(true);
    }
  });
});

describe('statusSummary', () => {
  it('says how many communities, where, whom they reach and how many are in each phase', async () => {
    await loadStrings('es', statusMapParts);
    const en = statusSummary(model.report, (key, params) => translate('en', key, params, undefined, statusMapParts));
    expect(en).toMatch(
      /^35 learning communities in 33 states and one national, reaching 150 districts and 6,600,000 students\. By phase: /,
    );
    const es = statusSummary(model.report, (key, params) => translate('es', key, params, undefined, statusMapParts));
    expect(es).toMatch(/^35 comunidades de aprendizaje en 33 estados y una nacional/);
  });

  it('leaves out the national community and empty phases when there are none', () => {
    const report = statusMapModel(
      checked({ asOf: '2026-11-30', communities: [community('il', { kind: 'state', state: 'IL' })] }),
      usTileGrid,
    ).report;
    expect(statusSummary(report, (key, params) => translate('en', key, params, undefined, statusMapParts))).toBe(
      'One learning community in one state, reaching 0 districts and 0 students. By phase: 1 in launch.',
    );
  });
});

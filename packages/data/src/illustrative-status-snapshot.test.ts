import { describe, expect, it } from 'vitest';
import { communityWarnings, scheduleWarnings, statusReport, statusSnapshotSchema, parseWith } from '@sel/core';
import { illustrativeStatusSnapshot } from './illustrative-status-snapshot.js';
import { usTileGrid } from './us-tile-grid.js';

describe('illustrativeStatusSnapshot', () => {
  const snapshot = illustrativeStatusSnapshot;

  it('is valid for statusSnapshotSchema', () => {
    expect(parseWith(statusSnapshotSchema, snapshot, 'status snapshot')).toEqual(snapshot);
  });

  it('says it is illustrative, in its flag and its title', () => {
    expect(snapshot.illustrative).toBe(true);
    expect(snapshot.title).toMatch(/illustrative/i);
    expect(snapshot.source).toMatch(/not real/i);
  });

  it("has the plan's size: 35 communities in 33 states plus a national one, 150 districts, 6.6 million students", () => {
    const report = statusReport(snapshot.communities, snapshot.asOf);
    expect(report.totals).toMatchObject({ communities: 35, states: 33, districts: 150, students: 6_600_000 });
    const scopes = snapshot.communities.map((community) => community.scope);
    expect(scopes.filter((scope) => scope.kind === 'national')).toHaveLength(1);
    expect(new Set(scopes.flatMap((scope) => (scope.kind === 'state' ? [scope.state] : []))).size).toBe(33);
    expect(report.warnings).toEqual([]);
  });

  it('places every state it reaches on the tile grid', () => {
    const onGrid = new Set(usTileGrid.tiles.map((tile) => tile.state));
    const report = statusReport(snapshot.communities, snapshot.asOf);
    expect(report.byState.map((line) => line.state).filter((state) => !onGrid.has(state))).toEqual([]);
  });

  it('rolls out in order of readiness, with communities in every stage and several phases', () => {
    const order = ['innovating', 'improving', 'initiating'];
    const starts = snapshot.communities.map((c) => [order.indexOf(c.readiness), c.charter.start] as const);
    for (const [stage, start] of starts) {
      for (const [laterStage, laterStart] of starts) if (laterStage > stage) expect(laterStart >= start).toBe(true);
    }
    const report = statusReport(snapshot.communities, snapshot.asOf);
    expect(Object.values(report.byReadiness).every((totals) => totals.communities > 0)).toBe(true);
    expect(Object.values(report.byPhase).filter((totals) => totals.communities > 0).length).toBeGreaterThanOrEqual(4);
    expect(report.totals.overdueMilestones).toBeGreaterThan(0);
  });

  it('keeps every milestone inside its charter, with no district outside its community state', () => {
    for (const community of snapshot.communities) {
      expect(scheduleWarnings(community)).toEqual([]);
      expect(communityWarnings(community).filter((warning) => warning.code !== 'leadership-team-size')).toEqual([]);
    }
  });
});

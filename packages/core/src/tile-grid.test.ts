import { describe, expect, it } from 'vitest';
import { safeParseWith } from './zod-parse.js';
import { tileGridLayoutSchema } from './tile-grid.js';
import type { TileGridLayout } from './tile-grid.js';

const layout: TileGridLayout = {
  id: 'north-east',
  title: 'Three states',
  source: 'A test layout',
  tiles: [
    { state: 'ME', row: 0, column: 2 },
    { state: 'VT', row: 1, column: 1 },
    { state: 'NH', row: 1, column: 2 },
  ],
};

const issuesOf = (input: unknown) => {
  const result = safeParseWith(tileGridLayoutSchema, input, 'tile layout');
  return result.ok ? [] : result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
};

describe('tileGridLayoutSchema', () => {
  it('accepts one tile per state on free squares', () => {
    expect(issuesOf(layout)).toEqual([]);
  });

  it('refuses a state with two tiles, and two tiles on one square, at their paths', () => {
    const tiles = [...layout.tiles, { state: 'VT', row: 3, column: 3 }, { state: 'MA', row: 0, column: 2 }];
    expect(issuesOf({ ...layout, tiles })).toEqual([
      { path: ['tiles', 3, 'state'], message: 'Expected one tile per state, but VT already has the tile at index 1' },
      { path: ['tiles', 4], message: 'Expected a free square, but row 0, column 2 is taken by the tile at index 0' },
    ]);
  });

  it('refuses negative or fractional places, unknown states and a missing source', () => {
    const tiles = [{ state: 'XX', row: -1, column: 0.5 }];
    expect(issuesOf({ ...layout, tiles, source: ' ' }).map((issue) => issue.path)).toEqual([
      ['source'],
      ['tiles', 0, 'state'],
      ['tiles', 0, 'row'],
      ['tiles', 0, 'column'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { parseWith, tileGridLayoutSchema, US_STATE_CODES } from '@sel/core';
import { usStateNames } from './us-state-names.js';
import { usStateNamesEn } from './us-state-names-en.js';
import { usStateNamesEs } from './us-state-names-es.js';
import { usTileGrid } from './us-tile-grid.js';

/** Pairs of states that share a border, each of which the layout should keep within two squares. */
const NEIGHBOURS = [
  ['WA', 'OR'], ['OR', 'CA'], ['CA', 'NV'], ['NV', 'UT'], ['UT', 'CO'], ['CO', 'KS'], ['KS', 'MO'],
  ['MO', 'IL'], ['IL', 'IN'], ['IN', 'OH'], ['OH', 'PA'], ['PA', 'NY'], ['NY', 'VT'], ['VT', 'NH'],
  ['NH', 'ME'], ['MA', 'RI'], ['RI', 'CT'], ['NJ', 'DE'], ['MD', 'DC'], ['VA', 'DC'], ['TN', 'KY'],
  ['GA', 'FL'], ['AL', 'MS'], ['LA', 'AR'], ['TX', 'OK'], ['ND', 'SD'], ['MN', 'WI'], ['AZ', 'NM'],
] as const; // prettier-ignore

describe('usTileGrid', () => {
  it('is valid for tileGridLayoutSchema and cites the layout it follows', () => {
    expect(parseWith(tileGridLayoutSchema, usTileGrid, 'tile layout')).toEqual(usTileGrid);
    expect(usTileGrid.source).toMatch(/NPR/);
  });

  it('has one tile for each of the 50 states and DC, and none for the territories', () => {
    const states = usTileGrid.tiles.map((tile) => tile.state).sort();
    expect(states).toEqual(US_STATE_CODES.filter((code) => !['AS', 'GU', 'MP', 'PR', 'VI'].includes(code)).sort());
  });

  it('fits in 11 columns and 8 rows, and keeps neighbouring states near each other', () => {
    const at = new Map(usTileGrid.tiles.map((tile) => [tile.state, tile]));
    expect(Math.max(...usTileGrid.tiles.map((tile) => tile.column))).toBe(10);
    expect(Math.max(...usTileGrid.tiles.map((tile) => tile.row))).toBe(7);
    for (const [a, b] of NEIGHBOURS) {
      const [one, two] = [at.get(a), at.get(b)];
      const distance = one && two ? Math.max(Math.abs(one.row - two.row), Math.abs(one.column - two.column)) : 99;
      expect(distance, `${a} and ${b}`).toBeLessThanOrEqual(2);
    }
  });
});

describe('usStateNames', () => {
  it('names every state, DC and territory in English and Spanish', () => {
    expect(Object.keys(usStateNames).sort()).toEqual([...US_STATE_CODES].sort());
    for (const name of Object.values(usStateNames)) expect(name.en.trim() && name.es.trim()).toBeTruthy();
    expect(usStateNames.NY).toEqual({ en: 'New York', es: 'Nueva York' });
  });

  it('gives each language alone the same names', () => {
    for (const code of US_STATE_CODES) {
      expect([usStateNamesEn[code], usStateNamesEs[code]]).toEqual([usStateNames[code].en, usStateNames[code].es]);
    }
    expect(usStateNamesEs.AL).toBe('Alabama');
  });
});

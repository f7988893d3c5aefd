import { describe, expect, it } from 'vitest';
import { usTileGrid } from '@sel/data';
import { GRID_KEYS } from '../shared/list-navigation.js';
import { tileInDirection } from './tile-navigation.js';
import type { GridSquare } from './tile-navigation.js';

const states: GridSquare<string>[] = usTileGrid.tiles.map((tile) => ({ key: tile.state, ...tile }));
const squares: GridSquare<string>[] = [...states, { key: 'national', row: 0, column: 0 }];
const move = (from: string, ...keys: string[]) =>
  keys.reduce((at, key) => tileInDirection(squares, at, key) ?? at, from);

describe('tileInDirection on the US tile grid', () => {
  it('moves to the neighbour straight ahead', () => {
    expect(move('IL', 'ArrowRight')).toBe('WI');
    expect(move('IL', 'ArrowLeft')).toBe('MN');
    expect(move('IL', 'ArrowDown')).toBe('IN');
    expect(move('IN', 'ArrowUp')).toBe('IL');
    expect(move('TX', 'ArrowUp')).toBe('OK');
    expect(move('ME', 'ArrowDown')).toBe('NH');
  });

  it('moves by geography where the row or column has a gap', () => {
    expect(move('FL', 'ArrowUp')).toBe('GA');
    expect(move('VT', 'ArrowLeft')).toBe('NY');
    expect(move('TX', 'ArrowRight')).toBe('LA');
    expect(move('CA', 'ArrowDown')).toBe('AZ');
    expect(move('ME', 'ArrowLeft')).toBe('VT');
  });

  it('reaches the national square above the West Coast and comes back', () => {
    expect(move('WA', 'ArrowUp')).toBe('national');
    expect(move('national', 'ArrowDown')).toBe('WA');
    expect(move('national', 'ArrowRight')).toBe('ID');
  });

  it('stays at the edge when nothing lies that way', () => {
    expect(tileInDirection(squares, 'FL', 'ArrowDown')).toBeUndefined();
    expect(tileInDirection(squares, 'ME', 'ArrowUp')).toBeUndefined();
    expect(tileInDirection(squares, 'ME', 'ArrowRight')).toBeUndefined();
    expect(tileInDirection(squares, 'HI', 'ArrowLeft')).toBeUndefined();
  });

  it('goes to the first and last squares in reading order with Home and End', () => {
    expect(tileInDirection(squares, 'IL', 'Home')).toBe('national');
    expect(tileInDirection(states, 'IL', 'Home')).toBe('ME');
    expect(tileInDirection(squares, 'IL', 'End')).toBe('FL');
  });

  it('ignores other keys and unknown squares', () => {
    expect(tileInDirection(squares, 'IL', 'Enter')).toBeUndefined();
    expect(tileInDirection(squares, 'XX', 'ArrowUp')).toBeUndefined();
    expect(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'].every((key) => GRID_KEYS.has(key))).toBe(
      true,
    );
    expect(['Enter', ' ', 'Tab', 'a', 'PageDown'].some((key) => GRID_KEYS.has(key))).toBe(false);
  });

  it('reaches every state from any other with arrow keys alone', () => {
    const arrows = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'];
    const reached = new Set(['IL']);
    const queue = ['IL'];
    for (let at = queue.shift(); at !== undefined; at = queue.shift()) {
      for (const key of arrows) {
        const next = tileInDirection(squares, at, key);
        if (next !== undefined && !reached.has(next)) {
          reached.add(next);
          queue.push(next);
        }
      }
    }
    expect(reached.size).toBe(squares.length);
  });
});

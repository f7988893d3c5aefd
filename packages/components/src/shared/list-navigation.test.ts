import { describe, expect, it } from 'vitest';
import { gridStep, listStep } from './list-navigation.js';

describe('listStep', () => {
  it('moves one item with the arrows, a page with PageUp/PageDown, to the ends with Home/End', () => {
    expect(listStep('ArrowDown', 3, 30)).toBe(4);
    expect(listStep('ArrowRight', 3, 30)).toBe(4);
    expect(listStep('ArrowUp', 3, 30)).toBe(2);
    expect(listStep('ArrowLeft', 3, 30)).toBe(2);
    expect(listStep('PageDown', 3, 30)).toBe(13);
    expect(listStep('PageUp', 13, 30, { page: 5 })).toBe(8);
    expect(listStep('Home', 17, 30)).toBe(0);
    expect(listStep('End', 2, 30)).toBe(29);
  });

  it('stays within the list at its ends', () => {
    expect(listStep('ArrowDown', 29, 30)).toBe(29);
    expect(listStep('ArrowUp', 0, 30)).toBe(0);
    expect(listStep('PageDown', 25, 30)).toBe(29);
    expect(listStep('PageUp', 4, 30)).toBe(0);
  });

  it('leaves other keys alone', () => {
    for (const key of ['Enter', ' ', 'Tab', 'a', 'Escape']) expect(listStep(key, 3, 30)).toBeUndefined();
  });
});

describe('gridStep', () => {
  // Four columns holding 3, 0, 1 and 4 items.
  const lengths = [3, 0, 1, 4];

  it('moves up and down within a column, and to its first and last item with Home and End', () => {
    expect(gridStep('ArrowDown', { column: 0, row: 1 }, lengths)).toEqual({ column: 0, row: 2 });
    expect(gridStep('ArrowUp', { column: 0, row: 1 }, lengths)).toEqual({ column: 0, row: 0 });
    expect(gridStep('Home', { column: 3, row: 2 }, lengths)).toEqual({ column: 3, row: 0 });
    expect(gridStep('End', { column: 3, row: 0 }, lengths)).toEqual({ column: 3, row: 3 });
  });

  it('goes nowhere past the top or bottom of a column', () => {
    expect(gridStep('ArrowUp', { column: 0, row: 0 }, lengths)).toBeUndefined();
    expect(gridStep('ArrowDown', { column: 0, row: 2 }, lengths)).toBeUndefined();
  });

  it('moves sideways to the nearest column with items, at the same row or its last', () => {
    expect(gridStep('ArrowRight', { column: 0, row: 2 }, lengths)).toEqual({ column: 2, row: 0 });
    expect(gridStep('ArrowLeft', { column: 2, row: 0 }, lengths)).toEqual({ column: 0, row: 0 });
    expect(gridStep('ArrowRight', { column: 2, row: 0 }, lengths)).toEqual({ column: 3, row: 0 });
    expect(gridStep('ArrowLeft', { column: 3, row: 3 }, lengths)).toEqual({ column: 2, row: 0 });
    expect(gridStep('ArrowRight', { column: 3, row: 1 }, lengths)).toBeUndefined();
    expect(gridStep('ArrowLeft', { column: 0, row: 1 }, lengths)).toBeUndefined();
  });

  it('leaves other keys alone', () => {
    expect(gridStep('PageDown', { column: 0, row: 0 }, lengths)).toBeUndefined();
    expect(gridStep('Enter', { column: 0, row: 0 }, lengths)).toBeUndefined();
  });
});

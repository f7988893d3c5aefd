import { describe, expect, it } from 'vitest';
import { headingTag } from './heading.js';

const tagOf = (level: number) => headingTag(level)['_$litStatic$'];

describe('headingTag', () => {
  it('gives the heading of each level from 1 to 6', () => {
    expect([1, 2, 3, 4, 5, 6].map(tagOf)).toEqual(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
  });

  it('keeps levels out of range between h1 and h6 and rounds fractions', () => {
    expect([0, -3, 7, 40, 2.4, 2.6].map(tagOf)).toEqual(['h1', 'h1', 'h6', 'h6', 'h2', 'h3']);
  });

  it('falls back to h2 for a level that is not a number', () => {
    expect([Number.NaN, Number.POSITIVE_INFINITY].map(tagOf)).toEqual(['h2', 'h2']);
  });
});

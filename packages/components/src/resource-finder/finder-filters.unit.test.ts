import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { catalog } from '@sel/data';
import { checkFilters, readList, toggled, writeList, type FinderFilters } from './finder-filters.js';

const none: FinderFilters = { search: '', focusAreas: [], kinds: [], tags: [], sources: [], origin: '' };

describe('list attributes', () => {
  it('reads comma-separated values, trimmed, with \\, for a comma inside a value', () => {
    expect(readList('community-partnerships, equity')).toEqual(['community-partnerships', 'equity']);
    expect(readList(' CASEL ,, Acme\\, Inc. ')).toEqual(['CASEL', 'Acme, Inc.']);
    expect(readList('')).toEqual([]);
    expect(readList(null)).toEqual([]);
  });

  it('writes any list so that it reads back the same', () => {
    fc.assert(
      fc.property(fc.array(fc.string().filter((s) => s.trim() === s && s !== '')), (items) => {
        expect(readList(writeList(items))).toEqual(items);
      }),
    );
    expect(writeList([])).toBeNull();
  });
});

describe('checkFilters', () => {
  it('turns the filters into a query of the index', () => {
    const checked = checkFilters(
      {
        search: ' équité ',
        focusAreas: [3],
        kinds: ['report'],
        tags: ['equity'],
        sources: ['CASEL'],
        origin: 'learn-more',
      },
      catalog,
    );
    expect(checked.query).toEqual({
      focusArea: [3],
      kind: ['report'],
      tags: ['equity'],
      source: ['CASEL'],
      origin: 'learn-more',
      text: ' équité ',
    });
    expect(checked.issues).toEqual([]);
    expect(checked.filtered).toBe(true);
    expect(checkFilters(none, catalog)).toEqual({ query: {}, issues: [], filtered: false });
  });

  it('leaves out and reports, at its path, each value that is not one of the field', () => {
    const checked = checkFilters(
      { ...none, focusAreas: [3, Number.NaN, 5], kinds: ['poster'], tags: ['equity', 'Equity'], origin: 'x' },
      catalog,
    );
    expect(checked.query).toEqual({ focusArea: [3], tags: ['equity'] });
    expect(checked.issues.map((issue) => issue.path)).toEqual([
      ['focusAreas', 1],
      ['focusAreas', 2],
      ['kinds', 0],
      ['tags', 1],
      ['origin'],
    ]);
    expect(checked.issues[0]?.message).toBe('Expected a focus area number: 1, 2, 3 or 4, got NaN');
  });

  it('toggles a value in or out of a list', () => {
    expect(toggled(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggled(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(toggled(['a'], 'a', true)).toEqual(['a']);
  });
});

import { describe, expect, it } from 'vitest';
import { repeatsOf } from './repeats.js';

describe('repeatsOf', () => {
  it('names each repeat with where its key was first used, in list order', () => {
    const items = [{ id: 'a' }, { id: 'b' }, { id: 'a' }, { id: 'c' }, { id: 'b' }, { id: 'a' }];
    expect(repeatsOf(items, (item) => item.id).map(({ index, key, first }) => ({ index, key, first }))).toEqual([
      { index: 2, key: 'a', first: 0 },
      { index: 4, key: 'b', first: 1 },
      { index: 5, key: 'a', first: 0 },
    ]);
  });

  it('gives both items, and finds nothing in a list without repeats', () => {
    const [repeat] = repeatsOf(['x', 'y', 'x'], (item) => item);
    expect(repeat).toMatchObject({ item: 'x', firstItem: 'x', index: 2, first: 0 });
    expect(repeatsOf([], (item: string) => item)).toEqual([]);
    expect(repeatsOf(['__proto__', 'constructor', 'toString'], (item) => item)).toEqual([]);
  });
});

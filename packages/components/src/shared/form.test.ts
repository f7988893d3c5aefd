import { describe, expect, it } from 'vitest';
import { formEntries } from './form.js';

describe('formEntries', () => {
  it('prefixes each entry with the element name', () => {
    const data = formEntries('assessment', [
      ['ind-1', '3'],
      ['ind-2', '1'],
      ['ind-1', 'note'],
    ]);
    expect([...(data?.entries() ?? [])]).toEqual([
      ['assessment.ind-1', '3'],
      ['assessment.ind-2', '1'],
      ['assessment.ind-1', 'note'],
    ]);
  });
  it('submits nothing without a name, and an empty set for no entries', () => {
    expect(formEntries('', [['a', '1']])).toBeNull();
    expect([...(formEntries('plan', [])?.entries() ?? [])]).toEqual([]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePlainNames, isPlainName } from './name-order.js';

const english = new Intl.Collator('en');
const sign = (value: number) => Math.sign(value);

/** Names from a small alphabet, so that equal letters, cases and prefixes are common. */
const plainName = fc.string({ unit: fc.constantFrom(' ', '0', '1', '9', 'a', 'A', 'b', 'B', 'z', 'Z'), maxLength: 8 });
/** Names with what the quick path leaves to the collator: punctuation, accents, other scripts. */
const anyName = fc.string({
  unit: fc.constantFrom(' ', '0', 'a', 'A', 'é', 'É', 'e\u0301', '-', '.', '\u00ad', 'ñ', 'ß', 'ı', '中', '\t'),
  maxLength: 6,
});

/** The order rollUp sorts with: the quick comparison for two plain names, else the collator. */
const compareNames = (a: string, b: string) =>
  isPlainName(a) && isPlainName(b) ? comparePlainNames(a, b) : english.compare(a, b);

describe('comparePlainNames', () => {
  it('orders plain names as Intl.Collator("en") does', () => {
    fc.assert(
      fc.property(plainName, plainName, (a, b) => {
        expect(sign(compareNames(a, b))).toBe(sign(english.compare(a, b)));
      }),
      { numRuns: 20_000 },
    );
  });

  it('tells plain names from the rest, so no other name reaches it', () => {
    expect(['Illinois 2', 'a b', ''].every(isPlainName)).toBe(true);
    expect(['Ñandú', 'a-b', 'tab\t', 'e\u0301', 'soft\u00adhyphen'].some(isPlainName)).toBe(false);
  });

  it('orders any other name as the collator does', () => {
    fc.assert(
      fc.property(fc.oneof(plainName, anyName), anyName, (a, b) => {
        expect(sign(compareNames(a, b))).toBe(sign(english.compare(a, b)));
        expect(sign(compareNames(b, a))).toBe(sign(english.compare(b, a)));
      }),
      { numRuns: 5_000 },
    );
  });

  it('sorts names of a network as the collator does', () => {
    const names = [
      'Illinois SEL Learning Community',
      'illinois sel learning community',
      'Illinois  SEL',
      'Illinois 2',
      'Illinois 10',
      'Ñandú community',
      'Nevada',
      'New Mexico Learning Community',
      'new mexico',
      "Nation's community",
      'National SEL Learning Community',
      '',
      ' leading space',
    ];
    expect([...names].sort(compareNames)).toEqual([...names].sort(english.compare));
  });
});

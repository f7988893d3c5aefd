import { describe, expect, it } from 'vitest';
import { foldSearchText, searchWords } from './search-text.js';

describe('foldSearchText', () => {
  it('ignores case and accents', () => {
    expect(foldSearchText('Participación de las FAMILIAS')).toBe('participacion de las familias');
    expect(foldSearchText('Niño, señal, pingüino, Ñandú')).toBe('nino, senal, pinguino, nandu');
  });

  it('folds precomposed and decomposed forms to the same text', () => {
    expect(foldSearchText('e\u0301quipo')).toBe(foldSearchText('\u00e9quipo'));
  });

  it('leaves letters without a base form alone rather than dropping them', () => {
    expect(foldSearchText('Straße Ø')).toBe('straße ø');
  });
});

describe('searchWords', () => {
  it('splits on punctuation and spaces and drops empty pieces', () => {
    expect(searchWords('  K-12 Equity Directors: Configuring the Role…  ')).toEqual([
      'k',
      '12',
      'equity',
      'directors',
      'configuring',
      'the',
      'role',
    ]);
  });

  it('returns no words for empty or separator-only text', () => {
    expect(searchWords('')).toEqual([]);
    expect(searchWords(' - , ; ')).toEqual([]);
  });

  it("keeps apostrophes' neighbours as separate words", () => {
    expect(searchWords("Superintendents' Roundtable")).toEqual(['superintendents', 'roundtable']);
  });
});

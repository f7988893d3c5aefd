const COMBINING_MARKS = /\p{M}+/gu;
const WORD_SEPARATORS = /[^\p{L}\p{N}]+/u;

/**
 * Folds text for matching: decomposes accented letters and drops the accents, then lowercases,
 * so "Participación", "PARTICIPACION" and "participacion" compare equal.
 */
export function foldSearchText(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
}

/** Splits text into folded words (letters and digits; everything else separates). */
export function searchWords(text: string): string[] {
  return foldSearchText(text)
    .split(WORD_SEPARATORS)
    .filter((word) => word.length > 0);
}

/**
 * Names in the order of `Intl.Collator('en')`, the order a person reading English expects, without
 * the collator for names made only of ASCII letters, digits and spaces. A collator's comparison
 * is a call into the platform's ICU library that costs far more than reading two short names, and
 * a status report sorts hundreds of them in every first render of a map. For those names the order
 * is plain: a space before the digits, the digits before the letters, letters compared without
 * their case and, when nothing else differs, the first lowercase letter before its capital
 * (name-order.property.test.ts holds the two together). Any other name is left to the collator.
 */

/** The collation weight of a space (1), a digit (2 to 11) or an ASCII letter (12 to 37), else 0. */
function weight(code: number): number {
  if (code === 32) return 1;
  if (code >= 48 && code <= 57) return code - 46;
  const lower = code | 32;
  return lower >= 97 && lower <= 122 ? lower - 85 : 0;
}

/** Whether every character of `name` has a quick weight: a name that {@link comparePlainNames} can order. */
export function isPlainName(name: string): boolean {
  for (let index = 0; index < name.length; index++) if (weight(name.charCodeAt(index)) === 0) return false;
  return true;
}

/** Negative when `a` comes first in English order, positive when `b` does, 0 when the collator finds them equal; for two plain names only (see {@link isPlainName}). */
export function comparePlainNames(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  let byCase = 0;
  for (let index = 0; index < length; index++) {
    const x = a.charCodeAt(index);
    const y = b.charCodeAt(index);
    if (x === y) continue;
    const wx = weight(x);
    const wy = weight(y);
    if (wx !== wy) return wx < wy ? -1 : 1;
    // The same letter in another case: decides only if nothing but case differs, the first such place.
    if (byCase === 0) byCase = (x & 32) === 0 ? 1 : -1;
  }
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return byCase;
}

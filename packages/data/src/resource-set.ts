/**
 * Sets of resources as bitsets over their positions in a catalog: bit i set means the i-th
 * resource is in the set. A query combines one set per criterion; over a 10,000-resource catalog
 * an intersection or union touches 313 words, so a query costs little beyond listing its results.
 */

/** A set of resource positions (bit i set = the i-th resource of the catalog). */
export type ResourceSet = Uint32Array;

/** A set with room for `words` x 32 resources and none in it. */
export function emptySet(words: number): ResourceSet {
  return new Uint32Array(words);
}

/** Puts the resource at `position` in `set`. */
export function addTo(set: ResourceSet, position: number): void {
  set[position >>> 5] = (set[position >>> 5] ?? 0) | (1 << (position & 31));
}

/** Keeps in `target` only what `other` has too; whether anything is left. */
export function intersectInto(target: ResourceSet, other: ResourceSet): boolean {
  let any = 0;
  for (let i = 0; i < target.length; i++) {
    const word = (target[i] ?? 0) & (other[i] ?? 0);
    target[i] = word;
    any |= word;
  }
  return any !== 0;
}

/** Calls `visit` with every position in `set`, in increasing order. */
export function forEachPosition(set: ResourceSet, visit: (position: number) => void): void {
  for (let w = 0; w < set.length; w++) {
    let word = set[w] ?? 0;
    while (word !== 0) {
      visit(w * 32 + (31 - Math.clz32(word & -word)));
      word &= word - 1;
    }
  }
}

/** Adds to `target` what `other` has. */
export function unionInto(target: ResourceSet, other: ResourceSet): void {
  for (let i = 0; i < target.length; i++) target[i] = (target[i] ?? 0) | (other[i] ?? 0);
}

/** Whether the resource at `position` is in `set`. */
export function hasPosition(set: ResourceSet, position: number): boolean {
  return ((set[position >>> 5] ?? 0) & (1 << (position & 31))) !== 0;
}

/** How many resources `a` and `b` have in common. */
export function countBoth(a: ResourceSet, b: ResourceSet): number {
  let count = 0;
  for (let i = 0; i < a.length; i++) {
    // Population count of one 32-bit word (the SWAR method).
    let word = (a[i] ?? 0) & (b[i] ?? 0);
    word -= (word >>> 1) & 0x55555555;
    word = (word & 0x33333333) + ((word >>> 2) & 0x33333333);
    count += Math.imul((word + (word >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
  }
  return count;
}

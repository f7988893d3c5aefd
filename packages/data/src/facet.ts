import { addTo, countBoth, emptySet, forEachPosition, unionInto, type ResourceSet } from './resource-set.js';

/**
 * The resources having each value of one field (focus area, kind, source, origin, audience or
 * tag), built once when the index is created.
 */
export class Facet {
  private readonly sets = new Map<string | number, ResourceSet>();

  constructor(private readonly words: number) {}

  add(value: string | number, position: number): void {
    let set = this.sets.get(value);
    if (!set) {
      set = emptySet(this.words);
      this.sets.set(value, set);
    }
    addTo(set, position);
  }

  /** Calls `visit` with every position having `value`, in increasing order. */
  forEachWith(value: string | number, visit: (position: number) => void): void {
    const set = this.sets.get(value);
    if (set) forEachPosition(set, visit);
  }

  /** The resources having any of `values` (an empty set when none does). */
  anyOf(values: readonly (string | number)[]): ResourceSet {
    const [only] = values;
    if (values.length === 1 && only !== undefined) return this.sets.get(only) ?? emptySet(this.words);
    const union = emptySet(this.words);
    for (const value of values) {
      const set = this.sets.get(value);
      if (set) unionInto(union, set);
    }
    return union;
  }

  /** Per value of the field: how many resources of `among` have it (values with none included). */
  countsIn<K extends string | number>(among: ResourceSet): Map<K, number> {
    const counts = new Map<K, number>();
    for (const [value, set] of this.sets) counts.set(value as K, countBoth(among, set));
    return counts;
  }
}

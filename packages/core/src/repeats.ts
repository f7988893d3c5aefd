/** An item whose key an earlier item already has: the two items, where each is, and the key. */
export interface Repeat<T, K> {
  readonly index: number;
  readonly item: T;
  readonly key: K;
  /** Where the key was first used, and the item there. */
  readonly first: number;
  readonly firstItem: T;
}

/**
 * Every item of `items` whose key (by `keyOf`) an earlier item already has, in list order. Plain
 * code, so a schema's refinement and a plain-code reader report repeated ids the same way.
 */
export function repeatsOf<T, K = string>(items: readonly T[], keyOf: (item: T) => K): Repeat<T, K>[] {
  const firsts = new Map<K, { readonly index: number; readonly item: T }>();
  const repeats: Repeat<T, K>[] = [];
  items.forEach((item, index) => {
    const key = keyOf(item);
    const first = firsts.get(key);
    if (first === undefined) firsts.set(key, { index, item });
    else repeats.push({ index, item, key, first: first.index, firstItem: first.item });
  });
  return repeats;
}

/** A repeated key as a reader reports it: where, the repeated value, and the words. */
export interface RepeatIssue {
  readonly path: PropertyKey[];
  readonly input: unknown;
  readonly message: string;
}

/**
 * One issue per item of `items` whose key repeats an earlier item's, at `path[index]` (or
 * `path[index][key]` when `key` names the field): "Expected a unique `what`, but "x" is already
 * used at index 2". A schema's refinement and a plain-code reader report them in the same words.
 */
export function repeatIssues<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  path: readonly PropertyKey[],
  key: string | undefined,
  what: string,
): RepeatIssue[] {
  return repeatsOf(items, keyOf).map(({ index, key: value, first }) => ({
    path: key === undefined ? [...path, index] : [...path, index, key],
    input: value,
    message: `Expected a unique ${what}, but "${value}" is already used at index ${first}`,
  }));
}

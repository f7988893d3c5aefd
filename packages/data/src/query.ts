import { parseResourceQuery } from '@sel/core';
import type { Resource, ResourceQuery } from '@sel/core';
import { foldSearchText, searchWords } from './search-text.js';

/**
 * A set of resource positions as a bitset (bit i set = the i-th resource of the catalog).
 * Intersections and unions over a 10,000-resource catalog touch 313 words.
 */
type ResourceSet = Uint32Array;

function emptySet(words: number): ResourceSet {
  return new Uint32Array(words);
}

function addTo(set: ResourceSet, position: number): void {
  set[position >>> 5] = (set[position >>> 5] ?? 0) | (1 << (position & 31));
}

function intersectInto(target: ResourceSet, other: ResourceSet): boolean {
  let any = 0;
  for (let i = 0; i < target.length; i++) {
    const word = (target[i] ?? 0) & (other[i] ?? 0);
    target[i] = word;
    any |= word;
  }
  return any !== 0;
}

function unionInto(target: ResourceSet, other: ResourceSet): void {
  for (let i = 0; i < target.length; i++) target[i] = (target[i] ?? 0) | (other[i] ?? 0);
}

/** Positions of one facet value, built once when the index is created. */
class Facet {
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
}

/** Text postings: each distinct folded word of titles and summaries, with the resources using it. */
class WordIndex {
  private readonly postings = new Map<string, number[]>();
  private sortedWords: string[] = [];

  add(text: string, position: number): void {
    for (const word of searchWords(text)) {
      const list = this.postings.get(word);
      if (!list) this.postings.set(word, [position]);
      else if (list[list.length - 1] !== position) list.push(position);
    }
  }

  seal(): void {
    this.sortedWords = [...this.postings.keys()].sort();
  }

  /** The resources having a word that starts with `prefix` (already folded). */
  withPrefix(prefix: string, words: number): ResourceSet {
    const set = emptySet(words);
    const sorted = this.sortedWords;
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((sorted[mid] ?? '') < prefix) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < sorted.length; i++) {
      const word = sorted[i] ?? '';
      if (!word.startsWith(prefix)) break;
      for (const position of this.postings.get(word) ?? []) addTo(set, position);
    }
    return set;
  }
}

/** A read-only index over one catalog's resources, built once by {@link createCatalogIndex}. */
export interface CatalogIndex {
  /** The indexed resources, in catalog order. */
  readonly resources: readonly Resource[];
  /** The resource with this id, if any. */
  get(id: string): Resource | undefined;
  /**
   * The resources matching every given criterion, in catalog order. An empty query returns them all.
   * Throws a `SelValidationError` naming the bad field when the query itself is malformed.
   */
  query(query?: ResourceQuery): Resource[];
  /** The source organisations present in the catalog, sorted, e.g. to fill a filter menu. */
  sources(): string[];
}

/**
 * Indexes `resources` for repeated queries. Building costs one pass over titles and summaries;
 * each query then combines precomputed bitsets, so it stays fast on large catalogs.
 * The index keeps the given array and objects; do not mutate them afterwards.
 */
export function createCatalogIndex(resources: readonly Resource[]): CatalogIndex {
  const words = Math.ceil(resources.length / 32);
  const byId = new Map<string, Resource>();
  const focusAreas = new Facet(words);
  const kinds = new Facet(words);
  const sources = new Facet(words);
  const sourceNames = new Map<string, string>();
  const origins = new Facet(words);
  const audiences = new Facet(words);
  const tags = new Facet(words);
  const text = new WordIndex();

  resources.forEach((resource, position) => {
    if (!byId.has(resource.id)) byId.set(resource.id, resource);
    for (const focusArea of resource.focusAreas) focusAreas.add(focusArea, position);
    kinds.add(resource.kind, position);
    const source = foldSearchText(resource.source.trim());
    sources.add(source, position);
    if (!sourceNames.has(source)) sourceNames.set(source, resource.source.trim());
    origins.add(resource.origin, position);
    for (const audience of resource.audience) audiences.add(audience, position);
    for (const tag of resource.tags) tags.add(tag, position);
    text.add(resource.title, position);
    text.add(resource.summary.en, position);
    if (resource.summary.es !== undefined) text.add(resource.summary.es, position);
  });
  text.seal();

  const list = <T>(value: T | readonly T[] | undefined): readonly T[] | undefined =>
    value === undefined ? undefined : Array.isArray(value) ? (value as readonly T[]) : [value as T];

  function query(input: ResourceQuery = {}): Resource[] {
    const q = parseResourceQuery(input);
    const result = emptySet(words);
    result.fill(0xffffffff);
    const trailing = resources.length & 31;
    if (trailing !== 0 && words > 0) result[words - 1] = (1 << trailing) - 1;

    const constraints: ResourceSet[] = [];
    const focusAreaList = list(q.focusArea);
    if (focusAreaList) constraints.push(focusAreas.anyOf(focusAreaList));
    const kindList = list(q.kind);
    if (kindList) constraints.push(kinds.anyOf(kindList));
    const sourceList = list(q.source);
    if (sourceList) constraints.push(sources.anyOf(sourceList.map((s) => foldSearchText(s.trim()))));
    if (q.origin !== undefined) constraints.push(origins.anyOf([q.origin]));
    const audienceList = list(q.audience);
    if (audienceList) constraints.push(audiences.anyOf(audienceList));
    for (const tag of q.tags ?? []) constraints.push(tags.anyOf([tag]));
    if (q.anyTags) constraints.push(tags.anyOf(q.anyTags));

    for (const constraint of constraints) {
      if (!intersectInto(result, constraint)) return [];
    }
    if (q.text !== undefined) {
      for (const term of new Set(searchWords(q.text))) {
        if (!intersectInto(result, text.withPrefix(term, words))) return [];
      }
    }

    const found: Resource[] = [];
    for (let w = 0; w < words; w++) {
      let word = result[w] ?? 0;
      while (word !== 0) {
        const bit = 31 - Math.clz32(word & -word);
        const resource = resources[w * 32 + bit];
        if (resource) found.push(resource);
        word &= word - 1;
      }
    }
    return found;
  }

  return {
    resources,
    get: (id) => byId.get(id),
    query,
    sources: () => [...sourceNames.values()].sort((a, b) => a.localeCompare(b, 'en')),
  };
}

import { listIndicators, parseResourceQuery, SelRuleError } from '@sel/core';
import type { Resource, ResourceQuery, Rubric } from '@sel/core';
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

/** Calls `visit` with every position in `set`, in increasing order. */
function forEachPosition(set: ResourceSet, visit: (position: number) => void): void {
  for (let w = 0; w < set.length; w++) {
    let word = set[w] ?? 0;
    while (word !== 0) {
      visit(w * 32 + (31 - Math.clz32(word & -word)));
      word &= word - 1;
    }
  }
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
}

/** Whether `chunk` is exactly `text[start..end)`, compared in place. */
function sameChars(chunk: string, text: string, start: number, end: number): boolean {
  if (chunk.length !== end - start) return false;
  for (let i = 0; i < chunk.length; i++) {
    if (chunk.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  }
  return true;
}

/** How far {@link WordIndex} probes its chunk table before folding a chunk without the cache. */
const MAX_PROBES = 32;

/**
 * Text postings: each distinct folded word of titles and summaries, with the resources using it.
 *
 * Folding (NFKD, dropping marks, lowercasing) is the costly part of indexing, and a catalog repeats
 * the same words over and over. So texts are cut at plain spaces, and each distinct space-free chunk
 * is folded and split into words once per index; later occurrences reuse the posting lists found
 * the first time. A plain space never combines with its neighbours in any of those steps (it is a
 * starter for normalisation, not case-ignorable for the final-sigma rule, and a word separator), so
 * the words of a text are exactly the words of its chunks, in order: the same as `searchWords`.
 *
 * Chunks are found in an open-addressing table by a hash of their characters, compared in place, so a repeated chunk costs no substring and no string hash.
 * The table is only a cache of `listsFor`: a chunk whose probe runs long (colliding text) is folded
 * directly instead, which gives the same words, so colliding input cannot make the build quadratic.
 * Postings are gathered as (word, position) pairs in two flat arrays and sorted by word once, in
 * `seal`, rather than pushed onto thousands of small arrays.
 */
class WordIndex {
  /** Each distinct folded word, numbered from 0 in order of first use. */
  private readonly wordIds = new Map<string, number>();
  /** Per word number: the last position recorded for it (-1 for none yet). */
  private lastPosition = new Int32Array(1024).fill(-1);
  /** (word, position) pairs in the order they were met, so positions ascend within each word. */
  private pairWords = new Int32Array(1 << 16);
  private pairPositions = new Int32Array(1 << 16);
  private pairCount = 0;
  /** After `seal`: the positions of word `w` are `positions[starts[w]..starts[w + 1])`, ascending. */
  private starts = new Int32Array(1);
  private positions = new Int32Array(0);
  /** Slot -> 1 + the number of a cached chunk, 0 for a free slot. Kept at most half full. */
  private slots = new Int32Array(1024);
  /** Per cached chunk: its text, its hash and the numbers of its distinct words. */
  private readonly chunkTexts: string[] = [];
  private readonly chunkHashes: number[] = [];
  private readonly chunkLists: (readonly number[])[] = [];
  private sortedWords: string[] = [];

  add(text: string, position: number): void {
    const length = text.length;
    let start = 0;
    while (start < length) {
      let end = start;
      let hash = 0x811c9dc5; // FNV-1a over UTF-16 code units
      for (; end < length; end++) {
        const code = text.charCodeAt(end);
        if (code === 32) break;
        hash = Math.imul(hash ^ code, 0x01000193);
      }
      if (end > start) {
        for (const word of this.listsAt(text, start, end, hash)) {
          if (this.lastPosition[word] !== position) {
            this.lastPosition[word] = position;
            this.record(word, position);
          }
        }
      }
      start = end + 1;
    }
  }

  /** Appends one (word, position) pair; one contiguous array instead of a list per word. */
  private record(word: number, position: number): void {
    if (this.pairCount === this.pairWords.length) {
      const words = new Int32Array(this.pairCount * 2);
      words.set(this.pairWords);
      this.pairWords = words;
      const positions = new Int32Array(this.pairCount * 2);
      positions.set(this.pairPositions);
      this.pairPositions = positions;
    }
    this.pairWords[this.pairCount] = word;
    this.pairPositions[this.pairCount] = position;
    this.pairCount++;
  }

  /** The word numbers for the chunk `text[start..end)`, from the cache when it has been seen. */
  private listsAt(text: string, start: number, end: number, hash: number): readonly number[] {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let probes = 0; probes < MAX_PROBES; probes++) {
      const entry = (this.slots[slot] ?? 0) - 1;
      if (entry < 0) {
        const chunk = text.slice(start, end);
        const lists = this.listsFor(chunk);
        this.slots[slot] = this.chunkTexts.push(chunk);
        this.chunkHashes.push(hash);
        this.chunkLists.push(lists);
        if (this.chunkTexts.length * 2 > this.slots.length) this.grow();
        return lists;
      }
      const cached = this.chunkTexts[entry] ?? '';
      if (this.chunkHashes[entry] === hash && sameChars(cached, text, start, end)) return this.chunkLists[entry] ?? [];
      slot = (slot + 1) & mask;
    }
    return this.listsFor(text.slice(start, end));
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    this.chunkHashes.forEach((hash, entry) => {
      let slot = hash & mask;
      while ((slots[slot] ?? 0) !== 0) slot = (slot + 1) & mask;
      slots[slot] = entry + 1;
    });
    this.slots = slots;
  }

  private listsFor(chunk: string): number[] {
    const ids = new Set<number>();
    for (const word of searchWords(chunk)) {
      let id = this.wordIds.get(word);
      if (id === undefined) {
        id = this.wordIds.size;
        this.wordIds.set(word, id);
        if (id === this.lastPosition.length) {
          const last = new Int32Array(id * 2).fill(-1);
          last.set(this.lastPosition);
          this.lastPosition = last;
        }
      }
      ids.add(id);
    }
    return [...ids];
  }

  seal(): void {
    // The chunk cache only serves building; drop it.
    this.slots = new Int32Array(0);
    this.chunkTexts.length = 0;
    this.chunkHashes.length = 0;
    this.chunkLists.length = 0;
    // Counting sort of the pairs by word; a stable pass keeps each word's positions ascending.
    const starts = new Int32Array(this.wordIds.size + 1);
    for (let i = 0; i < this.pairCount; i++) {
      const word = this.pairWords[i] ?? 0;
      starts[word + 1] = (starts[word + 1] ?? 0) + 1;
    }
    for (let w = 1; w < starts.length; w++) starts[w] = (starts[w] ?? 0) + (starts[w - 1] ?? 0);
    const next = starts.slice(0, -1);
    const positions = new Int32Array(this.pairCount);
    for (let i = 0; i < this.pairCount; i++) {
      const word = this.pairWords[i] ?? 0;
      const at = next[word] ?? 0;
      positions[at] = this.pairPositions[i] ?? 0;
      next[word] = at + 1;
    }
    this.starts = starts;
    this.positions = positions;
    this.pairWords = new Int32Array(0);
    this.pairPositions = new Int32Array(0);
    this.lastPosition = new Int32Array(0);
    this.sortedWords = [...this.wordIds.keys()].sort();
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
      const id = this.wordIds.get(word) ?? 0;
      const end = this.starts[id + 1] ?? 0;
      for (let at = this.starts[id] ?? 0; at < end; at++) addTo(set, this.positions[at] ?? 0);
    }
    return set;
  }
}

/** A resource that helps with one or more weak indicators, and why. */
export interface IndicatorResourceMatch {
  readonly resource: Resource;
  /** The requested indicators this resource helps with, in the order they were asked for. */
  readonly indicatorIds: readonly string[];
  /** The resource's tags that link it to those indicators, in the resource's own order. */
  readonly tags: readonly string[];
}

/** Narrows and shortens the result of {@link CatalogIndex.forIndicators}. */
export interface ForIndicatorsOptions {
  /** Only resources that also match this query (e.g. `{ origin: 'district-artifact' }`). */
  readonly query?: ResourceQuery;
  /** At most this many matches (the best ones). */
  readonly limit?: number;
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
  /**
   * Resources for the given (weak) indicators of `rubric`, through each indicator's `tags`. Best first:
   * resources helping with more of the indicators, then those sharing more tags, then catalog order.
   * Throws a `SelRuleError` with code `unknown-indicator` for an id the rubric does not have.
   */
  forIndicators(
    rubric: Rubric,
    indicatorIds: readonly string[],
    options?: ForIndicatorsOptions,
  ): IndicatorResourceMatch[];
  /** The source organisations present in the catalog, sorted, e.g. to fill a filter menu. */
  sources(): string[];
}

/**
 * Indexes `resources` for repeated queries. Building costs one pass over titles and summaries;
 * each query then combines precomputed bitsets, so it stays fast on large catalogs.
 * The index keeps the given array and objects; do not mutate them afterwards.
 */
export function createCatalogIndex(resources: readonly Resource[]): CatalogIndex {
  if (resources.length >= 2 ** 21) {
    throw new SelRuleError('catalog-too-large', `A catalog index holds at most ${2 ** 21 - 1} resources`, {
      size: resources.length,
    });
  }
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
  /** Each distinct source spelling, folded once (a catalog has far fewer sources than resources). */
  const foldedSources = new Map<string, string>();

  resources.forEach((resource, position) => {
    if (!byId.has(resource.id)) byId.set(resource.id, resource);
    for (const focusArea of resource.focusAreas) focusAreas.add(focusArea, position);
    kinds.add(resource.kind, position);
    let source = foldedSources.get(resource.source);
    if (source === undefined) {
      source = foldSearchText(resource.source.trim());
      foldedSources.set(resource.source, source);
      if (!sourceNames.has(source)) sourceNames.set(source, resource.source.trim());
    }
    sources.add(source, position);
    origins.add(resource.origin, position);
    for (const audience of resource.audience) audiences.add(audience, position);
    for (const tag of resource.tags) tags.add(tag, position);
    text.add(resource.title, position);
    text.add(resource.summary.en, position);
    if (resource.summary.es !== undefined) text.add(resource.summary.es, position);
  });
  text.seal();
  // One collator for the whole sort (`localeCompare` would set one up per comparison); same order.
  const sortedSources = [...sourceNames.values()].sort(new Intl.Collator('en').compare);

  const list = <T>(value: T | readonly T[] | undefined): readonly T[] | undefined =>
    value === undefined ? undefined : Array.isArray(value) ? (value as readonly T[]) : [value as T];

  /** The positions matching `input`, as a fresh bitset (empty when nothing matches). */
  function matching(input: ResourceQuery): ResourceSet {
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
      if (!intersectInto(result, constraint)) return result;
    }
    if (q.text !== undefined) {
      for (const term of new Set(searchWords(q.text))) {
        if (!intersectInto(result, text.withPrefix(term, words))) return result;
      }
    }
    return result;
  }

  function query(input: ResourceQuery = {}): Resource[] {
    const found: Resource[] = [];
    forEachPosition(matching(input), (position) => {
      const resource = resources[position];
      if (resource) found.push(resource);
    });
    return found;
  }

  function forIndicators(
    rubric: Rubric,
    indicatorIds: readonly string[],
    options: ForIndicatorsOptions = {},
  ): IndicatorResourceMatch[] {
    const tagsByIndicator = new Map(listIndicators(rubric).map((entry) => [entry.indicator.id, entry.indicator.tags]));
    const requested = [...new Set(indicatorIds)].map((indicatorId) => {
      if (!tagsByIndicator.has(indicatorId)) {
        throw new SelRuleError('unknown-indicator', `Rubric "${rubric.id}" has no indicator "${indicatorId}"`, {
          rubricId: rubric.id,
          indicatorId,
        });
      }
      return { indicatorId, tags: new Set(tagsByIndicator.get(indicatorId) ?? []) };
    });
    const allowed = options.query === undefined ? undefined : matching(options.query);

    // Count, per resource, the requested indicators it helps with and the distinct linking tags.
    const indicatorHits = new Uint16Array(resources.length);
    const tagHits = new Uint16Array(resources.length);
    const lastIndicator = new Int32Array(resources.length).fill(-1);
    requested.forEach(({ tags: indicatorTags }, ordinal) => {
      for (const tag of indicatorTags) {
        tags.forEachWith(tag, (position) => {
          if (lastIndicator[position] === ordinal) return;
          lastIndicator[position] = ordinal;
          indicatorHits[position] = (indicatorHits[position] ?? 0) + 1;
        });
      }
    });
    for (const tag of new Set(requested.flatMap((r) => [...r.tags]))) {
      tags.forEachWith(tag, (position) => {
        tagHits[position] = (tagHits[position] ?? 0) + 1;
      });
    }

    // Rank with one numeric key: more indicators first, then more tags, then catalog order.
    const keys: number[] = [];
    for (let position = 0; position < resources.length; position++) {
      const hits = indicatorHits[position] ?? 0;
      if (hits === 0) continue;
      if (allowed && ((allowed[position >>> 5] ?? 0) & (1 << (position & 31))) === 0) continue;
      keys.push((0xffff - hits) * 2 ** 37 + (0xffff - (tagHits[position] ?? 0)) * 2 ** 21 + position);
    }
    const ranked = Float64Array.from(keys).sort();
    const count = options.limit === undefined ? ranked.length : Math.min(ranked.length, Math.max(0, options.limit));

    const matches: IndicatorResourceMatch[] = [];
    for (let i = 0; i < count; i++) {
      const resource = resources[(ranked[i] ?? 0) % 2 ** 21];
      if (!resource) continue;
      const linking = new Set<string>();
      const helped: string[] = [];
      for (const { indicatorId, tags: indicatorTags } of requested) {
        const shared = resource.tags.filter((tag) => indicatorTags.has(tag));
        if (shared.length === 0) continue;
        helped.push(indicatorId);
        for (const tag of shared) linking.add(tag);
      }
      matches.push({ resource, indicatorIds: helped, tags: resource.tags.filter((tag) => linking.has(tag)) });
    }
    return matches;
  }

  return {
    resources,
    get: (id) => byId.get(id),
    query,
    forIndicators,
    sources: () => [...sortedSources],
  };
}

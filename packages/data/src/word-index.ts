import { addTo, emptySet, type ResourceSet } from './resource-set.js';
import { searchWords } from './search-text.js';

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
export class WordIndex {
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

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assignments,
  canUndo,
  checkCardSortInvariant,
  createCardSort,
  createCardSortHistory,
  parseCardSortState,
} from './card-sort.js';
import { applyMove, redo, undo } from './card-sort-moves.js';
import type { CardSortHistory, CardSortState } from './card-sort.js';
import { toJson, readJson } from './json.js';
import { NAUGHTY_STRINGS, XSS_PAYLOADS } from './test-hostile.js';
import { TIERS } from './tier.js';
import type { Tier } from './tier.js';

type Columns = Record<Tier, string[]>;

function sameColumns(
  a: Readonly<Record<Tier, readonly string[]>>,
  b: Readonly<Record<Tier, readonly string[]>>,
): boolean {
  return TIERS.every((tier) => {
    const x = a[tier];
    const y = b[tier];
    return x.length === y.length && x.every((id, i) => id === y[i]);
  });
}

/**
 * A second, deliberately naive card sort to check the real one against: columns are plain
 * arrays, undo and redo keep whole snapshots.
 */
class ModelSort {
  columns: Columns;
  private readonly past: Columns[] = [];
  private future: Columns[] = [];

  constructor(ids: readonly string[]) {
    this.columns = { unsorted: [...ids], 'clearly-supports': [], 'could-support': [], 'no-apparent-connection': [] };
  }

  private snapshot(): Columns {
    return Object.fromEntries(TIERS.map((tier) => [tier, [...this.columns[tier]]])) as Columns;
  }

  move(id: string, to: Tier, index: number | undefined): void {
    const before = this.snapshot();
    const from = TIERS.find((tier) => this.columns[tier].includes(id));
    if (from === undefined) throw new Error(`model lost ${id}`);
    const source = this.columns[from];
    source.splice(source.indexOf(id), 1);
    const target = this.columns[to];
    const at =
      index === undefined || Number.isNaN(index) || index >= target.length
        ? target.length
        : index <= 0
          ? 0
          : Math.floor(index);
    target.splice(at, 0, id);
    if (sameColumns(before, this.columns)) return;
    this.past.push(before);
    this.future = [];
  }

  undo(): void {
    const previous = this.past.pop();
    if (previous === undefined) return;
    this.future.push(this.snapshot());
    this.columns = previous;
  }

  redo(): void {
    const next = this.future.pop();
    if (next === undefined) return;
    this.past.push(this.snapshot());
    this.columns = next;
  }
}

type Step =
  | { readonly kind: 'move'; readonly partner: number; readonly tier: Tier; readonly index: number | undefined }
  | { readonly kind: 'undo' }
  | { readonly kind: 'redo' };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('move' as const),
      partner: fc.nat(),
      tier: fc.constantFrom(...TIERS),
      // Indexes a drag-and-drop or a keyboard handler could compute, odd ones included.
      index: fc.option(
        fc.oneof(
          fc.integer({ min: -3, max: 60 }),
          fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1.5, -0),
        ),
        { nil: undefined },
      ),
    }),
  },
  { weight: 2, arbitrary: fc.constant({ kind: 'undo' as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'redo' as const }) },
);

/**
 * 10,000 steps drawn from a seed with a small PRNG (mulberry32): generating them through
 * fast-check arbitraries takes about as long as running them. The seed comes from fast-check,
 * so a failure reports it and the failing step number.
 */
function stepsFromSeed(seed: number, count: number): Step[] {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const oddIndexes = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1.5, -0, undefined];
  return Array.from({ length: count }, (): Step => {
    const kind = next();
    if (kind < 0.2) return { kind: 'undo' };
    if (kind < 0.4) return { kind: 'redo' };
    const tier = TIERS[Math.floor(next() * TIERS.length)] ?? 'unsorted';
    const partner = Math.floor(next() * 1_000_000);
    const index = next() < 0.15 ? oddIndexes[Math.floor(next() * oddIndexes.length)] : Math.floor(next() * 64) - 3;
    return { kind: 'move', partner, tier, index };
  });
}

/** Partner ids from the naughty list: object-key lookalikes, markup, RTL text, zero-width characters. */
const hostileIds = [...new Set([...NAUGHTY_STRINGS, ...XSS_PAYLOADS, 'hasOwnProperty', 'toString'])];

function columnsOf(state: CardSortState): Columns {
  return Object.fromEntries(TIERS.map((tier) => [tier, [...state.columns[tier]]])) as Columns;
}

function run(ids: readonly string[], steps: readonly Step[]): CardSortHistory {
  const model = new ModelSort(ids);
  let history = createCardSortHistory(createCardSort(ids));
  steps.forEach((s, n) => {
    if (s.kind === 'move') {
      const id = ids[s.partner % ids.length] ?? '';
      history = applyMove(history, id, s.tier, s.index);
      model.move(id, s.tier, s.index);
    } else if (s.kind === 'undo') {
      history = undo(history);
      model.undo();
    } else {
      history = redo(history);
      model.redo();
    }
    // Checking every state is what catches a loss the moment it happens; report the step.
    if (!sameColumns(history.state.columns, model.columns)) {
      expect({ step: n, columns: columnsOf(history.state) }).toEqual({ step: n, columns: model.columns });
    }
  });
  return history;
}

describe('card sort under random moves, undo and redo', () => {
  it('never loses or repeats a partner over 10,000 steps, and agrees with a naive model at every step', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(hostileIds, { minLength: 1, maxLength: 60 }), fc.integer(), (ids, seed) => {
        let history = run(ids, stepsFromSeed(seed, 10_000));
        expect(checkCardSortInvariant(history.state, ids)).toEqual([]);
        // Undoing everything goes back to the start, redoing everything comes back.
        const end = history.state;
        const endFuture = history.future;
        let undone = 0;
        while (canUndo(history)) {
          history = undo(history);
          undone++;
        }
        expect(history.state.columns.unsorted).toEqual(ids);
        for (let i = 0; i < undone; i++) history = redo(history);
        // The moves already undone at the end are still there to redo.
        expect(history.future).toEqual(endFuture);
        expect(columnsOf(history.state)).toEqual(columnsOf(end));
      }),
      // Each run is 10,000 steps; shorter sequences below explore many more starting points.
      { numRuns: 2 },
    );
  }, 120_000);

  it('agrees with the model on many short sequences of a small inventory', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.array(step, { maxLength: 60 }), (count, steps) => {
        const ids = hostileIds.slice(0, count);
        const history = run(ids, steps);
        expect(checkCardSortInvariant(history.state, ids)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('saves and restores any sort through JSON, and through its tier assignments, without loss', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(hostileIds, { minLength: 1, maxLength: 40 }),
        fc.array(step, { maxLength: 200 }),
        (ids, steps) => {
          const { state } = run(ids, steps);
          // As a component stores it (JSON text) and reads it back, checked against the inventory.
          const restored = parseCardSortState(readJson(toJson(state)), ids);
          expect(columnsOf(restored)).toEqual(columnsOf(state));
          // As a form submits it (a tier per partner): every partner comes back in the same tier.
          const saved = readJson(JSON.stringify(assignments(state))) as Record<string, Tier>;
          const rebuilt = createCardSort(ids, saved);
          for (const tier of TIERS) expect([...rebuilt.columns[tier]].sort()).toEqual([...state.columns[tier]].sort());
        },
      ),
      { numRuns: 60 },
    );
  }, 30_000);
});

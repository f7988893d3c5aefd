import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assignments,
  canRedo,
  canUndo,
  checkCardSortInvariant,
  createCardSort,
  createCardSortHistory,
  parseCardSortState,
  partnerPlace,
  safeParseTierAssignments,
  tierOf,
} from './card-sort.js';
import { applyMove, movePartner, redo, undo } from './card-sort-moves.js';
import type { CardSortHistory, CardSortState } from './card-sort.js';
import { SelRuleError } from './errors.js';
import { TIERS } from './tier.js';
import type { Tier } from './tier.js';
import { validationErrorOf } from './test-errors.js';

const ids = ['ymca', 'clinic', 'library', 'univ', 'bakery'];

function ruleError(run: () => unknown): SelRuleError {
  try {
    run();
  } catch (error) {
    if (error instanceof SelRuleError) return error;
    throw error;
  }
  throw new Error('expected a SelRuleError');
}

describe('createCardSort', () => {
  it('starts everyone unsorted, in the given order', () => {
    expect(createCardSort(ids).columns).toEqual({
      unsorted: ids,
      'clearly-supports': [],
      'could-support': [],
      'no-apparent-connection': [],
    });
  });

  it('places assigned partners in their tiers, keeping the given order within each', () => {
    const state = createCardSort(ids, {
      bakery: 'no-apparent-connection',
      ymca: 'clearly-supports',
      univ: 'clearly-supports',
    });
    expect(state.columns['clearly-supports']).toEqual(['ymca', 'univ']);
    expect(state.columns.unsorted).toEqual(['clinic', 'library']);
    expect(state.columns['no-apparent-connection']).toEqual(['bakery']);
  });

  it('accepts an empty inventory', () => {
    const state = createCardSort([]);
    expect(TIERS.every((tier) => state.columns[tier].length === 0)).toBe(true);
    expect(assignments(state)).toEqual({});
  });

  it('reports repeated ids, unknown partners and bad tiers at their paths', () => {
    const error = validationErrorOf(() => createCardSort(['a', 'b', 'a'], { c: 'could-support', b: 'tier-4' as Tier }));
    expect(error.subject).toBe('card sort');
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([
      ['duplicate-partner', ['partnerIds', 2]],
      ['unknown-partner', ['assignments', 'c']],
      ['invalid_value', ['assignments', 'b']],
    ]);
  });
});

describe('movePartner', () => {
  const start = createCardSort(ids, { clinic: 'could-support', library: 'could-support' });

  it('moves a partner to the end of another tier and reports where it went', () => {
    const { state, move } = movePartner(start, 'ymca', 'could-support');
    expect(state.columns['could-support']).toEqual(['clinic', 'library', 'ymca']);
    expect(state.columns.unsorted).toEqual(['univ', 'bakery']);
    expect(move).toEqual({ partnerId: 'ymca', from: 'unsorted', fromIndex: 0, to: 'could-support', toIndex: 2 });
  });

  it('inserts at an index and clamps indexes outside the column', () => {
    expect(movePartner(start, 'univ', 'could-support', 1).state.columns['could-support']).toEqual([
      'clinic',
      'univ',
      'library',
    ]);
    expect(movePartner(start, 'univ', 'could-support', -5).move.toIndex).toBe(0);
    expect(movePartner(start, 'univ', 'could-support', 99).move.toIndex).toBe(2);
    expect(movePartner(start, 'univ', 'could-support', Number.NaN).move.toIndex).toBe(2);
    expect(movePartner(start, 'univ', 'could-support', 1.7).move.toIndex).toBe(1);
  });

  it('reorders within a column', () => {
    const { state, move } = movePartner(start, 'ymca', 'unsorted', 2);
    expect(state.columns.unsorted).toEqual(['univ', 'bakery', 'ymca']);
    expect(move).toMatchObject({ from: 'unsorted', fromIndex: 0, to: 'unsorted', toIndex: 2 });
    expect(movePartner(start, 'bakery', 'unsorted', 0).state.columns.unsorted).toEqual(['bakery', 'ymca', 'univ']);
  });

  it('returns the same state when the partner is already in place', () => {
    expect(movePartner(start, 'library', 'could-support').state).toBe(start);
    expect(movePartner(start, 'clinic', 'could-support', 0).state).toBe(start);
    expect(movePartner(start, 'clinic', 'could-support', -3).state).toBe(start);
  });

  it('never changes the state it was given and copies only the changed columns', () => {
    const snapshot = structuredClone(start);
    const { state } = movePartner(start, 'ymca', 'clearly-supports');
    expect(start).toEqual(snapshot);
    expect(state.columns['could-support']).toBe(start.columns['could-support']);
    expect(state.columns['no-apparent-connection']).toBe(start.columns['no-apparent-connection']);
  });

  it('refuses an unknown partner or tier', () => {
    const error = ruleError(() => movePartner(start, 'nobody', 'could-support'));
    expect(error.code).toBe('unknown-partner');
    expect(error.message).toContain('"nobody"');
    expect(ruleError(() => movePartner(start, 'ymca', 'tier-2' as Tier)).code).toBe('unknown-tier');
  });
});

describe('reading a sort', () => {
  const state = createCardSort(ids, { ymca: 'clearly-supports' });

  it('finds a partner tier', () => {
    expect(tierOf(state, 'ymca')).toBe('clearly-supports');
    expect(tierOf(state, 'clinic')).toBe('unsorted');
    expect(tierOf(state, 'nobody')).toBeUndefined();
  });

  it('finds a partner place, in each sort a move makes, for any id', () => {
    expect(partnerPlace(state, 'ymca')).toEqual({ tier: 'clearly-supports', index: 0 });
    expect(partnerPlace(state, 'bakery')).toEqual({ tier: 'unsorted', index: 3 });
    const moved = movePartner(state, 'bakery', 'clearly-supports', 0).state;
    expect(partnerPlace(moved, 'bakery')).toEqual({ tier: 'clearly-supports', index: 0 });
    expect(partnerPlace(moved, 'ymca')).toEqual({ tier: 'clearly-supports', index: 1 });
    expect(partnerPlace(state, 'bakery')).toEqual({ tier: 'unsorted', index: 3 });
    expect(partnerPlace(state, 'nobody')).toBeUndefined();
    expect(partnerPlace(createCardSort(['__proto__']), 'constructor')).toBeUndefined();
    expect(partnerPlace(createCardSort(['__proto__']), '__proto__')).toEqual({ tier: 'unsorted', index: 0 });
  });

  it('lists every assignment, and a sort rebuilt from them matches', () => {
    const sorted = movePartner(state, 'bakery', 'no-apparent-connection').state;
    expect(assignments(sorted)).toEqual({
      ymca: 'clearly-supports',
      clinic: 'unsorted',
      library: 'unsorted',
      univ: 'unsorted',
      bakery: 'no-apparent-connection',
    });
    expect(createCardSort(ids, assignments(sorted))).toEqual(sorted);
  });

  it('keeps an id that looks like an object key as plain data', () => {
    const odd = createCardSort(['__proto__', 'constructor'], { ['__proto__']: 'could-support' });
    const result = assignments(odd);
    expect(Object.keys(result)).toEqual(['constructor', '__proto__']);
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
  });
});

describe('safeParseTierAssignments', () => {
  it('keeps a partner called "__proto__", which zod alone leaves out of a record', () => {
    const saved = JSON.parse(
      '{"__proto__":"could-support","constructor":"unsorted","ymca":"clearly-supports"}',
    ) as unknown;
    const result = safeParseTierAssignments(saved);
    if (!result.ok) throw result.error;
    expect(Object.keys(result.value).sort()).toEqual(['__proto__', 'constructor', 'ymca']);
    expect(Object.getOwnPropertyDescriptor(result.value, '__proto__')?.value).toBe('could-support');
    expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
    const sort = createCardSort(['__proto__', 'constructor', 'ymca'], result.value);
    expect(sort.columns['could-support']).toEqual(['__proto__']);
    expect(assignments(sort)).toEqual(result.value);
  });

  it('reports a bad tier under "__proto__" at its path, after the prefix', () => {
    const result = safeParseTierAssignments(JSON.parse('{"__proto__":"maybe"}'), 'saved sort', ['assignments']);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues.map((issue) => issue.path)).toEqual([['assignments', '__proto__']]);
    expect(result.error.subject).toBe('saved sort');
  });

  it('reports other problems at their paths and accepts plain assignments as they are', () => {
    const bad = safeParseTierAssignments({ ymca: 'maybe', clinic: 3 }, 'assignments', ['assignments']);
    expect(bad.ok ? [] : bad.error.issues.map((issue) => issue.path)).toEqual([
      ['assignments', 'ymca'],
      ['assignments', 'clinic'],
    ]);
    expect(safeParseTierAssignments([]).ok).toBe(false);
    expect(safeParseTierAssignments(null).ok).toBe(false);
    expect(safeParseTierAssignments({ ymca: 'unsorted' })).toEqual({ ok: true, value: { ymca: 'unsorted' } });
  });
});

describe('checkCardSortInvariant and parseCardSortState', () => {
  it('finds nothing wrong with a sound sort', () => {
    expect(checkCardSortInvariant(createCardSort(ids), ids)).toEqual([]);
  });

  it('reports lost, repeated and foreign partners', () => {
    const broken: CardSortState = {
      columns: {
        unsorted: ['ymca', 'clinic'],
        'clearly-supports': ['ymca'],
        'could-support': ['x'],
        'no-apparent-connection': [],
      },
    };
    expect(checkCardSortInvariant(broken, ['ymca', 'clinic', 'library']).map((i) => [i.code, i.path])).toEqual([
      ['duplicate-partner', ['columns', 'clearly-supports', 0]],
      ['unknown-partner', ['columns', 'could-support', 0]],
      ['missing-partner', ['columns']],
    ]);
  });

  it('reads a saved sort, or says where it is wrong', () => {
    const saved: unknown = JSON.parse(JSON.stringify(createCardSort(ids, { univ: 'could-support' })));
    expect(tierOf(parseCardSortState(saved, ids), 'univ')).toBe('could-support');
    const missingTier = validationErrorOf(() => parseCardSortState({ columns: { unsorted: ids } }, ids));
    expect(missingTier.issues[0]?.path).toEqual(['columns', 'clearly-supports']);
    const lost = validationErrorOf(() => parseCardSortState(saved, [...ids, 'new']));
    expect(lost.issues.map((i) => i.code)).toEqual(['missing-partner']);
  });
});

describe('history', () => {
  const start = createCardSortHistory(createCardSort(ids));

  it('undoes and redoes moves in order; a new move clears redo', () => {
    const one = applyMove(start, 'ymca', 'clearly-supports');
    const two = applyMove(one, 'clinic', 'could-support');
    expect(canUndo(two)).toBe(true);
    expect(canRedo(two)).toBe(false);
    const back = undo(undo(two));
    expect(back.state).toEqual(start.state);
    expect(canUndo(back)).toBe(false);
    expect(canRedo(back)).toBe(true);
    expect(redo(redo(back)).state).toEqual(two.state);
    const branched = applyMove(undo(two), 'bakery', 'no-apparent-connection');
    expect(canRedo(branched)).toBe(false);
    expect(branched.past.map((move) => move.partnerId)).toEqual(['ymca', 'bakery']);
  });

  it('returns the same history when there is nothing to undo or redo', () => {
    expect(undo(start)).toBe(start);
    expect(redo(start)).toBe(start);
    expect(canUndo(start)).toBe(false);
  });

  it('does not record a move that changes nothing, and keeps redo available', () => {
    const undone = undo(applyMove(start, 'ymca', 'could-support'));
    expect(applyMove(undone, 'clinic', 'unsorted', 1)).toBe(undone);
    expect(canRedo(undone)).toBe(true);
  });

  it('restores an exact reorder within a column', () => {
    const moved = applyMove(start, 'ymca', 'unsorted', 3);
    expect(moved.state.columns.unsorted).toEqual(['clinic', 'library', 'univ', 'ymca', 'bakery']);
    expect(undo(moved).state).toEqual(start.state);
  });
});

describe('a sort of 1,000 partners', () => {
  const many = Array.from({ length: 1000 }, (_, i) => `partner-${i}`);

  it('sorts everyone into tiers, undoes it all and stays sound', () => {
    let history = createCardSortHistory(createCardSort(many));
    many.forEach((id, i) => {
      history = applyMove(history, id, TIERS[(i % 3) + 1] ?? 'unsorted', i % 7);
    });
    expect(history.state.columns.unsorted).toEqual([]);
    expect(history.state.columns['clearly-supports']).toHaveLength(334);
    expect(checkCardSortInvariant(history.state, many)).toEqual([]);
    while (canUndo(history)) history = undo(history);
    expect(history.state.columns.unsorted).toEqual(many);
  });
});

type Step =
  | { readonly kind: 'move'; readonly partner: number; readonly tier: Tier; readonly index: number | undefined }
  | { readonly kind: 'undo' }
  | { readonly kind: 'redo' };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('move' as const),
      partner: fc.nat(),
      tier: fc.constantFrom(...TIERS),
      index: fc.option(fc.integer({ min: -2, max: 40 }), { nil: undefined }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'undo' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'redo' as const }) },
);

describe('properties', () => {
  it('no sequence of moves, undos and redos loses or repeats a partner; undo restores exactly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.array(step, { minLength: 1000, maxLength: 3000 }),
        (count, steps) => {
          const partners = Array.from({ length: count }, (_, i) => `p${i}`);
          let history: CardSortHistory = createCardSortHistory(createCardSort(partners));
          for (const s of steps) {
            const before = history;
            if (s.kind === 'move') {
              const id = partners[s.partner % count] ?? 'p0';
              history = applyMove(history, id, s.tier, s.index);
              if (history !== before) {
                expect(undo(history).state).toEqual(before.state);
                expect(tierOf(history.state, id)).toBe(s.tier);
              }
            } else if (s.kind === 'undo') {
              history = undo(history);
              if (history !== before) expect(redo(history).state).toEqual(before.state);
            } else {
              history = redo(history);
              if (history !== before) expect(undo(history).state).toEqual(before.state);
            }
          }
          expect(checkCardSortInvariant(history.state, partners)).toEqual([]);
          while (canUndo(history)) history = undo(history);
          expect(history.state.columns.unsorted).toEqual(partners);
        },
      ),
      { numRuns: 20 },
    );
  }, 60_000);

  it('every state along the way holds each partner exactly once', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 300 }), (steps) => {
        const partners = ['a', 'b', 'c', 'd', 'e', 'f'];
        let history = createCardSortHistory(createCardSort(partners));
        for (const s of steps) {
          if (s.kind === 'move') history = applyMove(history, partners[s.partner % 6] ?? 'a', s.tier, s.index);
          else history = s.kind === 'undo' ? undo(history) : redo(history);
          const all = TIERS.flatMap((tier) => history.state.columns[tier]);
          expect(all.toSorted()).toEqual(partners);
        }
      }),
      { numRuns: 200 },
    );
  });
});

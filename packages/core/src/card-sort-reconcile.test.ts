import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCardSortInvariant, createCardSort, createCardSortHistory } from './card-sort.js';
import { applyMove } from './card-sort-moves.js';
import type { CardSortState } from './card-sort.js';
import { reconcileCardSort } from './card-sort-reconcile.js';
import { SelValidationError } from './errors.js';
import { TIERS } from './tier.js';

function sorted(): CardSortState {
  let history = createCardSortHistory(createCardSort(['ymca', 'clinic', 'library', 'univ']));
  history = applyMove(history, 'univ', 'clearly-supports');
  history = applyMove(history, 'ymca', 'clearly-supports', 0);
  history = applyMove(history, 'library', 'no-apparent-connection');
  return history.state;
}

describe('reconcileCardSort', () => {
  it('returns the same state when the partners are the same', () => {
    const state = sorted();
    expect(reconcileCardSort(state, ['clinic', 'library', 'univ', 'ymca'])).toBe(state);
  });

  it('keeps tiers and the team’s order, drops removed partners and appends new ones', () => {
    const next = reconcileCardSort(sorted(), ['ymca', 'univ', 'bakery', 'clinic', 'museum'], {
      museum: 'could-support',
    });
    expect(next.columns).toEqual({
      unsorted: ['clinic', 'bakery'],
      'clearly-supports': ['ymca', 'univ'],
      'could-support': ['museum'],
      'no-apparent-connection': [],
    });
  });

  it('ignores assignments for partners it already holds', () => {
    const next = reconcileCardSort(sorted(), ['ymca', 'univ', 'clinic', 'library'], { clinic: 'could-support' });
    expect(next.columns.unsorted).toEqual(['clinic']);
  });

  it('reports bad partner lists and assignments at their paths', () => {
    let error: unknown;
    try {
      reconcileCardSort(sorted(), ['ymca', 'ymca'], { ghost: 'could-support' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SelValidationError);
    expect((error as SelValidationError).issues.map((issue) => issue.path)).toEqual([
      ['partnerIds', 1],
      ['assignments', 'ghost'],
    ]);
  });

  it('always holds exactly the new partners, each once', () => {
    const idList = fc.uniqueArray(fc.constantFrom<string>('a', 'b', 'c', 'd', 'e', 'f', 'g'), { maxLength: 7 });
    fc.assert(
      fc.property(idList, idList, fc.array(fc.constantFrom(...TIERS)), (before, after, tiers) => {
        const start = createCardSort(
          before,
          Object.fromEntries(before.map((id, index) => [id, tiers[index] ?? 'unsorted'])),
        );
        const next = reconcileCardSort(start, after);
        expect(checkCardSortInvariant(next, after)).toEqual([]);
        for (const tier of TIERS) {
          const kept = start.columns[tier].filter((id) => after.includes(id));
          expect(next.columns[tier].slice(0, kept.length)).toEqual(kept);
        }
      }),
    );
  });
});

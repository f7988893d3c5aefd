import { isDeepStrictEqual } from 'node:util';
import { applyMove, createCardSort, createCardSortHistory, parseCardSortState, redo, TIERS, undo } from '@sel/core';
import type { CardSortHistory, CardSortState, Tier } from '@sel/core';
import { compare } from '../harness/measure.js';
import { comparedRow } from '../harness/result.js';
import type { BenchResult } from '../harness/result.js';
import { randomInt, seededRandom } from '../harness/random.js';
import type { CoreProfile } from './profile.js';

export const PARTNER_COUNT = 1_000;
export const OPERATION_COUNT = 1_000;

/** One step of a sorting session. */
export type SortStep =
  | { readonly kind: 'move'; readonly partnerId: string; readonly to: Tier; readonly toIndex: number }
  | { readonly kind: 'undo' }
  | { readonly kind: 'redo' };

/**
 * A sorting session: mostly moves of random partners to random places (as a team drags cards
 * out of "unsorted" and reorders them), with an undo or a redo now and then.
 */
export function sortingSession(partnerIds: readonly string[], steps: number, seed = 11): SortStep[] {
  const next = seededRandom(seed);
  return Array.from({ length: steps }, (): SortStep => {
    const roll = next();
    if (roll < 0.1) return { kind: 'undo' };
    if (roll < 0.2) return { kind: 'redo' };
    return {
      kind: 'move',
      partnerId: partnerIds[randomInt(next, partnerIds.length)] ?? '',
      to: TIERS[randomInt(next, TIERS.length)] ?? 'unsorted',
      toIndex: randomInt(next, partnerIds.length / 4),
    };
  });
}

/** The design: immutable states where a move copies only the one or two columns it changes. */
function replay(start: CardSortState, session: readonly SortStep[]): CardSortState {
  let history: CardSortHistory = createCardSortHistory(start);
  for (const step of session) {
    if (step.kind === 'undo') history = undo(history);
    else if (step.kind === 'redo') history = redo(history);
    else history = applyMove(history, step.partnerId, step.to, step.toIndex);
  }
  return history.state;
}

type MutableColumns = Record<Tier, string[]>;

function copyColumns(state: CardSortState): MutableColumns {
  return {
    unsorted: [...state.columns.unsorted],
    'clearly-supports': [...state.columns['clearly-supports']],
    'could-support': [...state.columns['could-support']],
    'no-apparent-connection': [...state.columns['no-apparent-connection']],
  };
}

/**
 * The naive way: every move deep-copies the whole sort, then re-validates all of it (schema and
 * invariant over every partner); undo and redo keep full snapshots. Same results as `replay`.
 */
function naiveReplay(start: CardSortState, partnerIds: readonly string[], session: readonly SortStep[]): CardSortState {
  let state = start;
  const past: CardSortState[] = [];
  const future: CardSortState[] = [];
  for (const step of session) {
    if (step.kind === 'undo' || step.kind === 'redo') {
      const from = step.kind === 'undo' ? past : future;
      const to = step.kind === 'undo' ? future : past;
      const snapshot = from.pop();
      if (snapshot === undefined) continue;
      to.push(state);
      state = snapshot;
      continue;
    }
    const columns = copyColumns(state);
    const fromTier = TIERS.find((tier) => columns[tier].includes(step.partnerId));
    if (fromTier === undefined) throw new Error(`Unknown partner ${step.partnerId}`);
    const source = columns[fromTier];
    const fromIndex = source.indexOf(step.partnerId);
    source.splice(fromIndex, 1);
    const target = columns[step.to];
    const toIndex = Math.min(step.toIndex, target.length);
    if (fromTier === step.to && toIndex === fromIndex) continue;
    target.splice(toIndex, 0, step.partnerId);
    past.push(state);
    future.length = 0;
    state = parseCardSortState({ columns }, partnerIds);
  }
  return state;
}

export async function cardSortBench(profile: CoreProfile): Promise<BenchResult[]> {
  const partnerIds = Array.from({ length: PARTNER_COUNT }, (_, i) => `partner-${i + 1}`);
  const start = createCardSort(partnerIds);
  const session = sortingSession(partnerIds, OPERATION_COUNT);
  if (!isDeepStrictEqual(replay(start, session), naiveReplay(start, partnerIds, session))) {
    throw new Error('Card sort: the naive implementation disagrees with applyMove/undo/redo');
  }
  const comparison = await compare(
    () => replay(start, session),
    () => naiveReplay(start, partnerIds, session),
    profile.heavy,
  );
  return [
    comparedRow(
      {
        group: 'core',
        name: 'card sort: 1,000 operations, 1,000 partners',
        operation: `${OPERATION_COUNT.toLocaleString('en-US')} moves, undos and redos in a sort of ${PARTNER_COUNT.toLocaleString('en-US')} partners`,
        subjectName: 'applyMove / undo / redo (copies the changed columns)',
        baselineName: 'naive: deep copy + parseCardSortState per move, snapshots for undo',
        target: { maxRatio: 1, source: 'floor' },
      },
      comparison,
    ),
  ];
}

import { describe, expect, it } from 'vitest';
import { createCardSort, partnerPlace, type CardSortState } from '@sel/core';
import {
  keyboardMove,
  takesKey,
  type KeyboardLift,
  type KeyboardMoveAction,
  type KeyboardMoveState,
  type KeyPress,
} from './keyboard-move.js';

// unsorted: a b c · clearly-supports: d · could-support: (none) · no-apparent-connection: e f
const sort: CardSortState = createCardSort(['a', 'b', 'c', 'd', 'e', 'f'], {
  d: 'clearly-supports',
  e: 'no-apparent-connection',
  f: 'no-apparent-connection',
});

const on = (id: string, onGrip = true): KeyboardMoveState['focus'] => ({ id, onGrip });
const idle = (id: string, onGrip = true): KeyboardMoveState => ({ sort, lift: undefined, focus: on(id, onGrip) });
const lifted = (id: string, preview: CardSortState = sort): KeyboardMoveState => ({
  sort,
  lift: { id, preview },
  focus: on(id),
});
const press = (key: string, modifiers: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...modifiers,
});

/** Presses keys one after another on a lifted card, as the controller does, and gives the last action. */
function pressLifted(id: string, keys: readonly string[]): { action: KeyboardMoveAction; lift: KeyboardLift } {
  let lift: KeyboardLift = { id, preview: sort };
  let action: KeyboardMoveAction = { kind: 'pass' };
  for (const key of keys) {
    action = keyboardMove({ sort, lift, focus: on(id) }, press(key));
    if (action.kind === 'move' || action.kind === 'edge') lift = action.lift;
  }
  return { action, lift };
}

describe('keyboardMove with no card lifted', () => {
  it('picks the focused card up with Space or Enter on its grip, and only there', () => {
    expect(keyboardMove(idle('b'), press(' '))).toEqual({ kind: 'lift', lift: { id: 'b', preview: sort } });
    expect(keyboardMove(idle('b'), press('Enter'))).toEqual({ kind: 'lift', lift: { id: 'b', preview: sort } });
    // On the details button (a read-only card's main control) Space clicks the button.
    expect(keyboardMove(idle('b', false), press(' '))).toEqual({ kind: 'pass' });
  });

  it('leaves the arrow keys, Home and End to the board’s focus while no card is lifted', () => {
    for (const key of ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End']) {
      expect(keyboardMove(idle('b'), press(key))).toEqual({ kind: 'pass' });
    }
  });

  it('does not pick up a card the sort does not hold', () => {
    expect(keyboardMove(idle('nobody'), press(' '))).toEqual({ kind: 'pass' });
  });

  it('leaves other keys, modified keys and presses away from a card to the browser', () => {
    expect(keyboardMove(idle('a'), press('x'))).toEqual({ kind: 'pass' });
    expect(keyboardMove(idle('a'), press('ArrowDown', { altKey: true }))).toEqual({ kind: 'pass' });
    expect(keyboardMove(idle('a'), press(' ', { ctrlKey: true }))).toEqual({ kind: 'pass' });
    expect(keyboardMove({ sort, lift: undefined, focus: undefined }, press('ArrowDown'))).toEqual({ kind: 'pass' });
    expect(takesKey({ kind: 'pass' })).toBe(false);
  });

  it('undoes with Ctrl or ⌘+Z and redoes with Shift, or Ctrl+Y, anywhere on the board', () => {
    const anywhere: KeyboardMoveState = { sort, lift: undefined, focus: undefined };
    expect(keyboardMove(anywhere, press('z', { ctrlKey: true }))).toEqual({ kind: 'undo' });
    expect(keyboardMove(anywhere, press('z', { metaKey: true }))).toEqual({ kind: 'undo' });
    expect(keyboardMove(anywhere, press('Z', { ctrlKey: true, shiftKey: true }))).toEqual({ kind: 'redo' });
    expect(keyboardMove(anywhere, press('y', { ctrlKey: true }))).toEqual({ kind: 'redo' });
    expect(keyboardMove(anywhere, press('z', { ctrlKey: true, altKey: true }))).toEqual({ kind: 'pass' });
  });
});

describe('keyboardMove with a card lifted', () => {
  it('moves the card in the preview only, leaving the sort as it is', () => {
    const action = keyboardMove(lifted('a'), press('ArrowDown'));
    expect(action.kind).toBe('move');
    if (action.kind !== 'move') return;
    expect(action.lift.preview.columns.unsorted).toEqual(['b', 'a', 'c']);
    expect(sort.columns.unsorted).toEqual(['a', 'b', 'c']);
  });

  it('moves across columns at the same height, or to the end of a shorter column', () => {
    const { lift } = pressLifted('c', ['ArrowRight']);
    expect(partnerPlace(lift.preview, 'c')).toEqual({ tier: 'clearly-supports', index: 1 });
    const further = pressLifted('c', ['ArrowRight', 'ArrowRight']).lift;
    expect(further.preview.columns['could-support']).toEqual(['c']);
    const back = pressLifted('e', ['ArrowLeft', 'ArrowLeft']).lift;
    expect(partnerPlace(back.preview, 'e')).toEqual({ tier: 'clearly-supports', index: 0 });
  });

  it('jumps to the top and the bottom of its column with Home and End', () => {
    expect(partnerPlace(pressLifted('c', ['Home']).lift.preview, 'c')).toEqual({ tier: 'unsorted', index: 0 });
    expect(partnerPlace(pressLifted('a', ['End']).lift.preview, 'a')).toEqual({ tier: 'unsorted', index: 2 });
  });

  it('reports an edge instead of moving past the ends of the board', () => {
    for (const [id, key] of [
      ['a', 'ArrowUp'],
      ['c', 'ArrowDown'],
      ['a', 'ArrowLeft'],
      ['f', 'ArrowRight'],
    ] as const) {
      const action = keyboardMove(lifted(id), press(key));
      expect(action).toEqual({ kind: 'edge', lift: { id, preview: sort } });
    }
  });

  it('drops where the preview has it with Space or Enter, taking the key', () => {
    const { lift } = pressLifted('a', ['ArrowRight', 'ArrowDown']);
    for (const key of [' ', 'Enter']) {
      const action = keyboardMove({ sort, lift, focus: on('a') }, press(key));
      expect(action).toEqual({ kind: 'drop', id: 'a', tier: 'clearly-supports', index: 1, byTab: false });
      expect(takesKey(action)).toBe(true);
    }
  });

  it('drops with Tab (Shift+Tab too) and lets focus move on', () => {
    for (const modifiers of [{}, { shiftKey: true }]) {
      const action = keyboardMove(lifted('b'), press('Tab', modifiers));
      expect(action).toEqual({ kind: 'drop', id: 'b', tier: 'unsorted', index: 1, byTab: true });
      expect(takesKey(action)).toBe(false);
    }
  });

  it('cancels with Escape', () => {
    expect(keyboardMove(lifted('b'), press('Escape'))).toEqual({ kind: 'cancel', id: 'b' });
  });

  it('keeps history for after the drop, and leaves other keys alone', () => {
    expect(keyboardMove(lifted('b'), press('z', { ctrlKey: true }))).toEqual({ kind: 'pass' });
    expect(keyboardMove(lifted('b'), press('ArrowDown', { ctrlKey: true }))).toEqual({ kind: 'pass' });
    expect(keyboardMove(lifted('b'), press('q'))).toEqual({ kind: 'pass' });
  });
});

describe('keyboardMove under a search that hides cards', () => {
  // unsorted: a b c g h, of which the search shows a, c and h.
  const long: CardSortState = createCardSort(['a', 'b', 'c', 'g', 'h'], {});
  const shows = (id: string): boolean => ['a', 'c', 'h'].includes(id);
  const move = (id: string, key: string, preview: CardSortState = long): KeyboardMoveAction =>
    keyboardMove({ sort: long, lift: { id, preview }, focus: on(id), shows }, press(key));
  const column = (action: KeyboardMoveAction): readonly string[] =>
    action.kind === 'move' ? action.lift.preview.columns.unsorted : [];

  it('moves a lifted card down past the hidden cards, to after the next card shown', () => {
    expect(column(move('a', 'ArrowDown'))).toEqual(['b', 'c', 'a', 'g', 'h']);
    expect(column(move('c', 'ArrowDown'))).toEqual(['a', 'b', 'g', 'h', 'c']);
  });

  it('moves a lifted card up past the hidden cards, to before the card shown above', () => {
    expect(column(move('h', 'ArrowUp'))).toEqual(['a', 'b', 'h', 'c', 'g']);
    expect(column(move('c', 'ArrowUp'))).toEqual(['c', 'a', 'b', 'g', 'h']);
  });

  it('meets the edge when no card shows that way', () => {
    expect(move('h', 'ArrowDown').kind).toBe('edge');
    expect(move('a', 'ArrowUp').kind).toBe('edge');
  });
});

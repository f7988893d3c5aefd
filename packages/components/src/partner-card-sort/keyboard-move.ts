import { movePartner, partnerPlace, TIERS, type CardSortState, type Tier } from '@sel/core';

/**
 * Keyboard pick-up-and-move on the card sort board, as a pure reducer: given what the board shows
 * and a key press, {@link keyboardMove} says what the press means. Space or Enter on a card's grip
 * picks the card up; while it is lifted the arrow keys, Home and End move it in a preview, Space,
 * Enter or Tab drop it there and Escape puts it back. Ctrl/⌘+Z undoes and Shift+Ctrl/⌘+Z or
 * Ctrl+Y redoes, once no card is lifted. (With no card lifted, the arrow keys move focus between
 * cards: the board's roving focus reads them.) No DOM: the controller in
 * `keyboard-move-controller.ts` feeds it key events and keeps the lifted card.
 */

/** A key press as the reducer reads it: `KeyboardEvent#key` and the modifiers held. */
export type KeyPress = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>;

/** A card picked up with the keyboard and the sort as it would be if the card were dropped now. */
export interface KeyboardLift {
  readonly id: string;
  readonly preview: CardSortState;
}

/** What the board holds when a key is pressed. */
export interface KeyboardMoveState {
  /** The sort as saved (not the preview). */
  readonly sort: CardSortState;
  /** The card picked up, if one is. */
  readonly lift: KeyboardLift | undefined;
  /**
   * The card whose main control has focus, and whether that control is its grip (only a grip
   * picks a card up); `undefined` when focus is elsewhere on the board (toolbar, menu).
   */
  readonly focus: { readonly id: string; readonly onGrip: boolean } | undefined;
  /**
   * Whether a card shows: a search hides the cards that do not match, and a lifted card moves up
   * or down past them to the next card shown. Every card shows when left out.
   */
  readonly shows?: (id: string) => boolean;
}

/** What a key press means on the board. */
export type KeyboardMoveAction =
  /** Not a key of the pick-up-and-move: the board's focus or the browser handles it. */
  | { readonly kind: 'pass' }
  /** The focused card is picked up. */
  | { readonly kind: 'lift'; readonly lift: KeyboardLift }
  /** The lifted card moves in the preview. */
  | { readonly kind: 'move'; readonly lift: KeyboardLift }
  /** The lifted card is already at that edge: say where it is, so the press is not met with silence. */
  | { readonly kind: 'edge'; readonly lift: KeyboardLift }
  /**
   * The lifted card is dropped where the preview has it (`index` is its final position). Tab
   * drops and still moves focus on, so `byTab` lets the key's default happen.
   */
  | { readonly kind: 'drop'; readonly id: string; readonly tier: Tier; readonly index: number; readonly byTab: boolean }
  /** The lift is cancelled: the card stays where it was. */
  | { readonly kind: 'cancel'; readonly id: string }
  | { readonly kind: 'undo' }
  | { readonly kind: 'redo' };

const PASS: KeyboardMoveAction = { kind: 'pass' };

/** Whether the board takes the key (the browser's default for it must not happen). */
export function takesKey(action: KeyboardMoveAction): boolean {
  return action.kind !== 'pass' && !(action.kind === 'drop' && action.byTab);
}

/** What `press` means on a board in `state`. */
export function keyboardMove(state: KeyboardMoveState, press: KeyPress): KeyboardMoveAction {
  const command = press.ctrlKey || press.metaKey;
  const letter = press.key.toLowerCase();
  if (command && !press.altKey && (letter === 'z' || letter === 'y')) {
    // History waits while a card is lifted: the lift is a move not made yet.
    if (state.lift) return PASS;
    return { kind: letter === 'y' || press.shiftKey ? 'redo' : 'undo' };
  }
  if (!state.focus) return PASS;
  if (state.lift) return liftedKey(state.lift, press, state.shows);
  return cardKey(state.sort, state.focus.id, state.focus.onGrip, press);
}

function cardKey(sort: CardSortState, id: string, onGrip: boolean, press: KeyPress): KeyboardMoveAction {
  if (press.ctrlKey || press.metaKey || press.altKey || !onGrip) return PASS;
  if (press.key !== ' ' && press.key !== 'Enter') return PASS;
  return partnerPlace(sort, id) ? { kind: 'lift', lift: { id, preview: sort } } : PASS;
}

function liftedKey(
  lift: KeyboardLift,
  press: KeyPress,
  shows: (id: string) => boolean = () => true,
): KeyboardMoveAction {
  const place = partnerPlace(lift.preview, lift.id);
  if (!place) return { kind: 'cancel', id: lift.id };
  if (press.key === 'Tab') return { kind: 'drop', id: lift.id, ...place, byTab: true };
  if (press.ctrlKey || press.metaKey || press.altKey) return PASS;
  if (press.key === ' ' || press.key === 'Enter') return { kind: 'drop', id: lift.id, ...place, byTab: false };
  if (press.key === 'Escape') return { kind: 'cancel', id: lift.id };
  const column = lift.preview.columns[place.tier];
  const length = column.length;
  let tier: Tier | undefined = place.tier;
  let index = place.index;
  switch (press.key) {
    case 'ArrowUp':
    case 'ArrowDown': {
      // To the place of the next card shown that way: the card goes before it (up) or after it (down).
      const step = press.key === 'ArrowUp' ? -1 : 1;
      do index += step;
      while (index >= 0 && index < length && !shows(column[index] ?? ''));
      break;
    }
    case 'Home':
      index = 0;
      break;
    case 'End':
      index = length - 1;
      break;
    case 'ArrowLeft':
    case 'ArrowRight':
      tier = TIERS[TIERS.indexOf(place.tier) + (press.key === 'ArrowLeft' ? -1 : 1)];
      break;
    default:
      return PASS;
  }
  if (tier === undefined || index < 0 || (tier === place.tier && index >= length)) return { kind: 'edge', lift };
  // Into the next column at the same height, or at its end when it is shorter.
  if (tier !== place.tier) index = Math.min(place.index, lift.preview.columns[tier].length);
  const preview = movePartner(lift.preview, lift.id, tier, index).state;
  return { kind: 'move', lift: { id: lift.id, preview } };
}

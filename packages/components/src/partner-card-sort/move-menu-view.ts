import { html, type TemplateResult } from 'lit';
import { TIERS, type Tier } from '@sel/core';

/*
 * A card's "Move to…" menu: its items and keys, loaded with the other moves on first use; which
 * menu is open is `MoveMenuController`'s (move-menu.ts).
 */

/**
 * Puts an open menu just under its card's "Move to…" button (above it when the window has no room
 * below), as wide as the card. It floats over the other cards (in the top layer where the browser
 * has popovers), so opening it moves nothing.
 */
export function placeMenu(menu: HTMLElement): void {
  const card = menu.closest('.card__inner');
  const button = card?.querySelector('[data-action="menu"]')?.getBoundingClientRect();
  if (!card || !button) return;
  const box = card.getBoundingClientRect();
  const height = menu.offsetHeight;
  const room = innerHeight - button.bottom;
  const above = room < height + 2 && button.top > room;
  menu.style.top = `${above ? button.top - height - 2 : button.bottom + 2}px`;
  menu.style.left = `${box.left}px`;
  menu.style.minInlineSize = `${box.width}px`;
}

/**
 * A card's "Move to…" menu: the other tiers as menu items, the way to move a card without
 * dragging or picking it up. The card renders it while it is open, floating under its menu
 * button; the board's click handler reads `data-action="move-to"` and `data-tier` from the item
 * chosen.
 */
export function renderMoveMenu(options: {
  /** The tier the card is in (left out of the menu). */
  readonly tier: Tier;
  /**
   * The partner's number, for the menu's id (`card-<key>-menu`) and its name: the words of its
   * "Move to…" button (`card-<key>-move-to`), the partner's name in its own language among them.
   */
  readonly partnerKey: number;
  readonly tierLabel: (tier: Tier) => string;
}): TemplateResult {
  return html`<div
    class="menu"
    part="move-menu"
    popover="manual"
    role="menu"
    id="card-${options.partnerKey}-menu"
    aria-labelledby="card-${options.partnerKey}-move-to"
  >
    ${TIERS.filter((each) => each !== options.tier).map(
      (each) =>
        html`<button type="button" role="menuitem" tabindex="-1" data-action="move-to" data-tier=${each}>
          ${options.tierLabel(each)}
        </button>`,
    )}
  </div>`;
}

/** How a key press in an open menu ends it: Escape closes it (focus goes back to its button), Tab leaves it. */
export type MoveMenuExit = 'escape' | 'tab';

/**
 * Handles a key press inside an open menu: the arrow keys (wrapping), Home and End move focus
 * between its items. Returns how the press closes the menu, if it does.
 */
export function moveMenuKey(event: KeyboardEvent, menu: HTMLElement): MoveMenuExit | undefined {
  const items = [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  const current = items.findIndex((item) => item === event.target);
  let next: HTMLElement | undefined;
  switch (event.key) {
    case 'ArrowDown':
      next = items[(current + 1) % items.length];
      break;
    case 'ArrowUp':
      next = items[(current - 1 + items.length) % items.length];
      break;
    case 'Home':
      next = items[0];
      break;
    case 'End':
      next = items.at(-1);
      break;
    case 'Escape':
      event.preventDefault();
      return 'escape';
    case 'Tab':
      return 'tab';
    default:
      return undefined;
  }
  event.preventDefault();
  next?.focus();
  return undefined;
}

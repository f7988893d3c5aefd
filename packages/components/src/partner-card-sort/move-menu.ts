import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { TIERS, type Tier } from '@sel/core';

/**
 * A card's "Move to…" menu: the other tiers as menu items, the way to move a card without
 * dragging or picking it up. The card renders it under its menu button while it is open; the
 * board's click handler reads `data-action="move-to"` and `data-tier` from the item chosen.
 */
export function renderMoveMenu(options: {
  /** The tier the card is in (left out of the menu). */
  readonly tier: Tier;
  /** The partner's number, for the menu's id (`card-<key>-menu`). */
  readonly partnerKey: number;
  readonly label: string;
  readonly tierLabel: (tier: Tier) => string;
}): TemplateResult {
  return html`<div
    class="menu"
    part="move-menu"
    role="menu"
    id="card-${options.partnerKey}-menu"
    aria-label=${options.label}
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

/**
 * Which card's "Move to…" menu is open, and the menu's keys: opened and closed by its button,
 * closed by Escape (focus goes back to the button, after the host renders), Tab, a choice, or
 * focus leaving the card. The host renders again whenever the open menu changes.
 */
export class MoveMenuController {
  readonly #host: ReactiveControllerHost;
  /** The card element of a partner, to tell whether focus left it. */
  readonly #cardOf: (id: string) => HTMLElement | null;
  #openFor: string | undefined;

  constructor(host: ReactiveControllerHost, cardOf: (id: string) => HTMLElement | null) {
    this.#host = host;
    this.#cardOf = cardOf;
  }

  /** The partner whose card's menu is open. */
  get openFor(): string | undefined {
    return this.#openFor;
  }

  /** Opens the menu of partner `id`'s card, or closes it when it is open; returns whether it opened. */
  toggle(id: string): boolean {
    this.#set(this.#openFor === id ? undefined : id);
    return this.#openFor !== undefined;
  }

  close(): void {
    this.#set(undefined);
  }

  /** A key pressed in the open menu; returns the partner whose menu Escape closed (focus goes back to its button). */
  keydown(event: KeyboardEvent, menu: HTMLElement): string | undefined {
    const exit = moveMenuKey(event, menu);
    const id = this.#openFor;
    if (exit === undefined || id === undefined) return undefined;
    this.close();
    return exit === 'escape' ? id : undefined;
  }

  /** Focus left something on the board: the menu closes unless focus stayed in its card. */
  focusout(event: FocusEvent): void {
    const id = this.#openFor;
    const next = event.relatedTarget;
    if (id === undefined || (next instanceof Node && this.#cardOf(id)?.contains(next))) return;
    this.close();
  }

  #set(id: string | undefined): void {
    if (id === this.#openFor) return;
    this.#openFor = id;
    this.#host.requestUpdate();
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { placeMenu, type MoveMenuExit } from './move-menu-view.js';

/**
 * Which card's "Move to…" menu is open (it follows its button while the page scrolls), and the
 * menu's keys: opened and closed by its button,
 * closed by Escape (focus goes back to the button, after the host renders), Tab, a choice, or
 * focus leaving the card. The host renders again whenever the open menu changes.
 */
export class MoveMenuController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  /** The card element of a partner, to tell whether focus left it. */
  readonly #cardOf: (id: string) => HTMLElement | null;
  #openFor: string | undefined;

  constructor(host: ReactiveControllerHost, cardOf: (id: string) => HTMLElement | null) {
    this.#host = host;
    this.#cardOf = cardOf;
    host.addController(this);
  }

  /** A menu just drawn goes to the top layer (where the browser can) and under its button. */
  hostUpdated(): void {
    const menu = this.#menu();
    if (!menu) return;
    if (typeof menu.showPopover === 'function' && !menu.matches(':popover-open')) menu.showPopover();
    placeMenu(menu);
  }

  hostDisconnected(): void {
    this.close();
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

  /**
   * A key pressed in the open menu, read by `readKey` (`moveMenuKey`); returns the partner whose
   * menu Escape closed (focus goes back to its button).
   */
  keydown(
    event: KeyboardEvent,
    menu: HTMLElement,
    readKey: (event: KeyboardEvent, menu: HTMLElement) => MoveMenuExit | undefined,
  ): string | undefined {
    const exit = readKey(event, menu);
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

  /** Keeps the open menu under its button while the page or a column scrolls. */
  readonly #follow = (): void => {
    const menu = this.#menu();
    if (menu) placeMenu(menu);
  };

  #menu(): HTMLElement | null | undefined {
    const id = this.#openFor;
    return id === undefined ? null : this.#cardOf(id)?.querySelector<HTMLElement>('[role="menu"]');
  }

  #set(id: string | undefined): void {
    if (id === this.#openFor) return;
    this.#openFor = id;
    for (const type of ['scroll', 'resize'] as const) {
      if (id === undefined) removeEventListener(type, this.#follow, true);
      else addEventListener(type, this.#follow, { capture: true, passive: true });
    }
    this.#host.requestUpdate();
  }
}

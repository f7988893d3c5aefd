import type { ReactiveControllerHost } from 'lit';

/** How a {@link RovingFocusController} finds its items. */
export interface RovingFocusOptions<K> {
  /**
   * The item `key` moves to from `from`, or `undefined` when the key does not move (another key,
   * or nothing there): typically `listStep` or `gridStep` over the host's items.
   */
  readonly move: (key: string, from: K) => K | undefined;
  /** The focusable element of an item, or nothing while it is not drawn (a long list drawn in frames). */
  readonly element: (key: K) => HTMLElement | null | undefined;
}

/**
 * One tab stop for a list or a board, moved with the keyboard (the roving tabindex pattern): the
 * item the user moved to holds `tabindex="0"`, the others `-1`. The host routes its items'
 * `keydown` to {@link keydown} and renders {@link active} (or its own default while it is
 * `undefined`) as the tab stop. An item that is not drawn yet becomes {@link active} first, so the
 * host's next render draws it (a progressive list draws up to it), and takes the focus after that.
 */
export class RovingFocusController<K> {
  /** The item the user moved the tab stop to; `undefined` before they have. */
  active: K | undefined = undefined;
  readonly #host: ReactiveControllerHost;
  readonly #options: RovingFocusOptions<K>;

  constructor(host: ReactiveControllerHost, options: RovingFocusOptions<K>) {
    this.#host = host;
    this.#options = options;
  }

  /**
   * Moves the tab stop for a key pressed on the item `from`: focuses the item the key leads to and
   * returns true (the key's default action, such as scrolling, is prevented). Returns false, doing
   * nothing, for a key that does not move here or one pressed with Alt, Ctrl or Meta.
   */
  keydown(event: KeyboardEvent, from: K): boolean {
    if (event.altKey || event.ctrlKey || event.metaKey) return false;
    const to = this.#options.move(event.key, from);
    if (to === undefined) return false;
    event.preventDefault();
    if (to !== from) this.focus(to);
    return true;
  }

  /** Makes `key` the tab stop and focuses it, once the host has drawn it if it is not drawn yet. */
  focus(key: K): void {
    this.active = key;
    this.#host.requestUpdate();
    const element = this.#options.element(key);
    if (element) element.focus();
    else void this.#host.updateComplete.then(() => this.#options.element(key)?.focus());
  }

  /** Forgets the user's choice (new data in which it no longer exists). */
  reset(): void {
    this.active = undefined;
  }
}

import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * The polite live region an element speaks through: what the user's last action did ("moved to
 * Clearly supports SEL, position 1 of 3", "Level 3 chosen"). The element renders {@link region}
 * once, where it stays for its lifetime, and calls {@link announce}; a screen reader reads each
 * new message, also one that repeats the last (it gets an invisible ending that makes it new).
 */
export class AnnouncerController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #message = '';

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The text the region holds now (an invisible no-break space may end a repeated message). */
  get message(): string {
    return this.#message;
  }

  /** Says `message` politely, after what the screen reader is saying now. */
  announce(message: string): void {
    this.#message = message === this.#message.trimEnd() ? `${message}\u00a0` : message;
    this.#host.requestUpdate();
  }

  /** Empties the region (a reset or a new value makes the last message stale). */
  clear(): void {
    if (this.#message === '') return;
    this.#message = '';
    this.#host.requestUpdate();
  }

  /** A message does not outlive the element's time in the page: put back, it starts silent. */
  hostDisconnected(): void {
    this.#message = '';
  }

  /** The live region; render it in every state, so it exists before it has something to say. */
  region(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      ${this.#message}
    </div>`;
  }
}

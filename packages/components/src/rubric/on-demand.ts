import type { ReactiveElement } from 'lit';

/**
 * What an element loads on demand (team mode, growth, the error summary) and the work those parts
 * start (a fetch): the element is drawn again when each is here, and its update completes only once
 * all of them are, so `await element.updateComplete` shows what they draw.
 */
export class OnDemand {
  readonly #host: ReactiveElement;
  readonly #loading = new Set<Promise<void>>();

  constructor(host: ReactiveElement) {
    this.#host = host;
  }

  /** Draws the element again once `loading` is done; its update completes after that. */
  readonly wait = (loading: Promise<void>): void => {
    this.#loading.add(loading);
    void loading.then(() => {
      this.#loading.delete(loading);
      this.#host.requestUpdate();
    });
  };

  /** Waits for the element's update (`update`) again and again until nothing is loading any more. */
  async settled(update: () => Promise<boolean>): Promise<boolean> {
    let done = await update();
    while (this.#loading.size > 0) {
      await Promise.all(this.#loading);
      done = await update();
    }
    return done;
  }
}

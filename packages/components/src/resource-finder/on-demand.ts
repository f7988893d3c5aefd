import type { ReactiveControllerHost } from 'lit';

/**
 * What an element loads the first time it needs it (the default catalog, the district rubric, the
 * weakest-indicators mode): each once, with an update of the host when it arrives, so a page that
 * never needs one never downloads it. {@link settled} waits for every load, and for the updates
 * that start more.
 */
export class OnDemand {
  readonly #host: ReactiveControllerHost;
  readonly #loaded = new Map<string, unknown>();
  readonly #loading = new Map<string, Promise<unknown>>();

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /**
   * The value `load` gives for `key` once it has arrived; `undefined` until then (the first call
   * starts loading it). A load that fails calls `failed` and is not tried again.
   */
  get<T>(key: string, load: () => Promise<T>, failed: (error: unknown) => void): T | undefined {
    if (this.#loaded.has(key)) return this.#loaded.get(key) as T | undefined;
    if (!this.#loading.has(key)) {
      const loading = load().then(
        (value) => {
          this.#loaded.set(key, value);
          this.#host.requestUpdate();
        },
        (error: unknown) => {
          this.#loaded.set(key, undefined);
          failed(error);
        },
      );
      this.#loading.set(key, loading);
      void loading.finally(() => this.#loading.delete(key));
    }
    return undefined;
  }

  /** Whether `key` has arrived (or failed). */
  has(key: string): boolean {
    return this.#loaded.has(key);
  }

  /** Resolves once nothing is loading, after the host's updates (which may start more loads). */
  async settled(): Promise<void> {
    for (;;) {
      await this.#host.updateComplete;
      if (this.#loading.size === 0) return;
      await Promise.allSettled([...this.#loading.values()]);
    }
  }
}

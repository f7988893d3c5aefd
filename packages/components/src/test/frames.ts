import { onTestFinished } from 'vitest';

/** The page's animation frames, held by {@link holdAnimationFrames}. */
export interface HeldFrames {
  /** Frame callbacks waiting. */
  readonly pending: number;
  /** Runs the callbacks waiting now, as one frame would (those they ask for wait for the next). */
  run(): void;
  /**
   * Runs frames one at a time, each once `host` has made the update the last one asked for, until
   * none is waiting: a whole list drawn in frames without waiting for the page to paint them (a
   * WebKit under Xvfb paints a 1,000-card board a few times a second).
   */
  flush(host: { readonly updateComplete: Promise<unknown> }): Promise<void>;
  /**
   * Runs frames one at a time, letting tasks run in between, until `done` resolves: data checked
   * over frames (a `dataSettled`), without drawing the rows that follow it.
   */
  until(done: Promise<unknown>): Promise<void>;
  /** Puts the page's own `requestAnimationFrame` back and runs what was waiting. */
  release(): void;
}

/**
 * Holds the page's animation frames until the test runs them, so it can look at a list drawn in
 * frames between two frames, with nothing moving while axe or a key press runs. Released
 * automatically when the test ends.
 */
export function holdAnimationFrames(): HeldFrames {
  const request = window.requestAnimationFrame.bind(window);
  const cancel = window.cancelAnimationFrame.bind(window);
  let waiting = new Map<number, FrameRequestCallback>();
  let next = 0;
  window.requestAnimationFrame = (callback) => {
    next -= 1;
    waiting.set(next, callback);
    return next;
  };
  window.cancelAnimationFrame = (id) => {
    if (!waiting.delete(id)) cancel(id);
  };
  const run = (): void => {
    const now = waiting;
    waiting = new Map();
    for (const callback of now.values()) callback(performance.now());
  };
  let released = false;
  const release = (): void => {
    if (released) return;
    released = true;
    window.requestAnimationFrame = request;
    window.cancelAnimationFrame = cancel;
    run();
  };
  onTestFinished(release);
  return {
    get pending() {
      return waiting.size;
    },
    run,
    async flush(host) {
      while (waiting.size > 0) {
        run();
        await host.updateComplete;
      }
    },
    async until(done) {
      const state = { finished: false };
      void done.then(() => {
        state.finished = true;
      });
      await Promise.resolve();
      while (!state.finished) {
        run();
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    },
    release,
  };
}

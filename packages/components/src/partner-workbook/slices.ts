import { yieldToMain } from '../shared/data-source.js';

/** Work done between two yields to the browser, in ms. */
const SLICE_MS = 8;

/**
 * Runs steps (a generator that yields between small pieces of work) to the end in slices of a few
 * milliseconds, giving the main thread back between slices, so thousands of rows never make a
 * long task. Resolves with the steps' result; `stillWanted` returning false stops it (resolving
 * `undefined`), e.g. when newer input has replaced the work.
 */
export async function finishInSlices<R>(
  steps: Iterator<unknown, R, undefined>,
  stillWanted: () => boolean = () => true,
): Promise<R | undefined> {
  let started = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - started > SLICE_MS) {
      await yieldToMain();
      if (!stillWanted()) return undefined;
      started = performance.now();
    }
  }
}

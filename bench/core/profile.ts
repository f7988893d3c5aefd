import type { MeasureOptions } from '../harness/measure.js';

/**
 * How long the Node benchmarks measure. `full` is what `pnpm bench` runs; `quick`
 * (`pnpm bench --quick`) takes a few samples, to check that everything runs while developing.
 */
export interface CoreProfile {
  /** Operations that take milliseconds or more (scoring 10,000 assessments, naive sides). */
  readonly heavy: MeasureOptions;
  /** Operations far below a millisecond (one catalog query), batched per sample. */
  readonly light: MeasureOptions;
}

export const FULL_CORE_PROFILE: CoreProfile = {
  heavy: { warmup: 3, samples: 21, minSampleMs: 0 },
  light: { warmup: 5, samples: 41, minSampleMs: 20 },
};

export const QUICK_CORE_PROFILE: CoreProfile = {
  heavy: { warmup: 1, samples: 3, minSampleMs: 0 },
  light: { warmup: 1, samples: 5, minSampleMs: 2 },
};

/**
 * The measuring loop shared by the Node benchmarks and the browser bench page. It runs in both
 * (only `performance.now()` is needed), times a subject and its baseline in alternation so that a
 * busy machine slows both alike, and summarises each side by its median and spread.
 */

/** Something to time: one call is one operation (a whole render, a whole batch of scorings...). */
export type Operation = () => unknown;

/**
 * An operation with clean-up run after each call, outside the timed span (for example removing
 * the element a render added to the page).
 */
export interface OperationWithCleanUp {
  readonly run: Operation;
  readonly after: () => unknown;
}

export type Timed = Operation | OperationWithCleanUp;

/** How long to measure. */
export interface MeasureOptions {
  /** Rounds run first and thrown away (JIT warm-up, caches, first-layout costs). */
  readonly warmup: number;
  /** Rounds kept. Each round times one sample of the subject and one of the baseline. */
  readonly samples: number;
  /**
   * Calls per sample are raised until one sample takes at least this long, so that an operation
   * far shorter than the timer's resolution is still measured (the sample is divided back).
   * 0 times every call on its own (what renders and key presses use).
   */
  readonly minSampleMs: number;
}

/** The summary of one side: times per operation, in milliseconds. */
export interface SampleSummary {
  readonly median: number;
  readonly p25: number;
  readonly p75: number;
  /** Median absolute deviation from the median. */
  readonly mad: number;
  readonly min: number;
  readonly max: number;
  /** Samples kept (after warm-up). */
  readonly samples: number;
  /** Operations timed in each sample. */
  readonly callsPerSample: number;
}

/** What a side-by-side measurement yields. */
export interface Comparison {
  readonly subject: SampleSummary;
  readonly baseline: SampleSummary;
  /** `subject.median / baseline.median`. */
  readonly ratio: number;
}

/** Results are folded into this so that no engine can drop an operation as dead code. */
let sink = 0;

function consume(value: unknown): void {
  if (value !== undefined && value !== null) sink = (sink + 1) | 0;
}

/** Whether any result was consumed; keeps `sink` observable. */
export function sinkTouched(): boolean {
  return sink !== 0;
}

function isPromise(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

/** Times `calls` calls of `timed` and returns milliseconds per call. */
async function timeSample(timed: Timed, calls: number): Promise<number> {
  if (typeof timed === 'function') {
    const start = performance.now();
    for (let i = 0; i < calls; i++) {
      const result = timed();
      consume(isPromise(result) ? await result : result);
    }
    return (performance.now() - start) / calls;
  }
  let total = 0;
  for (let i = 0; i < calls; i++) {
    const start = performance.now();
    const result = timed.run();
    consume(isPromise(result) ? await result : result);
    total += performance.now() - start;
    const cleaned = timed.after();
    if (isPromise(cleaned)) await cleaned;
  }
  return total / calls;
}

/** The number of calls that makes one sample last at least `minSampleMs`. */
async function callsFor(operation: Timed, minSampleMs: number): Promise<number> {
  if (minSampleMs <= 0) return 1;
  let calls = 1;
  for (;;) {
    const perCall = await timeSample(operation, calls);
    if (perCall * calls >= minSampleMs || calls >= 1 << 20) return calls;
    const wanted = perCall > 0 ? Math.ceil((minSampleMs * 1.2) / perCall) : calls * 10;
    calls = Math.min(1 << 20, Math.max(calls * 2, wanted));
  }
}

/** The `q` quantile (0..1) of sorted values, interpolating linearly between ranks. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = (sorted.length - 1) * q;
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const a = sorted[low] ?? Number.NaN;
  const b = sorted[high] ?? a;
  return a + (b - a) * (rank - low);
}

/** Median, quartiles and median absolute deviation of per-operation times. */
export function summarise(times: readonly number[], callsPerSample: number): SampleSummary {
  const sorted = [...times].sort((a, b) => a - b);
  const median = quantile(sorted, 0.5);
  const deviations = sorted.map((t) => Math.abs(t - median)).sort((a, b) => a - b);
  return {
    median,
    p25: quantile(sorted, 0.25),
    p75: quantile(sorted, 0.75),
    mad: quantile(deviations, 0.5),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    samples: sorted.length,
    callsPerSample,
  };
}

/** Times one operation on its own (for rows without a baseline). */
export async function measure(operation: Timed, options: MeasureOptions): Promise<SampleSummary> {
  const calls = await callsFor(operation, options.minSampleMs);
  for (let i = 0; i < options.warmup; i++) await timeSample(operation, calls);
  const times: number[] = [];
  for (let i = 0; i < options.samples; i++) times.push(await timeSample(operation, calls));
  return summarise(times, calls);
}

/**
 * Times `subject` and `baseline` side by side: after warm-up, each round takes one sample of
 * each, and the order within a round alternates so neither side always runs on a warmer cache.
 */
export async function compare(subject: Timed, baseline: Timed, options: MeasureOptions): Promise<Comparison> {
  const subjectCalls = await callsFor(subject, options.minSampleMs);
  const baselineCalls = await callsFor(baseline, options.minSampleMs);
  const subjectTimes: number[] = [];
  const baselineTimes: number[] = [];
  for (let round = 0; round < options.warmup + options.samples; round++) {
    const keep = round >= options.warmup;
    const subjectFirst = round % 2 === 0;
    const first = subjectFirst ? subject : baseline;
    const second = subjectFirst ? baseline : subject;
    const firstTime = await timeSample(first, subjectFirst ? subjectCalls : baselineCalls);
    const secondTime = await timeSample(second, subjectFirst ? baselineCalls : subjectCalls);
    if (!keep) continue;
    subjectTimes.push(subjectFirst ? firstTime : secondTime);
    baselineTimes.push(subjectFirst ? secondTime : firstTime);
  }
  const subjectSummary = summarise(subjectTimes, subjectCalls);
  const baselineSummary = summarise(baselineTimes, baselineCalls);
  return { subject: subjectSummary, baseline: baselineSummary, ratio: subjectSummary.median / baselineSummary.median };
}

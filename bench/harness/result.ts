import type { Comparison, SampleSummary } from './measure.js';

/** The kinds of benchmark `pnpm bench` runs. */
export type BenchGroup = 'core' | 'render' | 'interaction';

/**
 * What a row must achieve: a ratio to its baseline at most `maxRatio`, and/or a median at most
 * `maxMedianMs`. `source` says where the target comes from (the issue, or our own floor).
 */
export interface BenchTarget {
  readonly maxRatio?: number;
  readonly maxMedianMs?: number;
  readonly source: 'issue' | 'floor';
}

/** One side's numbers as written to `results.json`. */
export interface SideResult extends SampleSummary {
  readonly name: string;
}

/** One row of `bench-results/results.json`. */
export interface BenchResult {
  readonly group: BenchGroup;
  readonly name: string;
  /** What one operation is, e.g. "first render of 60 indicators x 4 levels". */
  readonly operation: string;
  readonly unit: 'ms';
  readonly median: number;
  readonly p25: number;
  readonly p75: number;
  readonly mad: number;
  /** Samples kept after warm-up. */
  readonly iterations: number;
  readonly callsPerSample: number;
  /** The reference measured beside it in the same run, or `null` when the row has none. */
  readonly baseline: SideResult | null;
  /** `median / baseline.median`, or `null` without a baseline. Below 1: faster than the baseline. */
  readonly ratio: number | null;
  readonly target: BenchTarget | null;
  /** Whether the target is met, or `null` when the row has no target. */
  readonly met: boolean | null;
  /** Medians of the parts the time splits into, where the row measures them (ms). */
  readonly breakdown?: Readonly<Record<string, number>>;
}

/** A row's description before it is measured. */
export interface RowSpec {
  readonly group: BenchGroup;
  readonly name: string;
  readonly operation: string;
  readonly subjectName: string;
  readonly baselineName?: string;
  readonly target?: BenchTarget;
}

function targetMet(target: BenchTarget | undefined, median: number, ratio: number | null): boolean | null {
  if (target === undefined) return null;
  const ratioOk = target.maxRatio === undefined || (ratio !== null && ratio <= target.maxRatio);
  const medianOk = target.maxMedianMs === undefined || median <= target.maxMedianMs;
  return ratioOk && medianOk;
}

/** A row from a side-by-side comparison. */
export function comparedRow(spec: RowSpec, comparison: Comparison): BenchResult {
  const { subject, baseline, ratio } = comparison;
  return {
    group: spec.group,
    name: spec.name,
    operation: spec.operation,
    unit: 'ms',
    median: subject.median,
    p25: subject.p25,
    p75: subject.p75,
    mad: subject.mad,
    iterations: subject.samples,
    callsPerSample: subject.callsPerSample,
    baseline: { name: spec.baselineName ?? 'baseline', ...baseline },
    ratio,
    target: spec.target ?? null,
    met: targetMet(spec.target, subject.median, ratio),
  };
}

/** A row measured on its own. */
export function singleRow(spec: RowSpec, summary: SampleSummary): BenchResult {
  return {
    group: spec.group,
    name: spec.name,
    operation: spec.operation,
    unit: 'ms',
    median: summary.median,
    p25: summary.p25,
    p75: summary.p75,
    mad: summary.mad,
    iterations: summary.samples,
    callsPerSample: summary.callsPerSample,
    baseline: null,
    ratio: null,
    target: spec.target ?? null,
    met: targetMet(spec.target, summary.median, null),
  };
}

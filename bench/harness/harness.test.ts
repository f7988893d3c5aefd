import { afterEach, describe, expect, it, vi } from 'vitest';
import { compare, measure, quantile, summarise } from './measure.js';
import type { SampleSummary } from './measure.js';
import { comparedRow, singleRow } from './result.js';
import type { RowSpec } from './result.js';
import { formatMs, resultsTable } from './table.js';

describe('quantile and summarise', () => {
  it('interpolates between ranks', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([10, 20, 30, 40, 50], 0.25)).toBe(20);
    expect(quantile([10, 20, 30, 40, 50], 0.75)).toBe(40);
    expect(quantile([7], 0.9)).toBe(7);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('gives median, quartiles and median absolute deviation whatever the sample order', () => {
    const summary = summarise([9, 1, 5, 3, 7, 100, 2], 4);
    expect(summary).toEqual({
      median: 5,
      p25: 2.5,
      p75: 8,
      // Deviations from 5: 4, 4, 0, 2, 2, 95, 3 -> sorted 0, 2, 2, 3, 4, 4, 95.
      mad: 3,
      min: 1,
      max: 100,
      samples: 7,
      callsPerSample: 4,
    });
  });
});

describe('compare', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('alternates which side runs first and keeps only the samples after warm-up', async () => {
    const order: string[] = [];
    const comparison = await compare(
      () => order.push('subject'),
      () => order.push('baseline'),
      { warmup: 2, samples: 3, minSampleMs: 0 },
    );
    expect(order).toEqual([
      ...['subject', 'baseline', 'baseline', 'subject'],
      ...['subject', 'baseline', 'baseline', 'subject', 'subject', 'baseline'],
    ]);
    expect(comparison.subject.samples).toBe(3);
    expect(comparison.baseline.samples).toBe(3);
    expect(comparison.subject.callsPerSample).toBe(1);
    expect(comparison.ratio).toBe(comparison.subject.median / comparison.baseline.median);
  });

  it('runs the clean-up after every call and awaits asynchronous operations', async () => {
    const events: string[] = [];
    let open = 0;
    await measure(
      {
        run: async () => {
          open += 1;
          events.push(`run ${open}`);
          await Promise.resolve();
          events.push('settled');
        },
        after: () => {
          events.push(`clean ${open}`);
          open -= 1;
        },
      },
      { warmup: 1, samples: 2, minSampleMs: 0 },
    );
    expect(events).toEqual([
      'run 1',
      'settled',
      'clean 1',
      'run 1',
      'settled',
      'clean 1',
      'run 1',
      'settled',
      'clean 1',
    ]);
  });

  it('repeats a short operation within a sample until the sample is long enough', async () => {
    // A fake clock: each call of the operation takes exactly 0.1 ms.
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    let calls = 0;
    const summary = await measure(
      () => {
        calls += 1;
        now += 0.1;
      },
      { warmup: 1, samples: 2, minSampleMs: 2 },
    );
    // Calibration: 1 call (0.1 ms) is too short, so 2 ms x 1.2 / 0.1 ms = 24 calls per sample,
    // checked once; then one warm-up sample and two kept ones of 24 calls each.
    expect(summary.callsPerSample).toBe(24);
    expect(calls).toBe(1 + 24 + 24 * 3);
    expect(summary.median).toBeCloseTo(0.1, 10);
    expect(summary.mad).toBeCloseTo(0, 10);
  });
});

const summary = (median: number): SampleSummary => ({
  median,
  p25: median * 0.9,
  p75: median * 1.1,
  mad: median * 0.05,
  min: median * 0.8,
  max: median * 1.3,
  samples: 20,
  callsPerSample: 1,
});

const spec = (target: RowSpec['target']): RowSpec => ({
  group: 'render',
  name: 'a render',
  operation: 'one render',
  subjectName: 'element',
  baselineName: 'template clone',
  ...(target === undefined ? {} : { target }),
});

describe('result rows', () => {
  it('meets a ratio target at or below the limit only', () => {
    const row = (subject: number) =>
      comparedRow(spec({ maxRatio: 1.5, source: 'issue' }), {
        subject: summary(subject),
        baseline: summary(10),
        ratio: subject / 10,
      });
    expect(row(15).met).toBe(true);
    expect(row(15.1).met).toBe(false);
    expect(row(15).baseline).toMatchObject({ name: 'template clone', median: 10 });
    expect(row(12).ratio).toBeCloseTo(1.2);
  });

  it('meets a median target, and has no verdict without a target', () => {
    expect(singleRow(spec({ maxMedianMs: 16, source: 'issue' }), summary(16)).met).toBe(true);
    expect(singleRow(spec({ maxMedianMs: 16, source: 'issue' }), summary(17)).met).toBe(false);
    const plain = singleRow(spec(undefined), summary(3));
    expect(plain).toMatchObject({ baseline: null, ratio: null, target: null, met: null, iterations: 20 });
  });
});

describe('table', () => {
  it('writes times with three significant digits', () => {
    expect(formatMs(1234.5)).toBe('1235');
    expect(formatMs(12.345)).toBe('12.3');
    expect(formatMs(0.012345)).toBe('0.0123');
    expect(formatMs(Number.NaN)).toBe('-');
  });

  it('lines up one row per result with its ratio, target and verdict', () => {
    const rows = [
      comparedRow(spec({ maxRatio: 1.5, source: 'issue' }), { subject: summary(30), baseline: summary(10), ratio: 3 }),
      singleRow(spec(undefined), summary(0.5)),
    ];
    const lines = resultsTable(rows).split('\n');
    expect(lines).toHaveLength(4);
    expect(new Set(lines.map((line) => line.length)).size).toBe(1);
    expect(lines[2]).toMatch(/\| 30\.0 +\|.*\| 10\.0 +\| 3\.00x +\| <= 1\.5x +\| NO +\|$/);
    expect(lines[3]).toMatch(/\| 0\.500 +\|.*\| - +\| - +\| - +\| - +\|$/);
  });
});

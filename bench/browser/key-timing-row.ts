import { summarise } from '../harness/measure.js';
import { singleRow } from '../harness/result.js';
import type { BenchResult, BenchTarget, RowSpec } from '../harness/result.js';
import type { KeyTiming } from './api.js';

/** What the issue asks of a key press: its result shown within a frame (median, 16 ms). */
export const KEY_TARGET: BenchTarget = { maxMedianMs: 16, source: 'issue' };

/**
 * A row of key timings: the median from keydown until the result is rendered and laid out, with
 * its parts (the key's delivery, the element's handling, the layout) as medians beside it.
 */
export function keyTimingRow(spec: Omit<RowSpec, 'group' | 'target'>, timings: readonly KeyTiming[]): BenchResult {
  const median = (pick: (timing: KeyTiming) => number) => summarise(timings.map(pick), 1).median;
  return {
    ...singleRow(
      { ...spec, group: 'interaction', target: KEY_TARGET },
      summarise(
        timings.map((timing) => timing.updatedMs),
        1,
      ),
    ),
    breakdown: {
      deliveryMs: median((timing) => timing.deliveryMs),
      handledMs: median((timing) => timing.handledMs),
      layoutMs: median((timing) => timing.layoutMs),
    },
  };
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber } from './milestone-state-rule.js';

describe('dayNumber', () => {
  it("counts the days since 1970-01-01 as the platform's UTC calendar does, leap days included", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }),
        (moment) => {
          const date = moment.toISOString().slice(0, 10);
          const midnight = new Date(0);
          midnight.setUTCFullYear(moment.getUTCFullYear(), moment.getUTCMonth(), moment.getUTCDate());
          expect(dayNumber(date)).toBe(midnight.getTime() / 86_400_000);
        },
      ),
      { numRuns: 2_000 },
    );
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2000-02-29') - dayNumber('2000-02-28')).toBe(1);
    expect(dayNumber('2100-03-01') - dayNumber('2100-02-28')).toBe(1);
    expect(dayNumber('2028-03-01') - dayNumber('2028-02-28')).toBe(2);
  });
});

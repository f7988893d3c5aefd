import { describe, expect, it } from 'vitest';
import { compareIsoDates, fromIsoDate, ISO_DATE_PATTERN, toIsoDate } from './dates.js';
import { isoDateSchema } from './dates-schema.js';

describe('date-only values', () => {
  it('round-trips YYYY-MM-DD through a Date without shifting a day', () => {
    for (const day of ['2026-01-01', '2026-03-08', '2026-11-01', '2027-02-28', '2028-02-29', '2030-12-31']) {
      expect(toIsoDate(fromIsoDate(day))).toBe(day);
    }
  });

  it('rejects dates that are not real calendar days, saying what it expected', () => {
    expect(() => fromIsoDate('2026-02-30')).toThrow(/real calendar date as YYYY-MM-DD, got "2026-02-30"/);
    expect(() => fromIsoDate('03/01/2026')).toThrow(/YYYY-MM-DD/);
    expect(isoDateSchema.safeParse('2026-13-01').success).toBe(false);
    expect(isoDateSchema.safeParse('2026-12-01').success).toBe(true);
  });

  it('orders dates as the calendar does', () => {
    expect(compareIsoDates('2026-09-01', '2027-01-15')).toBeLessThan(0);
    expect(compareIsoDates('2027-01-15', '2027-01-15')).toBe(0);
    expect(['2027-01-15', '2026-09-01'].sort(compareIsoDates)).toEqual(['2026-09-01', '2027-01-15']);
  });

  it("checks dates with zod's own pattern, so the plain readers and the schema agree on every date", () => {
    expect(ISO_DATE_PATTERN.source).toBe(isoDateSchema._zod.def.pattern?.source);
  });
});

import { describe, expect, it } from 'vitest';
import { SelRuleError } from '@sel/core';
import { TimeScale } from './time-scale.js';

describe('TimeScale', () => {
  it('spans the earliest to the latest day, in any order', () => {
    const scale = new TimeScale(['2027-03-01', '2026-07-01', '2031-06-30', '2028-01-15']);
    expect(scale.first).toBe('2026-07-01');
    expect(scale.last).toBe('2031-06-30');
    expect(scale.days).toBe(1825);
    expect(scale.percent('2026-07-01')).toBe(0);
    expect(scale.percent('2031-06-30')).toBe(100);
  });

  it('places days by calendar days, across leap days and DST changes', () => {
    // 2028 is a leap year: 366 days from 2028-01-01 to 2029-01-01.
    const scale = new TimeScale(['2028-01-01', '2029-01-01']);
    expect(scale.days).toBe(366);
    expect(scale.percent('2028-03-12')).toBeCloseTo((71 / 366) * 100, 10);
    expect(scale.width('2028-03-01', '2028-03-02')).toBeCloseTo((1 / 366) * 100, 10);
    expect(scale.percent('2027-12-31')).toBeLessThan(0);
    expect(scale.includes('2027-12-31')).toBe(false);
    expect(scale.includes('2029-01-01')).toBe(true);
  });

  it('gives a one-day scale a width and lists the year starts inside it', () => {
    const single = new TimeScale(['2027-05-05']);
    expect(single.days).toBe(1);
    expect(single.yearStarts()).toEqual([]);
    expect(new TimeScale(['2026-07-01', '2029-01-01']).yearStarts()).toEqual([
      '2027-01-01',
      '2028-01-01',
      '2029-01-01',
    ]);
  });

  it('refuses no dates and unreal dates', () => {
    expect(() => new TimeScale([])).toThrow(RangeError);
    expect(() => new TimeScale(['2027-02-30'])).toThrow(SelRuleError);
  });
});

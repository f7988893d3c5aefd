import { describe, expect, it } from 'vitest';
import { foldICalendarLine } from './fold-icalendar-line.js';

const octets = (text: string) => new TextEncoder().encode(text).length;

describe('foldICalendarLine', () => {
  it('leaves a line of 75 octets alone and folds one of 76', () => {
    expect(foldICalendarLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldICalendarLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('counts the leading space of a continuation line', () => {
    const lines = foldICalendarLine('y'.repeat(75 + 74 + 10)).split('\r\n');
    expect(lines.map((line) => line.length)).toEqual([75, 75, 11]);
  });

  it('never splits a character of two, three or four octets', () => {
    for (const char of ['é', '学', '🎓']) {
      // Start one octet in, so a character would straddle every boundary if split by octets.
      const line = `S${char.repeat(60)}`;
      const lines = foldICalendarLine(line).split('\r\n');
      for (const physical of lines) expect(octets(physical)).toBeLessThanOrEqual(75);
      expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(line);
      expect(lines.every((l) => !/[\uD800-\uDBFF]$/.test(l))).toBe(true);
    }
  });
});

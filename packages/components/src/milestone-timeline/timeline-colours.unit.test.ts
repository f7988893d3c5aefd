import { describe, expect, it } from 'vitest';
import { SEL_DARK_TOKEN_DEFAULTS, SEL_TOKEN_DEFAULTS } from '../shared/tokens.styles.js';
import { TIMELINE_FILLS, TIMELINE_MARKS } from './sel-milestone-timeline.styles.js';

/** WCAG relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((at) => {
    const c = parseInt(hex.slice(at, at + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light = 0, dark = 0] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

describe.each([
  ['light', SEL_TOKEN_DEFAULTS, 'light'],
  ['dark', { ...SEL_TOKEN_DEFAULTS, ...SEL_DARK_TOKEN_DEFAULTS }, 'dark'],
] as const)('the timeline’s own colours (%s scheme)', (_, tokens, scheme) => {
  it('keep the band and semester labels at AA on their fills', () => {
    for (const [name, fill] of Object.entries(TIMELINE_FILLS[scheme])) {
      expect(contrast(tokens['color-text'], fill), name).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keep the at-risk state and the today mark at AA as text on the surface', () => {
    for (const [name, mark] of Object.entries(TIMELINE_MARKS[scheme])) {
      expect(contrast(mark, tokens['color-surface']), name).toBeGreaterThanOrEqual(4.5);
    }
  });
});

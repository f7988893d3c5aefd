import { describe, expect, it } from 'vitest';
import { SEL_DARK_TOKEN_DEFAULTS, SEL_TOKEN_DEFAULTS, token, tokenStyles } from './tokens.styles.js';
import { districtRubric } from '@sel/data';
import { fixture } from '../test/index.js';
import '../rubric/define.js';

function luminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Expected a #rrggbb colour, got ${hex}`);
  const [r, g, b] = match.slice(1).map((part) => {
    const channel = parseInt(part, 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

describe.each([
  ['light', SEL_TOKEN_DEFAULTS],
  ['dark', { ...SEL_TOKEN_DEFAULTS, ...SEL_DARK_TOKEN_DEFAULTS }],
])('design tokens (%s scheme)', (_, t) => {
  it('text colours meet WCAG AA (4.5:1) on every surface they are used on', () => {
    for (const surface of [t['color-surface'], t['color-surface-raised']]) {
      expect(contrast(t['color-text'], surface)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(t['color-text-muted'], surface)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(t['color-accent'], surface)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(t['color-success'], surface)).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast(t['color-on-accent'], t['color-accent'])).toBeGreaterThanOrEqual(4.5);
    expect(contrast(t['color-text'], t['color-accent-surface'])).toBeGreaterThanOrEqual(4.5);
    expect(contrast(t['color-danger'], t['color-danger-surface'])).toBeGreaterThanOrEqual(4.5);
    expect(contrast(t['color-text'], t['color-danger-surface'])).toBeGreaterThanOrEqual(4.5);
  });

  it('borders and the focus ring meet the 3:1 non-text contrast', () => {
    expect(contrast(t['color-border'], t['color-surface'])).toBeGreaterThanOrEqual(3);
    expect(contrast(t['color-focus'], t['color-surface'])).toBeGreaterThanOrEqual(3);
    expect(contrast(t['color-focus'], t['color-surface-raised'])).toBeGreaterThanOrEqual(3);
  });
});

describe('design tokens', () => {
  const t = SEL_TOKEN_DEFAULTS;

  it('lets a theme on an ancestor override the defaults inside shadow roots', async () => {
    const outer = await fixture<HTMLDivElement>('<div style="--sel-color-text: rgb(1, 2, 3)"><div></div></div>');
    const host = outer.firstElementChild;
    if (!host) throw new Error('no host');
    const root = host.attachShadow({ mode: 'open' });
    if (tokenStyles.styleSheet) root.adoptedStyleSheets = [tokenStyles.styleSheet];
    const text = document.createElement('p');
    text.textContent = 'themed';
    root.append(text);
    expect(getComputedStyle(text).color).toBe('rgb(1, 2, 3)');
    expect(getComputedStyle(host).getPropertyValue('--_sel-radius').trim()).toBe(t.radius);
    expect(String(token('color-accent'))).toBe('var(--_sel-color-accent)');
  });
});

describe('what a page passes down to an element', () => {
  it("keeps a page's text-align, indent, spacing and text-transform out of the rubric, and its font and theme in", async () => {
    const page = await fixture<HTMLDivElement>(
      `<div style="text-align: center; text-indent: 4em; letter-spacing: 3px; word-spacing: 9px; text-transform: uppercase; white-space: pre; font-style: italic; --sel-color-text: rgb(1, 2, 3)">
        <sel-rubric></sel-rubric>
      </div>`,
    );
    const rubric = page.querySelector('sel-rubric');
    if (!rubric) throw new Error('no <sel-rubric>');
    rubric.rubric = districtRubric;
    await rubric.dataSettled;
    const heading = rubric.shadowRoot?.querySelector('h2, h1, h3');
    const levelText = rubric.shadowRoot?.querySelector('[part~="level"]');
    for (const element of [heading, levelText]) {
      if (!element) throw new Error('the rubric drew no heading or level');
      const style = getComputedStyle(element);
      expect(['start', 'left']).toContain(style.textAlign);
      expect(style.textIndent).toBe('0px');
      expect(style.letterSpacing).toBe('normal');
      expect(style.wordSpacing).toBe('0px');
      expect(style.textTransform).toBe('none');
      expect(style.whiteSpace).toBe('normal');
      expect(style.fontStyle).toBe('italic');
    }
    expect(getComputedStyle(rubric).color).toBe('rgb(1, 2, 3)');
  });
});

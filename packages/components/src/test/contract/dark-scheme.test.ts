/**
 * Every element in a dark host page (`color-scheme: dark`, the elements' `prefers-color-scheme:
 * dark` rules applied), with its data and, for a value-holding element, a value, passes axe with
 * colour contrast measured from the rendering, and paints its own dark surface rather than leaving
 * dark text on the page's background.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SEL_DARK_TOKEN_DEFAULTS } from '../../shared/tokens.styles.js';
import { expectNoAxeViolations } from '../axe.js';
import { darkHostPage } from '../dark-scheme.js';
import { fixture } from '../fixture.js';
import { subjects } from './subjects.js';
import type { ContractSubject } from './subject.js';

const loaded: ContractSubject[] = await Promise.all(subjects.map(async (load) => (await load()).default));

/** `#rrggbb` as the `rgb(r, g, b)` a computed style gives. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
  return `rgb(${String(r)}, ${String(g)}, ${String(b)})`;
}

let undoDark: (() => void) | undefined;
afterEach(() => {
  undoDark?.();
  undoDark = undefined;
});

describe.each(loaded.map((subject) => [subject.tag, subject] as const))('<%s> in a dark host page', (_, subject) => {
  beforeAll(async () => {
    await subject.define();
  });

  it('paints its dark surface and passes axe, colour contrast included', async () => {
    const container = await fixture<HTMLDivElement>('<div></div>');
    const element = document.createElement(subject.tag) as HTMLElement & { renderComplete: Promise<void> };
    for (const [name, value] of Object.entries(subject.attributes ?? {})) element.setAttribute(name, value);
    Object.assign(element, { [subject.property]: subject.valid() });
    container.append(element);
    // A value-holding element shows a value too: chosen levels, sorted cards.
    if (subject.form) Object.assign(element, { value: subject.form.value() });
    await element.renderComplete;
    undoDark = darkHostPage(element);
    expect(getComputedStyle(element).backgroundColor).toBe(rgb(SEL_DARK_TOKEN_DEFAULTS['color-surface']));
    expect(getComputedStyle(element).color).toBe(rgb(SEL_DARK_TOKEN_DEFAULTS['color-text']));
    await expectNoAxeViolations(element);
  });
});

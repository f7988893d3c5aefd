import { html, render } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { styleProperties, type StyleProperties } from './style-properties.js';

const container = document.createElement('div');

afterEach(() => {
  vi.restoreAllMocks();
  render(html``, container);
  container.remove();
});

function draw(properties: StyleProperties): HTMLElement {
  document.body.append(container);
  render(html`<span style=${styleProperties(properties)}>x</span>`, container);
  const span = container.querySelector('span');
  if (!span) throw new Error('not rendered');
  return span;
}

describe('styleProperties', () => {
  it('sets camelCase, kebab-case and custom properties through the CSSOM on the first render', () => {
    // A style attribute written as a string is what a strict CSP blocks: it must never be written.
    const setAttribute = vi.spyOn(Element.prototype, 'setAttribute');
    const span = draw({ insetInlineStart: '25%', 'inline-size': '10%', '--_levels': '4' });
    expect(setAttribute.mock.calls.filter(([name]) => name.toLowerCase() === 'style')).toEqual([]);
    expect(span.style.getPropertyValue('inset-inline-start')).toBe('25%');
    expect(span.style.getPropertyValue('inline-size')).toBe('10%');
    expect(span.style.getPropertyValue('--_levels')).toBe('4');
  });

  it('updates changed values and removes properties that are gone or undefined', () => {
    draw({ insetInlineStart: '25%', inlineSize: '10%', '--_levels': '4' });
    const span = draw({ insetInlineStart: '50%', inlineSize: undefined });
    expect(span.style.getPropertyValue('inset-inline-start')).toBe('50%');
    expect(span.style.getPropertyValue('inline-size')).toBe('');
    expect(span.style.getPropertyValue('--_levels')).toBe('');
  });

  it('refuses to share a style attribute with other text', () => {
    document.body.append(container);
    expect(() => {
      render(html`<span style="color: red; ${styleProperties({ inlineSize: '1px' })}"></span>`, container);
    }).toThrow(/whole value of a style binding/);
  });
});

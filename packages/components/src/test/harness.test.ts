import { html, LitElement } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations, expectNoAxeViolations, fixture, nextEvent, shadowActiveElement } from './index.js';

class SelTestBadButton extends LitElement {
  protected override render(): unknown {
    return html`<button type="button"></button><input type="text" />`;
  }
}
customElements.define('sel-test-bad-button', SelTestBadButton);

class SelTestNested extends LitElement {
  protected override render(): unknown {
    return html`<button type="button">Outer</button><sel-test-bad-button></sel-test-bad-button>`;
  }
}
customElements.define('sel-test-nested', SelTestNested);

describe('expectNoAxeViolations', () => {
  it('finds violations inside shadow DOM and lists them readably', async () => {
    const el = await fixture(html`<sel-test-bad-button></sel-test-bad-button>`);
    const ids = (await axeViolations(el)).map((violation) => violation.id).sort();
    // The empty button is also too small a target (WCAG 2.2 target-size).
    expect(ids).toEqual(['button-name', 'label', 'target-size']);
    const error = await expectNoAxeViolations(el).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toMatch(/^3 accessibility violations:/);
    expect(message).toContain('- button-name (critical): Buttons must have discernible text');
    expect(message).toContain('at sel-test-bad-button >>> button');
    expect(message).toContain('https://dequeuniversity.com/rules/axe/');
  });

  it('passes accessible markup and can skip a named rule', async () => {
    const ok = await fixture('<label>Name <input type="text"></label>');
    await expectNoAxeViolations(ok);
    const bad = await fixture(html`<sel-test-bad-button></sel-test-bad-button>`);
    expect((await axeViolations(bad, { disableRules: ['label', 'target-size'] })).map((v) => v.id)).toEqual([
      'button-name',
    ]);
  });
});

describe('fixture and focus helpers', () => {
  it('waits for the first render and cleans up after each test', async () => {
    const el = await fixture<SelTestNested>(html`<sel-test-nested></sel-test-nested>`, { lang: 'es' });
    expect(el.shadowRoot?.querySelector('button')?.textContent).toBe('Outer');
    expect(el.parentElement?.lang).toBe('es');
    expect(document.querySelectorAll('sel-test-nested')).toHaveLength(1);
  });

  it('starts from a clean document', () => {
    expect(document.querySelectorAll('sel-test-nested')).toHaveLength(0);
  });

  it('finds the focused element through nested shadow roots', async () => {
    const el = await fixture<SelTestNested>(html`<sel-test-nested></sel-test-nested>`);
    expect(shadowActiveElement(el)).toBeNull();
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(el);
    expect(shadowActiveElement(el)?.textContent).toBe('Outer');
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{Tab}');
    expect(shadowActiveElement(el)?.localName).toBe('input');
  });

  it('nextEvent rejects with the event name when it never comes', async () => {
    const el = await fixture('<div></div>');
    await expect(nextEvent(el, 'sel-error', 20)).rejects.toThrow('Expected a "sel-error" event on <div> within 20 ms');
  });
});

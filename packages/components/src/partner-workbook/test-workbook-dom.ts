import { userEvent } from 'vitest/browser';
import { shadowActiveElement } from '../test/index.js';

/*
 * What the workbook elements' tests (inventory, touchpoints) ask of an element's shadow DOM, and
 * how they type into it as a person does.
 */

/** The element's shadow root. */
export function root(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}

/** The first match of `selector` in the element's shadow root; fails the test when there is none. */
export function q(el: Element, selector: string): HTMLElement {
  const found = root(el).querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

/** The control that has focus inside the element. */
export function focused(el: Element): HTMLElement | null {
  return shadowActiveElement(el) as HTMLElement | null;
}

/** Tabs until focus is on `selector` (at most 60 presses), as a keyboard user would. */
export async function tabTo(el: Element, selector: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    if (focused(el)?.matches(selector)) return;
    await userEvent.keyboard('{Tab}');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Replaces a field's text by typing, as a person does (select what is there, type over it). */
export async function retype(field: HTMLElement, text: string): Promise<void> {
  if (field instanceof HTMLInputElement && field.type === 'date') {
    // A date field's picker differs in every engine; set the date as the picker would.
    field.value = text;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
    return;
  }
  field.focus();
  if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) field.select();
  await userEvent.keyboard(text === '' ? '{Backspace}' : text);
}

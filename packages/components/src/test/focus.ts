/**
 * The element that has focus inside `host`'s shadow tree, following nested shadow roots down to
 * the innermost one; `null` when focus is elsewhere. `document.activeElement` (and so
 * `toHaveFocus()`) only ever sees the outermost host.
 */
export function shadowActiveElement(host: Element): Element | null {
  let active = host.shadowRoot?.activeElement ?? null;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

import { SelRubric } from './sel-rubric.js';

/** Registers `<sel-rubric>` once; importing this module twice (or after an app did) is harmless. */
if (!customElements.get('sel-rubric')) customElements.define('sel-rubric', SelRubric);

declare global {
  interface HTMLElementTagNameMap {
    'sel-rubric': SelRubric;
  }
}

export { SelRubric };

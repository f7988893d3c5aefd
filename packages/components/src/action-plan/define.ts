import { SelActionPlan } from './sel-action-plan.js';

/** Registers `<sel-action-plan>` once; importing this module twice (or after an app did) is harmless. */
if (!customElements.get('sel-action-plan')) customElements.define('sel-action-plan', SelActionPlan);

declare global {
  interface HTMLElementTagNameMap {
    'sel-action-plan': SelActionPlan;
  }
}

export { SelActionPlan };

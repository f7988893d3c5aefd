import { SelPartnerInventory } from './sel-partner-inventory.js';

/** Registers `<sel-partner-inventory>` once; importing this module twice (or after an app did) is harmless. */
if (!customElements.get('sel-partner-inventory')) customElements.define('sel-partner-inventory', SelPartnerInventory);

declare global {
  interface HTMLElementTagNameMap {
    'sel-partner-inventory': SelPartnerInventory;
  }
}

export { SelPartnerInventory };

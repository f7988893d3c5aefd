import { SelResourceFinder } from './sel-resource-finder.js';

/** Registers `<sel-resource-finder>` once; importing this module twice (or after an app did) is harmless. */
if (!customElements.get('sel-resource-finder')) customElements.define('sel-resource-finder', SelResourceFinder);

declare global {
  interface HTMLElementTagNameMap {
    'sel-resource-finder': SelResourceFinder;
  }
}

export { SelResourceFinder };

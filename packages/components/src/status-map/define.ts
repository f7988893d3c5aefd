import { SelStatusMap } from './sel-status-map.js';

/** Registers `<sel-status-map>` once; importing this module twice (or after an app did) is harmless. */
if (!customElements.get('sel-status-map')) customElements.define('sel-status-map', SelStatusMap);

declare global {
  interface HTMLElementTagNameMap {
    'sel-status-map': SelStatusMap;
  }
}

export { SelStatusMap };

import { SelPartnerTouchpoints } from './sel-partner-touchpoints.js';

/** Registers `<sel-partner-touchpoints>` once; importing this module twice (or after an app did) is harmless. */
if (!customElements.get('sel-partner-touchpoints'))
  customElements.define('sel-partner-touchpoints', SelPartnerTouchpoints);

declare global {
  interface HTMLElementTagNameMap {
    'sel-partner-touchpoints': SelPartnerTouchpoints;
  }
}

export { SelPartnerTouchpoints };

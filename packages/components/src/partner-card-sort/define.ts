import { SelPartnerCardSort } from './sel-partner-card-sort.js';

declare global {
  interface HTMLElementTagNameMap {
    'sel-partner-card-sort': SelPartnerCardSort;
  }
}

// Guarded, so loading this module twice (or after an app registered the tag) does not throw.
if (!customElements.get('sel-partner-card-sort')) {
  customElements.define('sel-partner-card-sort', SelPartnerCardSort);
}

export { SelPartnerCardSort };

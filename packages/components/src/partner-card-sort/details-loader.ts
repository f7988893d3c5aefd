import type { CSSResultOrNative, TemplateResult } from 'lit';
import { onDemand } from '../shared/on-demand.js';
import type { SelLocale } from '../shared/i18n.js';
import type { PartnerDetailsView } from './partner-details.js';

type PartnerDetailsModule = typeof import('./partner-details.js');

/** The details dialog's code, once for the page. */
const partnerDetails = onDemand(() => import('./partner-details.js'));

/** Loads the details dialog's code for the page, once (again after a failed load). */
export const loadPartnerDetails = partnerDetails.load;

/**
 * The card sort's details dialog, whose code (`partner-details.ts`) loads the first time one
 * opens, with its words in the element's language.
 */
export class DetailsDialogLoader {
  readonly #adopt: (styles: CSSResultOrNative) => void;
  /** The dialog's code, once its styles are adopted: the dialog can be drawn. */
  #ready: PartnerDetailsModule | undefined;

  /** `adopt` takes the dialog's styles when its code arrives. */
  constructor(adopt: (styles: CSSResultOrNative) => void) {
    this.#adopt = adopt;
  }

  /** The dialog's code, its styles adopted the first time this card sort has it. */
  #here(): PartnerDetailsModule | undefined {
    const module = partnerDetails.loaded();
    if (module && !this.#ready) this.#adopt(module.partnerDetailsStyles);
    return (this.#ready = module);
  }

  /**
   * Runs `action` once the dialog can be drawn in `locale`: now when the page has its code and
   * words, else once they load (so the dialog never opens with its words in another language).
   */
  whenReady(locale: SelLocale, action: () => void): void {
    const here = this.#here();
    const words = here?.loadDetailsWords(locale);
    if (here && !words) action();
    else {
      partnerDetails
        .load()
        .then((module) => module.loadDetailsWords(locale))
        .then(
          () => {
            this.#here();
            action();
          },
          () => undefined,
        );
    }
  }

  /** The dialog (nothing before its code is loaded: no details were asked for yet). */
  render(view: PartnerDetailsView): TemplateResult | undefined {
    return this.#ready?.renderPartnerDetails(view);
  }
}

import type { CSSResultOrNative, TemplateResult } from 'lit';
import type { SelLocale } from '../shared/i18n.js';
import type { PartnerDetailsView } from './partner-details.js';

type PartnerDetailsModule = typeof import('./partner-details.js');

/** The details dialog's code, once the page has it. */
let detailsModule: PartnerDetailsModule | undefined;

/** Loads the details dialog's code for the page, once. */
export async function loadPartnerDetails(): Promise<void> {
  detailsModule ??= await import('./partner-details.js');
}

/**
 * The card sort's details dialog, whose code (`partner-details.ts`) loads the first time one
 * opens, with its words in the element's language.
 */
export class DetailsDialogLoader {
  readonly #adopt: (styles: CSSResultOrNative) => void;
  #adopted = false;

  /** `adopt` takes the dialog's styles when its code arrives. */
  constructor(adopt: (styles: CSSResultOrNative) => void) {
    this.#adopt = adopt;
  }

  /** Whether the dialog can be drawn now (its code is here, its styles adopted). */
  #ready(): boolean {
    if (detailsModule && !this.#adopted) {
      this.#adopted = true;
      this.#adopt(detailsModule.partnerDetailsStyles);
    }
    return this.#adopted;
  }

  /** Loads the dialog's code (once for the page) and its words in `locale`; resolves when it can be drawn. */
  async load(locale: SelLocale): Promise<void> {
    await loadPartnerDetails();
    await detailsModule?.loadDetailsWords(locale);
    this.#ready();
  }

  /**
   * Runs `action` once the dialog can be drawn in `locale`: now when the page has its code and
   * words, else once they load (so the dialog never opens with its words in another language).
   */
  whenReady(locale: SelLocale, action: () => void): void {
    if (this.#ready() && detailsModule?.loadDetailsWords(locale) === undefined) action();
    else this.load(locale).then(action, () => undefined);
  }

  /** The dialog (nothing before its code is loaded: no details were asked for yet). */
  render(view: PartnerDetailsView): TemplateResult | undefined {
    return this.#adopted ? detailsModule?.renderPartnerDetails(view) : undefined;
  }
}

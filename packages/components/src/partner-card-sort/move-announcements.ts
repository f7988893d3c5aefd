import { partnerPlace, type CardSortMove, type CardSortState, type Tier } from '@sel/core';
import type { AnnouncerController } from '../shared/announcer.js';
import {
  loadStrings,
  translate,
  type SelLocale,
  type SelMessageParams,
  type SelStringOverrides,
} from '../shared/i18n.js';
import type { SelPartnerMoveCause } from './card-sort-events.js';
import { cardMovesStrings, type CardMovesMessageKey } from './card-moves-strings.js';
import type { CardSortSession } from './card-sort-session.js';

/** What is said once a move is made, by how it was made. */
const madeKeys = {
  pointer: 'cardsort.announce.moved',
  menu: 'cardsort.announce.moved',
  keyboard: 'cardsort.announce.dropped',
  undo: 'cardsort.announce.undone',
  redo: 'cardsort.announce.redone',
} as const satisfies Record<SelPartnerMoveCause, CardMovesMessageKey>;

/** What the announcements need of the card sort: its live region, its language and its tier labels. */
export interface AnnouncementsHost {
  readonly announcer: AnnouncerController;
  /** The element's language and its `strings`. */
  readonly words: () => { readonly locale: SelLocale; readonly strings: SelStringOverrides | undefined };
  /** A tier's label in the element's language. */
  readonly tierLabel: (tier: Tier) => string;
  /** The sort the moves are made on, and its partners. */
  readonly session: CardSortSession;
}

/**
 * What the card sort's live region says about moves, each time with where the card is: "Bright
 * Futures: Clearly supports SEL, position 2 of 5" when it is picked up, carried, dropped, put
 * back, undone or redone. Loaded with the code of moves; the words come with it (in a language
 * other than English, the first one waits for them).
 */
export class MoveAnnouncements {
  readonly #host: AnnouncementsHost;

  constructor(host: AnnouncementsHost) {
    this.#host = host;
  }

  /** The words of `key` in the element's language (English until that language's words are here). */
  word(key: CardMovesMessageKey, params?: SelMessageParams): string {
    const { locale, strings } = this.#host.words();
    return translate(locale, key, params, strings, [cardMovesStrings]);
  }

  /** Says `key` with `params`, once the element's language's words are here. */
  #say(key: CardMovesMessageKey, params: SelMessageParams = {}): void {
    const speak = (): void => {
      this.#host.announcer.announce(this.word(key, params));
    };
    const waiting = loadStrings(this.#host.words().locale, [cardMovesStrings]);
    if (waiting) void waiting.then(speak);
    else speak();
  }

  /** Says `key` about partner `id` where it is in `sort` (by default the sort as saved). */
  at(
    key: CardMovesMessageKey,
    id: string,
    sort: CardSortState | undefined = this.#host.session.history?.state,
    extra: SelMessageParams = {},
  ): void {
    const place = sort && partnerPlace(sort, id);
    const where: SelMessageParams =
      sort && place
        ? { tier: this.#host.tierLabel(place.tier), position: place.index + 1, total: sort.columns[place.tier].length }
        : {};
    this.#say(key, { name: this.#host.session.partners.nameOf(id), ...where, ...extra });
  }

  /** A move made: where the card is now, and where it came from. */
  made(move: CardSortMove, cause: SelPartnerMoveCause): void {
    this.at(madeKeys[cause], move.partnerId, undefined, { from: this.#host.tierLabel(move.from) });
  }

  /** A dragged card is now over another tier. */
  overTier(id: string, tier: Tier): void {
    this.#say('cardsort.announce.over-tier', {
      name: this.#host.session.partners.nameOf(id),
      tier: this.#host.tierLabel(tier),
    });
  }

  /** Undo or redo with nothing to undo or redo. */
  nothingTo(kind: 'undo' | 'redo'): void {
    this.#say(kind === 'undo' ? 'cardsort.announce.nothingToUndo' : 'cardsort.announce.nothingToRedo');
  }
}

import { partnerPlace, type CardSortMove, type CardSortState, type Tier } from '@sel/core';
import type { AnnouncerController } from '../shared/announcer.js';
import type { SelMessageKey, SelMessageParams } from '../shared/i18n.js';
import type { SelPartnerMoveCause } from './card-sort-events.js';
import type { Translate } from './board-layout.js';
import type { CardSortSession } from './card-sort-session.js';

/** The catalog key of each tier's label. */
export const tierLabelKeys = {
  unsorted: 'cardsort.tier.unsorted',
  'clearly-supports': 'cardsort.tier.clearly-supports',
  'could-support': 'cardsort.tier.could-support',
  'no-apparent-connection': 'cardsort.tier.no-apparent-connection',
} as const satisfies Record<Tier, SelMessageKey>;

/** What is said once a move is made, by how it was made. */
const madeKeys = {
  pointer: 'cardsort.announce.moved',
  menu: 'cardsort.announce.moved',
  keyboard: 'cardsort.announce.dropped',
  undo: 'cardsort.announce.undone',
  redo: 'cardsort.announce.redone',
} as const satisfies Record<SelPartnerMoveCause, SelMessageKey>;

/**
 * What the card sort's live region says about moves, each time with where the card is: "Bright
 * Futures: Clearly supports SEL, position 2 of 5" when it is picked up, carried, dropped, put
 * back, undone or redone.
 */
export class MoveAnnouncements {
  readonly #announcer: AnnouncerController;
  readonly #t: Translate;
  /** The sort the moves are made on, and its partners. */
  readonly #session: CardSortSession;

  constructor(announcer: AnnouncerController, t: Translate, session: CardSortSession) {
    this.#announcer = announcer;
    this.#t = t;
    this.#session = session;
  }

  /** A tier's label in the element's language. */
  readonly tierLabel = (tier: Tier): string => this.#t(tierLabelKeys[tier]);

  /** Says `key` about partner `id` where it is in `sort` (by default the sort as saved). */
  at(
    key: SelMessageKey,
    id: string,
    sort: CardSortState | undefined = this.#session.history?.state,
    extra: SelMessageParams = {},
  ): void {
    const place = sort && partnerPlace(sort, id);
    const where: SelMessageParams =
      sort && place
        ? { tier: this.tierLabel(place.tier), position: place.index + 1, total: sort.columns[place.tier].length }
        : {};
    this.#announcer.announce(this.#t(key, { name: this.#session.partners.nameOf(id), ...where, ...extra }));
  }

  /** A move made: where the card is now, and where it came from. */
  made(move: CardSortMove, cause: SelPartnerMoveCause): void {
    this.at(madeKeys[cause], move.partnerId, undefined, { from: this.tierLabel(move.from) });
  }

  /** A dragged card is now over another tier. */
  overTier(id: string, tier: Tier): void {
    this.#announcer.announce(
      this.#t('cardsort.announce.over-tier', { name: this.#session.partners.nameOf(id), tier: this.tierLabel(tier) }),
    );
  }

  /** Undo or redo with nothing to undo or redo. */
  nothingTo(kind: 'undo' | 'redo'): void {
    this.#announcer.announce(
      this.#t(kind === 'undo' ? 'cardsort.announce.nothingToUndo' : 'cardsort.announce.nothingToRedo'),
    );
  }
}

import { css, html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { TIERS, type CardSortState, type Tier } from '@sel/core';
import { partnerKindLabels } from '@sel/data';
import { loadStrings, translate, type SelLocale } from '../shared/i18n.js';
import { token } from '../shared/tokens.styles.js';
import type { BoardFilter } from './board-layout.js';
import { cardFilterStrings, type CardFilterMessageKey } from './card-filter-strings.js';
import type { AnnouncementsHost } from './move-announcements.js';

/*
 * The card sort's search, loaded with the code of moves on the first key pressed in its search
 * field (or the first sign of a move): which cards match
 * the words typed, in every column (the others are hidden, so moves keep their places), how many
 * match, what a column without a match says, the clear button, and the count said in the live
 * region. A board's first paint needs none of it.
 */

/** What the search needs of the board: its sort and partners, its words and live region, its DOM. */
export interface SearchBoard extends Pick<AnnouncementsHost, 'announcer' | 'words' | 'session'> {
  readonly root: () => ParentNode;
}

/** Text as a search compares it: lower case, without accents, single spaces. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** How long typing pauses before the count of matches is said (each key would interrupt the last). */
const SAY_AFTER_MS = 500;

/** The cards of a sort that a search shows, by column, and all of them by id. */
interface Matches {
  readonly sort: CardSortState;
  readonly ids: ReadonlySet<string>;
}

/** The search of one card sort. */
export class CardSearch implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #board: SearchBoard;
  /** The words searched for, folded; none while the field is empty. */
  #words: readonly string[] = [];
  readonly #texts = new Map<string, string>();
  #textsOf: { readonly partners: unknown; readonly locale: SelLocale } | undefined;
  #last:
    | {
        readonly sort: CardSortState;
        readonly words: readonly string[];
        readonly locale: SelLocale;
        readonly matches: Matches;
      }
    | undefined;
  #saying: ReturnType<typeof setTimeout> | undefined;
  /** The cards the last render showed, while a search narrows the board. */
  #showing: ReadonlySet<string> | undefined;
  /** Whether cards were hidden after the last render (to show them again once the search is emptied). */
  #hiding = false;

  constructor(host: ReactiveControllerHost, board: SearchBoard) {
    this.#host = host;
    this.#board = board;
    host.addController(this);
  }

  /** New text in the search field (typed, or emptied by Escape): the board shows what matches. */
  on(field: HTMLInputElement): void {
    void this.find(field.value);
  }

  /** Searches for `query`: the board shows what matches, and says how many once typing pauses. */
  async find(query: string): Promise<void> {
    const folded = foldText(query);
    // Spanish words come with the first search in Spanish: the board narrows once they are here,
    // so its counts never show in English first (searches keep their order: one load for all).
    await loadStrings(this.#board.words().locale, [cardFilterStrings]);
    this.#words = folded === '' ? [] : folded.split(' ');
    this.#host.requestUpdate();
    clearTimeout(this.#saying);
    this.#saying = setTimeout(() => {
      this.#sayCount();
    }, SAY_AFTER_MS);
  }

  #sayCount(): void {
    const sort = this.#board.session.history?.state;
    if (!sort) return;
    const total = this.#board.session.partners.ids.length;
    const matches = this.#matches(sort);
    this.#board.announcer.announce(
      matches
        ? this.#t('cardsort.filter.matches', { count: matches.ids.size, total })
        : this.#t('cardsort.filter.cleared', { count: total }),
    );
  }

  /** The folded text of a partner's card: its name, its kind and its contact, in the board's language. */
  #text(id: string, locale: SelLocale): string {
    const partners = this.#board.session.partners;
    if (this.#textsOf?.partners !== partners.ids || this.#textsOf.locale !== locale) {
      this.#texts.clear();
      this.#textsOf = { partners: partners.ids, locale };
    }
    let text = this.#texts.get(id);
    if (text === undefined) {
      const partner = partners.get(id);
      text = foldText(
        partner
          ? `${partner.name} ${partnerKindLabels[partner.kind][locale]} ${partner.partnerContact?.name ?? ''}`
          : id,
      );
      this.#texts.set(id, text);
    }
    return text;
  }

  /** The cards of `sort` whose text holds every word searched for; `undefined` while nothing is searched. */
  #matches(sort: CardSortState): Matches | undefined {
    const words = this.#words;
    if (words.length === 0) return undefined;
    const { locale } = this.#board.words();
    const last = this.#last;
    if (last?.sort === sort && last.words === words && last.locale === locale) return last.matches;
    const ids = new Set<string>();
    const columns = {} as Record<Tier, readonly string[]>;
    for (const tier of TIERS) {
      columns[tier] = sort.columns[tier].filter((id) => {
        const text = this.#text(id, locale);
        const match = words.every((word) => text.includes(word));
        if (match) ids.add(id);
        return match;
      });
    }
    const matches = { sort: { columns }, ids };
    this.#last = { sort, words, locale, matches };
    return matches;
  }

  /** The cards of `sort` the search shows (what the arrow keys move between); `undefined` while nothing is searched. */
  shown(sort: CardSortState): CardSortState | undefined {
    return this.#matches(sort)?.sort;
  }

  /**
   * The board under the search: the cards it shows, what each column says, and what the field
   * says beside it; `undefined` while nothing is searched.
   */
  view(
    sort: CardSortState,
  ): { readonly shown: CardSortState; readonly filter: BoardFilter; readonly status: TemplateResult } | undefined {
    const matches = this.#matches(sort);
    this.#showing = matches?.ids;
    return (
      matches && {
        shown: matches.sort,
        filter: (tier) => {
          const count = matches.sort.columns[tier].length;
          const total = sort.columns[tier].length;
          if (total === 0) return undefined;
          return [
            this.#t('cardsort.filter.column', { count, total }),
            count === 0 ? this.#t('cardsort.filter.noMatch') : undefined,
          ];
        },
        status: this.#status(matches.ids.size),
      }
    );
  }

  /** Whether partner `id`'s card shows (a search hides those that do not match). */
  shows(id: string): boolean {
    return this.#showing?.has(id) ?? true;
  }

  /** After each render: the cards that do not match are hidden (drawn, so drops and moves keep their places). */
  hostUpdated(): void {
    const shown = this.#showing;
    if (!shown && !this.#hiding) return;
    this.#hiding = shown !== undefined;
    for (const card of this.#board.root().querySelectorAll<HTMLElement>('li.card')) {
      card.hidden = shown !== undefined && !shown.has(card.dataset['id'] ?? '');
    }
  }

  /** Beside the field while words narrow the board: how many cards match, and a way back to all. */
  #status(count: number): TemplateResult {
    return html`<span class="search__count">
        ${this.#t('cardsort.filter.matches', { count, total: this.#board.session.partners.ids.length })}
      </span>
      <button
        type="button"
        data-action="clear-search"
        @click=${() => {
          const field = this.#board.root().querySelector<HTMLInputElement>('.search input');
          if (field) field.value = '';
          field?.focus();
          void this.find('');
        }}
      >
        ${this.#t('cardsort.filter.clear')}
      </button>`;
  }

  #t(key: CardFilterMessageKey, params: Record<string, string | number> = {}): string {
    const { locale, strings } = this.#board.words();
    return translate(locale, key, params, strings, [cardFilterStrings]);
  }
}

/** The styles of the search's count (adopted with the moves' styles). */
export const searchStyles = css`
  .search__count {
    margin-inline: ${token('space-2')};
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-small')};
  }
`;

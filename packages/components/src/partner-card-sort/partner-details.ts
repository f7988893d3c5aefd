import { css, html, nothing, type TemplateResult } from 'lit';
import type { Contact, Partner } from '@sel/core';
import { partnerKindLabels } from '@sel/data';
import { inLang } from '../shared/data-language.js';
import {
  loadStrings,
  translate,
  type SelLocale,
  type SelMessageKey,
  type SelMessageParams,
  type SelStringOverrides,
} from '../shared/i18n.js';
import { token } from '../shared/tokens.styles.js';
import type { Translate } from './board-layout.js';
import { partnerDetailsStrings, type PartnerDetailsMessageKey } from './partner-details-strings.js';

/*
 * A card's details dialog, loaded the first time a user opens one: most visits sort without it.
 */

/** What the details dialog shows: the partner, its tier label, and the element's language. */
export interface PartnerDetailsView {
  /** The partner whose details are open, if any (the dialog stays in the DOM, empty, when none). */
  readonly partner: Partner | undefined;
  /** The label of the tier the partner is in now. */
  readonly tier: string | undefined;
  readonly locale: SelLocale;
  /** The `lang` of the partner's texts (`dataLang`). */
  readonly lang: string | typeof nothing;
  readonly t: Translate;
  /** The element's `strings` overrides, for the dialog's own words. */
  readonly strings: SelStringOverrides | undefined;
  /** The dialog closed (Escape, the Close button). */
  readonly onClose: () => void;
}

/** Loads the dialog's words in `locale`; `undefined` when they are here already. */
export function loadDetailsWords(locale: SelLocale): Promise<void> | undefined {
  return loadStrings(locale, [partnerDetailsStrings]);
}

/** One of the dialog's own words, in the element's language (its `strings` first). */
function word(view: PartnerDetailsView, key: PartnerDetailsMessageKey, params?: SelMessageParams): string {
  return translate(view.locale, key, params, view.strings, [partnerDetailsStrings]);
}

/**
 * The modal dialog with a partner's full inventory entry: every field recorded, contacts as mail
 * and phone links, and one line naming the fields left empty (not a "Not recorded" row each).
 * The host opens it with `showModal()`.
 */
export function renderPartnerDetails(view: PartnerDetailsView): TemplateResult {
  const { partner } = view;
  return html`<dialog class="details" part="details-dialog" aria-labelledby="details-title" @close=${view.onClose}>
    ${
      partner
        ? html`<h2 id="details-title" class="details__title" lang=${view.lang}>${partner.name}</h2>
            ${renderFields(view, partner)}
            <button
              type="button"
              class="details__close"
              @click=${(event: Event) => {
                (event.currentTarget as HTMLElement).closest('dialog')?.close();
              }}
            >
              ${word(view, 'cardsort.details.close')}
            </button>`
        : nothing
    }
  </dialog>`;
}

/** The fields of a partner's entry, in the template's order, with what each holds (`undefined`: left empty). */
function fieldsOf(view: PartnerDetailsView, partner: Partner): [SelMessageKey, string | TemplateResult | undefined][] {
  const goals = partner.outcomeGoals ?? [];
  // The partner's own texts, in the data's language; left out when empty.
  const data = (text: string | undefined) => (text ? inLang(text, view.lang) : undefined);
  return [
    ['cardsort.field.kind', partnerKindLabels[partner.kind][view.locale]],
    ['cardsort.field.tier', view.tier],
    ['cardsort.field.mission', data(partner.mission)],
    [
      'cardsort.field.outcomeGoals',
      goals.length > 0
        ? html`<ul lang=${view.lang}>
            ${goals.map((goal) => html`<li>${goal}</li>`)}
          </ul>`
        : undefined,
    ],
    ['cardsort.field.partnerContact', contact(partner.partnerContact, view.lang)],
    ['cardsort.field.schoolContact', contact(partner.schoolContact, view.lang)],
    ['cardsort.field.schedule', data(partner.schedule)],
    ['cardsort.field.duration', data(partner.duration)],
    ['cardsort.field.location', data(partner.location)],
    ['cardsort.field.targetAudience', data(partner.targetAudience)],
    ['cardsort.field.notes', data(partner.notes)],
    ['cardsort.field.history', data(partner.history)],
    [
      'cardsort.field.years',
      partner.years === undefined ? undefined : word(view, 'cardsort.details.years', { count: partner.years }),
    ],
    ['cardsort.field.fundingSource', data(partner.fundingSource)],
  ];
}

function renderFields(view: PartnerDetailsView, partner: Partner): TemplateResult {
  const { t } = view;
  const fields = fieldsOf(view, partner);
  const recorded = fields.filter(([, value]) => value !== undefined && value !== '');
  const missing = fields.filter(([, value]) => value === undefined || value === '').map(([label]) => t(label));
  const list = new Intl.ListFormat(view.locale, { type: 'conjunction' }).format(missing);
  return html`<dl class="details__fields">
      ${recorded.map(
        ([label, value]) =>
          html`<div class="details__field">
            <dt>${t(label)}</dt>
            <dd>${value}</dd>
          </div>`,
      )}
    </dl>
    ${
      missing.length > 0
        ? html`<p class="details__missing">${word(view, 'cardsort.details.notRecorded', { fields: list })}</p>`
        : nothing
    }`;
}

function contact(person: Contact | undefined, lang: string | typeof nothing): TemplateResult | undefined {
  if (!person) return undefined;
  return html`<span class="details__contact" lang=${lang}>
    <span>${person.name}${person.role ? html`, ${person.role}` : nothing}</span>
    ${person.email ? html`<a href="mailto:${person.email}">${person.email}</a>` : nothing}
    ${person.phone ? html`<a href="tel:${person.phone.replace(/[^\d+]/g, '')}">${person.phone}</a>` : nothing}
  </span>`;
}

/** The details dialog's styles, adopted with its code. */
export const partnerDetailsStyles = css`
  .details {
    inline-size: min(40rem, calc(100vw - 2rem));
    max-block-size: calc(100dvh - 2rem);
    padding: ${token('space-4')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius')};
    background: ${token('color-surface')};
    color: ${token('color-text')};
  }

  .details::backdrop {
    background: rgb(0 0 0 / 0.45);
  }

  .details__title {
    margin: 0 0 ${token('space-3')};
    font-size: 1.25rem;
  }

  .details__fields {
    display: grid;
    gap: ${token('space-2')};
    margin: 0 0 ${token('space-3')};
  }

  .details__field {
    display: grid;
    grid-template-columns: minmax(8rem, 14rem) 1fr;
    gap: ${token('space-2')};
  }

  .details__field dt {
    font-weight: 600;
  }

  .details__field dd {
    margin: 0;
  }

  .details__field ul {
    margin: 0;
    padding-inline-start: ${token('space-3')};
  }

  .details__missing {
    margin: 0 0 ${token('space-3')};
    color: ${token('color-text-muted')};
  }

  .details__contact {
    display: flex;
    flex-direction: column;
  }

  .details__contact a {
    color: ${token('color-accent')};
  }

  @media (max-width: 30rem) {
    .details__field {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }
`;

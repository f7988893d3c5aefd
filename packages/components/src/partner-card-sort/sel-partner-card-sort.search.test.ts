import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { Tier, TierAssignments } from '@sel/core';
import { expectNoAxeViolations, fixture, nextEvent, shadowActiveElement } from '../test/index.js';
import './define.js';
import type { SelPartnerCardSort } from './sel-partner-card-sort.js';
import { largePartnerInventory } from './test-partners.js';

/*
 * The board's search field: the words typed narrow the cards of every column to those whose
 * name, kind or contact holds them all. Its code loads with the code of moves on the first key,
 * as on a page where nothing was moved yet (these tests do not load it first).
 */

/** Partners 1–10 clearly support SEL, 11–20 could, 21–40 are unsorted; none has no connection. */
const ASSIGNMENTS: TierAssignments = Object.fromEntries(
  Array.from({ length: 20 }, (_, n) => [`partner-${n + 1}`, n < 10 ? 'clearly-supports' : 'could-support']),
);

async function board(lang?: string): Promise<SelPartnerCardSort> {
  const el = await fixture<SelPartnerCardSort>(
    html`<sel-partner-card-sort
      .partners=${largePartnerInventory(40)}
      .assignments=${ASSIGNMENTS}
    ></sel-partner-card-sort>`,
    lang ? { lang } : {},
  );
  await el.renderComplete;
  return el;
}

function root(el: SelPartnerCardSort): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}

const text = (node: Element | null | undefined): string => node?.textContent.replace(/\s+/g, ' ').trim() ?? '';

/** The names of the cards a column shows, top to bottom. */
function shown(el: SelPartnerCardSort, tier: Tier): string[] {
  return [...root(el).querySelectorAll<HTMLElement>(`.column[data-tier="${tier}"] li.card`)]
    .filter((card) => !card.hidden && card.getBoundingClientRect().height > 0)
    .map((card) => text(card.querySelector('.card__name')));
}

const columnSays = (el: SelPartnerCardSort, tier: Tier): string =>
  text(root(el).querySelector(`.column[data-tier="${tier}"] .column__count`));
const columnEmpty = (el: SelPartnerCardSort, tier: Tier): string =>
  text(root(el).querySelector(`.column[data-tier="${tier}"] .column__empty`));
const announcement = (el: SelPartnerCardSort): string => text(root(el).querySelector('[aria-live="polite"]'));
const field = (el: SelPartnerCardSort): HTMLInputElement => {
  const input = root(el).querySelector<HTMLInputElement>('.search input');
  if (!input) throw new Error('no search field');
  return input;
};
const focusedName = (el: SelPartnerCardSort): string =>
  text(shadowActiveElement(el)?.closest('li.card')?.querySelector('.card__name'));

const names = (...numbers: number[]): string[] => numbers.map((n) => `Community partner ${n}`);

/** A board searched for "partner 3" by typing in its field, once the column `tier` shows `expected`. */
async function searchedForPartner3(tier: Tier, expected: string[]): Promise<SelPartnerCardSort> {
  const el = await board();
  field(el).focus();
  await userEvent.keyboard('partner 3');
  await expect.poll(() => shown(el, tier)).toEqual(expected);
  return el;
}

/**
 * What a drag that shows no drop line points at, for the failure message: the element under the
 * point, the target card's box, the window and the drag's ghost. A full Firefox run once missed the
 * line that every run alone shows; this says why if it happens again.
 */
function dropDiagnosis(el: SelPartnerCardSort, target: HTMLElement, point: PointerEventInit): string {
  const shadow = root(el) as unknown as Pick<Document, 'elementFromPoint'>;
  const hit = shadow.elementFromPoint(point.clientX ?? 0, point.clientY ?? 0);
  const box = target.getBoundingClientRect();
  return JSON.stringify({
    point: [point.clientX, point.clientY],
    hit: hit && `${hit.tagName} .${hit.className} ${hit.getAttribute('data-id') ?? ''}`,
    column: hit?.closest('.column')?.getAttribute('data-tier'),
    target: [box.top, box.bottom, box.left, box.right],
    window: [window.innerWidth, window.innerHeight, window.scrollY],
    ghost: root(el).querySelector('.ghost')?.getAttribute('style'),
    marks: [...root(el).querySelectorAll('.card--drop-before, .cards--drop-end')].map((mark) => mark.className),
  });
}

/** A pen's pointer event at (x, y), as a tablet user drags with. */
const penAt =
  (pointerId: number) =>
  (x: number, y: number): PointerEventInit => ({
    clientX: x,
    clientY: y,
    pointerId,
    pointerType: 'pen',
    isPrimary: true,
    bubbles: true,
    composed: true,
    button: 0,
  });

describe('<sel-partner-card-sort> search', () => {
  it('narrows every column by name as a person types, says how many match, and Escape shows all again', async () => {
    const el = await board();
    await userEvent.keyboard('{Tab}');
    expect(shadowActiveElement(el)).toBe(field(el));
    expect(text(field(el).closest('label'))).toBe('Find partners');
    await userEvent.keyboard('partner 3');
    await expect.poll(() => shown(el, 'unsorted')).toEqual(names(23, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39));
    expect(shown(el, 'clearly-supports')).toEqual(names(3));
    expect(shown(el, 'could-support')).toEqual(names(13));
    expect(text(root(el).querySelector('.search__count'))).toBe('13 of 40 partners match');
    expect(columnSays(el, 'unsorted')).toBe('11 of 20 match');
    expect(columnSays(el, 'clearly-supports')).toBe('One of 10 matches');
    // A column without cards says what it always says.
    expect(columnSays(el, 'no-apparent-connection')).toBe('0 partners');
    expect(columnEmpty(el, 'no-apparent-connection')).toBe('No partners here yet.');
    await expect.poll(() => announcement(el)).toBe('13 of 40 partners match');
    await expectNoAxeViolations(el);
    // The board's one Tab stop is the first card shown; the arrows move between the cards shown.
    await userEvent.keyboard('{Tab}{Tab}');
    expect(focusedName(el)).toBe('Community partner 23');
    await userEvent.keyboard('{ArrowDown}');
    expect(focusedName(el)).toBe('Community partner 30');
    await userEvent.keyboard('{ArrowRight}');
    expect(focusedName(el)).toBe('Community partner 3');
    field(el).focus();
    await userEvent.keyboard('{Escape}');
    expect(field(el).value).toBe('');
    await expect.poll(() => shown(el, 'unsorted')).toHaveLength(20);
    expect(shown(el, 'clearly-supports')).toHaveLength(10);
    expect(root(el).querySelector('.search__count')).toBeNull();
    expect(columnSays(el, 'unsorted')).toBe('20 partners');
    await expect.poll(() => announcement(el)).toBe('Search cleared: all 40 partners are shown.');
  });

  it('finds partners by the kind and the contact their cards show, accents and case aside', async () => {
    const el = await board();
    field(el).focus();
    await userEvent.keyboard('CONTACT 12');
    await expect.poll(() => shown(el, 'could-support')).toEqual(names(12));
    await userEvent.keyboard('{Escape}');
    // Partner 4 and every tenth after it are health care providers (the ten kinds cycle).
    await userEvent.keyboard('health care');
    await expect.poll(() => shown(el, 'clearly-supports')).toEqual(names(4));
    expect(shown(el, 'could-support')).toEqual(names(14));
    expect(shown(el, 'unsorted')).toEqual(names(24, 34));
  });

  it('moves a card it shows by keyboard, past the cards it hides', async () => {
    const el = await searchedForPartner3('clearly-supports', names(3));
    await userEvent.keyboard('{Tab}{Tab}');
    expect(focusedName(el)).toBe('Community partner 23');
    const moved = nextEvent(el, 'sel-partner-move');
    // Down once: past partners 24–29, which the search hides, to below partner 30.
    await userEvent.keyboard('{ }{ArrowDown}{ }');
    expect((await moved).detail).toMatchObject({ partnerId: 'partner-23', from: 'unsorted', to: 'unsorted' });
    await el.updateComplete;
    expect(shown(el, 'unsorted').slice(0, 3)).toEqual(names(30, 23, 31));
    const across = nextEvent(el, 'sel-partner-move');
    await userEvent.keyboard('{ }{ArrowRight}{ }');
    expect((await across).detail).toMatchObject({ partnerId: 'partner-23', to: 'clearly-supports' });
    await el.updateComplete;
    expect(shown(el, 'clearly-supports')).toContain('Community partner 23');
    expect(focusedName(el)).toBe('Community partner 23');
  });

  it('drags a card it shows onto another it shows, landing in the whole column where it points', async () => {
    const el = await searchedForPartner3('clearly-supports', names(3));
    const source = root(el).querySelector<HTMLElement>('[data-id="partner-23"]');
    const target = root(el).querySelector<HTMLElement>('[data-id="partner-3"]');
    if (!source || !target) throw new Error('cards not drawn');
    // The drop is found under the pointer: the target card must be in view (columns stack on a narrow page).
    target.scrollIntoView({ block: 'center' });
    const from = source.getBoundingClientRect();
    const at = penAt(7);
    const moved = nextEvent(el, 'sel-partner-move');
    source.dispatchEvent(new PointerEvent('pointerdown', at(from.left + 30, from.top + 20)));
    // The pen goes straight to the target (a drag starts past its threshold) and goes on moving
    // there, to where the card is drawn now, until the drop line shows.
    const over = () => {
      const to = target.getBoundingClientRect();
      return at(to.left + 30, to.top + 5);
    };
    await expect
      .poll(
        () => {
          source.dispatchEvent(new PointerEvent('pointermove', over()));
          return root(el).querySelector('.card--drop-before')?.getAttribute('data-id');
        },
        { timeout: 10_000 },
      )
      .toBe('partner-3');
    source.dispatchEvent(new PointerEvent('pointerup', over()));
    // Before partner 3: after partners 1 and 2, which the search hides.
    expect((await moved).detail).toMatchObject({ partnerId: 'partner-23', to: 'clearly-supports', toIndex: 2 });
    await el.updateComplete;
    expect(shown(el, 'clearly-supports')).toEqual(names(23, 3));
  });

  // Retried: one full Firefox run in three missed the drop line here, and no run of the file alone,
  // in the same order of files, or in the other engines did. The failure message says what the pen
  // pointed at, so a repeat can be traced.
  it('shows where a card dragged below the last card shown lands: at the end of the column', { retry: 2 }, async () => {
    const el = await searchedForPartner3('could-support', names(13));
    const source = root(el).querySelector<HTMLElement>('[data-id="partner-23"]');
    const target = root(el).querySelector<HTMLElement>('[data-id="partner-13"]');
    if (!source || !target) throw new Error('cards not drawn');
    target.scrollIntoView({ block: 'center' });
    const at = penAt(8);
    const moved = nextEvent(el, 'sel-partner-move');
    const from = source.getBoundingClientRect();
    source.dispatchEvent(new PointerEvent('pointerdown', at(from.left + 30, from.top + 20)));
    // A move near the window's edge scrolls the page, so the pen never rests by the source card: it
    // goes straight to where the target is drawn now, and goes on moving there until the line shows.
    const below = () => {
      const to = target.getBoundingClientRect();
      return at(to.left + 30, to.bottom - 4);
    };
    // Partners 14–20 below partner 13 are hidden: the line shows at the end of the column.
    await expect
      .poll(
        () => {
          source.dispatchEvent(new PointerEvent('pointermove', below()));
          return root(el).querySelector('.column[data-tier="could-support"] .cards--drop-end');
        },
        { timeout: 10_000 },
      )
      .not.toBeNull()
      .catch((error: unknown) => {
        throw new Error(`no drop line at the end of the column: ${dropDiagnosis(el, target, below())}`, {
          cause: error,
        });
      });
    expect(root(el).querySelector('.card--drop-before')).toBeNull();
    source.dispatchEvent(new PointerEvent('pointerup', below()));
    expect((await moved).detail).toMatchObject({ partnerId: 'partner-23', to: 'could-support', toIndex: 10 });
    await el.updateComplete;
    expect(shown(el, 'could-support')).toEqual(names(13, 23));
  });

  it('says in Spanish when no card of a column matches, and clears from its button', async () => {
    const el = await board('es');
    expect(text(field(el).closest('label'))).toBe('Buscar aliados');
    field(el).focus();
    await userEvent.keyboard('partner 25');
    await expect.poll(() => shown(el, 'unsorted')).toEqual(names(25));
    expect(text(root(el).querySelector('.search__count'))).toBe('Coincide un aliado de 40');
    expect(columnSays(el, 'unsorted')).toBe('Coincide uno de 20');
    expect(columnSays(el, 'clearly-supports')).toBe('Coinciden 0 de 10');
    expect(columnEmpty(el, 'clearly-supports')).toBe('Ningún aliado de esta columna coincide con la búsqueda.');
    await expect.poll(() => announcement(el)).toBe('Coincide un aliado de 40');
    await expectNoAxeViolations(el);
    await userEvent.keyboard('{Tab}');
    expect(text(shadowActiveElement(el))).toBe('Borrar la búsqueda');
    await userEvent.keyboard('{Enter}');
    expect(shadowActiveElement(el)).toBe(field(el));
    expect(field(el).value).toBe('');
    await expect.poll(() => shown(el, 'clearly-supports')).toHaveLength(10);
    expect(columnEmpty(el, 'clearly-supports')).toBe('');
    await expect.poll(() => announcement(el)).toBe('Búsqueda borrada: se muestran los 40 aliados.');
  });
});

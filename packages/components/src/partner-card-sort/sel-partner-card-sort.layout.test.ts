import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, fixture } from '../test/index.js';
import './define.js';
import type { SelPartnerCardSort } from './sel-partner-card-sort.js';
import { largePartnerInventory } from './test-partners.js';

function root(el: SelPartnerCardSort): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}

describe('<sel-partner-card-sort> layout', () => {
  it('shows every card of a long column in the page, none cut off inside a scroll box', async () => {
    const el = await fixture<SelPartnerCardSort>(
      html`<sel-partner-card-sort .partners=${largePartnerInventory(24)}></sel-partner-card-sort>`,
    );
    await el.dataSettled;
    await el.renderComplete;
    const list = root(el).querySelector<HTMLElement>('.column[data-tier="unsorted"] .cards');
    if (!list) throw new Error('no unsorted column');
    const cards = [...list.querySelectorAll<HTMLElement>('li.card')];
    expect(cards).toHaveLength(24);
    // The list grows with its cards: nothing hides below a scroll edge that overlay scrollbars do not show.
    expect(list.scrollHeight).toBeLessThanOrEqual(list.clientHeight + 1);
    const box = list.getBoundingClientRect();
    for (const card of cards) {
      const cardBox = card.getBoundingClientRect();
      expect(cardBox.bottom).toBeLessThanOrEqual(box.bottom + 0.5);
      expect(cardBox.top).toBeGreaterThanOrEqual(box.top - 0.5);
    }
    await expectNoAxeViolations(el);
  });

  it('keeps an empty column a drop target of a useful size', async () => {
    const el = await fixture<SelPartnerCardSort>(
      html`<sel-partner-card-sort .partners=${largePartnerInventory(3)}></sel-partner-card-sort>`,
    );
    await el.dataSettled;
    await el.renderComplete;
    const empty = root(el).querySelector<HTMLElement>('.column[data-tier="clearly-supports"]');
    if (!empty) throw new Error('no "clearly supports" column');
    // The whole column takes a drop: with its heading and empty message it is a target of a useful size.
    expect(empty.getBoundingClientRect().height).toBeGreaterThanOrEqual(96);
  });

  it('still lets a page cap the lists with --sel-card-sort-list-height', async () => {
    const el = await fixture<SelPartnerCardSort>(
      html`<sel-partner-card-sort
        style="--sel-card-sort-list-height: 12rem"
        .partners=${largePartnerInventory(24)}
      ></sel-partner-card-sort>`,
    );
    await el.dataSettled;
    await el.renderComplete;
    const list = root(el).querySelector<HTMLElement>('.column[data-tier="unsorted"] .cards');
    expect(list?.getBoundingClientRect().height).toBeLessThanOrEqual(12 * 16 + 1);
    expect(list?.scrollHeight).toBeGreaterThan(list?.clientHeight ?? 0);
  });
});

import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { fixture, nextEvent } from '../test/index.js';
import './define.js';
import type { SelPartnerCardSort } from './sel-partner-card-sort.js';
import { samplePartners } from './test-partners.js';

// Alone in its file: the page has no code of moves yet when the first press comes.
describe('<sel-partner-card-sort> before the code of moves is loaded', () => {
  it('keeps a drag made at once, while its code loads, and drops the card where it was released', async () => {
    const el = await fixture<SelPartnerCardSort>(
      html`<sel-partner-card-sort .partners=${samplePartners.slice(0, 4)}></sel-partner-card-sort>`,
    );
    await el.renderComplete;
    const root = el.shadowRoot;
    const card = root?.querySelector<HTMLElement>('[data-id="eastside-clinic"]');
    const column = root?.querySelector<HTMLElement>('.column[data-tier="could-support"]');
    if (!root || !card || !column) throw new Error('board not rendered');
    // The tiers may stack on a narrow page: bring the target tier into view first.
    column.scrollIntoView({ block: 'center' });
    const from = card.getBoundingClientRect();
    const to = column.getBoundingClientRect();
    const at = (x: number, y: number): PointerEventInit => ({
      clientX: x,
      clientY: y,
      pointerId: 9,
      pointerType: 'mouse',
      isPrimary: true,
      bubbles: true,
      composed: true,
      button: 0,
    });
    const moved = nextEvent(el, 'sel-partner-move');
    // Down, a move past the threshold and the release, all in one task: before the code arrives.
    card.dispatchEvent(new PointerEvent('pointerdown', at(from.left + 30, from.top + 20)));
    card.dispatchEvent(new PointerEvent('pointermove', at(to.left + 30, to.top + 10)));
    card.dispatchEvent(new PointerEvent('pointerup', at(to.left + 30, to.top + 10)));
    const { detail } = await moved;
    expect(detail).toMatchObject({
      partnerId: 'eastside-clinic',
      from: 'unsorted',
      to: 'could-support',
      cause: 'pointer',
    });
    expect(el.value?.['eastside-clinic']).toBe('could-support');
  });

  it('keeps a click a click: a press released without moving moves nothing', async () => {
    const el = await fixture<SelPartnerCardSort>(
      html`<sel-partner-card-sort .partners=${samplePartners.slice(0, 4)}></sel-partner-card-sort>`,
    );
    await el.renderComplete;
    const card = el.shadowRoot?.querySelector<HTMLElement>('[data-id="bright-futures"] .card__name');
    if (!card) throw new Error('board not rendered');
    const box = card.getBoundingClientRect();
    const init: PointerEventInit = {
      clientX: box.left + 5,
      clientY: box.top + 5,
      pointerId: 4,
      isPrimary: true,
      bubbles: true,
      composed: true,
      button: 0,
      pointerType: 'mouse',
    };
    const sent: unknown[] = [];
    el.addEventListener('sel-partner-move', (event) => sent.push(event.detail));
    card.dispatchEvent(new PointerEvent('pointerdown', init));
    card.dispatchEvent(new PointerEvent('pointerup', init));
    await new Promise((resolve) => setTimeout(resolve, 100));
    await el.updateComplete;
    expect(sent).toEqual([]);
    expect(el.shadowRoot?.querySelector('.board--dragging')).toBeNull();
  });
});

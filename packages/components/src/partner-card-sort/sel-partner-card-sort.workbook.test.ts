import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { PartnerWorkbook } from '@sel/core';
import { fixture, nextEvent } from '../test/index.js';
import { sampleWorkbook } from '../partner-inventory/test-spreadsheets.js';
import './define.js';
import type { SelPartnerCardSort } from './sel-partner-card-sort.js';

// The first test here moves a card before the page has the code of moves (it loads on that first
// key press); the other card sort tests load it beforehand.

/** A card sort reading `data` from its inline JSON, as a CMS page writes it. */
async function inline(data: unknown): Promise<SelPartnerCardSort> {
  const el = await fixture<SelPartnerCardSort>(
    `<sel-partner-card-sort><script type="application/json">${JSON.stringify(data)}</script></sel-partner-card-sort>`,
  );
  await el.renderComplete;
  return el;
}

/** Tabs to the board's first card grip (Riverbend Bank, the one unsorted partner) and moves it one tier right. */
async function moveBankRight(el: SelPartnerCardSort): Promise<void> {
  for (let i = 0; i < 8 && el.shadowRoot?.activeElement?.getAttribute('data-action') !== 'grab'; i += 1) {
    await userEvent.keyboard('{Tab}');
  }
  await userEvent.keyboard('{ }{ArrowRight}{ }');
}

describe('<sel-partner-card-sort> on a partner workbook', () => {
  it('sends the workbook read from inline JSON with each move, even a keyboard move made as its code loads', async () => {
    const workbook = sampleWorkbook();
    const el = await inline(workbook);
    const change = nextEvent(el, 'sel-workbook-change');
    await moveBankRight(el);
    const { detail } = await change;
    expect(detail.change).toEqual({ kind: 'set-tier', partnerId: 'bank', from: 'unsorted', to: 'clearly-supports' });
    expect(detail.workbook).toEqual({
      ...workbook,
      assignments: { ...workbook.assignments, bank: 'clearly-supports' },
    });
    expect(el.value).toEqual({ ymca: 'clearly-supports', clinic: 'could-support', bank: 'clearly-supports' });
  });

  it('sends a workbook for an older shape read inline (partners and assignments), none for the partners property', async () => {
    const { partners, assignments } = sampleWorkbook();
    const el = await inline({ partners, assignments });
    const change = nextEvent(el, 'sel-workbook-change');
    await moveBankRight(el);
    const migrated: PartnerWorkbook = (await change).detail.workbook;
    expect(migrated.partners).toEqual(partners);
    expect(migrated.assignments).toEqual({ ...assignments, bank: 'clearly-supports' });
    expect(migrated.touchpoints).toEqual([]);

    const bare = await fixture<SelPartnerCardSort>(
      html`<sel-partner-card-sort .partners=${partners}></sel-partner-card-sort>`,
    );
    await bare.renderComplete;
    const sent: unknown[] = [];
    bare.addEventListener('sel-workbook-change', (event) => sent.push(event.detail));
    const moved = nextEvent(bare, 'sel-partner-move');
    bare.shadowRoot?.querySelector<HTMLElement>('[data-id="bank"] [data-action="menu"]')?.click();
    await bare.updateComplete;
    bare.shadowRoot?.querySelector<HTMLElement>('[data-id="bank"] [data-tier="could-support"]')?.click();
    expect((await moved).detail.to).toBe('could-support');
    expect(sent).toEqual([]);
  });

  it('reports a workbook file whose check-ins name no partner, and still sorts', async () => {
    const workbook = {
      ...sampleWorkbook(),
      touchpoints: [{ partnerId: 'ghost', topic: 'spreading-the-word', date: '2026-01-05' }],
    };
    const el = await inline(workbook);
    const error = nextEvent(el, 'sel-error');
    const sent: unknown[] = [];
    el.addEventListener('sel-workbook-change', (event) => sent.push(event.detail));
    await moveBankRight(el);
    expect((await error).detail.issues[0]?.path).toEqual(['touchpoints', 0, 'partnerId']);
    expect(el.value?.['bank']).toBe('clearly-supports');
    expect(sent).toEqual([]);
    expect(el.shadowRoot?.querySelector('[role="alert"]')?.textContent).toMatch(/touchpoints/);
  });

  it('starts from the workbook property tiers and sends the workbook with each move', async () => {
    const workbook = sampleWorkbook();
    const el = await fixture<SelPartnerCardSort>(
      html`<sel-partner-card-sort .workbook=${workbook}></sel-partner-card-sort>`,
    );
    await el.renderComplete;
    expect(el.value).toEqual({ ymca: 'clearly-supports', clinic: 'could-support', bank: 'unsorted' });
    const menu = el.shadowRoot?.querySelector<HTMLElement>('li.card[data-key] [data-action="menu"]');
    if (!menu) throw new Error('no Move to button');
    await userEvent.click(menu);
    const item = el.shadowRoot?.querySelector<HTMLElement>('[role="menuitem"][data-tier="no-apparent-connection"]');
    if (!item) throw new Error('no menu item');
    const change = nextEvent(el, 'sel-workbook-change');
    await userEvent.click(item);
    const { detail } = await change;
    expect(detail.change.kind).toBe('set-tier');
    expect(detail.workbook.touchpoints).toBe(workbook.touchpoints);
    expect(detail.workbook.partners).toBe(workbook.partners);
    const moved = detail.change.kind === 'set-tier' ? detail.change.partnerId : '';
    expect(detail.workbook.assignments[moved]).toBe('no-apparent-connection');
    expect(workbook.assignments).toEqual({ ymca: 'clearly-supports', clinic: 'could-support' });
  });
});

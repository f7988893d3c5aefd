import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { fixture, nextEvent } from '../test/index.js';
import { sampleWorkbook } from '../partner-inventory/test-spreadsheets.js';
import './define.js';
import type { SelPartnerCardSort } from './sel-partner-card-sort.js';

describe('<sel-partner-card-sort> on a partner workbook', () => {
  it('starts from the workbook tiers and sends the workbook with each move', async () => {
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

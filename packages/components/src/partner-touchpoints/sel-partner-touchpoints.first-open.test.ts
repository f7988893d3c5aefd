import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { fixture, nextEvent } from '../test/index.js';
import { focused, q, retype, root, tabTo } from '../partner-workbook/test-workbook-dom.js';
import { sampleWorkbook } from '../partner-inventory/test-spreadsheets.js';
import './define.js';
import type { SelPartnerTouchpoints } from './sel-partner-touchpoints.js';

describe('<sel-partner-touchpoints> before its check-in code is loaded', () => {
  it('opens the check-in dialog from the first press in Spanish, with its words in Spanish from the start', async () => {
    const el = await fixture<SelPartnerTouchpoints>(
      html`<sel-partner-touchpoints today="2026-11-15" .workbook=${sampleWorkbook()}></sel-partner-touchpoints>`,
      { lang: 'es' },
    );
    await el.renderComplete;
    expect(root(el).querySelector('dialog')).toBeNull();
    await tabTo(el, 'tbody tr:first-child [data-action="log"]');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => focused(el)?.id, { timeout: 10_000 }).toBe('checkin-date');
    expect(q(el, '#checkin-title').textContent.trim()).toBe('Registrar una reunión con YMCA North');
    expect(q(el, 'dialog button[type="submit"]').textContent.trim()).toBe('Registrar reunión');
    await retype(q(el, '#checkin-date'), '2026-11-14');
    const logged = nextEvent(el, 'sel-workbook-change');
    await userEvent.click(q(el, 'dialog button[type="submit"]'));
    expect((await logged).detail.change).toMatchObject({ kind: 'log-check-in' });
  });

  it('saves a cadence typed before the code was here, and says so', async () => {
    const el = await fixture<SelPartnerTouchpoints>(
      html`<sel-partner-touchpoints today="2026-11-15" .workbook=${sampleWorkbook()}></sel-partner-touchpoints>`,
    );
    await el.renderComplete;
    const input = q(el, '#cadence-could-support') as HTMLInputElement;
    const change = nextEvent(el, 'sel-workbook-change');
    await retype(input, '3');
    input.dispatchEvent(new Event('change'));
    expect((await change).detail.workbook.cadence).toMatchObject({ 'could-support': 3 });
    await expect.poll(() => root(el).querySelector('[role="status"]')?.textContent).toMatch(/Cadence for .* saved/);
  });
});

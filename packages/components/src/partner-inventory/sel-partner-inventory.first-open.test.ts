import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { fixture, nextEvent } from '../test/index.js';
import { focused, root, tabTo } from '../partner-workbook/test-workbook-dom.js';
import './define.js';
import type { SelPartnerInventory } from './sel-partner-inventory.js';
import { sampleWorkbook } from './test-spreadsheets.js';

describe('<sel-partner-inventory> before its dialog code is loaded', () => {
  it('opens the add dialog from the first press, loading its code, and saves what was typed', async () => {
    const el = await fixture<SelPartnerInventory>(
      html`<sel-partner-inventory .workbook=${sampleWorkbook()}></sel-partner-inventory>`,
    );
    await el.renderComplete;
    expect(root(el).querySelector('dialog')).toBeNull();
    await tabTo(el, '[data-action="add"]');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => focused(el)?.id, { timeout: 10_000 }).toBe('field-name');
    await userEvent.keyboard('Cafe Nandu');
    const change = nextEvent(el, 'sel-workbook-change');
    await userEvent.keyboard('{Enter}');
    expect((await change).detail.workbook.partners.at(-1)?.name).toBe('Cafe Nandu');
  });
});

import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { fixture, nextEvent } from '../test/index.js';
import { focused, q, root, tabTo } from '../partner-workbook/test-workbook-dom.js';
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

  it('opens the dialog from the first press in Spanish, with its words in Spanish from the start', async () => {
    const el = await fixture<SelPartnerInventory>(
      html`<sel-partner-inventory .workbook=${sampleWorkbook()}></sel-partner-inventory>`,
      { lang: 'es' },
    );
    await el.renderComplete;
    await tabTo(el, 'tr[data-id="clinic"] [data-action="edit"]');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => focused(el)?.id, { timeout: 10_000 }).toBe('field-name');
    expect(q(el, '#dialog-title').textContent.trim()).toBe('Editar Clínica Niños Sanos');
    expect(q(el, 'dialog button[type="submit"]').textContent.trim()).toBe('Guardar');
  });

  it("deletes from the first press, loading the deletion's code, and undoes it", async () => {
    const el = await fixture<SelPartnerInventory>(
      html`<sel-partner-inventory .workbook=${sampleWorkbook()}></sel-partner-inventory>`,
    );
    await el.renderComplete;
    await tabTo(el, 'tr[data-id="bank"] [data-action="delete"]');
    const deleted = nextEvent(el, 'sel-workbook-change');
    await userEvent.keyboard('{Enter}');
    expect((await deleted).detail.workbook.partners.map((p) => p.id)).toEqual(['ymca', 'clinic']);
    await expect.poll(() => focused(el)?.dataset['action'], { timeout: 10_000 }).toBe('undo');
    const restored = nextEvent(el, 'sel-workbook-change');
    await userEvent.keyboard('{Enter}');
    expect((await restored).detail.workbook.partners.map((p) => p.id)).toEqual(['ymca', 'clinic', 'bank']);
  });
});

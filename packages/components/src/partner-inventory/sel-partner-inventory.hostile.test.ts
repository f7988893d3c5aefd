import { beforeAll, describe, expect, it } from 'vitest';
import { partnersToCsv, type PartnerWorkbook } from '@sel/core';
import { nextEvent } from '../test/index.js';
import { chunks, expectShownAsText, visibleHostileStrings, watchPage, XSS_PAYLOADS } from '../test/hostile/hostile.js';
import { hostileWorkbook, MULTILINE_AND_NON_ASCII } from '../partner-workbook/test-hostile-workbook.js';
import { q, root } from '../partner-workbook/test-workbook-dom.js';
import './define.js';
import { loadPartnerDialog, type SelPartnerInventory } from './sel-partner-inventory.js';
import { csvFile } from './test-spreadsheets.js';
import { PAGE_SIZE } from './inventory-table.js';

/** Mounts an inventory in a container of its own that {@link watchPage} watches, every row drawn. */
async function mountWatched(
  workbook: PartnerWorkbook,
): Promise<{ el: SelPartnerInventory; watch: ReturnType<typeof watchPage>; done: () => void }> {
  const container = document.createElement('div');
  document.body.append(container);
  const watch = watchPage(container);
  const el: SelPartnerInventory = document.createElement('sel-partner-inventory');
  el.workbook = workbook;
  container.append(el);
  await el.renderComplete;
  return {
    el,
    watch,
    done: () => {
      watch.stop();
      container.remove();
    },
  };
}

/** The row of a partner found by its exact id (ids may hold any character, so no selector is built from one). */
function row(el: SelPartnerInventory, id: string): HTMLElement {
  const found = [...root(el).querySelectorAll<HTMLElement>('tbody tr')].find((tr) => tr.dataset['id'] === id);
  if (!found) throw new Error(`no row for ${JSON.stringify(id)}`);
  return found;
}

/** Strings a single-line text box can hold as they are (an `<input>` drops line breaks). */
const oneLine = (text: string): boolean => !/[\r\n]/.test(text);

// The add and edit dialog's code loads on first use; these tests open it at once, as on a page
// where it was already used (sel-partner-inventory.first-open.test.ts opens it before).
beforeAll(async () => {
  await loadPartnerDialog();
});

describe('<sel-partner-inventory> with hostile text', () => {
  it('shows every naughty string and XSS payload as text in every column, runs no script and changes nothing outside', async () => {
    const visible = [...(await visibleHostileStrings()), ...MULTILINE_AND_NON_ASCII];
    // A page of the table at a time.
    for (const batch of chunks(visible, PAGE_SIZE)) {
      const workbook = hostileWorkbook(batch);
      const { el, watch, done } = await mountWatched(workbook);
      try {
        // Every column on, as the column chooser turns them on.
        for (const box of root(el).querySelectorAll<HTMLInputElement>('.chooser input[type="checkbox"]')) {
          if (!box.checked) box.click();
        }
        await el.updateComplete;
        await el.renderComplete;
        watch.check(el);
        expect(root(el).querySelector('[role="alert"]'), 'the hostile workbook is valid').toBeNull();
        const names = [...root(el).querySelectorAll('tbody th')].map((th) => th.textContent);
        expect(names).toEqual(workbook.partners.map((partner) => partner.name));
        expectShownAsText(el, batch);
        expect(el.value).toEqual(workbook);
      } finally {
        done();
      }
    }
  }, 60_000);

  it('filters by every XSS payload as text: no script runs and the count says what matched', async () => {
    const workbook = hostileWorkbook(XSS_PAYLOADS);
    const { el, watch, done } = await mountWatched(workbook);
    try {
      const search = q(el, 'input[type="search"]') as HTMLInputElement;
      for (const payload of XSS_PAYLOADS) {
        search.value = payload;
        search.dispatchEvent(new Event('input'));
        await el.updateComplete;
        // The payload is the name of one partner; it finds at least that one.
        expect(root(el).querySelectorAll('tbody tr').length, payload).toBeGreaterThan(0);
      }
      watch.check(el);
    } finally {
      done();
    }
  }, 60_000);

  it('shows a hostile partner in the edit dialog exactly, and saves it back unchanged', async () => {
    const strings = (await visibleHostileStrings()).filter(oneLine).filter((text) => text.trim() === text);
    const workbook = hostileWorkbook(strings.slice(0, PAGE_SIZE));
    const { el, watch, done } = await mountWatched(workbook);
    try {
      for (const partner of workbook.partners.filter((_, i) => i % 12 === 0)) {
        const button = row(el, partner.id).querySelector<HTMLElement>('[data-action="edit"]');
        button?.click();
        await el.updateComplete;
        const value = (id: string): string => (q(el, `#${id}`) as HTMLInputElement).value;
        expect(value('field-id')).toBe(partner.id);
        expect(value('field-name')).toBe(partner.name);
        expect(value('field-mission')).toBe(partner.mission);
        expect(value('field-partnerContact-role')).toBe(partner.partnerContact?.role);
        expect(value('field-notes')).toBe(partner.notes);
        watch.check(el);
        const saved = nextEvent(el, 'sel-workbook-change');
        q(el, '#field-name').focus();
        (q(el, 'dialog form') as HTMLFormElement).requestSubmit();
        const { detail } = await saved;
        expect(detail.workbook.partners.find((each) => each.id === partner.id)).toEqual(partner);
        await el.updateComplete;
      }
    } finally {
      done();
    }
  }, 60_000);

  it('imports a spreadsheet of hostile text cell for cell, formulas kept as text', async () => {
    const visible = [...(await visibleHostileStrings()), ...MULTILINE_AND_NON_ASCII];
    const { partners, assignments } = hostileWorkbook(visible);
    const { el, watch, done } = await mountWatched({ version: 1, partners: [], assignments: {}, touchpoints: [] });
    try {
      q(el, '[data-action="import"]').click();
      await expect.poll(() => root(el).querySelector('input[type="file"]')).not.toBeNull();
      const input = q(el, 'input[type="file"]') as HTMLInputElement;
      // A file, not a paste: a text box would turn the CRLF inside a cell into LF.
      const transfer = new DataTransfer();
      transfer.items.add(csvFile(`\uFEFF${partnersToCsv(partners, assignments)}`));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await expect.poll(() => root(el).querySelector('[data-action="run-import"]'), { timeout: 10_000 }).not.toBeNull();
      expect(root(el).querySelector('.import__problems')).toBeNull();
      const imported = nextEvent(el, 'sel-workbook-change');
      q(el, '[data-action="run-import"]').click();
      const { detail } = await imported;
      expect(detail.workbook.partners).toEqual(partners);
      expect(detail.workbook.assignments).toEqual(assignments);
      await el.updateComplete;
      watch.check(el);
    } finally {
      done();
    }
  }, 60_000);
});

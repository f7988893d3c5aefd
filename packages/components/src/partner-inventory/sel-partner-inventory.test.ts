import { html } from 'lit';
import { beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { PartnerWorkbook } from '@sel/core';
import { expectNoAxeViolations, fixture, nextEvent } from '../test/index.js';
import { focused, q, retype, root, tabTo } from '../partner-workbook/test-workbook-dom.js';
import './define.js';
import { loadPartnerDialog, type SelPartnerInventory } from './sel-partner-inventory.js';
import {
  brokenRowCsv,
  csvFile,
  excelCsv,
  googleSheetsCsv,
  largeCsv,
  largeWorkbook,
  sampleWorkbook,
  spanishExcelCsv,
} from './test-spreadsheets.js';

async function inventory(workbook: PartnerWorkbook = sampleWorkbook(), lang?: string): Promise<SelPartnerInventory> {
  const el = await fixture<SelPartnerInventory>(
    html`<sel-partner-inventory .workbook=${workbook}></sel-partner-inventory>`,
    lang ? { lang } : {},
  );
  await el.renderComplete;
  return el;
}

const names = (el: Element): string[] => [...root(el).querySelectorAll('tbody th')].map((th) => th.textContent.trim());
const headers = (el: Element): string[] =>
  [...root(el).querySelectorAll('thead th')].map((th) => th.textContent.replace(/[▲▼]/g, '').trim());
/** Submits the dialog's form with Enter in one of its text fields, as a keyboard user does. */
async function submitWithEnter(field: HTMLElement): Promise<void> {
  field.focus();
  await userEvent.keyboard('{Enter}');
}
/** Picks a file in a file input (the browser's file dialog is the system's, so the test sets what it returns). */
function pick(input: HTMLInputElement, file: File): void {
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
const settle = async (el: SelPartnerInventory): Promise<void> => {
  await el.updateComplete;
  await el.renderComplete;
};
/** Waits for the import panel, whose code loads the first time it opens. */
async function importPanel(el: SelPartnerInventory): Promise<HTMLTextAreaElement> {
  await expect.poll(() => root(el).querySelector('#import-text')).not.toBeNull();
  await settle(el);
  return q(el, '#import-text') as HTMLTextAreaElement;
}

// The add and edit dialog's code loads on first use; these tests open it at once, as on a page
// where it was already used (sel-partner-inventory.first-open.test.ts opens it before).
beforeAll(async () => {
  await loadPartnerDialog();
});

describe('<sel-partner-inventory>', () => {
  it('shows every partner in a table with the template columns, a caption, headers and the count', async () => {
    const el = await inventory();
    expect(headers(el)).toEqual([
      'Name',
      'Kind of partner',
      'Partner point of contact',
      'School point of contact',
      'Schedule',
      'Tier',
      'Actions',
    ]);
    expect(names(el)).toEqual(['YMCA North', 'Clínica Niños Sanos', 'Riverbend Bank']);
    expect(q(el, 'tbody tr').textContent).toMatch(
      /Out-of-school[\s\S]*Ana Ruiz · ana@ymca\.example\.org[\s\S]*Clearly supports SEL/,
    );
    expect(q(el, '.count').textContent.trim()).toBe('3 partners');
    await expectNoAxeViolations(el);
  });

  it("lays out a desktop table with each row's buttons side by side and no header cut", async () => {
    await page.viewport(1280, 800);
    const el = await inventory();
    for (const row of root(el).querySelectorAll('tbody tr')) {
      const edit = row.querySelector('[data-action="edit"]')?.getBoundingClientRect();
      const remove = row.querySelector('[data-action="delete"]')?.getBoundingClientRect();
      // One line each, beside each other: not stacked, not tall with the word at the bottom.
      expect(edit?.top).toBe(remove?.top);
      expect(edit && remove && edit.right <= remove.left).toBe(true);
      expect(edit?.height).toBeLessThan(40);
    }
    for (const th of root(el).querySelectorAll<HTMLElement>('thead th')) {
      expect(th.scrollWidth, th.textContent.trim()).toBeLessThanOrEqual(th.clientWidth);
    }
    expect(q(el, 'thead th:nth-child(3)').textContent.trim()).toBe('Partner point of contact');
  });

  it('sorts by a column from the keyboard, and reverses on a second press', async () => {
    const el = await inventory();
    await tabTo(el, 'button.sort[data-column="name"]');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(names(el)).toEqual(['Clínica Niños Sanos', 'Riverbend Bank', 'YMCA North']);
    expect(q(el, 'th[aria-sort="ascending"]').textContent).toMatch(/Name/);
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(names(el)).toEqual(['YMCA North', 'Riverbend Bank', 'Clínica Niños Sanos']);
    expect(q(el, 'th[aria-sort="descending"]').textContent).toMatch(/Name/);
  });

  it('filters by kind, tier and text (accents ignored), and says how many are shown', async () => {
    const el = await inventory();
    await userEvent.selectOptions(q(el, 'select[name="filter-tier"]'), 'unsorted');
    await settle(el);
    expect(names(el)).toEqual(['Riverbend Bank']);
    await userEvent.selectOptions(q(el, 'select[name="filter-kind"]'), 'health-care');
    await settle(el);
    expect(names(el)).toEqual([]);
    expect(q(el, '.empty').textContent.trim()).toBe('No partner matches these filters.');
    await userEvent.selectOptions(q(el, 'select[name="filter-kind"]'), '');
    await userEvent.selectOptions(q(el, 'select[name="filter-tier"]'), '');
    await tabTo(el, 'input[type="search"]');
    await userEvent.keyboard('clinica');
    await settle(el);
    expect(names(el)).toEqual(['Clínica Niños Sanos']);
    expect(q(el, '.count').textContent.trim()).toBe('Showing one of 3 partners');
    await expectNoAxeViolations(el);
  });

  it('shows the columns chosen in the column chooser', async () => {
    const el = await inventory();
    await tabTo(el, '.chooser summary');
    await userEvent.keyboard('{Enter}');
    await userEvent.click(q(el, '.chooser input[value="notes"]'));
    await settle(el);
    expect(headers(el)).toContain('Notes');
    expect(q(el, 'tbody tr:nth-child(3)').textContent).toMatch(/Sponsors the fall fair/);
    await expectNoAxeViolations(el);
  });

  it('adds a partner in the dialog by keyboard, with each problem beside its field and nothing typed lost', async () => {
    const el = await inventory();
    await tabTo(el, '[data-action="add"]');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(focused(el)?.id).toBe('field-name');
    await userEvent.keyboard('Cafe Nandu');
    await retype(q(el, '#field-partnerContact-email'), 'not an email');
    await retype(q(el, '#field-years'), 'three');
    await submitWithEnter(q(el, '#field-years'));
    await settle(el);
    expect(q(el, '.dialog__summary').textContent.trim()).toBe('3 fields need a correction.');
    expect(q(el, '#field-partnerContact-email').getAttribute('aria-invalid')).toBe('true');
    expect(q(el, '#field-partnerContact-email-error').textContent).toMatch(/email address/);
    expect(q(el, '#field-partnerContact-name-error').textContent).toMatch(/contact name/);
    expect(q(el, '#field-years-error').textContent).toMatch(/number of years/);
    expect((q(el, '#field-name') as HTMLInputElement).value).toBe('Cafe Nandu');
    await expectNoAxeViolations(el);
    await retype(q(el, '#field-partnerContact-name'), 'Rosa Díaz');
    await retype(q(el, '#field-partnerContact-email'), 'rosa@cafe.example.org');
    await retype(q(el, '#field-years'), '3');
    const change = nextEvent(el, 'sel-workbook-change');
    await submitWithEnter(q(el, '#field-years'));
    const { detail } = await change;
    expect(detail.change).toEqual({ kind: 'add-partner', partnerId: 'cafe-nandu' });
    expect(detail.workbook.partners.at(-1)).toEqual({
      id: 'cafe-nandu',
      name: 'Cafe Nandu',
      kind: 'other',
      partnerContact: { name: 'Rosa Díaz', email: 'rosa@cafe.example.org' },
      years: 3,
    });
    await settle(el);
    expect(el.value).toBe(detail.workbook);
    expect(names(el)).toContain('Cafe Nandu');
  });

  it("keeps the form's own id and name free of its fields, and saves the id typed in its field", async () => {
    const el = await inventory();
    await tabTo(el, '[data-action="add"]');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    const form = q(el, 'dialog form') as HTMLFormElement;
    // A control named "id" or "name" would be the form's `id` or `name` (WebKit's driver reads `id` as text).
    expect(form.id).toBe('');
    expect(form.name).toBe('');
    await userEvent.keyboard('Cafe Nandu');
    await retype(q(el, '#field-id'), 'cafe-2026');
    const change = nextEvent(el, 'sel-workbook-change');
    await userEvent.click(q(el, 'dialog button[type="submit"]'));
    const { detail } = await change;
    expect(detail.change).toEqual({ kind: 'add-partner', partnerId: 'cafe-2026' });
    expect(detail.workbook.partners.at(-1)).toMatchObject({ id: 'cafe-2026', name: 'Cafe Nandu' });
  });

  it('edits a partner, and deletes one with an undo that brings back its tier and check-ins', async () => {
    const el = await inventory();
    await tabTo(el, 'tr[data-id="ymca"] [data-action="edit"]');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    await retype(q(el, '#field-name'), 'YMCA North Branch');
    const edited = nextEvent(el, 'sel-workbook-change');
    await submitWithEnter(q(el, '#field-name'));
    expect((await edited).detail.workbook.partners[0]?.name).toBe('YMCA North Branch');
    await settle(el);
    expect(focused(el)?.dataset['action']).toBe('edit');

    await tabTo(el, 'tr[data-id="ymca"] [data-action="delete"]');
    const deleted = nextEvent(el, 'sel-workbook-change');
    await userEvent.keyboard('{Enter}');
    const gone = (await deleted).detail.workbook;
    expect(gone.partners.map((p) => p.id)).toEqual(['clinic', 'bank']);
    expect(gone.touchpoints).toEqual([]);
    await settle(el);
    expect(focused(el)?.dataset['action']).toBe('undo');
    expect(q(el, '.undo').textContent).toMatch(/YMCA North Branch deleted/);
    await expectNoAxeViolations(el);
    const restored = nextEvent(el, 'sel-workbook-change');
    await userEvent.keyboard('{Enter}');
    const back = (await restored).detail.workbook;
    expect(back.partners.map((p) => p.id)).toEqual(['ymca', 'clinic', 'bank']);
    expect(back.assignments['ymca']).toBe('clearly-supports');
    expect(back.touchpoints).toHaveLength(1);
  });

  it.each([
    ['Excel UTF-8 (byte-order mark, CRLF)', excelCsv()],
    ['Spanish Excel (semicolons, Spanish headers)', spanishExcelCsv()],
    ['Google Sheets (LF)', googleSheetsCsv()],
  ])('imports a pasted %s file, formulas kept as text', async (_, text) => {
    const el = await inventory({ version: 1, partners: [], assignments: {}, touchpoints: [] });
    await tabTo(el, '[data-action="import"]');
    await userEvent.keyboard('{Enter}');
    const area = await importPanel(el);
    expect(focused(el)?.id).toBe('import-text');
    area.value = text;
    area.dispatchEvent(new Event('input'));
    await userEvent.click(q(el, '[data-action="preview"]'));
    await expect.poll(() => root(el).querySelector('[data-action="run-import"]')).not.toBeNull();
    expect(q(el, '.import__status').textContent).toMatch(/3 rows are ready to import/);
    expect((q(el, 'select[data-column="0"]') as HTMLSelectElement).value).toBe('name');
    await expectNoAxeViolations(el);
    const change = nextEvent(el, 'sel-workbook-change');
    await userEvent.click(q(el, '[data-action="run-import"]'));
    const { detail } = await change;
    expect(detail.change).toMatchObject({
      kind: 'import-partners',
      added: ['ymca-norte-lincoln', 'clinica-ninos-sanos', 'cafe-nandu'],
    });
    expect(detail.workbook.partners.map((p) => p.name)).toEqual([
      'YMCA Norte, "Lincoln"',
      'Clínica Niños Sanos',
      'Café Ñandú',
    ]);
    expect(detail.workbook.partners[0]?.outcomeGoals).toEqual(['Asistencia', 'Autogestión']);
    expect(detail.workbook.partners[2]?.outcomeGoals).toEqual(['=HYPERLINK("http://evil.example")']);
    expect(detail.workbook.assignments).toMatchObject({
      'ymca-norte-lincoln': 'clearly-supports',
      'clinica-ninos-sanos': 'could-support',
    });
  });

  it('shows a bad row with row, column and reason, imports the good ones and keeps the bad one to fix', async () => {
    const el = await inventory({ version: 1, partners: [], assignments: {}, touchpoints: [] });
    await userEvent.click(q(el, '[data-action="import"]'));
    await importPanel(el);
    const input = q(el, 'input[type="file"]') as HTMLInputElement;
    pick(input, csvFile(brokenRowCsv()));
    await expect.poll(() => root(el).querySelector('.import__problems')).not.toBeNull();
    expect(q(el, '.import__problems').textContent).toMatch(/Row 3, column Kind of partner: Expected a partner kind/);
    expect(q(el, '.import__status').textContent).toMatch(/2 rows are ready to import\.\s*One row needs a correction/);
    await expectNoAxeViolations(el);
    const change = nextEvent(el, 'sel-workbook-change');
    await userEvent.click(q(el, '[data-action="run-import"]'));
    expect((await change).detail.workbook.partners).toHaveLength(2);
    await settle(el);
    const left = (q(el, '#import-text') as HTMLTextAreaElement).value;
    expect(left).toMatch(/^Name of community partner,/);
    expect(left).toMatch(/Fila rota,nave espacial/);
    expect(q(el, '.import__status').textContent).toMatch(/2 partners imported\. The rows that need a correction stay/);
  });

  it('says each bad row, column and reason in Spanish, with the cell as typed', async () => {
    const el = await inventory({ version: 1, partners: [], assignments: {}, touchpoints: [] }, 'es');
    await userEvent.click(q(el, '[data-action="import"]'));
    const area = await importPanel(el);
    area.value = [
      'Nombre;Tipo de socio;Community partner point of contact;Community partner contact email;Años;Nivel',
      'Café Ñandú;nave espacial;Rosa Díaz;rosa@cafe.example.org;3;1',
      'Clínica;health-care;;no es correo;tres;cuatro',
      'Banco;local-business;Ana;ana@banco.example.org;2;2;sobra',
      'Escuela Luz;other;Luz Gómez;luz@escuela.example.org;1;2',
      '',
    ].join('\r\n');
    area.dispatchEvent(new Event('input'));
    await userEvent.click(q(el, '[data-action="preview"]'));
    await expect.poll(() => root(el).querySelector('.import__problems')).not.toBeNull();
    const problems = [...root(el).querySelectorAll('.import__problems li')].map((li) => li.textContent.trim());
    expect(problems).toEqual([
      'Fila 2, columna Tipo de socio: Se esperaba un tipo de aliado (como out-of-school-time, health-care u other); se encontró «nave espacial»',
      'Fila 3, columna Años: Se esperaba un número entero de años, p. ej., 4; se encontró «tres»',
      'Fila 3, columna Nivel: Se esperaba un nivel (1, 2 o 3, o su nombre); se encontró «cuatro»',
      'Fila 3, columna Community partner point of contact: Falta el nombre del contacto: un contacto con cargo, correo o teléfono lo necesita',
      'Fila 3, columna Community partner contact email: Se esperaba una dirección de correo electrónico, p. ej., «nombre@ejemplo.org»; se encontró «no es correo»',
      'Fila 4, columna 7: Se esperaban como máximo 6 celdas, como en la fila de encabezados, pero esta fila tiene más',
    ]);
    expect(q(el, '.import__status').textContent).toMatch(
      /Una fila está lista para importar\.\s*3 filas necesitan una corrección/,
    );
    await expectNoAxeViolations(el);
  });

  it('lets the user fix the column mapping', async () => {
    const el = await inventory({ version: 1, partners: [], assignments: {}, touchpoints: [] });
    await userEvent.click(q(el, '[data-action="import"]'));
    const area = await importPanel(el);
    area.value = 'Organización;Comentarios\r\nClínica;Martes\r\n';
    area.dispatchEvent(new Event('input'));
    await userEvent.click(q(el, '[data-action="preview"]'));
    await expect
      .poll(() => root(el).querySelector('.import__problems')?.textContent ?? '')
      .toMatch(/Name of community partner/);
    await userEvent.selectOptions(q(el, 'select[data-column="0"]'), 'name');
    await userEvent.selectOptions(q(el, 'select[data-column="1"]'), 'notes');
    await expect.poll(() => root(el).querySelector('[data-action="run-import"]')).not.toBeNull();
    const change = nextEvent(el, 'sel-workbook-change');
    await userEvent.click(q(el, '[data-action="run-import"]'));
    expect((await change).detail.workbook.partners).toEqual([
      { id: 'clinica', name: 'Clínica', kind: 'other', notes: 'Martes' },
    ]);
  });

  it('imports 2,000 rows and shows them', async () => {
    const el = await inventory({ version: 1, partners: [], assignments: {}, touchpoints: [] });
    await userEvent.click(q(el, '[data-action="import"]'));
    await importPanel(el);
    pick(q(el, 'input[type="file"]') as HTMLInputElement, csvFile(largeCsv(2000)));
    await expect.poll(() => root(el).querySelector('[data-action="run-import"]'), { timeout: 10_000 }).not.toBeNull();
    const change = nextEvent(el, 'sel-workbook-change');
    await userEvent.click(q(el, '[data-action="run-import"]'));
    expect((await change).detail.workbook.partners).toHaveLength(2000);
    await el.renderComplete;
    expect(q(el, '.count').textContent.trim()).toBe('2,000 partners');
    expect(names(el)[0]).toBe('Socio 1, año 1');
    expect(names(el).at(-1)).toBe('Socio 100, año 10');
    expect(q(el, '.pager [role="status"]').textContent.trim()).toBe('Page 1 of 20: partners 1 to 100');
  }, 30_000);

  it('shows 2,000 partners a hundred to a page, sorts and filters all of them, and pages by keyboard', async () => {
    const el = await inventory(largeWorkbook(2000));
    const status = (): string => q(el, '.pager [role="status"]').textContent.trim();
    expect(root(el).querySelectorAll('tbody tr')).toHaveLength(100);
    expect(q(el, '.count').textContent.trim()).toBe('2,000 partners');
    expect(status()).toBe('Page 1 of 20: partners 1 to 100');
    q(el, 'button.sort[data-column="name"]').click();
    await settle(el);
    expect(names(el).slice(0, 2)).toEqual(['Partner 0001', 'Partner 0002']);
    await tabTo(el, '[data-action="next-page"]');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(status()).toBe('Page 2 of 20: partners 101 to 200');
    expect(names(el)[0]).toBe('Partner 0101');
    expect(focused(el)?.dataset['action']).toBe('next-page');
    // Previous on the first page and Next on the last say so, and keep focus where it is.
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(focused(el)?.dataset['action']).toBe('previous-page');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(status()).toBe('Page 1 of 20: partners 1 to 100');
    expect(q(el, '[data-action="previous-page"]').getAttribute('aria-disabled')).toBe('true');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(status()).toBe('Page 1 of 20: partners 1 to 100');
    expect(focused(el)?.dataset['action']).toBe('previous-page');
    // A filter shows its first page.
    await tabTo(el, '[data-action="next-page"]');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    await userEvent.selectOptions(q(el, 'select[name="filter-kind"]'), 'health-care');
    await settle(el);
    expect(q(el, '.count').textContent.trim()).toBe('Showing 1,000 of 2,000 partners');
    expect(status()).toBe('Page 1 of 10: partners 1 to 100');
    await expectNoAxeViolations(el);
  });

  it('shows the page of a partner just added', async () => {
    const el = await inventory(largeWorkbook(150));
    await tabTo(el, '[data-action="add"]');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    await userEvent.keyboard('Zeta Youth Club');
    const change = nextEvent(el, 'sel-workbook-change');
    await submitWithEnter(q(el, '#field-name'));
    await change;
    await settle(el);
    expect(q(el, '.pager [role="status"]').textContent.trim()).toBe('Page 2 of 2: partners 101 to 151');
    expect(focused(el)?.closest('tr')?.dataset['id']).toBe('zeta-youth-club');
  });

  it('exports the partners as CSV with formulas guarded', async () => {
    const workbook = sampleWorkbook();
    workbook.partners[2] = { ...workbook.partners[2], id: 'bank', name: '=1+1', kind: 'local-business' };
    const el = await inventory(workbook);
    const blobs: Blob[] = [];
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      if (blob instanceof Blob) blobs.push(blob);
      return create(blob);
    };
    // The file is read here, not saved: a real download opens Firefox's downloads panel, which
    // takes the keyboard from every test file that runs after this one.
    const keep = (event: MouseEvent) => {
      const link = event.composedPath()[0];
      if (link instanceof HTMLAnchorElement && link.download) event.preventDefault();
    };
    document.addEventListener('click', keep, true);
    try {
      await userEvent.click(q(el, '[data-action="export"]'));
      // The export's code loads on first use.
      await expect.poll(() => blobs.length).toBe(1);
    } finally {
      URL.createObjectURL = create;
      document.removeEventListener('click', keep, true);
    }
    const bytes = new Uint8Array((await blobs[0]?.arrayBuffer()) ?? new ArrayBuffer(0));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toMatch(/^ID,Name of community partner,/);
    expect(text).toContain("bank,'=1+1,local-business");
    expect(text).toContain('clearly-supports');
  });

  it('speaks Spanish', async () => {
    const el = await inventory(sampleWorkbook(), 'es');
    expect(headers(el)[0]).toBe('Nombre');
    expect(q(el, '.count').textContent.trim()).toBe('3 aliados');
    expect(q(el, '[data-action="add"]').textContent.trim()).toBe('Agregar aliado');
    await expectNoAxeViolations(el);
  });

  it('is read-only: no add, edit, delete or import', async () => {
    const el = await fixture<SelPartnerInventory>(
      html`<sel-partner-inventory readonly .workbook=${sampleWorkbook()}></sel-partner-inventory>`,
    );
    await el.renderComplete;
    expect(root(el).querySelector('[data-action="add"], [data-action="edit"], [data-action="import"]')).toBeNull();
    expect(root(el).querySelector('[data-action="export"]')).not.toBeNull();
  });
});

import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations, fixture, nextEvent } from '../test/index.js';
import { focused, q, root, tabTo } from '../partner-workbook/test-workbook-dom.js';
import './define.js';
import type { SelPartnerInventory } from './sel-partner-inventory.js';
import { brokenRowCsv, csvFile, googleSheetsCsv, largeCsv, spanishExcelCsv } from './test-spreadsheets.js';

/*
 * The import panel with text too long to lay out in its box at once: a large paste or a picked
 * file is kept beside the box with a summary, shown in the box only on request, and nothing of it
 * is lost. Pastes go through the browser's real clipboard (copy, then paste where focus is).
 */

const EMPTY = { version: 1, partners: [], assignments: {}, touchpoints: [] } as const;

async function emptyInventory(lang?: string): Promise<SelPartnerInventory> {
  const el = await fixture<SelPartnerInventory>(
    html`<sel-partner-inventory .workbook=${{ ...EMPTY }}></sel-partner-inventory>`,
    lang ? { lang } : {},
  );
  await el.renderComplete;
  return el;
}

/** Puts `text` on the clipboard as a person does: selects it in a box of its own and copies it. */
async function copy(text: string): Promise<void> {
  const source = document.createElement('textarea');
  source.value = text;
  document.body.append(source);
  source.focus();
  source.select();
  await userEvent.copy();
  source.remove();
}

/** Opens the import panel by keyboard: focus lands in its text box. */
async function openImport(el: SelPartnerInventory): Promise<void> {
  el.focus();
  await tabTo(el, '[data-action="import"]');
  await userEvent.keyboard('{Enter}');
  await expect.poll(() => focused(el)?.id).toBe('import-text');
}

/** Pastes `text` where focus is in the element (Ctrl+V or Cmd+V). */
async function paste(el: SelPartnerInventory, text: string): Promise<void> {
  const at = focused(el);
  await copy(text);
  at?.focus();
  await userEvent.paste();
  await el.updateComplete;
}

const summary = (el: SelPartnerInventory): string => q(el, '#import-held').textContent.replace(/\s+/g, ' ').trim();
const status = (el: SelPartnerInventory): string => q(el, '.import__status').textContent.replace(/\s+/g, ' ').trim();

/** `count` good rows: name, kind, goals, contact, tier. */
const goodRows = (count: number): string[][] =>
  Array.from({ length: count }, (_, n) => [
    `Socio ${n + 1}, año ${(n + 1) % 30}`,
    'health-care',
    `Meta ${n + 1}`,
    '',
    '1',
  ]);

/** Picks a file in a file input (the browser's file dialog is the system's, so the test sets what it returns). */
function pick(input: HTMLInputElement, file: File): void {
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The rows of a spreadsheet without its header row. */
const rowsOf = (csv: string): string => csv.slice(csv.indexOf('\n') + 1);

describe('<sel-partner-inventory> import of a large paste or file', () => {
  it('keeps a large paste beside the box with a summary, previews and imports it, all by keyboard', async () => {
    const el = await emptyInventory();
    await openImport(el);
    await paste(el, largeCsv(800));
    expect(root(el).querySelector('#import-text')).toBeNull();
    expect(focused(el)?.id).toBe('import-held');
    expect(summary(el)).toMatch(/^Pasted: 801 lines, \d+ kB\.$/);
    await expectNoAxeViolations(el);
    await userEvent.keyboard('{Tab}');
    expect(focused(el)?.textContent.trim()).toBe('Show in the box');
    await userEvent.keyboard('{Tab}');
    expect(focused(el)?.textContent.trim()).toBe('Clear the text');
    await tabTo(el, '[data-action="preview"]');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => root(el).querySelector('[data-action="run-import"]'), { timeout: 10_000 }).not.toBeNull();
    expect(status(el)).toBe('800 rows are ready to import.');
    await tabTo(el, '[data-action="run-import"]');
    const change = nextEvent(el, 'sel-workbook-change');
    await userEvent.keyboard('{Enter}');
    const { detail } = await change;
    expect(detail.workbook.partners).toHaveLength(800);
    expect(detail.workbook.partners[799]?.name).toBe('Socio 800, año 20');
    await el.updateComplete;
    // Nothing is left: the empty box is back, with focus in it.
    expect(focused(el)?.id).toBe('import-text');
    expect(status(el)).toBe('800 partners imported.');
  }, 30_000);

  it('keeps what was typed around a large paste, shows it all in the box on request, and clears it', async () => {
    const el = await emptyInventory();
    await openImport(el);
    const header =
      'Name of community partner,Kind of partner,Outcome goals,Community partner point of contact,SEL tier';
    await userEvent.keyboard(header);
    await userEvent.keyboard('{Enter}');
    const rows = rowsOf(googleSheetsCsv(goodRows(900)));
    await paste(el, rows);
    expect(summary(el)).toMatch(/^Pasted: 901 lines/);
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => focused(el)?.id).toBe('import-text');
    const box = q(el, '#import-text') as HTMLTextAreaElement;
    expect(box.value).toBe(`${header}\n${rows}`);
    // A second large paste, over the whole text: kept, then cleared by keyboard.
    box.select();
    await paste(el, largeCsv(700));
    expect(summary(el)).toMatch(/^Pasted: 701 lines/);
    await tabTo(el, '[data-action="clear-text"]');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => focused(el)?.id).toBe('import-text');
    expect((q(el, '#import-text') as HTMLTextAreaElement).value).toBe('');
    expect((q(el, '[data-action="preview"]') as HTMLButtonElement).disabled).toBe(true);
  }, 30_000);

  it('leaves a short paste in the box, where its bad row is shown by row and column', async () => {
    const el = await emptyInventory();
    await openImport(el);
    await paste(el, brokenRowCsv());
    expect(root(el).querySelector('#import-held')).toBeNull();
    expect((q(el, '#import-text') as HTMLTextAreaElement).value).toMatch(/Fila rota,nave espacial/);
    await tabTo(el, '[data-action="preview"]');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => root(el).querySelector('.import__problems')).not.toBeNull();
    expect(q(el, '.import__problems').textContent).toMatch(/Row 3, column Kind of partner: Expected a partner kind/);
  });

  it('says each bad row of a large paste by row and column in Spanish, and keeps the bad rows to correct', async () => {
    const el = await emptyInventory('es');
    await openImport(el);
    const rows = goodRows(900);
    rows.splice(299, 0, ['Fila rota', 'nave espacial', '', '', '2']);
    await paste(el, spanishExcelCsv(rows));
    expect(summary(el)).toMatch(/^Pegado: 902 líneas, \d+ kB\.$/);
    expect(q(el, '[data-action="show-text"]').textContent.trim()).toBe('Mostrar en el cuadro');
    expect(q(el, '[data-action="clear-text"]').textContent.trim()).toBe('Borrar el texto');
    await expectNoAxeViolations(el);
    await tabTo(el, '[data-action="preview"]');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => root(el).querySelector('.import__problems'), { timeout: 10_000 }).not.toBeNull();
    expect(q(el, '.import__problems').textContent.trim()).toMatch(
      /^Fila 301, columna Tipo de socio: Se esperaba un tipo de aliado .*; se encontró «nave espacial»$/,
    );
    expect(status(el)).toBe('900 filas están listas para importar. Una fila necesita una corrección:');
    await expectNoAxeViolations(el);
    const change = nextEvent(el, 'sel-workbook-change');
    await tabTo(el, '[data-action="run-import"]');
    await userEvent.keyboard('{Enter}');
    expect((await change).detail.workbook.partners).toHaveLength(900);
    await el.updateComplete;
    // What is left is short: back in the box, to correct.
    expect(focused(el)?.id).toBe('import-text');
    const left = (q(el, '#import-text') as HTMLTextAreaElement).value;
    expect(left).toMatch(/^Nombre del socio comunitario;Tipo de socio;/);
    expect(left).toMatch(/\nFila rota;nave espacial;;;2\s*$/);
  }, 30_000);

  it('keeps a large file beside the box, and what is left to correct after its import', async () => {
    const el = await emptyInventory();
    await openImport(el);
    const rows = Array.from({ length: 1400 }, (_, n) => [`Socio ${n + 1}`, 'nave espacial', '', '', '2']);
    rows.push(['Café Ñandú', 'local business', '', '', '1']);
    const input = q(el, 'input[type="file"]') as HTMLInputElement;
    pick(input, csvFile(spanishExcelCsv(rows), 'socios.csv'));
    await expect.poll(() => root(el).querySelector('[data-action="run-import"]'), { timeout: 10_000 }).not.toBeNull();
    expect(summary(el)).toMatch(/^socios\.csv: 1,402 lines, \d+ kB\./);
    expect(status(el)).toBe('One row is ready to import. 1,400 rows need a correction:');
    expect(root(el).querySelectorAll('.import__problems li')).toHaveLength(51);
    const change = nextEvent(el, 'sel-workbook-change');
    await tabTo(el, '[data-action="run-import"]');
    await userEvent.keyboard('{Enter}');
    expect((await change).detail.workbook.partners.map((p) => p.name)).toEqual(['Café Ñandú']);
    await el.updateComplete;
    expect(focused(el)?.id).toBe('import-held');
    expect(summary(el)).toMatch(/^Left to correct: 1,401 lines, \d+ kB\./);
    expect(status(el)).toMatch(/One partner imported\. The rows that need a correction stay here/);
    await expectNoAxeViolations(el);
  }, 30_000);
});

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import './define.js';
import type { SelPartnerInventory } from './sel-partner-inventory.js';
import { largeWorkbook, sampleWorkbook, spanishExcelCsv } from './test-spreadsheets.js';

const meta = {
  title: 'Components/Partner inventory',
  component: 'sel-partner-inventory',
  parameters: { layout: 'padded' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

const shadow = (canvas: HTMLElement) => {
  const el = canvas.querySelector<SelPartnerInventory>('sel-partner-inventory');
  if (!el?.shadowRoot) throw new Error('no <sel-partner-inventory> rendered');
  return { el, root: el.shadowRoot };
};

/** A school's partners with their tiers; sort, filter, add, edit, delete with undo, import and export. */
export const Inventory: Story = {
  render: () => html`<sel-partner-inventory .workbook=${sampleWorkbook()}></sel-partner-inventory>`,
  play: async ({ canvasElement, userEvent }) => {
    const { el, root } = shadow(canvasElement);
    await el.renderComplete;
    await userEvent.click(root.querySelector('.sort[data-column="name"]') as HTMLElement);
    await el.updateComplete;
    await expect(root.querySelector('tbody th')?.textContent.trim()).toBe('Clínica Niños Sanos');
  },
};

/** The import panel with a spreadsheet saved by Excel in Spanish (semicolons), ready to preview. */
export const ImportFromSpanishExcel: Story = {
  render: () =>
    html`<sel-partner-inventory
      .workbook=${{ version: 1, partners: [], assignments: {}, touchpoints: [] }}
    ></sel-partner-inventory>`,
  play: async ({ canvasElement, userEvent }) => {
    const { el, root } = shadow(canvasElement);
    await el.renderComplete;
    await userEvent.click(root.querySelector('[data-action="import"]') as HTMLElement);
    // The import panel's code loads the first time it opens.
    await waitFor(() => expect(root.querySelector('#import-text')).not.toBeNull());
    const area = root.querySelector('#import-text') as HTMLTextAreaElement;
    area.value = spanishExcelCsv();
    area.dispatchEvent(new Event('input'));
    await userEvent.click(root.querySelector('[data-action="preview"]') as HTMLElement);
    await waitFor(() => expect(root.querySelector('[data-action="run-import"]')).not.toBeNull());
  },
};

/** Two thousand partners, drawn over several frames; sorting and filtering stay quick. */
export const TwoThousandPartners: Story = {
  render: () => html`<sel-partner-inventory .workbook=${largeWorkbook(2000)}></sel-partner-inventory>`,
};

/** In Spanish, read-only (no add, edit, delete or import). */
export const SpanishReadOnly: Story = {
  render: () =>
    html`<div lang="es">
      <sel-partner-inventory readonly .workbook=${sampleWorkbook()}></sel-partner-inventory>
    </div>`,
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { PartnerWorkbook } from '@sel/core';
import { sampleWorkbook } from '../partner-inventory/test-spreadsheets.js';
import '../partner-card-sort/define.js';
import '../partner-inventory/define.js';
import './define.js';
import type { SelPartnerTouchpoints } from './sel-partner-touchpoints.js';

const meta = {
  title: 'Components/Partner touchpoints',
  component: 'sel-partner-touchpoints',
  parameters: { layout: 'padded' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Check-ins with tier 1 and 2 partners on the four topics, judged on a fixed day. */
export const Touchpoints: Story = {
  render: () =>
    html`<sel-partner-touchpoints today="2026-11-15" .workbook=${sampleWorkbook()}></sel-partner-touchpoints>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<SelPartnerTouchpoints>('sel-partner-touchpoints');
    await el?.renderComplete;
    await expect(el?.shadowRoot?.querySelector('tbody .state')?.textContent.trim()).toBe('Overdue by 14 days');
  },
};

/**
 * The whole partner workbook: the inventory, the card sort and the touchpoints on one document.
 * A page wires them with three lines: each `sel-workbook-change` hands the new workbook to the
 * others, so a partner added in the inventory appears on the board, and one moved to tier 1 gets
 * its check-ins.
 */
export const Workbook: Story = {
  render: () => {
    const workbook: PartnerWorkbook = sampleWorkbook();
    const share = (event: CustomEvent<{ workbook: PartnerWorkbook }>) => {
      const parts = (event.currentTarget as HTMLElement).querySelectorAll<HTMLElement & { workbook?: PartnerWorkbook }>(
        'sel-partner-inventory, sel-partner-card-sort, sel-partner-touchpoints',
      );
      parts.forEach((part) => {
        if (part !== event.target) part.workbook = event.detail.workbook;
      });
    };
    return html`<div @sel-workbook-change=${share}>
      <h2>Inventory</h2>
      <sel-partner-inventory .workbook=${workbook}></sel-partner-inventory>
      <h2>Card sort</h2>
      <sel-partner-card-sort .workbook=${workbook}></sel-partner-card-sort>
      <h2>Touchpoints</h2>
      <sel-partner-touchpoints today="2026-11-15" .workbook=${workbook}></sel-partner-touchpoints>
    </div>`;
  },
  play: async ({ canvasElement, userEvent }) => {
    const sort = canvasElement.querySelector<HTMLElement & { renderComplete: Promise<void> }>('sel-partner-card-sort');
    const touchpoints = canvasElement.querySelector<SelPartnerTouchpoints>('sel-partner-touchpoints');
    await sort?.renderComplete;
    await touchpoints?.renderComplete;
    // Move Riverbend Bank to tier 1 on the board: the touchpoints list its four topics.
    const card = sort?.shadowRoot?.querySelector<HTMLElement>('li.card[data-id="bank"] [data-action="menu"]');
    if (card) await userEvent.click(card);
    // The menu's code loads on its first use.
    const item = await waitFor(() => {
      const found = sort?.shadowRoot?.querySelector<HTMLElement>('[role="menuitem"][data-tier="clearly-supports"]');
      if (!found) throw new Error('the Move to menu is not open yet');
      return found;
    });
    await userEvent.click(item);
    await waitFor(async () => {
      await touchpoints?.updateComplete;
      const names = [...(touchpoints?.shadowRoot?.querySelectorAll('tbody th') ?? [])].map((th) =>
        th.textContent.trim(),
      );
      await expect(names.filter((name) => name === 'Riverbend Bank')).toHaveLength(4);
    });
  },
};

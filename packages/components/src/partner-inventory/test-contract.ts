import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { PartnerWorkbook } from '@sel/core';
import type { ContractSubject } from '../test/contract/subject.js';
import { sampleWorkbook } from './test-spreadsheets.js';

/**
 * Deletes the first partner with its Delete button, with the pointer, and waits until its row is
 * gone, as a person sees it go (the edits' code loads at first use; a press made before keeps).
 */
async function deleteFirstPartner(element: HTMLElement): Promise<void> {
  const rows = (): number => element.shadowRoot?.querySelectorAll('tbody tr').length ?? 0;
  const before = rows();
  const button = element.shadowRoot?.querySelector<HTMLElement>('tbody [data-action="delete"]');
  // A disabled inventory shows no Delete buttons: there is nothing to press.
  if (!button) return;
  await userEvent.click(button);
  await vi.waitFor(
    () => {
      if (rows() >= before) throw new Error('the partner is still listed');
    },
    { timeout: 10_000 },
  );
}

/** `<sel-partner-inventory>` in the contract suite (`test/contract/`). */
export const inventoryContract: ContractSubject = {
  tag: 'sel-partner-inventory',
  define: () => import('./define.js'),
  property: 'workbook',
  valid: sampleWorkbook,
  shows: 'Riverbend Bank',
  showsInSpanish: 'Agregar aliado',
  invalid: () => ({
    ...sampleWorkbook(),
    touchpoints: [{ partnerId: 'ghost', topic: 'spreading-the-word', date: '2026-01-05' }],
  }),
  invalidPath: ['touchpoints', 0, 'partnerId'],
  events: [{ name: 'sel-workbook-change', cause: deleteFirstPartner }],
  form: {
    value: (): PartnerWorkbook => ({
      ...sampleWorkbook(),
      partners: sampleWorkbook().partners.slice(1),
      assignments: {},
      touchpoints: [],
    }),
    // Required: at least one partner.
    missing: (): PartnerWorkbook => ({ version: 1, partners: [], assignments: {}, touchpoints: [] }),
    invalidValue: () => ({ ...sampleWorkbook(), assignments: { ghost: 'could-support' } }),
    invalidValuePath: ['value', 'assignments', 'ghost'],
    change: deleteFirstPartner,
  },
};

export default inventoryContract;

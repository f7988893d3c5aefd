import { userEvent } from 'vitest/browser';
import type { PartnerWorkbook } from '@sel/core';
import type { ContractSubject } from '../test/contract/subject.js';
import { sampleWorkbook } from './test-spreadsheets.js';

/** Deletes the first partner with its Delete button, with the pointer. */
async function deleteFirstPartner(element: HTMLElement): Promise<void> {
  const button = element.shadowRoot?.querySelector<HTMLElement>('tbody [data-action="delete"]');
  if (button) await userEvent.click(button);
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

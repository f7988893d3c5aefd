import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { ContractSubject } from '../test/contract/subject.js';
import { sampleWorkbook } from '../partner-inventory/test-spreadsheets.js';

/**
 * Logs a check-in from the first row: its Log button, then Log check-in in the form, with the
 * pointer, once the form is on screen (its code loads at first use), as a person waits for it.
 */
async function logFirstCheckIn(element: HTMLElement): Promise<void> {
  const button = element.shadowRoot?.querySelector<HTMLElement>('tbody [data-action="log"]');
  if (!button) throw new Error('no Log button in the first row');
  await userEvent.click(button);
  const save = await vi.waitFor(
    () => {
      const submit = element.shadowRoot?.querySelector<HTMLElement>('dialog[open] button[type="submit"]');
      if (!submit) throw new Error('the check-in form is not open yet');
      return submit;
    },
    { timeout: 10_000 },
  );
  await userEvent.click(save);
}

/** `<sel-partner-touchpoints>` in the contract suite (`test/contract/`). */
export const touchpointsContract: ContractSubject = {
  tag: 'sel-partner-touchpoints',
  define: () => import('./define.js'),
  property: 'workbook',
  attributes: { today: '2026-11-15' },
  valid: sampleWorkbook,
  shows: 'Overdue by 14 days',
  showsInSpanish: 'Atrasada 14 días',
  invalid: () => ({ ...sampleWorkbook(), assignments: { ghost: 'could-support' } }),
  invalidPath: ['assignments', 'ghost'],
  events: [{ name: 'sel-workbook-change', cause: logFirstCheckIn }],
};

export default touchpointsContract;

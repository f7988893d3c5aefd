import type { ActionStep, CaselActionPlan, PartnerActionPlan } from '@sel/core';
import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { shadowActiveElement } from '../test/index.js';

/** Small plans for the element's tests (the stories use the realistic ones in @sel/data). */

export const testStep = (
  id: string,
  owner: string,
  due: string,
  status: ActionStep['status'],
  updated?: string,
): ActionStep => ({
  id,
  description: `Step ${id}`,
  owner,
  due,
  status,
  ...(updated === undefined ? {} : { updated }),
});

export const partnerPlan = (): PartnerActionPlan => ({
  kind: 'partner',
  title: 'Lincoln Elementary and the Riverside YMCA',
  sharedGoal: 'Students name and manage strong feelings',
  schoolDayPractices: ['Morning circles'],
  partnerPractices: ['Check-in at program start'],
  alignmentOpportunities: ['One feelings chart in both settings'],
  keyPersonnel: [{ name: 'Ana Ruiz', role: 'Site director', organization: 'Riverside YMCA' }],
  actionSteps: [
    testStep('a', 'Ana Ruiz', '2026-11-01', 'in-progress'),
    testStep('b', 'Lee Park', '2026-11-20', 'not-started', '2026-11-10'),
    testStep('c', 'Ana Ruiz', '2027-01-15', 'not-started'),
  ],
  communicationPlan: [{ audience: 'Families', message: 'The feelings chart', frequency: 'Monthly' }],
  dataSharingPlan: [
    { data: 'Attendance', source: 'already-collected', legallyShareable: 'unknown', frequency: 'Monthly' },
    { data: 'Survey by name', source: 'already-collected', legallyShareable: 'no', frequency: 'Twice a year' },
  ],
});

export const caselPlan = (): CaselActionPlan => ({
  kind: 'casel',
  title: 'District SEL action plan',
  goals: [
    {
      id: 'g1',
      statement: 'Every school has an SEL team by June',
      measure: 'Team rosters',
      steps: [
        testStep('s1', 'Dana Cole', '2026-10-01', 'done', '2026-10-01'),
        testStep('s2', 'Luis Ortega', '2026-11-10', 'blocked'),
      ],
    },
    {
      id: 'g2',
      statement: 'Staff finish the adult SEL series',
      steps: [testStep('s3', 'Dana Cole', '2026-11-25', 'not-started')],
    },
  ],
});

/**
 * Tabs from where focus is to the first status choice of the plan, as a person would (past the
 * owner filter and the date, whose parts are several stops in some engines). Returns whether it
 * got there: on a disabled plan focus leaves the element first.
 */
export async function tabToFirstStatus(element: HTMLElement, maxPresses = 12): Promise<boolean> {
  for (let press = 0; press < maxPresses; press += 1) {
    await userEvent.keyboard('{Tab}');
    const active = shadowActiveElement(element);
    if (active instanceof HTMLInputElement && active.type === 'radio') return true;
    if (press > 0 && document.activeElement !== element) return false;
  }
  return false;
}

/** Waits for the editor, which loads when "Edit plan" is first pressed, to be on screen. */
export async function editorShown(element: HTMLElement & { updateComplete: Promise<unknown> }): Promise<void> {
  // The first time, the editor's module is fetched (and, in tests, transformed): give it time.
  await vi.waitFor(
    () => {
      if (!element.shadowRoot?.querySelector('.editor')) throw new Error('the editor is not shown yet');
    },
    { timeout: 10_000 },
  );
  await element.updateComplete;
}

/**
 * Enters a date in a date field as a date picker does: each engine's picker takes typed keys
 * differently (WebKit's fills its fields from the right), so the value is set and the field's
 * `input` and `change` events sent, as after a choice in the picker.
 */
export function pickDate(input: HTMLInputElement, date: string): void {
  input.focus();
  input.value = date;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

import { userEvent } from 'vitest/browser';
import type { Assessment, Indicator, Rubric } from '@sel/core';
import type { ContractSubject } from '../test/contract/subject.js';

function indicator(id: string, text: string): Indicator {
  return { id, text, descriptors: [`${id} not started`, `${id} partly in place`, `${id} in place`] };
}

const rubric = (): Rubric => ({
  id: 'district-contract',
  version: '1.0.0',
  title: 'District SEL rubric',
  scope: 'district',
  levels: [
    { value: 1, label: 'Not started' },
    { value: 2, label: 'Partly in place' },
    { value: 3, label: 'In place' },
  ],
  focusAreas: [
    {
      id: 'plan',
      number: 1,
      title: 'Plan',
      practices: [
        {
          id: 'organize',
          title: 'Organize the district',
          indicators: [indicator('cabinet', 'The SEL lead has influence at the cabinet level.')],
        },
      ],
    },
    {
      id: 'adults',
      number: 2,
      title: 'Adult SEL',
      practices: [
        {
          id: 'learning',
          title: 'Professional learning',
          indicators: [indicator('staff', 'Staff learn about SEL together.')],
        },
      ],
    },
  ],
});

const assessment = (ratings: Assessment['ratings']): Assessment => ({
  id: 'district-contract-2026-10-01',
  rubricId: 'district-contract',
  rubricVersion: '1.0.0',
  takenBy: 'District SEL team',
  takenOn: '2026-10-01',
  ratings,
});

/** Tabs to the first indicator's levels, as a person would, and chooses the first with Space. */
async function rateFirst(): Promise<void> {
  await userEvent.keyboard('{Tab}');
  await userEvent.keyboard(' ');
}

/** Clicks the first level of the first indicator of `element`, as a person would. */
async function clickFirstLevel(element: HTMLElement): Promise<void> {
  const radio = element.shadowRoot?.querySelector('input[type="radio"]');
  if (!radio) throw new Error('<sel-rubric> shows no level to choose');
  await userEvent.click(radio);
}

/** `<sel-rubric>` in the contract suite (`test/contract/`). */
export const rubricContract: ContractSubject = {
  tag: 'sel-rubric',
  define: () => import('./define.js'),
  property: 'rubric',
  attributes: { 'taken-on': '2026-10-01' },
  valid: rubric,
  shows: 'Focus area 1: Plan',
  showsInSpanish: 'Área de enfoque 1: Plan',
  invalid: () => ({ ...rubric(), levels: [{ value: 1, label: 'Only one' }] }),
  invalidPath: ['levels'],
  events: [
    { name: 'sel-rating-change', cause: clickFirstLevel },
    { name: 'sel-assessment-change', cause: clickFirstLevel },
  ],
  form: {
    value: () => assessment({ cabinet: { level: 3 }, staff: { level: 2 } }),
    // One indicator left unrated: a required rubric needs every one.
    missing: () => assessment({ cabinet: { level: 3 } }),
    invalidValue: () => assessment({ cabinet: { level: 7 } }),
    invalidValuePath: ['value', 'ratings', 'cabinet', 'level'],
    change: rateFirst,
  },
};

export default rubricContract;

import { userEvent } from 'vitest/browser';
import type { Catalog } from '@sel/core';
import type { ContractSubject } from '../test/contract/subject.js';

const catalog = (): Catalog => ({
  tags: [{ slug: 'equity', label: { en: 'Equity', es: 'Equidad' } }],
  resources: [
    {
      id: 'equity-directors',
      title: 'K-12 Equity Directors',
      source: 'Center for Urban Education Leadership',
      kind: 'report',
      focusAreas: [1],
      tags: ['equity'],
      audience: ['district-leaders'],
      origin: 'learn-more',
      url: 'https://example.org/equity-directors',
      summary: { en: 'How to set up the role of an equity director.' },
    },
  ],
});

/** `<sel-resource-finder>` in the contract suite (`test/contract/`). */
export const resourceFinderContract: ContractSubject = {
  tag: 'sel-resource-finder',
  define: () => import('./define.js'),
  property: 'catalog',
  attributes: { selectable: '' },
  valid: catalog,
  shows: 'One resource',
  showsInSpanish: 'Un recurso',
  invalid: () => ({ ...catalog(), resources: [{ ...catalog().resources[0], kind: 'poster' }] }),
  invalidPath: ['resources', 0, 'kind'],
  events: [
    {
      name: 'sel-resource-select',
      // From the top of the page: Tab to the resource's "Choose" button, the last control.
      cause: async (element) => {
        const choose = element.shadowRoot?.querySelector<HTMLElement>('.resource__choose');
        for (let i = 0; i < 40 && element.shadowRoot?.activeElement !== choose; i++) await userEvent.keyboard('{Tab}');
        await userEvent.keyboard('{Enter}');
      },
    },
  ],
};

export default resourceFinderContract;

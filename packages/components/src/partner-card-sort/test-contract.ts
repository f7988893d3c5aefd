import { userEvent } from 'vitest/browser';
import type { PartnerInventory, TierAssignments } from '@sel/core';
import type { ContractSubject } from '../test/contract/subject.js';
import { loadCardMoves } from './card-moves-loader.js';
import { samplePartners } from './test-partners.js';

const partners = (): PartnerInventory => samplePartners.slice(0, 3).map((partner) => ({ ...partner }));

/** Moves the first card to "Could support SEL" through its "Move to…" menu, with the pointer. */
async function moveFirstCard(element: HTMLElement): Promise<void> {
  // The menu opens at once on a page that already has the code of moves.
  await loadCardMoves();
  const menuButton = element.shadowRoot?.querySelector<HTMLElement>('li.card [data-action="menu"]');
  if (!menuButton) return;
  await userEvent.click(menuButton);
  const item = element.shadowRoot?.querySelector<HTMLElement>('[role="menuitem"][data-tier="could-support"]');
  if (item) await userEvent.click(item);
}

/** `<sel-partner-card-sort>` in the contract suite (`test/contract/`). */
export const cardSortContract: ContractSubject = {
  tag: 'sel-partner-card-sort',
  define: () => import('./define.js'),
  property: 'partners',
  valid: partners,
  shows: 'Riverside Public Library',
  showsInSpanish: 'Sin clasificar',
  invalid: () => [partners()[0], { ...partners()[1], kind: 'bakery' }],
  invalidPath: [1, 'kind'],
  events: [{ name: 'sel-partner-move', cause: moveFirstCard }],
  form: {
    value: (): TierAssignments => ({
      'bright-futures': 'clearly-supports',
      'eastside-clinic': 'could-support',
      'riverside-library': 'no-apparent-connection',
    }),
    // Required: every partner sorted into one of the three tiers.
    missing: (): TierAssignments => ({ 'bright-futures': 'clearly-supports' }),
    invalidValue: () => ({ 'bright-futures': 'clearly-supports', ghost: 'could-support' }),
    invalidValuePath: ['value', 'ghost'],
    change: moveFirstCard,
  },
};

export default cardSortContract;

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { SORTED_TIERS, type PartnerInventory, type TierAssignments } from '@sel/core';
import './define.js';
import type { SelPartnerCardSort } from './sel-partner-card-sort.js';
import { largePartnerInventory, samplePartners } from './test-partners.js';

interface CardSortArgs {
  partners: PartnerInventory | undefined;
  assignments: TierAssignments | undefined;
  readonly: boolean;
  label: string;
  lang: string;
}

const meta: Meta<CardSortArgs> = {
  title: 'Components/Partner card sort',
  component: 'sel-partner-card-sort',
  args: {
    partners: samplePartners,
    assignments: undefined,
    readonly: false,
    label: '',
    lang: 'en',
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'es'] },
  },
  render: (args) =>
    html`<div lang=${args.lang}>
      <sel-partner-card-sort
        .partners=${args.partners}
        .assignments=${args.assignments}
        ?readonly=${args.readonly}
        label=${args.label}
      ></sel-partner-card-sort>
    </div>`,
};
export default meta;

type Story = StoryObj<CardSortArgs>;

/** Every partner of the inventory waits in "Unsorted", as at the start of the team's meeting. */
export const Unsorted: Story = {};

/** An inventory with no partners yet: four empty tiers. */
export const Empty: Story = { args: { partners: [] } };

/** The team is halfway through: a few partners are placed, the rest still unsorted. */
export const PartlySorted: Story = {
  args: {
    assignments: {
      'bright-futures': 'clearly-supports',
      'mentor-alliance': 'clearly-supports',
      'riverside-library': 'could-support',
      'corner-bakery': 'no-apparent-connection',
    },
  },
};

/** Every partner is in one of the three tiers. */
export const Complete: Story = {
  args: {
    assignments: Object.fromEntries(
      samplePartners.map((partner, index) => [partner.id, SORTED_TIERS[index % SORTED_TIERS.length] ?? 'unsorted']),
    ),
  },
};

/** A finished sort shared for reading: no grips or menus, details still open. */
export const Readonly: Story = { args: { ...Complete.args, readonly: true } };

/** Invalid data: the alert names each problem by its path, and `sel-error` carries the issues. */
export const InvalidData: Story = {
  args: {
    partners: [
      { id: 'bright-futures', name: 'Bright Futures Afterschool', kind: 'afterschool' },
      { id: 'eastside-clinic', name: ' ', kind: 'health-care', years: -2 },
    ] as unknown as PartnerInventory,
  },
};

/** The same sort in Spanish: tiers, kinds of partner, buttons and announcements. */
export const Spanish: Story = { args: { ...PartlySorted.args, lang: 'es' } };

/**
 * 1,000 partners: drawn over a few frames from the top of every column, columns scroll, and a
 * move only re-renders what changed.
 */
export const ThousandPartners: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<SelPartnerCardSort>('sel-partner-card-sort');
    await el?.renderComplete;
    await expect(el?.shadowRoot?.querySelectorAll('li.card')).toHaveLength(1000);
  },
  parameters: {
    // axe over the whole board (about 9,000 elements) outlasts the story test's time limit on a
    // small machine. The card template is the same as in every other story, which axe checks, and
    // the browser tests drive this size by keyboard.
    a11y: { test: 'off' },
  },
  args: {
    partners: largePartnerInventory(1000),
    assignments: {
      'partner-1': 'clearly-supports',
      'partner-2': 'could-support',
      'partner-3': 'no-apparent-connection',
    },
  },
};

/**
 * 340 partners, searched: typing "partner 3" in the search field narrows every column to the
 * cards whose name, kind or contact holds both words, with each column's count of matches.
 */
export const Searched: Story = {
  args: {
    partners: largePartnerInventory(340),
    assignments: Object.fromEntries(
      Array.from({ length: 120 }, (_, n) => [`partner-${n + 1}`, SORTED_TIERS[n % SORTED_TIERS.length] ?? 'unsorted']),
    ),
  },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<SelPartnerCardSort>('sel-partner-card-sort');
    await el?.renderComplete;
    const field = el?.shadowRoot?.querySelector<HTMLInputElement>('.search input');
    if (!field) return;
    field.value = 'partner 3';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    // Every partner whose number has a 3: 98 of them.
    await waitFor(() =>
      expect(el?.shadowRoot?.querySelector('.search__count')?.textContent.trim()).toBe('98 of 340 partners match'),
    );
  },
};

/** On a phone the tiers stack in one column; touch drags start on a card's grip. */
export const NarrowViewport: Story = {
  args: PartlySorted.args,
  render: (args) =>
    html`<div style="max-inline-size: 20rem" lang=${args.lang}>
      <sel-partner-card-sort .partners=${args.partners} .assignments=${args.assignments}></sel-partner-card-sort>
    </div>`,
};

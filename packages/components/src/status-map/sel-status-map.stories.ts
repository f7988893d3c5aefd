import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import type { StatusSnapshot } from '@sel/core';
import { illustrativeStatusSnapshot } from '@sel/data';
import './define.js';
import type { SelStatusMap } from './sel-status-map.js';

const meta = {
  title: 'Components/Status map',
  component: 'sel-status-map',
  parameters: { layout: 'padded' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

const shadow = (canvas: HTMLElement) => {
  const el = canvas.querySelector<SelStatusMap>('sel-status-map');
  if (!el?.shadowRoot) throw new Error('no <sel-status-map> rendered');
  return { el, root: el.shadowRoot };
};

/** The illustrative snapshot (invented data at the plan's size) coloured by lifecycle phase. */
export const ByPhase: Story = {
  render: () => html`<sel-status-map .snapshot=${illustrativeStatusSnapshot}></sel-status-map>`,
  play: async ({ canvasElement, userEvent }) => {
    const { el, root } = shadow(canvasElement);
    await el.dataSettled;
    // Opening Texas lists its own community and the national one, which has a district there.
    await userEvent.click(root.querySelector('.grid [data-key="TX"]') as HTMLElement);
    await el.updateComplete;
    await expect(root.querySelectorAll('.panel tbody tr')).toHaveLength(2);
  },
};

/** Coloured by the number of students, with the figures on each square. */
export const ByStudents: Story = {
  render: () => html`<sel-status-map measure="students" .snapshot=${illustrativeStatusSnapshot}></sel-status-map>`,
};

/** Coloured by readiness stage: innovating communities were chartered first. */
export const ByReadiness: Story = {
  render: () => html`<sel-status-map measure="readiness" .snapshot=${illustrativeStatusSnapshot}></sel-status-map>`,
};

/** The same figures as a table, sorted by students, largest first. */
export const Table: Story = {
  render: () => html`<sel-status-map view="table" .snapshot=${illustrativeStatusSnapshot}></sel-status-map>`,
  play: async ({ canvasElement, userEvent }) => {
    const { el, root } = shadow(canvasElement);
    await el.dataSettled;
    const students = root.querySelector('.sort[data-column="students"]') as HTMLElement;
    await userEvent.click(students);
    await userEvent.click(students);
    await el.updateComplete;
    await expect(root.querySelector('.table tbody th')?.textContent.trim()).toBe('California');
  },
};

/** Opened on New Mexico at first render (`selected-state="NM"`), as a page about one state would show it. */
export const OpenedOnAState: Story = {
  render: () => html`<sel-status-map selected-state="NM" .snapshot=${illustrativeStatusSnapshot}></sel-status-map>`,
  play: async ({ canvasElement }) => {
    const { el, root } = shadow(canvasElement);
    await el.dataSettled;
    await expect(root.querySelector('.panel__heading')?.textContent.trim()).toBe('Learning communities in New Mexico');
  },
};

/** In Spanish (`lang="es"` on the element or any ancestor). */
export const Spanish: Story = {
  render: () =>
    html`<sel-status-map
      lang="es"
      .snapshot=${{ ...illustrativeStatusSnapshot, title: 'Instantánea ilustrativa (datos inventados)' }}
    ></sel-status-map>`,
};

/** On a phone-sized container the table stands in for the map. */
export const Narrow: Story = {
  render: () =>
    html`<div style="max-width: 20rem"><sel-status-map .snapshot=${illustrativeStatusSnapshot}></sel-status-map></div>`,
};

const broken: StatusSnapshot = {
  ...illustrativeStatusSnapshot,
  communities: illustrativeStatusSnapshot.communities.map((community, index) =>
    index === 2 ? { ...community, charter: { start: community.charter.start, end: '2020-01-01' } } : community,
  ),
};

/** A snapshot with a charter that ends before it starts: the error names the path. */
export const BadData: Story = {
  render: () => html`<sel-status-map .snapshot=${broken}></sel-status-map>`,
  play: async ({ canvasElement }) => {
    const { el, root } = shadow(canvasElement);
    await el.dataSettled;
    await expect(root.querySelector('[role="alert"]')?.textContent ?? '').toContain('communities[2].charter.end');
  },
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { Assessment } from '@sel/core';
import { catalog, districtRubric } from '@sel/data';
import './define.js';
import type { SelResourceFinder } from './sel-resource-finder.js';

const meta = {
  title: 'Components/Resource finder',
  component: 'sel-resource-finder',
  parameters: { layout: 'padded' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

const shadow = (canvas: HTMLElement) => {
  const el = canvas.querySelector<SelResourceFinder>('sel-resource-finder');
  if (!el?.shadowRoot) throw new Error('no <sel-resource-finder> rendered');
  return { el, root: el.shadowRoot };
};

/** The whole catalog (loaded on demand: no catalog is given), with its search and filters. */
export const Catalog_: Story = {
  name: 'Catalog',
  render: () => html`<sel-resource-finder></sel-resource-finder>`,
  play: async ({ canvasElement, userEvent }) => {
    const { el, root } = shadow(canvasElement);
    // The default catalog loads on demand and its list is drawn over a few frames.
    await waitFor(async () => {
      await expect(root.querySelectorAll('.resource')).toHaveLength(catalog.resources.length);
    });
    await userEvent.type(root.querySelector('input[type="search"]') as HTMLInputElement, 'organigrama');
    await el.updateComplete;
    await waitFor(async () => {
      await expect(root.querySelector('.results__count')?.textContent.trim()).toBe('3 resources');
    });
  },
};

/** Pre-filtered by a page's attributes: focus area 3, community partnerships. */
export const PreFiltered: Story = {
  render: () =>
    html`<sel-resource-finder .catalog=${catalog} focus-areas="3" tags="community-partnerships"></sel-resource-finder>`,
};

/** Only artifacts shared by districts. */
export const DistrictArtifacts: Story = {
  render: () => html`<sel-resource-finder .catalog=${catalog} origin="district-artifact"></sel-resource-finder>`,
};

const fall: Assessment = {
  id: 'fall-2026',
  rubricId: districtRubric.id,
  rubricVersion: districtRubric.version,
  takenBy: 'District SEL team',
  takenOn: '2026-10-15',
  ratings: Object.fromEntries(
    districtRubric.focusAreas
      .flatMap((focusArea) => focusArea.practices.flatMap((practice) => practice.indicators))
      .map((indicator, i) => [indicator.id, { level: [2, 3, 1, 4, 3, 2][i % 6] ?? 2 }]),
  ),
};

/** Resources for the weakest indicators of a fall assessment, with "Choose" buttons for a plan. */
export const WeakestIndicators: Story = {
  render: () =>
    html`<sel-resource-finder
      .catalog=${catalog}
      .rubric=${districtRubric}
      .assessment=${fall}
      selectable
    ></sel-resource-finder>`,
};

/** In Spanish (`lang="es"` on the element or any ancestor): labels, topics and summaries. */
export const Spanish: Story = {
  render: () => html`<sel-resource-finder lang="es" .catalog=${catalog}></sel-resource-finder>`,
};

/** On a phone-sized container the filters sit above the results. */
export const Narrow: Story = {
  render: () =>
    html`<div style="max-width: 22rem"><sel-resource-finder .catalog=${catalog}></sel-resource-finder></div>`,
};

/** A filter pasted with a mistake: the error names it, and the rest applies. */
export const BadFilter: Story = {
  render: () => html`<sel-resource-finder .catalog=${catalog} focus-areas="3" kinds="poster"></sel-resource-finder>`,
  play: async ({ canvasElement }) => {
    const { el, root } = shadow(canvasElement);
    await el.renderComplete;
    await expect(root.querySelector('[role="alert"]')?.textContent ?? '').toContain('kinds[0]');
  },
};

/** A catalog with a resource tagged outside the vocabulary: the error names the path. */
export const BadData: Story = {
  render: () =>
    html`<sel-resource-finder
      .catalog=${{
        ...catalog,
        resources: catalog.resources.map((resource, i) =>
          i === 4 ? { ...resource, tags: ['no-such-tag'] } : resource,
        ),
      }}
    ></sel-resource-finder>`,
  play: async ({ canvasElement }) => {
    const { el, root } = shadow(canvasElement);
    await el.dataSettled;
    await expect(root.querySelector('[role="alert"]')?.textContent ?? '').toContain('resources[4].tags[0]');
  },
};

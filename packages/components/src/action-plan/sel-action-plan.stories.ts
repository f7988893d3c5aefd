import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { exampleDistrictActionPlan, examplePartnerPlan } from '@sel/data';
import './define.js';
import type { SelActionPlan } from './sel-action-plan.js';

const meta = {
  title: 'Components/Action plan',
  component: 'sel-action-plan',
  parameters: { layout: 'padded' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

const shadow = (canvas: HTMLElement) => {
  const el = canvas.querySelector<SelActionPlan>('sel-action-plan');
  if (!el?.shadowRoot) throw new Error('no <sel-action-plan> rendered');
  return { el, root: el.shadowRoot };
};

/** A district's action plan (illustrative): three S.M.A.R.T. goals from the rubric, twelve steps, as of a November meeting. */
export const DistrictPlan: Story = {
  render: () =>
    html`<sel-action-plan today="2026-11-22" since="2026-11-19" .plan=${exampleDistrictActionPlan}></sel-action-plan>`,
  play: async ({ canvasElement, userEvent }) => {
    const { el, root } = shadow(canvasElement);
    await el.dataSettled;
    // Marking the blocked recruiting step in progress adds it to "this meeting".
    await userEvent.click(root.querySelector('input[name="status-5"][value="in-progress"]') as HTMLElement);
    await el.updateComplete;
    await expect(root.querySelectorAll('.changed li')).toHaveLength(3);
  },
};

/** A school and an after-school partner: the collaborative planning worksheet with its communication and data plans. */
export const PartnerPlan: Story = {
  render: () => html`<sel-action-plan today="2026-11-22" .plan=${examplePartnerPlan}></sel-action-plan>`,
};

/** One owner's steps only. */
export const FilteredByOwner: Story = {
  render: () =>
    html`<sel-action-plan today="2026-11-22" owner="Maya Chen" .plan=${exampleDistrictActionPlan}></sel-action-plan>`,
};

/** In Spanish. */
export const Spanish: Story = {
  render: () =>
    html`<div lang="es"><sel-action-plan today="2026-11-22" .plan=${examplePartnerPlan}></sel-action-plan></div>`,
};

/** Read-only, the layout for printing: statuses as text, no controls. */
export const ReadOnly: Story = {
  render: () => html`<sel-action-plan readonly today="2026-11-22" .plan=${examplePartnerPlan}></sel-action-plan>`,
};

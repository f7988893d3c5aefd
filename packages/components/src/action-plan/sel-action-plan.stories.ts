import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { Assessment } from '@sel/core';
import { districtRubric, exampleDistrictActionPlan, examplePartnerPlan } from '@sel/data';
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

/** Writing the partner plan: every field labelled, lists with add, move and remove. */
export const Editing: Story = {
  render: () => html`<sel-action-plan today="2026-11-22" .plan=${examplePartnerPlan}></sel-action-plan>`,
  play: async ({ canvasElement, userEvent }) => {
    const { el, root } = shadow(canvasElement);
    await el.dataSettled;
    await userEvent.click(root.querySelector('[data-action="edit"]') as HTMLElement);
    await waitFor(() => expect(root.querySelector('.editor')).toBeTruthy());
    // A new step left empty: "Done editing" lists what is missing at the top.
    await userEvent.click(root.querySelector('[data-action="add"][data-list="actionSteps"]') as HTMLElement);
    await userEvent.click(root.querySelector('[data-action="edit"]') as HTMLElement);
    await el.updateComplete;
    await expect(root.querySelectorAll('.error-summary li')).toHaveLength(3);
  },
};

/** The fall assessment of the district rubric (illustrative): the editor proposes goals from its lowest ratings. */
const fallAssessment: Assessment = {
  id: 'riverbend-2026-10',
  rubricId: districtRubric.id,
  rubricVersion: districtRubric.version,
  takenBy: 'Riverbend Unified SEL team',
  takenOn: '2026-10-05',
  ratings: {
    'sel-lead-cabinet-influence': { level: 3 },
    'sel-team-serves-all-students': { level: 3 },
    'cross-department-structures': { level: 1 },
    'sel-embedded-in-frameworks': { level: 2 },
    'implementation-plan': { level: 2 },
    'board-and-budget-support': { level: 1 },
    'ongoing-professional-learning': { level: 1 },
    'partner-inventory': { level: 2 },
    'share-progress': { level: 1 },
  },
};

/** A new plan started from the evidence: goals proposed from the assessment's priorities and lowest ratings. */
export const FromEvidence: Story = {
  render: () =>
    html`<sel-action-plan
      today="2026-11-22"
      .plan=${{ kind: 'casel', title: 'Riverbend Unified SEL action plan, 2027-28 (illustrative)', goals: [] }}
      .rubric=${districtRubric}
      .assessment=${fallAssessment}
      .priorities=${['share-progress']}
    ></sel-action-plan>`,
  play: async ({ canvasElement, userEvent }) => {
    const { el, root } = shadow(canvasElement);
    await el.dataSettled;
    await userEvent.click(root.querySelector('[data-action="edit"]') as HTMLElement);
    await waitFor(() => expect(root.querySelector('.proposals')).toBeTruthy());
    await expect(root.querySelectorAll('.proposals li')).toHaveLength(3);
  },
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { AssessmentReport } from '@sel/core';
import { illustrativeAssessmentReport } from '@sel/data';
import './define.js';
import type { SelAssessmentReport } from './sel-assessment-report.js';

const meta = {
  title: 'Components/Assessment report',
  component: 'sel-assessment-report',
  parameters: { layout: 'padded' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

const shadow = (canvas: HTMLElement) => {
  const el = canvas.querySelector<SelAssessmentReport>('sel-assessment-report');
  if (!el?.shadowRoot) throw new Error('no <sel-assessment-report> rendered');
  return { el, root: el.shadowRoot };
};

/** The district rubric with three rounds of an invented district (fall, spring, fall), a target of 80% and two priority practices. */
export const ThreeRounds: Story = {
  render: () => html`<sel-assessment-report .report=${illustrativeAssessmentReport}></sel-assessment-report>`,
  play: async ({ canvasElement }) => {
    const { el, root } = shadow(canvasElement);
    await el.dataSettled;
    await expect(root.querySelectorAll('.bar')).toHaveLength(5);
    await expect(root.querySelectorAll('.growth tbody tr')).toHaveLength(20);
  },
};

/** Every chart switched to its data table, and the growth table sorted by change, largest first. */
export const AsTables: Story = {
  render: () => html`<sel-assessment-report .report=${illustrativeAssessmentReport}></sel-assessment-report>`,
  play: async ({ canvasElement, userEvent }) => {
    const { el, root } = shadow(canvasElement);
    await el.dataSettled;
    for (const figure of root.querySelectorAll('.figure')) {
      await userEvent.click(figure.querySelectorAll<HTMLElement>('.view button')[1] as HTMLElement);
    }
    const change = root.querySelector('.sort[data-column="change"]') as HTMLElement;
    await userEvent.click(change);
    await userEvent.click(change);
    // The tables and sorting load at the first press: the presses take effect once they are here.
    await waitFor(() => expect(root.querySelectorAll('.bars')).toHaveLength(0));
    await waitFor(() =>
      expect(root.querySelector('table.growth tbody tr')?.getAttribute('data-trend')).toBe('improved'),
    );
  },
};

const firstRound: AssessmentReport = {
  ...illustrativeAssessmentReport,
  assessments: illustrativeAssessmentReport.assessments.slice(0, 1),
};

/** A district's first self-assessment: where it stands, three indicators not rated yet, no growth to show. */
export const FirstRound: Story = {
  render: () => html`<sel-assessment-report .report=${firstRound}></sel-assessment-report>`,
};

/** In Spanish, from the element's `lang`. */
export const Spanish: Story = {
  render: () => html`<sel-assessment-report lang="es" .report=${illustrativeAssessmentReport}></sel-assessment-report>`,
};

/** On a phone: the bars, small multiples and tables reflow to 360 px. */
export const Phone: Story = {
  parameters: { viewport: { defaultViewport: 'mobile1' } },
  render: () =>
    html`<div style="max-inline-size: 360px">
      <sel-assessment-report .report=${illustrativeAssessmentReport}></sel-assessment-report>
    </div>`,
};

/** A round of another rubric version: the error names the path of each problem. */
export const BadData: Story = {
  render: () =>
    html`<sel-assessment-report
      .report=${{
        ...illustrativeAssessmentReport,
        assessments: [{ ...illustrativeAssessmentReport.assessments[0], rubricVersion: '0.9' }],
      }}
    ></sel-assessment-report>`,
  play: async ({ canvasElement }) => {
    const { el, root } = shadow(canvasElement);
    await el.dataSettled;
    await expect(root.querySelector('[role="alert"]')?.textContent).toContain('assessments[0].rubricVersion');
  },
};

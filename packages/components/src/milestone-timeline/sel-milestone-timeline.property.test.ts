import fc from 'fast-check';
import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { Community } from '@sel/core';
import { fixture, nextEvent } from '../test/index.js';
import { pointsAt, removalMutation, typeMutation } from '../test/hostile/malformed.js';
import './define.js';
import type { SelMilestoneTimeline } from './sel-milestone-timeline.js';

const valid: Community = {
  id: 'riverbend-valley',
  name: 'Riverbend Valley SEL Learning Community',
  scope: { kind: 'state', state: 'IL' },
  readiness: 'improving',
  charter: { start: '2026-07-01', end: '2031-06-30' },
  phase: 'launch',
  leadershipTeam: [{ name: 'Dana Whitfield', role: 'Community lead' }],
  committees: ['advisory'],
  members: [],
  districts: [],
  milestones: [
    { id: 'blueprint', title: 'Blueprint finalized', phase: 'detailed-design', due: '2026-12-15', status: 'done' },
    { id: 'launch', title: 'First communities launched', phase: 'launch', due: '2027-02-01', status: 'planned' },
    {
      id: 'funding',
      title: 'Funding applications submitted',
      phase: 'launch',
      due: '2027-05-30',
      status: 'in-progress',
      owner: 'Marcus Ortega',
      description: 'State grant and two foundations.\nDrafts in the shared folder.',
    },
  ],
};
const community: unknown = JSON.parse(JSON.stringify(valid));

function titles(el: SelMilestoneTimeline): string[] {
  return [...(el.shadowRoot?.querySelectorAll('.item__title') ?? [])].map((title) => title.textContent.trim());
}

describe('<sel-milestone-timeline> given generated malformed communities', () => {
  it('rejects each at the broken path, throws nothing, and keeps the milestones and the selection shown (property)', async () => {
    const el = await fixture<SelMilestoneTimeline>(
      html`<sel-milestone-timeline today="2027-03-15" .community=${valid}></sel-milestone-timeline>`,
    );
    expect(el.shadowRoot?.querySelector('[role="alert"]'), 'the starting community is valid').toBeNull();
    const shown = titles(el);
    expect(shown).toHaveLength(3);
    const root = el.shadowRoot;
    const third = root?.querySelectorAll<HTMLButtonElement>('.item__button')[2];
    if (!root || !third) throw new Error('no milestone button');
    await userEvent.click(third);
    await el.updateComplete;
    const selectedDetails = root.querySelector('.details')?.textContent ?? '';
    expect(selectedDetails).toContain('Marcus Ortega');
    const mutation = fc.oneof(
      typeMutation(community),
      removalMutation([['name'], ['charter'], ['milestones'], ['milestones', 1, 'due'], ['milestones', 0, 'title']]),
    );
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        runs += 1;
        const error = nextEvent(el, 'sel-error');
        el.community = m.apply(community) as Community;
        const { detail } = await error;
        await el.updateComplete;
        expect(
          detail.issues.some((issue) => pointsAt(issue, m.path) && issue.message !== ''),
          `${m.describe}: ${JSON.stringify(detail.issues)}`,
        ).toBe(true);
        expect(root.querySelector('[role="alert"]'), m.describe).not.toBeNull();
        expect(titles(el), m.describe).toEqual(shown);
        expect(root.querySelector('.details')?.textContent ?? '', m.describe).toBe(selectedDetails);
      }),
      { numRuns: 120 },
    );
    expect(runs).toBe(120);
  }, 120_000);
});

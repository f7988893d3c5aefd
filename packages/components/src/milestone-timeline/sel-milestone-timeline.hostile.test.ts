import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { Community, Milestone } from '@sel/core';
import { fixture, nextEvent } from '../test/index.js';
import {
  chunks,
  expectShownAsText,
  hostileStrings,
  visibleHostileStrings,
  watchPage,
} from '../test/hostile/hostile.js';
import './define.js';
import type { SelMilestoneTimeline } from './sel-milestone-timeline.js';

const PHASES = ['detailed-design', 'launch', 'scale-and-improve', 'replan', 'leadership-transition'] as const;

/** A community whose name, milestone titles, owners and descriptions are hostile strings. */
function hostileCommunity(visible: readonly string[], any: readonly string[]): Community {
  const milestones = visible.map((title, i): Milestone => ({
    id: `m-${i}`,
    title,
    phase: PHASES[i % PHASES.length] ?? 'launch',
    due: `2027-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    status: i % 3 === 0 ? 'done' : 'planned',
    owner: visible[(i + 1) % visible.length] ?? 'x',
    description: any[i % any.length] ?? '',
  }));
  return {
    id: 'hostile-lc',
    name: visible[0] ?? 'x',
    scope: { kind: 'national' },
    readiness: 'initiating',
    charter: { start: '2026-07-01', end: '2031-06-30' },
    phase: 'launch',
    leadershipTeam: [],
    committees: [],
    members: [],
    districts: [],
    milestones,
  };
}

describe('<sel-milestone-timeline> with hostile text', () => {
  it('shows every naughty string and XSS payload as text, runs no script and changes nothing outside', async () => {
    const visible = await visibleHostileStrings();
    const any = await hostileStrings();
    for (const batch of chunks(visible, 125)) {
      const container = document.createElement('div');
      document.body.append(container);
      const watch = watchPage(container);
      try {
        const el: SelMilestoneTimeline = document.createElement('sel-milestone-timeline');
        el.today = '2027-06-15';
        el.community = hostileCommunity(batch, any);
        container.append(el);
        await el.updateComplete;
        watch.check(el);
        expect(el.shadowRoot?.querySelector('[role="alert"]'), 'the hostile community is valid').toBeNull();
        // Text fields of a community are stored trimmed (communitySchema trims them).
        expectShownAsText(
          el,
          batch.map((s) => s.trim()),
          (s) => s,
        );
      } finally {
        watch.stop();
        container.remove();
      }
    }
  }, 60_000);

  it('shows a selected milestone’s hostile owner and description as text', async () => {
    const payloads = (await visibleHostileStrings()).filter((s) => /[<>{}$&]/.test(s)).slice(0, 6);
    const container = document.createElement('div');
    document.body.append(container);
    const watch = watchPage(container);
    try {
      const el: SelMilestoneTimeline = document.createElement('sel-milestone-timeline');
      el.today = '2027-06-15';
      el.community = hostileCommunity(payloads, payloads);
      container.append(el);
      await el.updateComplete;
      const buttons = [...(el.shadowRoot?.querySelectorAll<HTMLButtonElement>('.item__button') ?? [])];
      expect(buttons).toHaveLength(payloads.length);
      for (const button of buttons) {
        await userEvent.click(button);
        await el.updateComplete;
        const details = el.shadowRoot?.querySelector('.details');
        expect(details).not.toBeNull();
        expect(details?.textContent).toContain(payloads[Number(button.dataset['index'])]?.trim() ?? '');
      }
      watch.check(el);
      expectShownAsText(
        el,
        payloads.map((s) => s.trim()),
      );
      const descriptions = [...(el.shadowRoot?.querySelectorAll('.details__description') ?? [])];
      for (const p of descriptions) expect(payloads).toContain(p.textContent);
    } finally {
      watch.stop();
      container.remove();
    }
  }, 30_000);

  it('keeps showing the last valid community when an invalid one arrives', async () => {
    const valid = hostileCommunity(['Launch communities', 'Replan'], ['']);
    const el = await fixture<SelMilestoneTimeline>(
      html`<sel-milestone-timeline today="2027-06-15" .community=${valid}></sel-milestone-timeline>`,
    );
    for (const broken of [
      { ...valid, milestones: [{ ...valid.milestones[0], due: '2027-02-30' }] },
      { ...valid, phase: 'launched' },
      { ...valid, name: '   ' },
      { ...valid, milestones: null },
      { ...valid, charter: { start: '2031-01-01', end: '2026-01-01' } },
    ]) {
      const error = nextEvent(el, 'sel-error');
      el.community = broken as unknown as Community;
      const { detail } = await error;
      await el.updateComplete;
      expect(detail.issues.some((issue) => issue.path.length > 0 && issue.message !== '')).toBe(true);
      expect(el.shadowRoot?.querySelector('[role="alert"]')).not.toBeNull();
      // The milestones of the last valid community are still listed.
      const titles = [...(el.shadowRoot?.querySelectorAll('.item__title') ?? [])].map((t) => t.textContent);
      expect(titles).toEqual(['Launch communities', 'Replan']);
    }
  });
});

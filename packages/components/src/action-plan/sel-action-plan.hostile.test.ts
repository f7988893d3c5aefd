import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { ActionStep, CaselActionPlan, PartnerActionPlan } from '@sel/core';
import { nextEvent } from '../test/index.js';
import { chunks, expectShownAsText, visibleHostileStrings, watchPage } from '../test/hostile/hostile.js';
import './define.js';
import type { SelActionPlan } from './sel-action-plan.js';
import { editorShown } from './test-plans.js';

const step = (text: string, index: number): ActionStep => ({
  id: `s-${index}`,
  description: text,
  owner: text,
  due: '2026-12-01',
  status: 'not-started',
});

/** A partner plan with the hostile strings spread over every kind of text field, each string once. */
function hostilePartnerPlan(batch: readonly string[]): PartnerActionPlan {
  const kinds = 7;
  const of = (kind: number) => batch.filter((_, index) => index % kinds === kind);
  return {
    kind: 'partner',
    title: batch[0] ?? 'x',
    sharedGoal: batch[1] ?? 'x',
    schoolDayPractices: of(0),
    partnerPractices: of(1),
    alignmentOpportunities: of(2),
    keyPersonnel: of(3).map((text) => ({ name: text, role: text, organization: text })),
    actionSteps: of(4).map(step),
    communicationPlan: of(5).map((text) => ({ audience: text, message: text, channel: text, frequency: text })),
    dataSharingPlan: of(6).map((text) => ({
      data: text,
      source: 'new' as const,
      legallyShareable: 'unknown' as const,
      frequency: text,
      notes: text,
    })),
  };
}

async function mount(plan: PartnerActionPlan | CaselActionPlan, container: HTMLElement): Promise<SelActionPlan> {
  const el: SelActionPlan = document.createElement('sel-action-plan');
  el.today = '2026-11-15';
  el.plan = plan;
  container.append(el);
  await el.dataSettled;
  return el;
}

describe('<sel-action-plan> with hostile text', () => {
  it('shows every naughty string and XSS payload as text, to follow and to edit, and runs nothing', async () => {
    const visible = await visibleHostileStrings();
    for (const batch of chunks(visible, 400)) {
      const container = document.createElement('div');
      document.body.append(container);
      const watch = watchPage(container);
      try {
        const el = await mount(hostilePartnerPlan(batch), container);
        expect(el.shadowRoot?.querySelector('[role="alert"]'), 'the hostile plan is valid').toBeNull();
        watch.check(el);
        expectShownAsText(el, batch);
        el.shadowRoot?.querySelector<HTMLButtonElement>('[data-action="edit"]')?.click();
        await editorShown(el);
        watch.check(el);
        expectShownAsText(el, batch);
      } finally {
        watch.stop();
        container.remove();
      }
    }
  }, 120_000);

  it('keeps working by keyboard, owner filter included', async () => {
    const names = ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', '\u202Eevil', '=cmd|calc'];
    const container = document.createElement('div');
    document.body.append(container);
    const watch = watchPage(container);
    try {
      const plan: CaselActionPlan = {
        kind: 'casel',
        title: names[0] ?? '',
        goals: [{ id: 'g', statement: names[1] ?? '', steps: names.map(step) }],
      };
      const el = await mount(plan, container);
      el.owner = names[2];
      await el.updateComplete;
      const radio = el.shadowRoot?.querySelector<HTMLInputElement>('input[type="radio"]:checked');
      expect(radio?.name).toBe('status-2');
      radio?.focus();
      const changed = nextEvent(el, 'sel-plan-change');
      await userEvent.keyboard('{ArrowRight}');
      expect((await changed).detail.plan.kind === 'casel' && (await changed).detail.plan).toMatchObject({
        goals: [{ steps: [{}, {}, { owner: '\u202Eevil', status: 'in-progress' }, {}] }],
      });
      watch.check(el);
    } finally {
      watch.stop();
      container.remove();
    }
  });
});

import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { ActionPlan } from '@sel/core';
import { examplePartnerPlan } from '@sel/data';
import { expectNoAxeViolations, fixture, nextEvent, shadowActiveElement } from '../test/index.js';
import './define.js';
import type { SelActionPlan } from './sel-action-plan.js';
import { caselPlan, partnerPlan, tabToFirstStatus } from './test-plans.js';

async function planElement(plan: ActionPlan, lang?: string): Promise<SelActionPlan> {
  const el = await fixture<SelActionPlan>(html`<sel-action-plan today="2026-11-15" .plan=${plan}></sel-action-plan>`, {
    ...(lang === undefined ? {} : { lang }),
  });
  await el.dataSettled;
  return el;
}

const root = (el: SelActionPlan) => {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
};
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const texts = (el: SelActionPlan, selector: string) =>
  [...root(el).querySelectorAll(selector)].map((node) => squash(node.textContent));
const live = (el: SelActionPlan) => squash(root(el).querySelector('[aria-live="polite"]')?.textContent);

describe('<sel-action-plan> following a partner plan', () => {
  it('shows the worksheet in its order under headings, with lists and labelled rows', async () => {
    const el = await planElement(partnerPlan());
    expect(texts(el, 'h2, h3')).toEqual([
      'Lincoln Elementary and the Riverside YMCA',
      'Shared SEL goal',
      'School-day practices that support the goal',
      'Partner practices that support the goal',
      'Opportunities for alignment',
      'Key personnel',
      'Action steps',
      'Communication plan',
      'Continuous improvement: data',
    ]);
    expect(texts(el, '.kind')).toEqual(['Collaborative plan with a community partner']);
    expect(texts(el, '.steps > li .step__what')).toEqual(['Step a', 'Step b', 'Step c']);
    expect(texts(el, '#personnel-heading + .rows dd')).toEqual(['Ana Ruiz', 'Site director', 'Riverside YMCA']);
    await expectNoAxeViolations(el);
  });

  it('says in words when data may not or might not be shared, and never hides such a row', async () => {
    const el = await planElement(partnerPlan());
    expect(texts(el, '.legal')).toEqual(['Unknown: check before sharing it', 'No: do not share this data']);
    // A filter by owner narrows the steps only.
    el.owner = 'Lee Park';
    await el.updateComplete;
    expect(texts(el, '.steps .step__what')).toEqual(['Step b']);
    expect(root(el).querySelectorAll('.row--no, .row--unknown')).toHaveLength(2);
  });

  it('marks overdue and due-soon steps in words, and sums up the plan as of today', async () => {
    const el = await planElement(partnerPlan());
    const steps = [...root(el).querySelectorAll<HTMLElement>('.steps > li')];
    expect(steps.map((li) => li.dataset['timing'])).toEqual(['overdue', 'due-soon', 'later']);
    expect(steps.map((li) => squash(li.querySelector('.badge')?.textContent))).toEqual(['Overdue', 'Due soon', '']);
    expect(texts(el, '.as-of')).toEqual(['As of November 15th, 2026: One step overdue, one due soon']);
    expect(texts(el, '.progress')[0]).toBe('Whole plan: 0 of 3 steps done (0%)');
  });

  it('changes a step status with one arrow key, fires sel-plan-change and announces it', async () => {
    const el = await planElement(partnerPlan());
    expect(await tabToFirstStatus(el)).toBe(true);
    expect(shadowActiveElement(el)).toMatchObject({ value: 'in-progress' });
    const changed = nextEvent(el, 'sel-plan-change');
    await userEvent.keyboard('{ArrowRight}');
    const { detail } = await changed;
    expect(detail.kind).toBe('status');
    expect(detail.path).toEqual(['actionSteps', 0]);
    expect(detail.plan).toBe(el.value);
    expect(el.value?.kind === 'partner' && el.value.actionSteps[0]).toMatchObject({
      status: 'done',
      updated: '2026-11-15',
    });
    await el.updateComplete;
    expect(live(el)).toBe('“Step a” is now Done.');
    expect(texts(el, '.progress')[0]).toBe('Whole plan: 1 of 3 steps done (33%)');
    expect(root(el).querySelector<HTMLElement>('.steps > li')?.dataset['timing']).toBe('done');
  });

  it('lists what changed since the last meeting, and a change made now joins the list', async () => {
    const el = await planElement(partnerPlan());
    el.since = '2026-11-01';
    await el.updateComplete;
    expect(texts(el, '#changes-heading')).toEqual(['This meeting: changed since November 1st, 2026']);
    expect(texts(el, '.changed li')).toEqual(['Step b (Lee Park): Not started, changed November 10th, 2026']);
    root(el).querySelector<HTMLInputElement>('input[name="status-2"][value="blocked"]')?.click();
    await el.updateComplete;
    expect(texts(el, '.changed li')).toEqual([
      'Step b (Lee Park): Not started, changed November 10th, 2026',
      'Step c (Ana Ruiz): Blocked, changed November 15th, 2026',
    ]);
    await expectNoAxeViolations(el);
  });

  it('filters by owner from its own control', async () => {
    const el = await planElement(partnerPlan());
    const select = root(el).querySelector<HTMLSelectElement>('select[name="owner"]');
    if (!select) throw new Error('no owner filter');
    await userEvent.selectOptions(select, 'Ana Ruiz');
    await el.updateComplete;
    expect(el.owner).toBe('Ana Ruiz');
    expect(texts(el, '.steps .step__what')).toEqual(['Step a', 'Step c']);
  });
});

describe('<sel-action-plan> following an action plan', () => {
  it('shows each goal with its measure, its progress and its steps', async () => {
    const el = await planElement(caselPlan());
    expect(texts(el, 'h2, h3, h4')).toEqual([
      'District SEL action plan',
      'Goals',
      'Goal 1: Every school has an SEL team by June',
      'Goal 2: Staff finish the adult SEL series',
    ]);
    expect(texts(el, '.goal .progress')).toEqual(['1 of 2 steps done (50%)', '0 of one step done (0%)']);
    expect(texts(el, '.measure')).toEqual(['How we will know: Team rosters']);
    expect(root(el).querySelectorAll('input[type="radio"]:checked')).toHaveLength(3);
    el.owner = 'Luis Ortega';
    await el.updateComplete;
    expect(texts(el, '.goal .empty')).toEqual(['No action steps for Luis Ortega here.']);
    await expectNoAxeViolations(el);
  });

  it('speaks Spanish', async () => {
    const el = await planElement(caselPlan(), 'es');
    expect(texts(el, 'h3')).toEqual(['Metas']);
    expect(texts(el, '.goal legend')[0]).toBe('Estado: Step s1');
  });

  it('shows statuses as text when readonly, and reports a `today` that is not a date', async () => {
    const el = await planElement(examplePartnerPlan);
    el.readonly = true;
    el.today = '2026-13-01';
    const error = nextEvent(el, 'sel-error');
    await el.updateComplete;
    expect((await error).detail.issues[0]?.path).toEqual(['today']);
    expect(root(el).querySelector('input[type="radio"]')).toBeNull();
    expect(texts(el, '.step__status')[0]).toBe('Status: Done');
  });
});

import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { ActionPlan, Assessment, Resource, Rubric } from '@sel/core';
import { dispatchResourceSelect } from '../shared/resource-select.js';
import { expectNoAxeViolations, fixture, shadowActiveElement } from '../test/index.js';
import './define.js';
import type { SelActionPlan } from './sel-action-plan.js';
import { caselPlan, editorShown, partnerPlan } from './test-plans.js';

async function planElement(plan: ActionPlan, lang?: string): Promise<SelActionPlan> {
  const el = await fixture<SelActionPlan>(
    html`<sel-action-plan today="2026-11-15" .plan=${plan}></sel-action-plan>`,
    lang === undefined ? {} : { lang },
  );
  await el.dataSettled;
  return el;
}

const root = (el: SelActionPlan) => {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
};
const button = (el: SelActionPlan, selector: string): HTMLButtonElement => {
  const found = root(el).querySelector<HTMLButtonElement>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
};
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Catches what a button offers as a download: the file name and the text. */
function catchDownloads(): { name: string; text: Promise<string> }[] {
  const files: { name: string; text: Promise<string> }[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test-${blobs.size}`;
    if (blob instanceof Blob) blobs.set(url, blob);
    return url;
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) files.push({ name: this.download, text: blob.text() });
  });
  return files;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('<sel-action-plan> giving the plan out', () => {
  it('downloads the steps as CSV with formulas guarded, and their due dates as iCalendar', async () => {
    const plan = partnerPlan();
    const el = await planElement({
      ...plan,
      actionSteps: [{ ...plan.actionSteps[0], description: '=cmd|calc' }],
    } as ActionPlan);
    const files = catchDownloads();
    // Each writer loads on first use: the person takes the CSV, then the calendar.
    await userEvent.click(button(el, '[data-out="csv"]'));
    await vi.waitFor(() => {
      expect(files).toHaveLength(1);
    });
    await userEvent.click(button(el, '[data-out="ics"]'));
    await vi.waitFor(() => {
      expect(files).toHaveLength(2);
    });
    expect(files.map((file) => file.name)).toEqual([
      'lincoln-elementary-and-the-riverside-ymca.csv',
      'lincoln-elementary-and-the-riverside-ymca.ics',
    ]);
    const [csv, ics] = await Promise.all(files.map((file) => file.text));
    expect(csv?.split('\r\n')[1]).toBe(
      "Students name and manage strong feelings,'=cmd|calc,Ana Ruiz,2026-11-01,in-progress,,a",
    );
    expect(ics).toContain('DTSTART;VALUE=DATE:20261101');
    expect(ics).toContain('X-WR-CALNAME:Lincoln Elementary and the Riverside YMCA');
  });

  it('prints the plan from its button', async () => {
    const el = await planElement(partnerPlan());
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    button(el, '[data-out="print"]').focus();
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => {
      expect(print).toHaveBeenCalledOnce();
    });
  });
});

const rubric: Rubric = {
  id: 'district-test',
  version: '1',
  title: 'District rubric',
  scope: 'district',
  levels: [
    { value: 1, label: 'Not started' },
    { value: 2, label: 'Partly' },
    { value: 3, label: 'Mostly' },
    { value: 4, label: 'Fully' },
  ],
  focusAreas: [
    {
      id: 'plan',
      number: 1,
      title: 'Plan',
      practices: [
        {
          id: 'organize',
          title: 'Organize',
          indicators: [
            {
              id: 'cabinet',
              text: 'The SEL lead has influence at the cabinet level.',
              descriptors: ['a', 'b', 'c', 'd'],
            },
            { id: 'cross', text: 'Departments plan SEL together.', descriptors: ['a', 'b', 'c', 'd'] },
            { id: 'budget', text: 'The budget funds SEL.', descriptors: ['a', 'b', 'c', 'd'] },
          ],
        },
      ],
    },
  ],
};

const assessment: Assessment = {
  id: 'a-2026',
  rubricId: 'district-test',
  rubricVersion: '1',
  takenBy: 'District SEL team',
  takenOn: '2026-10-01',
  ratings: { cabinet: { level: 3 }, cross: { level: 1 }, budget: { level: 2 } },
};

describe('<sel-action-plan> starting from evidence', () => {
  it('proposes goals from the priority and weakest indicators, and adds one by keyboard', async () => {
    const el = await planElement(caselPlan());
    el.rubric = rubric;
    el.assessment = assessment;
    el.priorities = ['budget'];
    button(el, '[data-action="edit"]').click();
    await editorShown(el);
    expect([...root(el).querySelectorAll('.proposals .proposal')].map((span) => squash(span.textContent))).toEqual([
      'The budget funds SEL.',
      'Departments plan SEL together.',
      'The SEL lead has influence at the cabinet level.',
    ]);
    await expectNoAxeViolations(el);
    button(el, '[data-action="propose"][data-index="1"]').focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(el.value?.kind === 'casel' && el.value.goals[2]).toMatchObject({
      statement: 'Departments plan SEL together.',
      indicatorIds: ['cross'],
      steps: [],
    });
    expect((shadowActiveElement(el) as HTMLElement | null)?.dataset['field']).toBe('goals.2.statement');
    expect(root(el).querySelectorAll('.proposals li')).toHaveLength(2);
  });

  it('attaches a resource chosen in a finder to the goal for its indicator, or the goal being worked on', async () => {
    const el = await planElement({
      ...caselPlan(),
      goals: caselPlan().goals.map((goal, i) => (i === 1 ? { ...goal, indicatorIds: ['cross'] } : goal)),
    });
    const resource = {
      id: 'casel-district-guide',
      title: 'District guide to <b>SEL</b>',
    } as Resource;
    const finder = document.createElement('div');
    document.body.append(finder);
    try {
      expect(dispatchResourceSelect(finder, { resource, indicatorIds: ['cross'] })).toBe(false);
      await el.updateComplete;
      expect(el.value?.kind === 'casel' && el.value.goals.map((goal) => goal.resourceIds)).toEqual([
        undefined,
        ['casel-district-guide'],
      ]);
      expect(squash(root(el).querySelector('[data-goal="1"] .resources')?.textContent)).toBe(
        'Resources: District guide to <b>SEL</b>',
      );
      // Found by search (no indicator): it goes to the goal last worked in.
      root(el).querySelector<HTMLInputElement>('[data-goal="0"] input[type="radio"]')?.focus();
      dispatchResourceSelect(finder, { resource: { ...resource, id: 'bps-menu', title: 'Menu' }, indicatorIds: [] });
      await el.updateComplete;
      expect(el.value?.kind === 'casel' && el.value.goals[0]?.resourceIds).toEqual(['bps-menu']);
      expect(squash(root(el).querySelector('[aria-live="polite"]')?.textContent)).toBe('“Menu” added to Goal 1.');
    } finally {
      finder.remove();
    }
  });

  it.each([
    ['Spanish', 'es', 'Recursos: District guide; Guía de alianzas', [['District guide', 'en']]],
    ['English', 'en', 'Resources: District guide; Guía de alianzas', [['Guía de alianzas', 'es']]],
  ])(
    'marks the title of a resource chosen in a finder with its language, on a %s plan',
    async (_, lang, shown, marked) => {
      const el = await planElement(
        {
          ...caselPlan(),
          goals: caselPlan().goals.map((goal, i) => (i === 1 ? { ...goal, indicatorIds: ['cross'] } : goal)),
        },
        lang,
      );
      const finder = document.createElement('div');
      document.body.append(finder);
      try {
        for (const resource of [
          { id: 'casel-district-guide', title: 'District guide' },
          { id: 'guia-de-alianzas', title: 'Guía de alianzas', lang: 'es' },
        ]) {
          dispatchResourceSelect(finder, { resource: resource as Resource, indicatorIds: ['cross'] });
          await el.updateComplete;
        }
        const resources = root(el).querySelector('[data-goal="1"] .resources');
        expect(squash(resources?.textContent)).toBe(shown);
        expect(
          [...(resources?.querySelectorAll('[lang]') ?? [])].map((span) => [
            span.textContent,
            span.getAttribute('lang'),
          ]),
        ).toEqual(marked);
        await expectNoAxeViolations(el);
      } finally {
        finder.remove();
      }
    },
  );

  it('takes a resource only from the elements its resources-from attribute names', async () => {
    // Two plans on one page, as a district workspace has: a resource for an indicator the district
    // plan has no goal for must not fall through to the partner plan.
    const page = await fixture(
      html`<div>
        <div id="district-finder"></div>
        <section id="partner-section"><div class="partner-finder"></div></section>
        <sel-action-plan id="district" today="2026-11-15" resources-from="district-finder"></sel-action-plan>
        <sel-action-plan id="partner" today="2026-11-15" resources-from="partner-section"></sel-action-plan>
      </div>`,
    );
    const district = page.querySelector<SelActionPlan>('#district');
    const partner = page.querySelector<SelActionPlan>('#partner');
    const districtFinder = page.querySelector('#district-finder');
    const partnerFinder = page.querySelector('.partner-finder');
    if (!district || !partner || !districtFinder || !partnerFinder) throw new Error('the page is incomplete');
    district.plan = caselPlan();
    partner.plan = partnerPlan();
    await Promise.all([district.dataSettled, partner.dataSettled]);
    const resource = (id: string) => ({ id, title: `Resource ${id}` }) as Resource;
    const partnerResources = () => (partner.value?.kind === 'partner' ? (partner.value.resourceIds ?? []) : []);

    // Nobody takes it: the district plan has no goal for the indicator, the partner plan does not listen there.
    expect(dispatchResourceSelect(districtFinder, { resource: resource('r1'), indicatorIds: ['no-goal'] })).toBe(true);
    await partner.updateComplete;
    expect(partnerResources()).not.toContain('r1');
    // From inside the section the partner plan names, it is the partner plan's.
    expect(dispatchResourceSelect(partnerFinder, { resource: resource('r2'), indicatorIds: [] })).toBe(false);
    await partner.updateComplete;
    expect(partnerResources()).toContain('r2');
    // An empty list takes none; no attribute takes a resource chosen anywhere.
    partner.setAttribute('resources-from', '');
    await partner.updateComplete;
    expect(dispatchResourceSelect(partnerFinder, { resource: resource('r3'), indicatorIds: [] })).toBe(true);
    partner.removeAttribute('resources-from');
    await partner.updateComplete;
    expect(dispatchResourceSelect(districtFinder, { resource: resource('r4'), indicatorIds: [] })).toBe(false);
    await partner.updateComplete;
    expect(partnerResources()).toContain('r4');
    expect(partnerResources()).not.toContain('r3');
  });
});

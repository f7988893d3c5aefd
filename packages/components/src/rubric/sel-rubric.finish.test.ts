import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { listIndicators, type Assessment } from '@sel/core';
import { districtRubric } from '@sel/data';
import { expectNoAxeViolations, fixture, shadowActiveElement } from '../test/index.js';
import { testRubric } from './test-rubric.js';
import './define.js';
import type { SelRubric } from './sel-rubric.js';

// The finish a district team sees: a required rubric says what is missing and where, rows do not
// jump while a level is chosen, read-only rows line up, and a phone shows every title and note whole.

const SLOW_MACHINE_TIMEOUT = 45_000;

const rubric = testRubric(
  'The SEL lead has influence at the cabinet level, with a standing item on every cabinet agenda and a budget line of its own.',
);

const LONG_NOTE = [
  'Lead joined the cabinet in January and briefs it monthly.',
  'Budget line approved for next year; minutes of the March meeting attached.',
  'The superintendent asked for a mid-year report on the implementation plan.',
  'Principals meet the SEL lead each quarter.',
].join('\n');

const started: Assessment = {
  id: 'spring',
  rubricId: 'district-test',
  rubricVersion: '1.0.0',
  takenBy: 'SEL team',
  takenOn: '2026-04-01',
  ratings: { cabinet: { level: 3, notes: LONG_NOTE } },
};

function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}

async function tab(el: SelRubric): Promise<Element | null> {
  await userEvent.keyboard('{Tab}');
  await el.updateComplete;
  return shadowActiveElement(el);
}

async function rubricIn(width: string, attributes = ''): Promise<SelRubric> {
  const holder = await fixture<HTMLDivElement>(
    `<div style="inline-size: ${width}"><sel-rubric ${attributes}></sel-rubric></div>`,
  );
  const el = holder.querySelector<SelRubric>('sel-rubric');
  if (!el) throw new Error('no rubric');
  el.rubric = rubric;
  el.assessment = started;
  await el.updateComplete;
  return el;
}

/** Every row's and level cell's box within the element (the page may scroll to the focus), to a tenth of a pixel. */
function boxes(el: SelRubric): string[] {
  const host = el.getBoundingClientRect();
  return [...shadow(el).querySelectorAll('.indicator, .level, textarea')].map((box) => {
    const rect = box.getBoundingClientRect();
    return [rect.top - host.top, rect.left - host.left, rect.width, rect.height].map((n) => n.toFixed(1)).join(' ');
  });
}

describe('<sel-rubric> required, in a form', { timeout: SLOW_MACHINE_TIMEOUT }, () => {
  it('focuses the first unrated indicator, marks each unrated row and lists them in an error summary', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form
        @submit=${(event: Event) => {
          event.preventDefault();
        }}
      >
        <sel-rubric name="a" required .rubric=${rubric} .assessment=${started}></sel-rubric>
        <button>Save</button>
      </form>`,
    );
    const el = form.querySelector<SelRubric>('sel-rubric');
    if (!el) throw new Error('no rubric');
    await el.updateComplete;
    const root = shadow(el);
    expect(root.querySelector('[part="error-summary"]')).toBeNull();
    await userEvent.click(page.getByRole('button', { name: 'Save' }));
    await el.updateComplete;

    expect(shadowActiveElement(el)?.getAttribute('data-indicator')).toBe('housed');
    const unrated = ['housed', 'structures', 'series', 'wellbeing'];
    const marked = [...root.querySelectorAll<HTMLInputElement>('input[aria-invalid="true"]')].map(
      (radio) => radio.dataset['indicator'],
    );
    expect([...new Set(marked)]).toEqual(unrated);
    expect(marked).toHaveLength(unrated.length * 4);
    expect(root.querySelector('[data-indicator="cabinet"][aria-invalid]')).toBeNull();
    expect(text(root.querySelector('#status-housed'))).toBe('Required: choose a level for this indicator.');

    const summary = root.querySelector('[part="error-summary"]');
    expect(summary?.getAttribute('role')).toBe('alert');
    expect(text(summary?.querySelector('.error-summary-title'))).toBe('There is a problem');
    const links = [...(summary?.querySelectorAll('a') ?? [])];
    expect(links.map(text)).toEqual([
      'Choose a level for “The SEL team serves all students.”',
      'Choose a level for “Cross-department structures support SEL.”',
      'Choose a level for “A professional learning series runs all year.”',
      'Choose a level for “Staff wellbeing is supported.”',
    ]);
    await expectNoAxeViolations(el);

    // A link takes the focus to its indicator, by keyboard.
    links[2]?.focus();
    await userEvent.keyboard('{Enter}');
    expect(shadowActiveElement(el)?.getAttribute('data-indicator')).toBe('series');
    await userEvent.keyboard('{ArrowRight}');
    await el.updateComplete;
    expect(root.querySelector('[data-indicator="series"][aria-invalid]')).toBeNull();
    expect([...root.querySelectorAll('[part="error-summary"] a')].map(text)).toHaveLength(3);

    for (const id of ['housed', 'structures', 'wellbeing']) {
      root.querySelector<HTMLInputElement>(`[data-indicator="${id}"][value="4"]`)?.click();
    }
    await el.updateComplete;
    expect(root.querySelector('[part="error-summary"]')).toBeNull();
    expect(root.querySelector('[aria-invalid]')).toBeNull();
    expect(form.checkValidity()).toBe(true);
  });

  it('says it in Spanish', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form
        @submit=${(event: Event) => {
          event.preventDefault();
        }}
      >
        <sel-rubric name="a" required .rubric=${rubric} .assessment=${started}></sel-rubric>
      </form>`,
      { lang: 'es' },
    );
    const el = form.querySelector<SelRubric>('sel-rubric');
    if (!el) throw new Error('no rubric');
    await el.updateComplete;
    expect(el.checkValidity()).toBe(false);
    await el.updateComplete;
    const root = shadow(el);
    expect(text(root.querySelector('.error-summary-title'))).toBe('Hay un problema');
    expect(text(root.querySelector('#status-housed'))).toBe('Obligatorio: elija un nivel para este indicador.');
    await expectNoAxeViolations(el);
  });
});

describe('<sel-rubric> layout', { timeout: SLOW_MACHINE_TIMEOUT }, () => {
  for (const width of ['1000px', '360px']) {
    it(`keeps every box in place while arrow keys move the chosen level (${width})`, async () => {
      const el = await rubricIn(width);
      const root = shadow(el);
      root.querySelector<HTMLInputElement>('[data-indicator="cabinet"][value="3"]')?.focus();
      const before = boxes(el);
      await userEvent.keyboard('{ArrowRight}');
      await el.updateComplete;
      expect(el.value?.ratings['cabinet']?.level).toBe(4);
      expect(boxes(el)).toEqual(before);
      await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
      await el.updateComplete;
      expect(el.value?.ratings['cabinet']?.level).toBe(2);
      expect(boxes(el)).toEqual(before);
    });
  }

  it('lines up the levels and the evidence of a read-only row with its full implementation', async () => {
    const el = await rubricIn('1000px', 'readonly');
    const row = shadow(el).querySelector('.indicator');
    const left = (selector: string): number => {
      const box = row?.querySelector(selector);
      if (!box) throw new Error(`no ${selector}`);
      return Math.round(box.getBoundingClientRect().left);
    };
    const full = left('.full');
    expect(left('.level')).toBe(full);
    expect(left('.notes')).toBe(full);
    expect(left('.row-status')).toBe(full);
    const title = row?.querySelector('.indicator-text');
    const padding = title ? Number.parseFloat(getComputedStyle(title).paddingInlineStart) : Number.NaN;
    expect(Math.round((title?.getBoundingClientRect().left ?? 0) + padding)).toBe(full);
  });

  it('keeps a long title inside its row and shows existing evidence whole on a phone', async () => {
    const el = await rubricIn('360px');
    const root = shadow(el);
    for (const row of root.querySelectorAll('fieldset.indicator')) {
      const legend = row.querySelector('legend');
      const border = Number.parseFloat(getComputedStyle(row).borderTopWidth);
      expect(legend?.getBoundingClientRect().top).toBeGreaterThanOrEqual(row.getBoundingClientRect().top + border);
    }
    const notes = root.querySelector<HTMLTextAreaElement>('textarea[data-indicator="cabinet"]');
    expect(notes?.value).toBe(LONG_NOTE);
    expect(notes?.scrollHeight).toBeLessThanOrEqual((notes?.clientHeight ?? 0) + 1);
    await expectNoAxeViolations(el);
  });
});

describe('<sel-rubric> a long rubric', { timeout: SLOW_MACHINE_TIMEOUT }, () => {
  const ids = listIndicators(districtRubric).map((entry) => entry.indicator.id);
  const sixRated: Assessment = {
    id: 'district-2026',
    rubricId: districtRubric.id,
    rubricVersion: districtRubric.version,
    takenBy: 'District SEL team',
    takenOn: '2026-04-01',
    ratings: Object.fromEntries([0, 1, 2, 3, 4, 7].map((i) => [ids[i] ?? '', { level: 2 }])),
  };

  it('keeps its progress in view while it scrolls, with a jump to the next unrated indicator', async () => {
    const el = await fixture<SelRubric>(
      html`<sel-rubric .rubric=${districtRubric} .assessment=${sixRated}></sel-rubric>`,
    );
    await el.renderComplete;
    const root = shadow(el);
    const progress = root.querySelector('.progress');
    expect(text(progress)).toBe(`6 of ${ids.length} indicators rated Next unrated indicator`);
    const box = el.getBoundingClientRect();
    expect(box.height).toBeGreaterThan(window.innerHeight * 2);
    window.scrollTo(0, window.scrollY + box.top + box.height / 2 - window.innerHeight / 2);
    await expect
      .poll(() => progress?.getBoundingClientRect().bottom ?? Infinity)
      .toBeLessThanOrEqual(window.innerHeight + 1);
    expect(progress?.getBoundingClientRect().top).toBeGreaterThanOrEqual(0);
    await expectNoAxeViolations(el);

    window.scrollTo(0, 0);
    await userEvent.click(page.getByRole('button', { name: 'Next unrated indicator' }));
    expect(shadowActiveElement(el)?.getAttribute('data-indicator')).toBe(ids[5]);
    await userEvent.keyboard(' ');
    await el.updateComplete;
    expect(el.value?.ratings[ids[5] ?? '']).toBeDefined();
    expect(text(progress)).toContain(`7 of ${ids.length} indicators rated`);
    await userEvent.click(page.getByRole('button', { name: 'Next unrated indicator' }));
    expect(shadowActiveElement(el)?.getAttribute('data-indicator')).toBe(ids[6]);
  });

  it('folds a focus area away by keyboard, keeping its summary, and the jump passes it by', async () => {
    const el = await fixture<SelRubric>(
      html`<sel-rubric .rubric=${districtRubric} .assessment=${sixRated}></sel-rubric>`,
    );
    await el.renderComplete;
    const root = shadow(el);
    const [first, second] = districtRubric.focusAreas;
    if (!first || !second) throw new Error('no focus areas');
    expect((await tab(el))?.className).toBe('area-toggle');
    const toggle = shadowActiveElement(el);
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
    await userEvent.keyboard('{Enter}');
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    const area = root.querySelector(`#area-${first.id}`)?.closest('section');
    expect(area?.querySelector('.area-body')?.getClientRects()).toHaveLength(0);
    const folded = [...(area?.querySelectorAll('input') ?? [])];
    expect(folded.length).toBeGreaterThan(0);
    expect(folded.every((input) => input.getClientRects().length === 0)).toBe(true);
    expect(text(area?.querySelector('.summary'))).toContain('indicators rated');
    await expectNoAxeViolations(el);

    // Rows folded away are passed by; the next unrated one open is in focus area 2.
    window.scrollTo(0, 0);
    await userEvent.click(page.getByRole('button', { name: 'Next unrated indicator' }));
    const secondIds = second.practices.flatMap((practice) => practice.indicators.map((each) => each.id));
    expect(secondIds).toContain(shadowActiveElement(el)?.getAttribute('data-indicator'));
    await el.updateComplete;
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    if (toggle instanceof HTMLElement) toggle.click();
    expect(area?.querySelector('.area-body')?.getClientRects().length).toBeGreaterThan(0);
  });

  it('has nothing to fold in a short rubric', async () => {
    const el = await rubricIn('1000px');
    expect(shadow(el).querySelector('.area-toggle')).toBeNull();
  });
});

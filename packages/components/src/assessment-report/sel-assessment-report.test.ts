import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { parseCsv, type AssessmentReport } from '@sel/core';
import { illustrativeAssessmentReport } from '@sel/data';
import { expectNoAxeViolations, fixture, shadowActiveElement } from '../test/index.js';
import './define.js';
import type { SelAssessmentReport } from './sel-assessment-report.js';

const data = (): AssessmentReport => structuredClone(illustrativeAssessmentReport);

async function report(value: AssessmentReport = data(), lang?: string): Promise<SelAssessmentReport> {
  const el = await fixture<SelAssessmentReport>(
    html`<sel-assessment-report .report=${value}></sel-assessment-report>`,
    lang === undefined ? {} : { lang },
  );
  await el.dataSettled;
  return el;
}

const root = (el: SelAssessmentReport) => {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
};
const text = (el: SelAssessmentReport, selector: string) =>
  root(el).querySelector(selector)?.textContent.replace(/\s+/g, ' ').trim() ?? '';
const all = (el: SelAssessmentReport, selector: string) =>
  [...root(el).querySelectorAll(selector)].map((node) => node.textContent.replace(/\s+/g, ' ').trim());
const focused = (el: SelAssessmentReport) => shadowActiveElement(el) as HTMLElement | null;

afterEach(async () => {
  await page.viewport(1024, 768);
});

describe('<sel-assessment-report>: where we are', () => {
  it('shows the latest round overall and per focus area with stage, completeness and target', async () => {
    const el = await report();
    expect(text(el, '.heading')).toBe('District Rubric for Systemic SEL');
    expect(text(el, '.rounds')).toBe(
      '3 rounds: October 14th, 2025 (fall-2025); April 21st, 2026 (spring-2026); October 13th, 2026 (fall-2026).',
    );
    // Fall 2026: 20 indicators rated, levels summing to 45 -> mean 2.25, normalised 42%.
    expect(text(el, '.where .summary')).toBe(
      'In the latest round, October 13th, 2026, the district scores 42% overall: Improving; 20 of 20 rated. ' +
        'Strongest focus area: 1. Build foundational support and plan (50%). Weakest: 3. Promote SEL for students (33%).',
    );
    expect(all(el, '.bar__name')).toEqual([
      'Overall',
      '1. Build foundational support and plan',
      '2. Strengthen adult SEL competencies and capacity',
      '3. Promote SEL for students',
      '4. Reflect on data for continuous improvement',
    ]);
    expect(all(el, '.bar__facts')[0]).toBe('42% · Improving · 20 of 20 rated · target 80%, 38 points below target');
    const overall = root(el).querySelector('.bar[data-area="overall"]');
    expect(overall?.getAttribute('data-stage')).toBe('improving');
    expect(overall?.querySelector('.bar__fill')?.getAttribute('width')).toBe('41.67%');
    expect(overall?.querySelector('.bar__target')?.getAttribute('x1')).toBe('80.00%');
    // The chart's figures are text beside it; the SVG itself is hidden from assistive technology.
    expect(overall?.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    await expectNoAxeViolations(el);
  });

  it('lists the weakest indicators of the latest round, those of priority practices first', async () => {
    const el = await report();
    const items = [...root(el).querySelectorAll('.weakest li')];
    expect(items.map((li) => li.getAttribute('data-indicator'))).toEqual([
      'adult-sel-routines',
      'joint-planning-with-partners',
      'partner-communication-and-data',
      'sel-through-equity-lens',
      'partners-sorted-by-sel-connection',
    ]);
    expect(items.slice(0, 5).every((li) => li.querySelector('.priority')?.textContent === 'Priority')).toBe(true);
    expect(items[0]?.querySelector('.weakest__level')?.textContent).toBe('Level 1: No planning or implementation');
  });

  it('puts first and marks in words the practices the team marked in the latest round', async () => {
    const value = data();
    delete value.priorities;
    const [fall, , latest] = value.assessments;
    if (!fall || !latest) throw new Error('three rounds expected');
    // Marked in the latest round: counts. Marked only in an earlier round: does not.
    latest.priorities = ['use-data-for-improvement'];
    fall.priorities = ['model-adult-sel'];
    const el = await report(value);
    await el.renderComplete;
    const marked = (selector: string) =>
      [...root(el).querySelectorAll(selector)].map((li) => [
        li.getAttribute('data-indicator'),
        li.querySelector('.priority')?.textContent.trim() ?? '',
      ]);
    const expected = [
      ['implementation-monitoring', 'Priority'],
      ['review-collaboration', 'Priority'],
      ['share-progress', 'Priority'],
      ['board-and-budget-support', ''],
      ['adult-sel-routines', ''],
    ];
    expect(marked('.weakest li')).toEqual(expected);
    expect(marked('.next-step')).toEqual(expected);
    // The mark is words a screen reader reads and print shows, not a colour alone.
    const mark = root(el).querySelector<HTMLElement>('.weakest .priority');
    expect(mark?.checkVisibility()).toBe(true);
    expect(text(el, '.weakest li')).toMatch(/^Priority /);
    await expectNoAxeViolations(el);
  });

  it('says when no indicator is left to improve', async () => {
    const value = data();
    const [, , latest] = value.assessments;
    if (!latest) throw new Error('three rounds expected');
    const highest = Math.max(...value.rubric.levels.map((level) => level.value));
    for (const rating of Object.values(latest.ratings)) rating.level = highest;
    const el = await report(value);
    await el.renderComplete;
    expect(text(el, '.where .empty')).toBe('Every indicator is at the highest level.');
    expect(text(el, '.next .empty')).toBe('Every indicator is at the highest level.');
    expect(all(el, '.bar__facts')[0]).toMatch(/^100% · Innovating · 20 of 20 rated · target 80%, target met$/);
    await expectNoAxeViolations(el);
  });

  it('switches the chart to its table and back with the keyboard', async () => {
    const el = await report();
    const chartButton = root(el).querySelector<HTMLButtonElement>('[data-figure="standing"] .view button');
    chartButton?.focus();
    expect(chartButton?.getAttribute('aria-pressed')).toBe('true');
    await userEvent.keyboard('{Tab}{Enter}');
    const figure = root(el).querySelector('[data-figure="standing"]');
    // The table's code arrives on first use: the person sees the table once it is here.
    await expect
      .poll(() => figure?.querySelector('tbody tr')?.textContent.replace(/\s+/g, ' ').trim())
      .toBe('Overall 42% Improving 20 of 20 rated 80%');
    expect(figure?.querySelector('.bars')).toBeNull();
    expect(focused(el)?.getAttribute('aria-pressed')).toBe('true');
    await expectNoAxeViolations(el);
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}{Enter}');
    await expect.poll(() => figure?.querySelector('.bars')).not.toBeNull();
  });
});

describe('<sel-assessment-report>: how far we came', () => {
  it('draws every round per focus area and says what improved and what slipped', async () => {
    const el = await report();
    expect(text(el, '.growth .summary')).toBe(
      'From October 14th, 2025 (fall-2025) to October 13th, 2026 (fall-2026), the overall score went from 16% to 42% (+26 points). ' +
        '14 indicators improved, one indicator slipped, 4 indicators stayed the same. ' +
        'Slipped: The school board understands the case for SEL and the budget sustains it.',
    );
    const overall = root(el).querySelector('.multiple[data-area="overall"]');
    expect(overall?.querySelectorAll('.point')).toHaveLength(3);
    expect([...(overall?.querySelectorAll('.value') ?? [])].map((t) => t.textContent)).toEqual(['16%', '33%', '42%']);
    expect(overall?.querySelector('.target')).not.toBeNull();
    expect(text(el, '.multiple[data-area="overall"] .multiple__change')).toBe('16% → 42% (+26 points)');
    await expectNoAxeViolations(el);
  });

  it('sorts the growth table by change with the keyboard, and announces it', async () => {
    const el = await report();
    const sortButton = root(el).querySelector<HTMLButtonElement>('.growth .sort[data-column="change"]');
    sortButton?.focus();
    await userEvent.keyboard('{Enter}');
    const trends = () => [...root(el).querySelectorAll('.growth tbody tr')].map((tr) => tr.getAttribute('data-trend'));
    // The sorting's code arrives on first use: the person sees the new order once it is here.
    await expect.poll(() => trends().slice(0, 2)).toEqual(['slipped', 'unchanged']);
    expect(root(el).querySelector('th[aria-sort="ascending"]')?.textContent).toMatch(/Change/);
    expect(text(el, '[aria-live="polite"]')).toBe('Sorted by Change, ascending.');
    await userEvent.keyboard('{Enter}');
    await expect
      .poll(() => root(el).querySelector('.growth tbody tr')?.getAttribute('data-indicator'))
      .toBe('implementation-plan');
    // Indicators rated once or never have no change: last, whichever the direction.
    expect(trends().slice(-2)).toEqual(['slipped', 'unrated']);
    await expectNoAxeViolations(el);
  });

  it('with one round, says growth shows from the second round and draws no growth chart', async () => {
    const one = data();
    one.assessments = one.assessments.slice(2);
    const el = await report(one);
    expect(text(el, '.growth .summary')).toBe('Only one round so far: growth shows from the second round on.');
    expect(root(el).querySelector('[data-figure="rounds"]')).toBeNull();
    await expectNoAxeViolations(el);
  });
});

describe('<sel-assessment-report>: export, language and layout', () => {
  it('downloads the scores of every round as CSV', async () => {
    const el = await report();
    let download: { name: string; href: string } | undefined;
    const capture = (event: MouseEvent) => {
      const link = event.target instanceof HTMLAnchorElement ? event.target : null;
      if (link?.download) {
        event.preventDefault();
        download = { name: link.download, href: link.href };
      }
    };
    document.addEventListener('click', capture, true);
    try {
      root(el).querySelector<HTMLButtonElement>('.export')?.focus();
      await userEvent.keyboard('{Enter}');
      // The CSV writer is loaded when the file is asked for.
      await expect.poll(() => download).toBeDefined();
    } finally {
      document.removeEventListener('click', capture, true);
    }
    expect(download?.name).toBe('district-systemic-sel-scores.csv');
    const rows = parseCsv(await (await fetch(download?.href ?? '')).text());
    expect(rows[0]?.slice(5)).toEqual([
      'fall-2025 2025-10-14 level',
      'fall-2025 2025-10-14 score %',
      'spring-2026 2026-04-21 level',
      'spring-2026 2026-04-21 score %',
      'fall-2026 2026-10-13 level',
      'fall-2026 2026-10-13 score %',
    ]);
    expect(rows[1]?.slice(5)).toEqual(['1.47', '15.7', '2', '33.3', '2.25', '41.7']);
  });

  it('speaks Spanish under lang="es"', async () => {
    const el = await report(data(), 'es');
    expect(text(el, '.where .section-heading')).toBe('Dónde estamos');
    expect(all(el, '.bar__facts')[0]).toBe(
      '42 % · Mejora · 20 de 20 calificados · meta 80 %, 38 puntos por debajo de la meta',
    );
    expect(text(el, '.growth .section-heading')).toBe('Cuánto hemos avanzado');
    await expectNoAxeViolations(el);
    // The table and the sorting bring their own words, in Spanish from the first press.
    root(el).querySelector<HTMLButtonElement>('[data-figure="standing"] .view button')?.focus();
    await userEvent.keyboard('{Tab}{Enter}');
    await expect.poll(() => all(el, '[data-figure="standing"] th[scope="col"]')[0]).toBe('Área');
    root(el).querySelector<HTMLButtonElement>('.growth .sort[data-column="change"]')?.focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => text(el, '[aria-live="polite"]')).toBe('Ordenado por Cambio, ascendente.');
  });

  it('reflows at 360 px: nothing wider than the screen', async () => {
    await page.viewport(360, 700);
    const el = await report();
    const width = el.getBoundingClientRect().width;
    for (const node of root(el).querySelectorAll<HTMLElement>('.bar, .multiple, .figure, .weakest, .scroll')) {
      expect(node.getBoundingClientRect().width).toBeLessThanOrEqual(width + 0.5);
    }
    expect(el.scrollWidth).toBeLessThanOrEqual(Math.ceil(width));
    await expectNoAxeViolations(el);
  });
});

import { html } from 'lit';
import { beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { listIndicators, type AssessmentReport, type Rating, type Rubric } from '@sel/core';
import { districtRubric } from '@sel/data';
import { fixture } from '../test/index.js';
import './define.js';
import type { SelAssessmentReport } from './sel-assessment-report.js';

/** A Letter page with half-inch margins, in CSS pixels (96 to the inch). */
const PAGE = { width: 720, height: 960 };

/** The district rubric with each practice's indicators written three times over: 60 indicators. */
function rubricOfSixty(): Rubric {
  return {
    ...districtRubric,
    focusAreas: districtRubric.focusAreas.map((area) => ({
      ...area,
      practices: area.practices.map((practice) => ({
        ...practice,
        indicators: [1, 2, 3].flatMap((copy) =>
          practice.indicators.map((indicator) => ({ ...indicator, id: `${indicator.id}-${copy}` })),
        ),
      })),
    })),
  };
}

/** Three rounds of `rubric`, most indicators rated, levels moving up and down between rounds. */
function threeRounds(rubric: Rubric): AssessmentReport {
  const indicators = listIndicators(rubric);
  const rounds = ['2025-10-14', '2026-04-21', '2026-10-13'].map((takenOn, round) => {
    const ratings: Record<string, Rating> = {};
    indicators.forEach(({ indicator }, i) => {
      if ((i + round) % 7 === 0) return;
      ratings[indicator.id] = { level: 1 + ((i * 3 + round * (i % 3)) % 4) };
    });
    return {
      id: `round-${round + 1}`,
      rubricId: rubric.id,
      rubricVersion: rubric.version,
      takenBy: 'District SEL team',
      takenOn,
      ratings,
    };
  });
  return { rubric, assessments: rounds, targets: { overall: 0.8 }, priorities: ['model-adult-sel'] };
}

/**
 * Lays the element out as print media would, at the width of a printed page: its `@media print`
 * rules adopted again as a sheet of their own after the others. Print media cannot be emulated
 * alike in all three engines; these are the rules printing applies, and the boxes they give.
 */
function asPrinted(el: SelAssessmentReport): void {
  const root = el.shadowRoot;
  if (!root) throw new Error('no shadow root');
  const printRules = root.adoptedStyleSheets
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && /\bprint\b/.test(rule.media.mediaText))
    .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText));
  expect(printRules.length).toBeGreaterThan(5);
  const print = new CSSStyleSheet();
  print.replaceSync(printRules.join('\n'));
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, print];
  el.style.display = 'block';
  el.style.inlineSize = `${PAGE.width}px`;
  el.style.maxInlineSize = 'none';
}

beforeEach(async () => {
  await page.viewport(1024, 768);
});

/** Every chart, table and figure of the report inside the element's box, and no table scrolled. */
function expectWithinPage(el: SelAssessmentReport): void {
  const root = el.shadowRoot as ShadowRoot;
  const host = el.getBoundingClientRect();
  const boxes = root.querySelectorAll('svg, figure, table, .scroll, .multiple, .bar');
  expect(boxes.length).toBeGreaterThan(4);
  for (const box of boxes) {
    const rect = box.getBoundingClientRect();
    expect(rect.left, box.getAttribute('class') ?? '').toBeGreaterThanOrEqual(host.left - 0.5);
    expect(rect.right, box.getAttribute('class') ?? '').toBeLessThanOrEqual(host.right + 0.5);
  }
  for (const scroll of root.querySelectorAll<HTMLElement>('.scroll')) {
    expect(scroll.scrollWidth).toBeLessThanOrEqual(scroll.clientWidth + 1);
  }
}

describe('<sel-assessment-report> in print', () => {
  it('prints 60 indicators x 3 rounds on a few pages, charts whole, in grey, without controls', async () => {
    const el = await fixture<SelAssessmentReport>(
      html`<sel-assessment-report .report=${threeRounds(rubricOfSixty())}></sel-assessment-report>`,
    );
    await el.renderComplete;
    const root = el.shadowRoot as ShadowRoot;
    asPrinted(el);
    const host = el.getBoundingClientRect();

    // Buttons do nothing on paper.
    for (const control of root.querySelectorAll<HTMLElement>('.export, .view, .resource__add')) {
      expect(control.checkVisibility(), control.className).toBe(false);
    }
    // Every chart and table within the page's width: nothing clipped at its edge.
    expectWithinPage(el);
    // Legible in black and white: the bars print in greys.
    const fill = getComputedStyle(root.querySelector('.bar__fill') as Element).fill;
    const [r, g, b] = fill.match(/\d+(\.\d+)?/g)?.map(Number) ?? [];
    expect(r).toBe(g);
    expect(g).toBe(b);
    // No break forced before a section, which would leave most of a page blank: the 60 rows, the
    // charts and the next steps take about six pages (seven allows for each engine's fonts).
    for (const node of root.querySelectorAll('*')) {
      expect(getComputedStyle(node).breakBefore, node.getAttribute('class') ?? '').not.toBe('page');
    }
    expect(host.height / PAGE.height).toBeLessThanOrEqual(7);

    // A chart switched to its table before printing prints as that table, within the page too.
    for (const figure of root.querySelectorAll('.figure')) {
      figure.querySelectorAll<HTMLButtonElement>('.view button')[1]?.click();
    }
    // The tables' code arrives on first use: both show once it is here.
    await expect.poll(() => root.querySelectorAll('.bars, .multiples').length).toBe(0);
    expectWithinPage(el);
  });
});

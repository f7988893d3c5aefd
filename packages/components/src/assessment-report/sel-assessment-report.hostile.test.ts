import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { AssessmentReport, Catalog, Resource, Rubric } from '@sel/core';
import { chunks, expectShownAsText, visibleHostileStrings, watchPage } from '../test/hostile/hostile.js';
import './define.js';
import type { SelAssessmentReport } from './sel-assessment-report.js';

/**
 * A report whose every text field holds a hostile string: the rubric's title, level labels, focus
 * area and practice titles, indicator texts, the rounds' ids, raters and notes.
 */
function hostileReport(texts: readonly string[]): AssessmentReport {
  const at = (i: number): string => texts[i % texts.length] ?? 'x';
  const levels = [1, 2, 3, 4].map((value) => ({ value, label: at(value) }));
  const ids = texts.map((_, i) => `i${i}`);
  const rubric: Rubric = {
    id: 'hostile',
    version: at(5),
    title: at(0),
    scope: 'district',
    levels,
    focusAreas: chunks(ids, 20).map((area, a) => ({
      id: `fa${a}`,
      number: a + 1,
      title: at(a * 3 + 1),
      practices: chunks(area, 5).map((practice, p) => ({
        id: `fa${a}-p${p}`,
        title: at(a * 7 + p + 2),
        indicators: practice.map((id) => ({
          id,
          text: at(Number(id.slice(1))),
          descriptors: ['a', 'b', 'c', 'd'],
          tags: [`tag-${Number(id.slice(1)) % 10}`],
        })),
      })),
    })),
  };
  const round = (r: number) => ({
    id: at(r + 10),
    rubricId: rubric.id,
    rubricVersion: rubric.version,
    takenBy: at(r + 20),
    takenOn: `2026-0${r + 1}-15`,
    notes: at(r + 30),
    ratings: Object.fromEntries(ids.map((id, i) => [id, { level: ((i + r) % 4) + 1, notes: at(i + r) }])),
  });
  return { rubric, assessments: [round(0), round(1)], targets: { overall: 0.8 }, priorities: ['fa0-p0'] };
}

/** A catalog whose titles, sources, districts, summaries and tag labels are hostile strings, tagged as the report's indicators are. */
function hostileCatalog(texts: readonly string[]): Catalog {
  const at = (i: number): string => texts[i % texts.length] ?? 'x';
  return {
    tags: Array.from({ length: 10 }, (_, i) => ({ slug: `tag-${i}`, label: { en: at(i), es: at(i + 1) } })),
    resources: texts.map((title, i): Resource => ({
      id: `resource-${i}`,
      title,
      source: at(i + 1),
      kind: 'guide',
      focusAreas: [1],
      tags: [`tag-${i % 10}`],
      audience: ['district-leaders'],
      origin: 'district-artifact',
      district: at(i + 2),
      // Core accepts only web addresses; hostile text rides in the path.
      url: `https://example.org/${i}/${encodeURIComponent(at(i + 3))}`,
      summary: { en: at(i + 3), es: at(i + 4) },
    })),
  };
}

describe('<sel-assessment-report> with hostile text in every field', () => {
  it('shows every naughty string and XSS payload as text, runs no script and changes nothing outside', async () => {
    const visible = await visibleHostileStrings();
    const batches = chunks(visible, 120);
    expect(batches.length).toBeGreaterThan(3);
    for (const batch of batches) {
      const container = document.createElement('div');
      document.body.append(container);
      const watch = watchPage(container);
      try {
        const el: SelAssessmentReport = document.createElement('sel-assessment-report');
        el.report = hostileReport(batch);
        container.append(el);
        await el.dataSettled;
        watch.check(el);
        const root = el.shadowRoot;
        if (!root) throw new Error('no shadow root');
        expect(root.querySelector('[role="alert"]'), 'the hostile report is valid').toBeNull();
        // Every indicator's text is in the growth table; the rounds' ids in the rounds line.
        expectShownAsText(el, batch);
        // Both charts as tables, the way a person switches them.
        for (const button of root.querySelectorAll<HTMLButtonElement>('.view button:last-child')) button.click();
        // The tables' code arrives on first use: both show once it is here.
        await expect.poll(() => root.querySelectorAll('.bars, .multiples').length).toBe(0);
        watch.check(el);
        expectShownAsText(el, [batch[11] ?? '', batch[1] ?? '']);
      } finally {
        watch.stop();
        container.remove();
      }
    }
  }, 120_000);

  it('shows the hostile titles and sources of the catalog in "What next" as text', async () => {
    const texts = (await visibleHostileStrings()).slice(0, 80);
    const catalog = hostileCatalog(texts);
    const container = document.createElement('div');
    document.body.append(container);
    const watch = watchPage(container);
    try {
      const el: SelAssessmentReport = document.createElement('sel-assessment-report');
      el.report = hostileReport(texts);
      el.catalog = catalog;
      container.append(el);
      await el.renderComplete;
      watch.check(el);
      const shown = [...(el.shadowRoot?.querySelectorAll('.resource') ?? [])];
      expect(shown.length).toBeGreaterThan(4);
      for (const item of shown) {
        const resource = catalog.resources.find((r) => r.id === item.getAttribute('data-resource'));
        expect(item.querySelector('.resource__title')?.textContent).toBe(resource?.title);
        expect(item.querySelector('.resource__facts')?.textContent).toContain(resource?.source);
        expect(item.querySelector('a')?.getAttribute('href')).toBe(resource?.url);
      }
    } finally {
      watch.stop();
      container.remove();
    }
  });

  it('keeps working by keyboard with hostile text', async () => {
    const el: SelAssessmentReport = document.createElement('sel-assessment-report');
    el.report = hostileReport([
      '<img src=x onerror=alert(1)>',
      '"><script>alert(1)</script>',
      '\u202Eevil',
      ...'abcdefghijklmnopqrstuvwxyz0123456789'.split(''),
    ]);
    document.body.append(el);
    try {
      await el.dataSettled;
      el.shadowRoot?.querySelector<HTMLButtonElement>('.sort[data-column="latest"]')?.focus();
      await userEvent.keyboard('{Enter}');
      await expect.poll(() => el.shadowRoot?.querySelector('th[aria-sort="ascending"]')?.textContent).toMatch(/Latest/);
    } finally {
      el.remove();
    }
  });
});

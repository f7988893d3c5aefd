import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import type { AssessmentReport, Catalog } from '@sel/core';
import { districtRubric, districtRubricSpanish, illustrativeAssessmentReport } from '@sel/data';
import { expectNoAxeViolations, fixture } from '../test/index.js';
import './define.js';
import type { SelAssessmentReport } from './sel-assessment-report.js';

// The report shows its rubric's texts as <sel-rubric> does: in the element's language where one of
// the rubric's translations gives them, each text marked with the language it is in.

const SLOW_MACHINE_TIMEOUT = 45_000;
/** No resources, so "What next" shows none and needs no catalog download. */
const noCatalog: Catalog = { tags: [], resources: [] };

function withTranslation(es: NonNullable<AssessmentReport['rubric']['translations']>['es']): AssessmentReport {
  const report = structuredClone(illustrativeAssessmentReport);
  return { ...report, rubric: { ...report.rubric, translations: { es } } };
}

async function shown(report: AssessmentReport, lang: string): Promise<SelAssessmentReport> {
  const el = await fixture<SelAssessmentReport>(
    html`<sel-assessment-report .report=${report} .catalog=${noCatalog}></sel-assessment-report>`,
    { lang },
  );
  await el.renderComplete;
  return el;
}

function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}

const words = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The language a node is read in: the nearest `lang`, through shadow roots up to the page. */
function languageOf(node: Element): string | undefined {
  let at: Element | null = node;
  while (at) {
    const lang = at.getAttribute('lang');
    if (lang) return lang;
    const root = at.getRootNode();
    at = at.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return undefined;
}

describe('<sel-assessment-report> with a translated rubric', { timeout: SLOW_MACHINE_TIMEOUT }, () => {
  it("shows the rubric's texts in Spanish on a Spanish page, in Spanish throughout", async () => {
    const el = await shown(withTranslation(districtRubricSpanish), 'es-US');
    const root = shadow(el);
    expect(words(root.querySelector('.heading'))).toBe(districtRubricSpanish.title);
    const weakest = [...root.querySelectorAll('.weakest__text')];
    expect(weakest.length).toBeGreaterThan(0);
    const spanish = new Set(Object.values(districtRubricSpanish.indicators ?? {}).map((texts) => texts.text));
    for (const text of weakest) {
      expect(spanish.has(words(text)), words(text)).toBe(true);
      expect(languageOf(text)).toMatch(/^es\b/);
    }
    const areas = [...root.querySelectorAll('.bar__name')].map(words);
    expect(areas).toContain(
      `1. ${districtRubricSpanish.focusAreas?.['build-foundational-support-and-plan']?.title ?? ''}`,
    );
    // Only the titles of the catalog's resources in "What next" are English.
    expect([...root.querySelectorAll('[lang="en"]')].filter((mark) => !mark.closest('.resource'))).toEqual([]);
    await expectNoAxeViolations(el);
  });

  it("marks what a partial translation leaves out with the rubric's language", async () => {
    const el = await shown(withTranslation({ title: districtRubricSpanish.title }), 'es');
    const root = shadow(el);
    const heading = root.querySelector('.heading');
    expect(words(heading)).toBe(districtRubricSpanish.title);
    expect(heading && languageOf(heading)).toBe('es');
    const weakest = [...root.querySelectorAll('.weakest__text')];
    expect(weakest.length).toBeGreaterThan(0);
    for (const text of weakest) expect(text.getAttribute('lang')).toBe('en');
    const english = districtRubric.focusAreas[0]?.title ?? '';
    const area = [...root.querySelectorAll('.bar__name [lang="en"]')].map(words);
    expect(area).toContain(`1. ${english}`);
    await expectNoAxeViolations(el);
  });

  it('shows bad translations as an error with the path', async () => {
    const el = await shown(withTranslation({ indicators: { 'no-such-indicator': { text: 'Ninguno' } } }), 'es');
    const alert = shadow(el).querySelector('[role="alert"]');
    expect(words(alert)).toContain('rubric.translations.es.indicators["no-such-indicator"]');
    await expectNoAxeViolations(el);
  });
});

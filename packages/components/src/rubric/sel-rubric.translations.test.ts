import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import type { Rubric } from '@sel/core';
import { districtRubric, districtRubricSpanish } from '@sel/data';
import { expectNoAxeViolations, fixture, nextEvent } from '../test/index.js';
import { XSS_PAYLOADS } from '../test/hostile/hostile.js';
import { testRubric } from './test-rubric.js';
import './define.js';
import type { SelRubric } from './sel-rubric.js';

// A rubric's translations: on a page in one of their languages the rubric shows its texts in it,
// and every text is marked with the language it is in, so a screen reader changes voice only
// where a text stays in the rubric's own language.

const SLOW_MACHINE_TIMEOUT = 45_000;
const EVENT_TIMEOUT = 10_000;
const bilingual: Rubric = { ...districtRubric, translations: { es: districtRubricSpanish } };

function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}

function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

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

/** The shown element whose text is exactly `words`. */
function shownText(el: Element, selector: string, words: string): Element {
  const found = [...shadow(el).querySelectorAll(selector)].find((node) => text(node) === words);
  if (!found) throw new Error(`no ${selector} reads "${words}"`);
  return found;
}

/** The test rubric in English with a Spanish translation of its title and of one indicator. */
function partlyTranslated(): Rubric {
  return {
    ...testRubric(),
    lang: 'en',
    translations: {
      es: {
        title: 'Rúbrica distrital de SEL',
        focusAreas: { plan: { title: 'Crear una base de apoyo y planificar' } },
        indicators: { housed: { text: 'El equipo de SEL atiende a todos los estudiantes.' } },
      },
    },
  };
}

describe('<sel-rubric> with translations', { timeout: SLOW_MACHINE_TIMEOUT }, () => {
  it('shows the district rubric in Spanish on a Spanish page, each text in Spanish', async () => {
    const el = await fixture<SelRubric>(html`<sel-rubric .rubric=${bilingual}></sel-rubric>`, { lang: 'es-MX' });
    await el.renderComplete;
    const root = shadow(el);
    const title = shownText(el, 'h2', districtRubricSpanish.title ?? '');
    expect(languageOf(title)).toMatch(/^es\b/);
    const spanishTexts = districtRubricSpanish.indicators?.['implementation-plan'];
    const row = shownText(el, 'legend', spanishTexts?.text ?? '');
    expect(languageOf(row)).toMatch(/^es\b/);
    expect(text(root.querySelector('.full'))).toContain(
      districtRubricSpanish.indicators?.['sel-lead-cabinet-influence']?.fullImplementation,
    );
    const descriptor = shownText(el, '.descriptor', spanishTexts?.descriptors?.[0] ?? '');
    expect(languageOf(descriptor)).toMatch(/^es\b/);
    // The element's words and the rubric's level labels read as one Spanish sentence.
    expect(text(root.querySelector('.level-name'))).toBe('Nivel 1: Sin planificación ni implementación');
    // Nothing on the page is left in English, so nothing is marked as English.
    expect(root.querySelector('[lang="en"]')).toBeNull();
    expect(root.textContent).not.toContain(districtRubric.title);
    await expectNoAxeViolations(el);
  });

  it("marks each text a partial translation leaves out with the rubric's language", async () => {
    const el = await fixture<SelRubric>(html`<sel-rubric .rubric=${partlyTranslated()}></sel-rubric>`, { lang: 'es' });
    await el.renderComplete;
    const root = shadow(el);
    expect(languageOf(shownText(el, 'h2', 'Rúbrica distrital de SEL'))).toBe('es');
    expect(text(root.querySelector('.area-title'))).toBe('Área de enfoque 1: Crear una base de apoyo y planificar');
    expect(languageOf(shownText(el, 'legend', 'El equipo de SEL atiende a todos los estudiantes.'))).toBe('es');
    const english = shownText(el, 'legend', 'The SEL lead has influence at the cabinet level.');
    expect(english.getAttribute('lang')).toBe('en');
    const practice = shownText(el, '.practice-title', 'Organize the district for collaboration');
    expect(practice.getAttribute('lang')).toBe('en');
    const level = [...root.querySelectorAll('.level-name [lang="en"]')].map(text);
    expect(level).toContain('Not started');
    await expectNoAxeViolations(el);
  });

  it('keeps the rubric in English on an English page, and follows a switch of language', async () => {
    const wrapper = await fixture(html`<div lang="en"><sel-rubric .rubric=${bilingual}></sel-rubric></div>`);
    const el = wrapper.querySelector('sel-rubric');
    if (!el) throw new Error('no rubric');
    await el.renderComplete;
    const root = shadow(el);
    expect(text(root.querySelector('h2'))).toBe(districtRubric.title);
    expect(root.querySelector('[lang]')).toBeNull();
    wrapper.lang = 'es';
    await expect.poll(() => text(root.querySelector('h2'))).toBe(districtRubricSpanish.title);
    await el.renderComplete;
    await expectNoAxeViolations(el);
  });

  it('shows hostile translated text as text', async () => {
    const visible = XSS_PAYLOADS.filter((payload) => /\S/.test(payload));
    const payload = (i: number): string => visible[i % visible.length] ?? '<b>x</b>';
    const rubric = testRubric();
    const indicators = rubric.focusAreas.flatMap((area) => area.practices.flatMap((p) => p.indicators));
    const hostile: Rubric = {
      ...rubric,
      lang: 'en',
      translations: {
        es: {
          title: payload(0),
          levels: { '1': { label: payload(1) } },
          indicators: Object.fromEntries(
            indicators.map((indicator, i) => [
              indicator.id,
              { text: payload(i + 2), descriptors: [0, 1, 2, 3].map((d) => payload(10 + i * 4 + d)) },
            ]),
          ),
        },
      },
    };
    const el = await fixture<SelRubric>(html`<sel-rubric .rubric=${hostile}></sel-rubric>`, { lang: 'es' });
    await el.renderComplete;
    const root = shadow(el);
    expect(root.querySelector('[role="alert"]')).toBeNull();
    expect(text(root.querySelector('h2'))).toBe(payload(0).replace(/\s+/g, ' ').trim());
    for (const [i, indicator] of indicators.entries()) {
      const shown = root.querySelector(`#level-${indicator.id}-0`)?.closest('fieldset')?.querySelector('legend');
      expect(shown?.textContent, indicator.id).toBe(payload(i + 2));
    }
    expect(root.querySelectorAll('script, img, iframe, object, embed')).toHaveLength(0);
    await expectNoAxeViolations(el);
  });

  it('shows bad translations as an error with the path, and fires sel-error', async () => {
    const bad = partlyTranslated();
    const el = await fixture<SelRubric>(html`<sel-rubric lang="es"></sel-rubric>`);
    const error = nextEvent(el, 'sel-error', EVENT_TIMEOUT);
    el.rubric = { ...bad, translations: { es: { indicators: { 'no-such-indicator': { text: 'Ninguno' } } } } };
    const { detail } = await error;
    expect(detail.issues.map((issue) => issue.path)).toEqual([
      ['translations', 'es', 'indicators', 'no-such-indicator'],
    ]);
    await el.updateComplete;
    const alert = shadow(el).querySelector('[role="alert"]');
    expect(text(alert)).toContain('translations.es.indicators["no-such-indicator"]');
    await expectNoAxeViolations(el);
  });
});

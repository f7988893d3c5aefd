/**
 * Data that says its language (`lang`) and an element that speaks another: each data text is
 * marked with the data's `lang` (on its element or a span), so screen readers read it in the right
 * voice, and the element's own words keep the element's language. Nothing is marked when the two
 * languages match, or when the data does not say its language.
 */
import { html, nothing, render } from 'lit';
import { beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { AssessmentReport, Community, PartnerWorkbook, Rubric, StatusSnapshot } from '@sel/core';
import { illustrativeAssessmentReport, illustrativeStatusSnapshot } from '@sel/data';
import { fixture } from '../test/fixture.js';
import { testRubric } from '../rubric/test-rubric.js';
import { memberAssessments, teamNames } from '../rubric/test-team.js';
import { samplePartners } from '../partner-card-sort/test-partners.js';
import { sampleWorkbook } from '../partner-inventory/test-spreadsheets.js';
import { dataLang, inLang, withParts } from './data-language.js';

/** The language a text is read in: the `lang` of its nearest element that declares one, across shadow roots. */
function languageOf(node: Node): string {
  let at: Node | null = node;
  while (at) {
    if (at instanceof Element && at.hasAttribute('lang')) return at.getAttribute('lang') ?? '';
    at = at.parentNode ?? (at instanceof ShadowRoot ? at.host : null);
  }
  return '';
}

/** Every text node under `root` (shadow roots included) whose text holds `text`. */
function textNodes(root: Node, text: string): Text[] {
  const found: Text[] = [];
  const walk = (node: Node): void => {
    if (node instanceof Text && node.data.includes(text)) found.push(node);
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return found;
}

/** The languages `text` is read in, once for each place it shows (none when it is not shown). */
function languagesOf(element: Element, text: string): string[] {
  return textNodes(element.shadowRoot ?? element, text).map(languageOf);
}

/** The `lang` attributes an element's shadow root puts on anything. */
const marks = (element: Element): Element[] => [...(element.shadowRoot?.querySelectorAll('[lang]') ?? [])];

interface Settling extends HTMLElement {
  readonly renderComplete: Promise<void>;
}

async function shown<E extends Settling>(markup: ReturnType<typeof html>, lang: string): Promise<E> {
  const element = await fixture<E>(markup, { lang });
  await element.renderComplete;
  return element;
}

const rubric = (lang?: string): Rubric => ({ ...testRubric(), ...(lang ? { lang } : {}) });

const community = (lang?: string): Community => ({
  id: 'il-community',
  name: 'Illinois learning community',
  ...(lang ? { lang } : {}),
  scope: { kind: 'state', state: 'IL' },
  readiness: 'initiating',
  charter: { start: '2026-07-01', end: '2031-06-30' },
  phase: 'launch',
  leadershipTeam: [],
  committees: ['advisory'],
  members: [],
  districts: [],
  milestones: [
    {
      id: 'blueprint',
      title: 'Blueprint finalized',
      phase: 'detailed-design',
      due: '2027-01-01',
      status: 'done',
      owner: 'Community SEL lead',
      description: 'The organizational blueprint is adopted.',
    },
    { id: 'launch', title: 'First communities launched', phase: 'launch', due: '2027-04-01', status: 'planned' },
  ],
});

const workbook = (lang?: string): PartnerWorkbook => ({
  version: 1,
  ...(lang ? { lang } : {}),
  partners: samplePartners.slice(0, 3),
  assignments: {},
  touchpoints: [],
});

beforeAll(async () => {
  await Promise.all([
    import('../rubric/define.js'),
    import('../milestone-timeline/define.js'),
    import('../partner-card-sort/define.js'),
    import('../partner-inventory/define.js'),
    import('../partner-touchpoints/define.js'),
    import('../assessment-report/define.js'),
    import('../status-map/define.js'),
  ]);
});

describe('dataLang, inLang and withParts', () => {
  it('mark data only when it names another language than the element speaks', () => {
    const spanish = { locale: 'es', declared: 'es' };
    expect(dataLang('en', spanish)).toBe('en');
    expect(dataLang('en-US', spanish)).toBe('en-US');
    expect(dataLang('ES-mx', spanish)).toBe(nothing);
    expect(dataLang(undefined, spanish)).toBe(nothing);
    expect(dataLang(undefined, { locale: 'en' })).toBe(nothing);
    // On a French page the element's words are English: data without lang is the page's.
    const french = { locale: 'en', declared: 'fr' };
    expect(dataLang(undefined, french)).toBe('fr');
    expect(dataLang('en', french)).toBe(nothing);
    expect(dataLang('fr-CA', french)).toBe('fr-CA');
    expect(inLang('Planned', nothing)).toBe('Planned');
  });

  it('keep a message whole around a data text in its own language', () => {
    const host = document.createElement('p');
    const t = (_key: string, params?: Readonly<Record<string, string | number>>): string =>
      `Nivel promedio ${String(params?.['mean'])}: ${String(params?.['label'])}`;
    render(withParts(t, 'rubric.summary.average', { mean: '2,9', label: inLang('Mostly in place', 'en') }), host);
    expect(host.textContent.replace(/\s+/g, ' ')).toContain('Nivel promedio 2,9: Mostly in place');
    expect(host.querySelector('span[lang="en"]')?.textContent).toBe('Mostly in place');
  });
});

describe('<sel-rubric> with English data in Spanish', () => {
  it('marks each text of the rubric, and the level in "Nivel promedio …", as English', async () => {
    const assessment = {
      id: 'fall-2026',
      takenBy: 'District SEL team',
      rubricId: 'district-test',
      rubricVersion: '1.0.0',
      takenOn: '2026-10-01',
      ratings: { cabinet: { level: 3 }, housed: { level: 3 } },
    };
    const element = await shown(html`<sel-rubric .rubric=${rubric('en')} .value=${assessment}></sel-rubric>`, 'es');
    for (const text of [
      'District SEL rubric',
      'Build foundational support and plan',
      'Organize the district for collaboration',
      'The SEL team serves all students.',
      'The SEL lead sits on the cabinet',
      'Most of housed is in place.',
      'Mostly in place',
    ]) {
      const languages = languagesOf(element, text);
      expect(languages.length, text).toBeGreaterThan(0);
      expect(new Set(languages), text).toEqual(new Set(['en']));
    }
    const average = [...(element.shadowRoot?.querySelectorAll('li') ?? [])].find((li) =>
      li.textContent.includes('Nivel promedio'),
    );
    expect(average?.querySelector('[lang="en"]')?.textContent).toBe('Mostly in place');
    expect(new Set(languagesOf(element, 'Nivel promedio'))).toEqual(new Set(['es']));
    expect(new Set(languagesOf(element, 'Área de enfoque 1'))).toEqual(new Set(['es']));
  });

  it('marks nothing when the rubric is in Spanish too, or does not say its language', async () => {
    for (const data of [rubric('es'), rubric()]) {
      const element = await shown(html`<sel-rubric .rubric=${data}></sel-rubric>`, 'es');
      expect(marks(element)).toEqual([]);
    }
    const english = await shown(html`<sel-rubric .rubric=${rubric('en-US')}></sel-rubric>`, 'en');
    expect(marks(english)).toEqual([]);
  });
});

describe('<sel-milestone-timeline> with English data in Spanish', () => {
  it('marks the community name in "Cronograma de …", the milestone titles and details as English', async () => {
    const element = await shown(
      html`<sel-milestone-timeline .community=${community('en')} today="2027-03-25"></sel-milestone-timeline>`,
      'es',
    );
    // The details of a milestone open below it when it is chosen.
    const first = element.shadowRoot?.querySelector<HTMLElement>('.item__button');
    if (first) await userEvent.click(first);
    await expect.poll(() => element.shadowRoot?.querySelector('.details')).toBeTruthy();
    for (const text of [
      'Illinois learning community',
      'Blueprint finalized',
      'First communities launched',
      'Community SEL lead',
      'The organizational blueprint is adopted.',
    ]) {
      const languages = languagesOf(element, text);
      expect(languages.length, text).toBeGreaterThan(0);
      expect(new Set(languages), text).toEqual(new Set(['en']));
    }
    expect(new Set(languagesOf(element, 'Cronograma de'))).toEqual(new Set(['es']));
  });

  it('marks nothing when the languages match or the community does not say its language', async () => {
    for (const data of [community('es'), community()]) {
      const element = await shown(
        html`<sel-milestone-timeline .community=${data} today="2027-03-25"></sel-milestone-timeline>`,
        'es',
      );
      expect(marks(element)).toEqual([]);
    }
  });
});

describe('<sel-partner-card-sort> with English data in Spanish', () => {
  it('marks partner names as English', async () => {
    const element = await shown(
      html`<sel-partner-card-sort .workbook=${workbook('en')}></sel-partner-card-sort>`,
      'es',
    );
    for (const name of samplePartners.slice(0, 3).map((partner) => partner.name)) {
      const languages = languagesOf(element, name);
      expect(languages.length, name).toBeGreaterThan(0);
      expect(new Set(languages), name).toEqual(new Set(['en']));
    }
    // The names its buttons are heard by: the words in Spanish, the partner's name in English.
    const details = element.shadowRoot?.querySelector('[data-action="details"] .visually-hidden');
    expect(details?.querySelector('[lang="en"]')?.textContent).toBe(samplePartners[0]?.name);
    expect(details && languageOf(details.firstChild ?? details)).toBe('es');
    expect(new Set(languagesOf(element, 'Sin clasificar'))).toEqual(new Set(['es']));
  });

  it('marks nothing when the languages match or the data does not say its language', async () => {
    for (const data of [workbook('es'), workbook()]) {
      const element = await shown(html`<sel-partner-card-sort .workbook=${data}></sel-partner-card-sort>`, 'es');
      expect(marks(element)).toEqual([]);
    }
  });
});

describe('<sel-partner-inventory> and <sel-partner-touchpoints> with English data in Spanish', () => {
  const withLang = (lang?: string): PartnerWorkbook => ({ ...sampleWorkbook(), ...(lang ? { lang } : {}) });

  it('mark partner names as English in the table rows', async () => {
    for (const markup of [
      html`<sel-partner-inventory .workbook=${withLang('en')}></sel-partner-inventory>`,
      html`<sel-partner-touchpoints .workbook=${withLang('en')} today="2026-11-15"></sel-partner-touchpoints>`,
    ]) {
      const element = await shown(markup, 'es');
      const names = [...(element.shadowRoot?.querySelectorAll('tbody th') ?? [])];
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) expect(languageOf(name.firstChild ?? name), name.textContent).toBe('en');
    }
  });

  it('mark nothing when the languages match or the workbook does not say its language', async () => {
    for (const data of [withLang('es'), withLang()]) {
      for (const markup of [
        html`<sel-partner-inventory .workbook=${data}></sel-partner-inventory>`,
        html`<sel-partner-touchpoints .workbook=${data} today="2026-11-15"></sel-partner-touchpoints>`,
      ]) {
        expect(marks(await shown(markup, 'es'))).toEqual([]);
      }
    }
  });
});

describe('<sel-assessment-report> with an English rubric in Spanish', () => {
  const report = (lang: string): AssessmentReport => {
    const value = structuredClone(illustrativeAssessmentReport);
    return { ...value, rubric: { ...value.rubric, lang } };
  };
  /** The language of the last text each element `selector` finds shows (after a "Prioridad" mark). */
  const languagesIn = (element: Element, selector: string): string[] =>
    [...(element.shadowRoot?.querySelectorAll(selector) ?? [])].map((node) => {
      const texts = textNodes(node, '').filter((each) => each.data.trim() !== '');
      return languageOf(texts[texts.length - 1] ?? node);
    });

  it('marks the title, focus areas, indicators, practices and level labels as English', async () => {
    const element = await shown(html`<sel-assessment-report .report=${report('en')}></sel-assessment-report>`, 'es');
    const rubric = illustrativeAssessmentReport.rubric;
    for (const text of [rubric.title, ...rubric.focusAreas.map((area) => area.title)]) {
      const languages = languagesOf(element, text);
      expect(languages.length, text).toBeGreaterThan(0);
      expect(new Set(languages), text).toEqual(new Set(['en']));
    }
    for (const selector of ['.weakest__text', '.weakest__practice', '.growth tbody th', '.next-step__indicator']) {
      const languages = languagesIn(element, selector);
      expect(languages.length, selector).toBeGreaterThan(0);
      expect(new Set(languages), selector).toEqual(new Set(['en']));
    }
    // "Nivel 1: No planning or implementation": the label is English in a Spanish sentence.
    const level = element.shadowRoot?.querySelector('.weakest__level');
    expect(level?.textContent.trim()).toMatch(/^Nivel 1: /);
    expect(level?.querySelector('[lang="en"]')?.textContent).toBe('No planning or implementation');
    // The focus areas in "Área de enfoque más fuerte: …" and the slipped indicators keep their language.
    expect(element.shadowRoot?.querySelectorAll('.where .summary [lang="en"]').length).toBe(2);
    expect(new Set(languagesOf(element, 'Dónde estamos'))).toEqual(new Set(['es']));
    expect(new Set(languagesOf(element, 'General'))).toEqual(new Set(['es']));
  });

  it("marks nothing of the rubric when it is in Spanish too, only the catalog's English titles", async () => {
    const element = await shown(html`<sel-assessment-report .report=${report('es')}></sel-assessment-report>`, 'es');
    // "What next" lists resources of the default catalog (loaded on demand), whose titles are English.
    await expect.poll(() => marks(element).filter((mark) => mark.closest('.resource')).length).toBeGreaterThan(0);
    const [titles, others] = [true, false].map((inResource) =>
      marks(element).filter((mark) => (mark.closest('.resource') !== null) === inResource),
    );
    expect(others).toEqual([]);
    expect(new Set(titles?.map((title) => title.getAttribute('lang')))).toEqual(new Set(['en']));
  });
});

describe('<sel-status-map> with an English snapshot in Spanish', () => {
  const snapshot = (lang: string): StatusSnapshot => ({ ...illustrativeStatusSnapshot, lang });

  it('marks the title and the community names of the open place as English', async () => {
    const element = await shown<Settling & { selectedState: string | null }>(
      html`<sel-status-map .snapshot=${snapshot('en')}></sel-status-map>`,
      'es',
    );
    const place = illustrativeStatusSnapshot.communities.find((community) => community.scope.kind === 'state');
    if (place?.scope.kind !== 'state') throw new Error('no community in a state');
    element.selectedState = place.scope.state;
    // The place's panel loads on first use.
    await expect.poll(() => element.shadowRoot?.querySelector('.panel tbody th')).toBeTruthy();
    const title = illustrativeStatusSnapshot.title ?? '';
    expect(new Set(languagesOf(element, title))).toEqual(new Set(['en']));
    const names = [...(element.shadowRoot?.querySelectorAll('.panel tbody th') ?? [])];
    for (const name of names) expect(languageOf(name.firstChild ?? name), name.textContent).toBe('en');
    expect(new Set(languagesOf(element, 'Comunidad'))).toEqual(new Set(['es']));
  });

  it('marks nothing when the snapshot is in Spanish too', async () => {
    const element = await shown(html`<sel-status-map .snapshot=${snapshot('es')}></sel-status-map>`, 'es');
    expect(marks(element)).toEqual([]);
  });
});

describe("<sel-rubric>'s team mode and error summary with an English rubric in Spanish", () => {
  it('marks the indicators, practices, full implementation and level labels of the team view', async () => {
    const data = rubric('en');
    const element = await shown(
      html`<sel-rubric .rubric=${data} .team=${memberAssessments(data, teamNames(3))}></sel-rubric>`,
      'es',
    );
    // Team mode loads on first use.
    await expect.poll(() => element.shadowRoot?.querySelector('.team-row')).toBeTruthy();
    const rows = [...(element.shadowRoot?.querySelectorAll('.team-row .indicator-text') ?? [])];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(languageOf(row.firstChild ?? row), row.textContent).toBe('en');
    for (const text of ['District SEL rubric', 'Organize the district for collaboration', 'Mostly in place']) {
      const languages = languagesOf(element, text);
      expect(languages.length, text).toBeGreaterThan(0);
      expect(new Set(languages), text).toEqual(new Set(['en']));
    }
    // Member names are the team's own, in no language the rubric says: they are not marked.
    expect(new Set(languagesOf(element, 'Ana Morales'))).toEqual(new Set(['es']));
    expect(new Set(languagesOf(element, 'Nivel 3'))).toEqual(new Set(['es']));
  });

  it('marks each indicator in the error summary as English inside the Spanish sentence', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form
        @submit=${(event: Event) => {
          event.preventDefault();
        }}
      >
        <sel-rubric name="a" required .rubric=${rubric('en')}></sel-rubric>
        <button>Guardar</button>
      </form>`,
      { lang: 'es' },
    );
    const element = form.querySelector('sel-rubric');
    if (!element) throw new Error('no rubric');
    await (element as unknown as Settling).renderComplete;
    await userEvent.click(page.getByRole('button', { name: 'Guardar' }));
    await expect.poll(() => element.shadowRoot?.querySelectorAll('[part="error-summary"] a').length).toBeGreaterThan(0);
    const links = [...(element.shadowRoot?.querySelectorAll('[part="error-summary"] a') ?? [])];
    for (const link of links) {
      expect(link.textContent.trim()).toMatch(/^Elija un nivel para “.+”$/);
      expect(languageOf(link.firstChild ?? link)).toBe('es');
      expect(link.querySelector('[lang="en"]')?.textContent.length).toBeGreaterThan(0);
    }
  });
});

describe('on a page in a language with no strings catalog (lang="fr")', () => {
  /** The `lang` around the element's own words: the first element of its shadow root that declares one. */
  const wordsLanguage = (element: Element, text: string): Set<string> => new Set(languagesOf(element, text));

  it('marks the English words en, and the data in its own language or the page’s', async () => {
    for (const [data, language] of [
      [rubric('en'), 'en'],
      [rubric('fr-CA'), 'fr-CA'],
      [rubric(), 'fr'],
    ] as const) {
      const element = await shown(html`<sel-rubric .rubric=${data}></sel-rubric>`, 'fr');
      expect(wordsLanguage(element, 'Focus area 1'), language).toEqual(new Set(['en']));
      for (const text of ['District SEL rubric', 'The SEL lead sits on the cabinet', 'Mostly in place']) {
        expect(wordsLanguage(element, text), `${text} (${language})`).toEqual(new Set([language]));
      }
    }
  });

  it('marks the timeline’s words en and a community without lang as French', async () => {
    const element = await shown(
      html`<sel-milestone-timeline .community=${community()} today="2027-03-25"></sel-milestone-timeline>`,
      'fr',
    );
    expect(wordsLanguage(element, 'Blueprint finalized')).toEqual(new Set(['fr']));
    expect(wordsLanguage(element, 'Today')).toEqual(new Set(['en']));
  });

  it('marks nothing again once the page speaks a language with a catalog', async () => {
    const element = await shown(html`<sel-rubric .rubric=${rubric('en')}></sel-rubric>`, 'fr');
    const holder = element.closest('[lang]');
    holder?.setAttribute('lang', 'en');
    await expect.poll(() => marks(element)).toEqual([]);
  });
});

describe('row buttons named after a partner, with English data in Spanish', () => {
  const english = (): PartnerWorkbook => ({ ...sampleWorkbook(), lang: 'en' });

  it('say the name in its own language inside the Spanish words, with no aria-label', async () => {
    const inventory = await shown(html`<sel-partner-inventory .workbook=${english()}></sel-partner-inventory>`, 'es');
    const partner = sampleWorkbook().partners[0];
    if (!partner) throw new Error('no partner');
    const row = inventory.shadowRoot?.querySelector(`tr[data-id="${partner.id}"]`);
    for (const [action, said] of [
      ['edit', 'Editar'],
      ['delete', 'Eliminar'],
    ] as const) {
      const button = row?.querySelector(`[data-action="${action}"]`);
      expect(button?.hasAttribute('aria-label')).toBe(false);
      const names = textNodes(button ?? document.body, partner.name);
      expect(names.map(languageOf)).toEqual(['en']);
      await expect
        .element(page.getByRole('button', { name: `${said} ${partner.name}`, exact: true }))
        .toBeInTheDocument();
    }

    const touchpoints = await shown(
      html`<sel-partner-touchpoints .workbook=${english()} today="2026-11-15"></sel-partner-touchpoints>`,
      'es',
    );
    const log = touchpoints.shadowRoot?.querySelector('[data-action="log"]');
    expect(log?.hasAttribute('aria-label')).toBe(false);
    const name = log?.querySelector('[lang="en"]')?.textContent ?? '';
    expect(name.length).toBeGreaterThan(0);
    await expect
      .element(page.getByRole('button', { name: new RegExp(`^Registrar reunión: ${name}, `) }).first())
      .toBeInTheDocument();
  });
});

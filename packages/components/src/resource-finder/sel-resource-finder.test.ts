import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { Assessment } from '@sel/core';
import { catalog as canonical, createCatalogIndex, districtRubric } from '@sel/data';
import { largeCatalog } from './test-large-catalog.js';
import { expectNoAxeViolations, fixture, nextEvent, shadowActiveElement } from '../test/index.js';
import './define.js';
import type { SelResourceFinder } from './sel-resource-finder.js';

const catalog = () => structuredClone(canonical);
const index = createCatalogIndex(canonical.resources);

async function finder(markup = html`<sel-resource-finder .catalog=${catalog()}></sel-resource-finder>`) {
  const el = await fixture<SelResourceFinder>(markup);
  await el.renderComplete;
  return el;
}

const root = (el: SelResourceFinder) => {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
};
const text = (el: SelResourceFinder, selector: string) =>
  root(el).querySelector(selector)?.textContent.replace(/\s+/g, ' ').trim() ?? '';
const titles = (el: SelResourceFinder) =>
  [...root(el).querySelectorAll('.resource__title')].map((h) => h.textContent.trim());
const titlesOf = (ids: readonly string[]) => ids.map((id) => index.get(id)?.title);
const option = (el: SelResourceFinder, field: string, label: string) =>
  [...root(el).querySelectorAll<HTMLLabelElement>(`[data-field="${field}"] label`)].find((l) =>
    l.textContent.replace(/\s+/g, ' ').includes(label),
  );
const countOf = (el: SelResourceFinder, field: string, label: string) =>
  option(el, field, label)?.querySelector('.option__count')?.textContent;

/** Tabs forward until the shadow root's focused element matches `selector`. */
async function tabTo(el: SelResourceFinder, selector: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await userEvent.keyboard('{Tab}');
    if (shadowActiveElement(el)?.matches(selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('<sel-resource-finder>', () => {
  it('shows the whole catalog with the count of each filter value', async () => {
    const el = await finder();
    expect(text(el, '.heading')).toBe('Find resources');
    expect(text(el, '.results__count')).toBe(`${canonical.resources.length} resources`);
    expect(titles(el)).toEqual(canonical.resources.map((r) => r.title));
    const artifacts = canonical.resources.filter((r) => r.origin === 'district-artifact').length;
    expect(countOf(el, 'origin', 'Artifacts shared by districts')).toBe(`(${artifacts})`);
    const fa3 = canonical.resources.filter((r) => r.focusAreas.includes(3)).length;
    expect(countOf(el, 'focusArea', 'Focus area 3: Promote SEL for students')).toBe(`(${fa3})`);
    // Every title with a web address is a link to it.
    const links = [...root(el).querySelectorAll<HTMLAnchorElement>('.resource__title a')];
    expect(links.map((a) => a.href)).toEqual(
      canonical.resources.flatMap((r) => (r.url === undefined ? [] : [new URL(r.url).href])),
    );
    await expectNoAxeViolations(el);
  });

  it('loads the default catalog on demand when no catalog is given', async () => {
    const el = await fixture<SelResourceFinder>(html`<sel-resource-finder></sel-resource-finder>`);
    await expect.poll(() => text(el, '.results__count')).toBe(`${canonical.resources.length} resources`);
    // A catalog given later replaces it.
    el.catalog = { tags: canonical.tags, resources: canonical.resources.slice(0, 3) };
    await el.renderComplete;
    expect(text(el, '.results__count')).toBe('3 resources');
  });

  it('searches as a person types, ignoring case and accents, and says how many were found', async () => {
    const el = await finder();
    await tabTo(el, 'input[type="search"]');
    await userEvent.keyboard('SELWELL');
    await el.updateComplete;
    expect(titles(el)).toEqual(titlesOf(index.query({ text: 'selwell' }).map((r) => r.id)));
    expect(el.getAttribute('search')).toBe('SELWELL');
    await expect
      .poll(() => root(el).querySelector('[aria-live="polite"][role="status"]')?.textContent.trim())
      .toBe('2 resources found.');
    // Erased a letter at a time, as a person would.
    await userEvent.keyboard('{Backspace}'.repeat('SELWELL'.length));
    await el.updateComplete;
    expect(el.hasAttribute('search')).toBe(false);
    await userEvent.keyboard('organigrama oficina académica');
    await el.updateComplete;
    expect(titles(el)).toEqual(titlesOf(['sacramento-organizational-chart']));
    await userEvent.keyboard('zzz');
    await el.updateComplete;
    expect(text(el, '.results__count')).toBe('No resources match.');
    await expectNoAxeViolations(el);
  });

  it('filters by keyboard, reflects the filters in attributes and counts each value against the others', async () => {
    const el = await finder();
    const box = option(el, 'focusArea', 'Focus area 3')?.querySelector('input');
    await tabTo(el, '[data-field="focusArea"] input');
    while (shadowActiveElement(el) !== box) await userEvent.keyboard('{Tab}');
    await userEvent.keyboard(' ');
    await el.updateComplete;
    expect(el.getAttribute('focus-areas')).toBe('3');
    expect(titles(el)).toEqual(titlesOf(index.query({ focusArea: 3 }).map((r) => r.id)));
    // Focus areas combine with "any of": the others still count as if chosen alone with the rest.
    const fa1 = index.query({ focusArea: 1 }).length;
    expect(countOf(el, 'focusArea', 'Focus area 1:')).toBe(`(${fa1})`);
    // Kinds count within focus area 3.
    const reports = index.query({ focusArea: 3, kind: 'report' }).length;
    expect(countOf(el, 'kind', 'Report')).toBe(`(${reports})`);
    expect(text(el, '.facet[data-field="focusArea"] summary')).toBe('Focus area one chosen');
    await expectNoAxeViolations(el);
    // "Clear" takes every filter off and puts focus back in the search field.
    await tabTo(el, '.clear');
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(el.hasAttribute('focus-areas')).toBe(false);
    expect((shadowActiveElement(el) as HTMLElement | null)?.matches('input[type="search"]')).toBe(true);
    await el.renderComplete;
    expect(titles(el)).toHaveLength(canonical.resources.length);
  });

  it('starts from filters a page pasted as attributes', async () => {
    const el = await finder(
      html`<sel-resource-finder
        .catalog=${catalog()}
        focus-areas="3"
        tags="community-partnerships"
        origin="learn-more"
      ></sel-resource-finder>`,
    );
    const expected = index.query({ focusArea: 3, tags: ['community-partnerships'], origin: 'learn-more' });
    expect(expected.length).toBeGreaterThan(0);
    expect(titles(el)).toEqual(expected.map((r) => r.title));
    expect(option(el, 'tag', 'Community partnerships')?.querySelector('input')?.checked).toBe(true);
    expect(option(el, 'origin', 'Resources to learn more')?.querySelector('input')?.checked).toBe(true);
    expect(root(el).querySelector('[role="alert"]')).toBeNull();
    await expectNoAxeViolations(el);
  });

  it('reports filters it cannot apply at their paths and applies the rest', async () => {
    const errors: CustomEvent[] = [];
    const el = await fixture<SelResourceFinder>(
      html`<sel-resource-finder
        .catalog=${catalog()}
        @sel-error=${(event: CustomEvent) => errors.push(event)}
        focus-areas="3, 9"
        kinds="report, poster"
        tags="no-such-tag"
        origin="somewhere"
      ></sel-resource-finder>`,
    );
    await el.renderComplete;
    const alert = text(el, '[role="alert"]');
    expect(alert).toMatch(/focusAreas\[1\]/);
    expect(alert).toMatch(/kinds\[1\]/);
    expect(alert).toMatch(/tags\[0\]/);
    expect(alert).toMatch(/origin/);
    expect(errors).toHaveLength(1);
    expect(titles(el)).toEqual(titlesOf(index.query({ focusArea: 3, kind: 'report' }).map((r) => r.id)));
    // What the page wrote stays as written.
    expect(el.getAttribute('kinds')).toBe('report, poster');
    await expectNoAxeViolations(el);
  });

  it('fires sel-resource-select from a followed link, which an app can cancel, and from "Choose"', async () => {
    const withUrl = canonical.resources.find((r) => r.url !== undefined);
    if (!withUrl) throw new Error('the catalog has a resource with a web address');
    const el = await finder(html`<sel-resource-finder .catalog=${catalog()} selectable></sel-resource-finder>`);
    el.addEventListener('sel-resource-select', (event) => {
      event.preventDefault();
    });
    const link = root(el).querySelector<HTMLAnchorElement>('.resource__title a');
    const fromLink = nextEvent(el, 'sel-resource-select');
    await tabTo(el, '.resource__title a');
    expect(shadowActiveElement(el)).toBe(link);
    await userEvent.keyboard('{Enter}');
    const event = await fromLink;
    expect(event.detail).toEqual({ resource: withUrl, indicatorIds: [] });
    expect(event.defaultPrevented).toBe(true);
    const chosen = nextEvent(el, 'sel-resource-select');
    await tabTo(el, '.resource__choose');
    await userEvent.keyboard('{Enter}');
    // The "Choose" after the link is that resource's own.
    expect((await chosen).detail.resource.id).toBe(withUrl.id);
    await expectNoAxeViolations(el);
  });

  it(
    'draws 10,000 resources a page at a time, over frames, and moves focus to the next page',
    { timeout: 60_000 },
    async () => {
      const big = largeCatalog(10_000);
      const el = await fixture<SelResourceFinder>(html`<sel-resource-finder .catalog=${big}></sel-resource-finder>`);
      await el.dataSettled;
      expect(root(el).querySelectorAll('.resource').length).toBeLessThan(100);
      await el.renderComplete;
      expect(root(el).querySelectorAll('.resource')).toHaveLength(100);
      expect(text(el, '.results__count')).toBe('10,000 resources');
      // From the last title of the page (none is a link here), Tab reaches "Show more".
      root(el).querySelector<HTMLElement>('.resource:last-child .resource__title')?.focus();
      await tabTo(el, '.more', 3);
      await userEvent.keyboard('{Enter}');
      await el.renderComplete;
      expect(root(el).querySelectorAll('.resource')).toHaveLength(200);
      await expect.poll(() => shadowActiveElement(el)).toBe(root(el).querySelectorAll('.resource__title')[100]);
      // A search narrows the 10,000 at once.
      el.search = 'equidad';
      await el.renderComplete;
      const expected = createCatalogIndex(big.resources).query({ text: 'equidad' });
      expect(text(el, '.results__count')).toBe(`${expected.length.toLocaleString('en')} resources`);
    },
  );

  it("offers resources for an assessment's weakest indicators, best first", async () => {
    const assessment: Assessment = {
      id: 'fall',
      rubricId: districtRubric.id,
      rubricVersion: districtRubric.version,
      takenBy: 'District SEL team',
      takenOn: '2026-10-01',
      ratings: {},
    };
    const entries = districtRubric.focusAreas.flatMap((fa) => fa.practices.flatMap((p) => p.indicators));
    entries.forEach((indicator, i) => {
      assessment.ratings[indicator.id] = { level: i < 2 ? 1 : 3 };
    });
    const el = await finder(
      html`<sel-resource-finder
        .catalog=${catalog()}
        .rubric=${districtRubric}
        .assessment=${assessment}
        selectable
      ></sel-resource-finder>`,
    );
    expect(text(el, '.heading')).toBe('Resources for your weakest indicators');
    const weak = entries.slice(0, 2).map((indicator) => indicator.id);
    const matches = index.forIndicators(districtRubric, [...weak, ...entries.slice(2, 5).map((i) => i.id)]);
    expect(root(el).querySelectorAll('.target__list li').length).toBe(5);
    expect(titles(el)).toEqual(matches.map((m) => m.resource.title));
    const chosen = nextEvent(el, 'sel-resource-select');
    await tabTo(el, '.resource__choose');
    await userEvent.keyboard('{Enter}');
    expect((await chosen).detail.indicatorIds).toEqual(matches[0]?.indicatorIds);
    await expectNoAxeViolations(el);
  });

  it('says no indicator needs work when the assessment rates every one at the highest level', async () => {
    const highest = Math.max(...districtRubric.levels.map((level) => level.value));
    const entries = districtRubric.focusAreas.flatMap((fa) => fa.practices.flatMap((p) => p.indicators));
    const assessment: Assessment = {
      id: 'spring',
      rubricId: districtRubric.id,
      rubricVersion: districtRubric.version,
      takenBy: 'District SEL team',
      takenOn: '2027-04-01',
      ratings: Object.fromEntries(entries.map((indicator) => [indicator.id, { level: highest }])),
    };
    const el = await finder(
      html`<sel-resource-finder
        .catalog=${catalog()}
        .rubric=${districtRubric}
        .assessment=${assessment}
      ></sel-resource-finder>`,
    );
    expect(text(el, '.heading')).toBe('Resources for your weakest indicators');
    expect(text(el, '.target__none')).toBe('No indicator needs work: every rated indicator is at the highest level.');
    expect(text(el, '.results__count')).toBe('No resources match.');
    await expectNoAxeViolations(el);
  });

  it('finds resources for indicators a page names, in the district rubric loaded on demand', async () => {
    const [first, second] = districtRubric.focusAreas[0]?.practices[0]?.indicators ?? [];
    if (!first || !second) throw new Error('the district rubric has indicators');
    const el = await fixture<SelResourceFinder>(
      html`<sel-resource-finder
        .catalog=${catalog()}
        for-indicators="${first.id}, no-such-indicator, ${second.id}"
      ></sel-resource-finder>`,
    );
    await expect.poll(() => text(el, '.heading')).toBe('Resources for your weakest indicators');
    await el.renderComplete;
    const matches = index.forIndicators(districtRubric, [first.id, second.id]);
    expect(matches.length).toBeGreaterThan(0);
    expect(titles(el)).toEqual(matches.map((m) => m.resource.title));
    expect(text(el, '.target__list')).toBe(`${first.text} ${second.text}`);
    expect(text(el, '[role="alert"]')).toMatch(/forIndicators\[1\]/);
    expect(text(el, '.resource__helps')).toMatch(/^Helps with: /);
    await expectNoAxeViolations(el);
  });

  it('speaks Spanish, with the tag labels of the catalog', async () => {
    const el = await fixture<SelResourceFinder>(
      html`<sel-resource-finder .catalog=${catalog()} tags="equity"></sel-resource-finder>`,
      { lang: 'es' },
    );
    await el.renderComplete;
    expect(text(el, '.heading')).toBe('Buscar recursos');
    expect(text(el, '.facet[data-field="tag"] summary')).toBe('Tema uno elegido');
    expect(option(el, 'tag', 'Equidad')?.querySelector('input')?.checked).toBe(true);
    expect(text(el, '.resource__tags')).toMatch(/Equidad/);
    await expectNoAxeViolations(el);
  });

  describe("marks each resource's title with its language, so screen readers switch voice", () => {
    const linked = canonical.resources.find((r) => r.url !== undefined);
    const unlinked = canonical.resources.find((r) => r.url === undefined);
    if (!linked || !unlinked) throw new Error('the catalog has resources with and without a web address');
    const spanish = { ...unlinked, id: 'guia-de-alianzas', title: 'Guía de alianzas comunitarias', lang: 'es' };
    const data = () => ({ tags: canonical.tags, resources: [linked, unlinked, spanish] });
    /** Per title shown: the `lang` of its heading and of the hidden title in its "Choose". */
    const langs = (el: SelResourceFinder) =>
      [...root(el).querySelectorAll('.resource')].map((li) => [
        li.querySelector('.resource__title')?.getAttribute('lang'),
        li.querySelector('.resource__choose .visually-hidden')?.getAttribute('lang'),
      ]);

    it('English titles are marked lang="en" on a Spanish finder, and a Spanish one is not', async () => {
      const el = await fixture<SelResourceFinder>(
        html`<sel-resource-finder .catalog=${data()} selectable></sel-resource-finder>`,
        { lang: 'es' },
      );
      await el.renderComplete;
      expect(text(el, '.heading')).toBe('Buscar recursos');
      expect(titles(el)).toEqual([linked.title, unlinked.title, spanish.title]);
      expect(langs(el)).toEqual([
        ['en', 'en'],
        ['en', 'en'],
        [null, null],
      ]);
      // The link takes its heading's language.
      expect(root(el).querySelector('.resource__title a')?.closest('[lang]')?.getAttribute('lang')).toBe('en');
      await expectNoAxeViolations(el);
    });

    it('English titles are not marked on an English finder, and a Spanish one is marked lang="es"', async () => {
      const el = await finder(html`<sel-resource-finder .catalog=${data()} selectable></sel-resource-finder>`);
      expect(langs(el)).toEqual([
        [null, null],
        [null, null],
        ['es', 'es'],
      ]);
      await expectNoAxeViolations(el);
    });

    it("reports a resource's language that is not a BCP 47 tag at its path", async () => {
      const bad = {
        ...catalog(),
        resources: canonical.resources.map((r, i) => (i === 3 ? { ...r, lang: 'es_MX' } : r)),
      };
      const el = await finder();
      const error = nextEvent(el, 'sel-error');
      el.catalog = bad;
      const { detail } = await error;
      expect(detail.issues.map((issue) => issue.path)).toEqual([['resources', 3, 'lang']]);
      await el.renderComplete;
      expect(text(el, '[role="alert"]')).toContain('resources[3].lang');
      await expectNoAxeViolations(el);
    });
  });
});

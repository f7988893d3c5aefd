import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { AssessmentReport, Catalog, Resource } from '@sel/core';
import { catalog, createCatalogIndex, illustrativeAssessmentReport } from '@sel/data';
import { expectNoAxeViolations, fixture, nextEvent } from '../test/index.js';
import './define.js';
import type { SelAssessmentReport } from './sel-assessment-report.js';

const data = (): AssessmentReport => structuredClone(illustrativeAssessmentReport);
const root = (el: SelAssessmentReport) => {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
};
const jsonUrl = (value: unknown): string =>
  URL.createObjectURL(new Blob([JSON.stringify(value)], { type: 'application/json' }));
/** A resource of the default catalog that helps with some indicator of the illustrative report. */
function helpfulResource(): Resource {
  const tags = new Set(
    illustrativeAssessmentReport.rubric.focusAreas.flatMap((area) =>
      area.practices.flatMap((practice) => practice.indicators.flatMap((indicator) => indicator.tags ?? [])),
    ),
  );
  const helpful = catalog.resources.find((resource) => resource.tags.some((tag) => tags.has(tag)));
  if (!helpful) throw new Error('no resource for the rubric');
  return helpful;
}

describe('<sel-assessment-report>: what next', () => {
  it("offers the default catalog's resources for each weak indicator, best first, loaded on demand", async () => {
    const el = await fixture<SelAssessmentReport>(
      html`<sel-assessment-report .report=${data()}></sel-assessment-report>`,
    );
    await el.renderComplete;
    const steps = [...root(el).querySelectorAll('.next-step')];
    expect(steps.map((step) => step.getAttribute('data-indicator'))).toEqual([
      'adult-sel-routines',
      'joint-planning-with-partners',
      'partner-communication-and-data',
      'sel-through-equity-lens',
      'partners-sorted-by-sel-connection',
    ]);
    // The same resources as the query API gives for each indicator.
    const index = createCatalogIndex(catalog.resources);
    for (const step of steps) {
      const id = step.getAttribute('data-indicator') ?? '';
      const expected = index.forIndicators(illustrativeAssessmentReport.rubric, [id], { limit: 3 });
      expect([...step.querySelectorAll('.resource')].map((li) => li.getAttribute('data-resource'))).toEqual(
        expected.map((match) => match.resource.id),
      );
    }
    const first = root(el).querySelector('.resource');
    const resource = catalog.resources.find((r) => r.id === first?.getAttribute('data-resource'));
    expect(first?.querySelector('.resource__title')?.textContent.trim()).toBe(resource?.title);
    expect(first?.querySelector('.resource__facts')?.textContent).toContain(`Source: ${resource?.source ?? ''}`);
    if (resource?.url) expect(first?.querySelector('a')?.getAttribute('href')).toBe(resource.url);
    await expectNoAxeViolations(el);
  });

  it('fires sel-resource-select from "Add to plan" by keyboard, with the resource and its indicators', async () => {
    const el = await fixture<SelAssessmentReport>(
      html`<sel-assessment-report .report=${data()}></sel-assessment-report>`,
    );
    await el.renderComplete;
    const button = root(el).querySelector<HTMLButtonElement>('.resource__add');
    const id = button?.closest('.resource')?.getAttribute('data-resource');
    expect(button?.textContent.replace(/\s+/g, ' ').trim()).toMatch(/^Add to plan \(.+\)$/);
    button?.focus();
    const chosen = nextEvent(el, 'sel-resource-select');
    await userEvent.keyboard('{Enter}');
    const { detail } = await chosen;
    expect(detail.resource.id).toBe(id);
    expect(detail.indicatorIds).toEqual(['adult-sel-routines']);
  });

  it("keeps a resource's link from opening when a listener handles the choice", async () => {
    const helpful = helpfulResource();
    const linked: Catalog = {
      tags: [...catalog.tags],
      resources: [{ ...helpful, url: 'https://example.org/sel-guide' }],
    };
    const el = await fixture<SelAssessmentReport>(
      html`<sel-assessment-report .report=${data()} .catalog=${linked}></sel-assessment-report>`,
    );
    await el.renderComplete;
    const link = root(el).querySelector<HTMLAnchorElement>('a.resource__title');
    if (!link) throw new Error('no resource with a link');
    el.addEventListener(
      'sel-resource-select',
      (event) => {
        event.preventDefault();
      },
      { once: true },
    );
    const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
  });

  it('takes a catalog by property or catalog-src, and names the path of a bad resource', async () => {
    const small: Catalog = {
      tags: [...catalog.tags],
      resources: catalog.resources.filter((resource) => resource.tags.includes('community-partnerships')).slice(0, 1),
    };
    const el = await fixture<SelAssessmentReport>(
      html`<sel-assessment-report .report=${data()} .catalog=${small}></sel-assessment-report>`,
    );
    await el.renderComplete;
    expect(new Set([...root(el).querySelectorAll('.resource')].map((li) => li.getAttribute('data-resource')))).toEqual(
      new Set(small.resources.map((r) => r.id)),
    );
    expect(root(el).querySelector('.next-step .empty')?.textContent).toBe(
      'No resource in the catalog helps with this indicator yet.',
    );

    const bad = { ...small, resources: [{ ...small.resources[0], kind: 'podcast' }] };
    const error = nextEvent(el, 'sel-error');
    el.catalog = undefined;
    el.catalogSrc = jsonUrl(bad);
    const { detail } = await error;
    expect(detail.issues[0]?.path).toEqual(['catalog', 'resources', 0, 'kind']);
    await el.renderComplete;
    expect(root(el).querySelector('[role="alert"]')?.textContent).toContain('catalog.resources[0].kind');
    expect(root(el).querySelector('.next .empty')?.textContent).toMatch(/could not be loaded/);
    // The report itself is still shown.
    expect(root(el).querySelectorAll('.bar')).toHaveLength(5);
    await expectNoAxeViolations(el);
  });

  describe("marks each resource's title with its language, so screen readers switch voice", () => {
    const { url: _, ...base } = helpfulResource();
    const withTitles: Catalog = {
      tags: [...catalog.tags],
      resources: [
        { ...base, id: 'linked-guide', title: 'A linked guide', url: 'https://example.org/guide' },
        { ...base, id: 'unlinked-guide', title: 'A guide without a link' },
        { ...base, id: 'guia', title: 'Guía de alianzas comunitarias', lang: 'es' },
      ],
    };
    /** Per resource shown, by id: the `lang` of its title and of the hidden title in "Add to plan". */
    const langs = (el: SelAssessmentReport) =>
      new Map(
        [...root(el).querySelectorAll('.resource')].map((li) => [
          li.getAttribute('data-resource'),
          [
            li.querySelector('.resource__title')?.getAttribute('lang'),
            li.querySelector('.resource__add .visually-hidden')?.getAttribute('lang'),
          ],
        ]),
      );

    it('English titles are marked lang="en" in a Spanish report, and a Spanish one is not', async () => {
      const el = await fixture<SelAssessmentReport>(
        html`<sel-assessment-report .report=${data()} .catalog=${withTitles}></sel-assessment-report>`,
        { lang: 'es' },
      );
      await el.renderComplete;
      expect(root(el).querySelector('a.resource__title')?.textContent).toBe('A linked guide');
      expect(langs(el)).toEqual(
        new Map([
          ['linked-guide', ['en', 'en']],
          ['unlinked-guide', ['en', 'en']],
          ['guia', [null, null]],
        ]),
      );
      await expectNoAxeViolations(el);
    });

    it('English titles are not marked in an English report, and a Spanish one is marked lang="es"', async () => {
      const el = await fixture<SelAssessmentReport>(
        html`<sel-assessment-report .report=${data()} .catalog=${withTitles}></sel-assessment-report>`,
      );
      await el.renderComplete;
      expect(langs(el)).toEqual(
        new Map([
          ['linked-guide', [null, null]],
          ['unlinked-guide', [null, null]],
          ['guia', ['es', 'es']],
        ]),
      );
      await expectNoAxeViolations(el);
    });

    it("reports a resource's language that is not a BCP 47 tag at its path", async () => {
      const bad: Catalog = {
        tags: [...catalog.tags],
        resources: catalog.resources.map((r, i) => (i === 3 ? { ...r, lang: 'es_MX' } : r)),
      };
      const el = await fixture<SelAssessmentReport>(
        html`<sel-assessment-report .report=${data()}></sel-assessment-report>`,
      );
      await el.renderComplete;
      const error = nextEvent(el, 'sel-error');
      el.catalog = bad;
      const { detail } = await error;
      expect(detail.issues.map((issue) => issue.path)).toEqual([['catalog', 'resources', 3, 'lang']]);
      await el.renderComplete;
      expect(root(el).querySelector('[role="alert"]')?.textContent).toContain('catalog.resources[3].lang');
      await expectNoAxeViolations(el);
    });
  });

  it('says the catalog is loading, then that it could not be fetched', async () => {
    let answer: ((response: Response) => void) | undefined;
    const el = await fixture<SelAssessmentReport>(
      html`<sel-assessment-report
        .report=${data()}
        catalog-src="/nowhere/catalog.json"
        .fetcher=${() =>
          new Promise<Response>((resolve) => {
            answer = resolve;
          })}
      ></sel-assessment-report>`,
    );
    await el.dataSettled;
    expect(root(el).querySelector('.next [role="status"]')?.textContent).toBe('Loading the resource catalog…');
    await expectNoAxeViolations(el);
    // The catalog is asked for once the "What next" module has loaded.
    await expect.poll(() => answer).toBeDefined();
    answer?.(new Response('gone', { status: 404 }));
    await el.renderComplete;
    expect(root(el).querySelector('[role="alert"]')?.textContent).toContain('HTTP 404');
    expect(root(el).querySelector('.next .empty')?.textContent).toMatch(/could not be loaded/);
    await expectNoAxeViolations(el);
  });
});

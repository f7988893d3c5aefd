/// <reference types="node" />
// The CMS embedding, end to end: examples/cms-page.html is served by a local static server the way
// a district site would serve it, loaded in Debian's Chromium through Playwright, and driven like
// a visitor would. It loads the built CDN autoloader (which loads the elements' chunks) and the
// built @sel/data JSON; `npm test` builds them first, and this test rebuilds them itself when they
// are missing or older than the sources.
// The workspace root does not depend on the packages, so their sources are imported by path.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  communitySchema,
  parsePartnerInventory,
  parseWith,
  tierAssignmentsSchema,
} from '../packages/core/src/index.js';
import { districtRubric, learningCommunityTemplate } from '../packages/data/src/index.js';
import { autoloadedPage } from './cdn-chunks.mjs';
import {
  chromiumArgs,
  chromiumPath,
  ensureBuilt,
  repoRoot as root,
  startStaticServer,
  type StaticServer,
} from './static-server.js';

const pagePath = join(root, 'examples/cms-page.html');

/** The inline JSON of the element with this id, exactly as the page carries it. */
function inlineJson(html: string, elementId: string): unknown {
  const start = html.indexOf(`id="${elementId}"`);
  const open = html.indexOf('<script type="application/json">', start);
  const close = html.indexOf('</script>', open);
  if (start < 0 || open < 0 || close < 0) throw new Error(`no inline JSON inside #${elementId}`);
  return JSON.parse(html.slice(open + '<script type="application/json">'.length, close));
}

describe('examples/cms-page.html', () => {
  const html = readFileSync(pagePath, 'utf8');

  it('carries a valid learning community whose milestones are the catalog template', () => {
    const community = parseWith(communitySchema, inlineJson(html, 'community-timeline'), 'community');
    const templateTitles = new Map(
      learningCommunityTemplate.phases.flatMap((phase) =>
        phase.exitMilestones.map((milestone) => [milestone.id, [phase.id, milestone.title]] as const),
      ),
    );
    expect(community.milestones.map((milestone) => milestone.id).sort()).toEqual([...templateTitles.keys()].sort());
    for (const milestone of community.milestones) {
      expect([milestone.phase, milestone.title]).toEqual(templateTitles.get(milestone.id));
    }
  });

  it('carries a valid partner inventory and a saved sort that names only its partners', () => {
    const data = inlineJson(html, 'partner-sort') as { partners: unknown; assignments: unknown };
    const partners = parsePartnerInventory(data.partners);
    const assignments = parseWith(tierAssignmentsSchema, data.assignments, 'assignments');
    const ids = new Set(partners.map((partner) => partner.id));
    expect(partners.length).toBeGreaterThanOrEqual(5);
    expect(Object.keys(assignments).every((id) => ids.has(id))).toBe(true);
  });

  it('loads the elements with the autoloader alone and names its CDN URLs pinned to a version', () => {
    expect(html.match(/<script type="module"[^>]*>/g)).toEqual([
      '<script type="module" src="../packages/components/dist/cdn/autoloader.js">',
    ]);
    expect(html).toMatch(
      /https:\/\/cdn\.jsdelivr\.net\/npm\/@sel\/components@\d+\.\d+\.\d+\/dist\/cdn\/autoloader\.js/,
    );
    expect(html).toMatch(/https:\/\/unpkg\.com\/@sel\/components@\d+\.\d+\.\d+\/dist\/cdn\/autoloader\.js/);
  });
});

describe('examples/cms-page.html in Chromium', { timeout: 60_000 }, () => {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const pageErrors: string[] = [];
  const failedRequests: string[] = [];

  beforeAll(async () => {
    ensureBuilt();
    server = await startStaticServer();
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [...chromiumArgs],
    });
    page = await browser.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    page.on('response', (response) => {
      if (response.status() >= 400) failedRequests.push(`${String(response.status())} ${response.url()}`);
    });
    // Record the elements' events from the moment the page starts, as a site's analytics would.
    await page.addInitScript(() => {
      const seen: { type: string; target: string; detail: unknown }[] = [];
      Object.assign(window, { selEvents: seen });
      for (const type of ['sel-rating-change', 'sel-milestone-select', 'sel-partner-move', 'sel-error']) {
        document.addEventListener(type, (event) => {
          const target = event.target instanceof Element ? event.target.id : '';
          seen.push({ type, target, detail: JSON.parse(JSON.stringify((event as CustomEvent).detail)) as unknown });
        });
      }
    });
    await page.goto(`${server.origin}/examples/cms-page.html`);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const events = (type: string) =>
    page.evaluate(
      (wanted) =>
        (window as unknown as { selEvents: { type: string; target: string; detail: unknown }[] }).selEvents.filter(
          (event) => event.type === wanted,
        ),
      type,
    );

  it("registers each of the page's elements through the autoloader, from their own chunks", async () => {
    const defined = () =>
      page.evaluate(() =>
        ['sel-rubric', 'sel-milestone-timeline', 'sel-partner-card-sort'].map(
          (tag) => customElements.get(tag) !== undefined,
        ),
      );
    await expect.poll(defined).toEqual([true, true, true]);
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((pathname) => pathname.endsWith('.js')),
    );
    expect(scripts).toEqual(
      expect.arrayContaining(
        autoloadedPage(['sel-rubric', 'sel-milestone-timeline', 'sel-partner-card-sort']).map((path) => `/${path}`),
      ),
    );
    expect(scripts).not.toContain('/packages/components/dist/cdn/sel-components.js');
  });

  it('renders the catalog district rubric fetched from its src URL', async () => {
    const rubric = page.locator('#district-rubric');
    await expect.poll(() => rubric.getByRole('radio').count()).toBeGreaterThan(0);
    await expect.poll(() => rubric.getByText(districtRubric.title).count()).toBeGreaterThan(0);
    const firstIndicator = districtRubric.focusAreas.at(0)?.practices.at(0)?.indicators.at(0);
    if (firstIndicator === undefined) throw new Error('the district rubric has no indicator');
    const row = rubric.getByRole('group', { name: firstIndicator.text });
    expect(await row.getByRole('radio').count()).toBe(districtRubric.levels.length);
  });

  it('rates an indicator when a visitor picks a level', async () => {
    const firstIndicator = districtRubric.focusAreas.at(0)?.practices.at(0)?.indicators.at(0);
    const topLevel = districtRubric.levels.at(-1);
    if (firstIndicator === undefined || topLevel === undefined) throw new Error('the district rubric is empty');
    const radio = page
      .locator('#district-rubric')
      .getByRole('group', { name: firstIndicator.text })
      .getByRole('radio', { name: new RegExp(topLevel.label) });
    await radio.check();
    expect(await radio.isChecked()).toBe(true);
    // The rating code loads at the first pick; the event comes once it has arrived.
    await expect.poll(async () => (await events('sel-rating-change')).length).toBe(1);
    const changes = await events('sel-rating-change');
    expect(changes[0]?.target).toBe('district-rubric');
    expect(changes[0]?.detail).toMatchObject({ indicatorId: firstIndicator.id, rating: { level: topLevel.value } });
  });

  it('renders the inline community and opens a milestone focused from the keyboard', async () => {
    const timeline = page.locator('#community-timeline');
    const template = learningCommunityTemplate.phases.flatMap((phase) => phase.exitMilestones);
    await expect.poll(() => timeline.getByText(template[0]?.title ?? '').count()).toBeGreaterThan(0);
    const buttons = timeline.getByRole('button');
    expect(await buttons.count()).toBeGreaterThanOrEqual(template.length);

    // The section heading is the in-page target a visitor reaches from a link; Tab goes on into the
    // timeline's single tab stop.
    await page.locator('#timeline-heading').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('community-timeline');
    await page.keyboard.press('ArrowDown');
    const selections = await events('sel-milestone-select');
    expect(selections.length).toBeGreaterThanOrEqual(2);
    const last = selections.at(-1)?.detail as { milestone: { id: string }; trigger: string; index: number };
    expect(last.trigger).toBe('focus');
    expect(template.map((milestone) => milestone.id)).toContain(last.milestone.id);
  });

  it('sorts a partner from the keyboard and submits the sort with the form', async () => {
    const sort = page.locator('#partner-sort');
    const cardNames = (tier: string) =>
      sort
        .locator(`[data-tier="${tier}"] .card__name`)
        .evaluateAll((names) => names.map((name) => name.textContent.trim()));
    await expect.poll(() => cardNames('clearly-supports')).toEqual(['Northside Family Counseling']);
    expect(await cardNames('could-support')).toEqual(['Riverbend Parks and Recreation']);

    // From the section heading, Tab passes the undo and redo buttons and reaches the board's single
    // tab stop: the first unsorted card.
    await page.locator('#partners-heading').focus();
    const focusedCard = () =>
      page.evaluate(() => {
        const active = document.querySelector('#partner-sort')?.shadowRoot?.activeElement;
        return active?.closest('li')?.querySelector('.card__name')?.textContent.trim();
      });
    for (let presses = 0; presses < 6 && (await focusedCard()) === undefined; presses += 1) {
      await page.keyboard.press('Tab');
    }
    expect(await focusedCard()).toBe('Valley Boys & Girls Club');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    // The card sort loads its move code on the first press and then plays the keys made meanwhile.
    await expect.poll(() => cardNames('clearly-supports')).toContain('Valley Boys & Girls Club');
    expect(await focusedCard()).toBe('Valley Boys & Girls Club');
    const moves = await events('sel-partner-move');
    expect(moves).toHaveLength(1);
    expect(moves[0]?.detail).toMatchObject({
      partnerId: 'valley-boys-girls-club',
      from: 'unsorted',
      to: 'clearly-supports',
      cause: 'keyboard',
    });
    await expect.poll(() => sort.getByText('Valley Boys & Girls Club dropped in', { exact: false }).count()).toBe(1);

    const submitted = await page.evaluate(() => {
      const form = document.querySelector<HTMLFormElement>('#partner-sort-form');
      if (!form) throw new Error('no form');
      return Object.fromEntries(
        [...new FormData(form)].map(([key, value]) => [key, typeof value === 'string' ? value : value.name]),
      );
    });
    // The sort is one entry, its tiers by partner id as JSON text.
    expect(JSON.parse(submitted['tiers'] ?? '{}') as unknown).toMatchObject({
      'valley-boys-girls-club': 'clearly-supports',
      'northside-counseling': 'clearly-supports',
      'riverbend-parks': 'could-support',
      'main-street-hardware': 'unsorted',
    });
  });

  it("takes the district's colours through --sel-* custom properties", async () => {
    const accent = await page.evaluate(() => {
      const element = document.querySelector('#district-rubric');
      return element ? getComputedStyle(element).getPropertyValue('--_sel-color-accent').trim() : '';
    });
    const expected = await page.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue('--district-teal').trim(),
    );
    expect(expected).not.toBe('');
    expect(accent).toBe(expected);
  });

  it('passes axe (WCAG 2.1 AA) on the whole page, shadow roots included, after those interactions', async () => {
    await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const results = await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      });
      return results.violations.map((violation) => `${violation.id}: ${violation.nodes.length} node(s)`);
    });
    expect(violations).toEqual([]);
  });

  it('loads without script errors, failed requests or sel-error events', async () => {
    expect(failedRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(await events('sel-error')).toEqual([]);
  });
});

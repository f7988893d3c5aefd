/// <reference types="node" />
// The CMS embedding, end to end: examples/cms-page.html is served by a local static server the way
// The workspace root does not depend on the packages, so their sources are imported by path.
// a district site would serve it, loaded in Debian's Chromium through Playwright, and driven like
// a visitor would. It loads the built CDN bundle and the built @sel/data JSON, so it needs
// `pnpm run build` first (`npm test` builds before it runs the tests).
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communitySchema, parseWith } from '../packages/core/src/index.js';
import { districtRubric, learningCommunityTemplate } from '../packages/data/src/index.js';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const bundlePath = join(root, 'packages/components/dist/cdn/sel-components.js');
const rubricJsonPath = join(root, 'packages/data/dist/rubrics/district.json');
const pagePath = join(root, 'examples/cms-page.html');

/** Only what a published page would reach: the examples, the CDN bundle and the data JSON. */
const servedFolders = ['examples', 'packages/components/dist/cdn', 'packages/data/dist'].map(
  (folder) => join(root, folder) + sep,
);
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

function startServer(): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const file = normalize(join(root, decodeURIComponent(url.pathname)));
    const allowed = servedFolders.some((folder) => file.startsWith(folder));
    if (!allowed || !existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((resolvePromise) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolvePromise({ server, origin: `http://127.0.0.1:${String(port)}` });
    });
  });
}

/** The inline JSON of the element with this id, exactly as the page carries it. */
function inlineJson(html: string, elementId: string): unknown {
  const start = html.indexOf(`id="${elementId}"`);
  const open = html.indexOf('<script type="application/json">', start);
  const close = html.indexOf('</script>', open);
  if (start < 0 || open < 0 || close < 0) throw new Error(`no inline JSON inside #${elementId}`);
  return JSON.parse(html.slice(open + '<script type="application/json">'.length, close));
}

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

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

  it('loads the bundle with a single module script and names the published CDN URL', () => {
    expect(html.match(/<script type="module"/g)).toHaveLength(1);
    expect(html).toContain('https://cdn.jsdelivr.net/npm/@sel/components/dist/cdn/sel-components.js');
  });
});

describe('examples/cms-page.html in Chromium', { timeout: 60_000 }, () => {
  let server: Server | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const pageErrors: string[] = [];
  const failedRequests: string[] = [];

  beforeAll(async () => {
    for (const file of [bundlePath, rubricJsonPath]) {
      if (!existsSync(file)) throw new Error(`${file} is missing: run \`pnpm run build\` before this test`);
    }
    const started = await startServer();
    server = started.server;
    browser = await chromium.launch({
      executablePath: process.env['SEL_CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: chromiumArgs,
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
    await page.goto(`${started.origin}/examples/cms-page.html`);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => server?.close(done));
  });

  const events = (type: string) =>
    page.evaluate(
      (wanted) =>
        (window as unknown as { selEvents: { type: string; target: string; detail: unknown }[] }).selEvents.filter(
          (event) => event.type === wanted,
        ),
      type,
    );

  it('registers every element from the one bundle', async () => {
    const defined = await page.evaluate(() =>
      ['sel-rubric', 'sel-milestone-timeline'].map((tag) => customElements.get(tag) !== undefined),
    );
    expect(defined).toEqual([true, true]);
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
    const changes = await events('sel-rating-change');
    expect(changes).toHaveLength(1);
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

  it('loads without script errors, failed requests or sel-error events', async () => {
    expect(failedRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(await events('sel-error')).toEqual([]);
  });
});

/// <reference types="node" />
// The toolkit under a strict Content Security Policy with Trusted Types enforced: examples/csp/
// is served from 127.0.0.1 with the policy as a response header, loaded in Debian's Chromium and
// used the way a visitor would (rate an indicator, move a card by keyboard, step between
// milestones, open a partner's details). Every `securitypolicyviolation` event and console error
// is recorded from the first byte; the test wants none. A control at the end breaks the policy on
// purpose, so a recorder that hears nothing cannot pass the test.
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { chromium, firefox, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { districtRubric } from '../packages/data/src/index.js';
import { breakThePolicy, POLICIES, stringToHtmlIsBlocked } from './csp-probes.js';
import { describeEngines, ENGINES_VARIABLE, executablePath, selectEngines } from './engines/engines.js';
import {
  chromiumArgs,
  chromiumPath,
  ensureBuilt,
  repoRoot,
  startStaticServer,
  type StaticServer,
} from './static-server.js';

const pagePath = join(repoRoot, 'examples/csp/index.html');

interface Violation {
  readonly directive: string;
  readonly blocked: string;
  readonly sample: string;
  /** The element the browser blamed, and the element whose shadow root holds it. */
  readonly where: string;
}

describe('examples/csp/index.html as written', () => {
  const html = readFileSync(pagePath, 'utf8');

  it('has no inline script, inline style, style attribute or event handler attribute', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((match) => match[1] ?? '');
    expect(scripts.length).toBeGreaterThan(1);
    for (const attributes of scripts) {
      // Either a file of this origin, or JSON data, which is never run.
      expect(/\bsrc="\/[^"]+"/.test(attributes) || /type="application\/json"/.test(attributes), attributes).toBe(true);
    }
    expect(html).not.toMatch(/<style\b/);
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/\son[a-z]+=/);
    expect(html).not.toMatch(/(?:href|src)="(?:data|javascript):/);
  });
});

/** The engines Playwright drives here (Chromium, and Firefox ESR over WebDriver BiDi), as SEL_ENGINES selects. */
type PageEngine = 'Chromium' | 'Firefox';
const engines = describeEngines(process.env);
const selected = selectEngines(process.env[ENGINES_VARIABLE]);
const pageEngines: PageEngine[] = [
  ...(selected.includes('chromium') ? (['Chromium'] as const) : []),
  ...(selected.includes('firefox') ? (['Firefox'] as const) : []),
];

function launch(engine: PageEngine): Promise<Browser> {
  if (engine === 'Chromium') return chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });
  return firefox.launch({
    channel: 'moz-firefox',
    executablePath: executablePath(engines.firefox, 'browser'),
    firefoxUserPrefs: { 'app.update.auto': false, 'datareporting.policy.dataSubmissionEnabled': false },
  });
}

describe.each(pageEngines.flatMap((engine) => POLICIES.map(([name, policy]) => [engine, name, policy] as const)))(
  'examples/csp/index.html in %s under %s',
  // Each step drives a real browser and may wait up to 20 s for it: far above the 5 s default.
  { timeout: 60_000 },
  (engine, _name, policy) => {
    let server: StaticServer | undefined;
    let browser: Browser | undefined;
    let page: Page;
    const consoleErrors: string[] = [];
    const failedRequests: string[] = [];
    const cspHeaders: string[] = [];

    beforeAll(async () => {
      ensureBuilt();
      server = await startStaticServer({
        headers: (file) => (extname(file) === '.html' ? { 'content-security-policy': policy } : {}),
      });
      browser = await launch(engine);
      page = await browser.newPage();
      page.on('pageerror', (error) => consoleErrors.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      page.on('response', (response) => {
        if (response.status() >= 400) failedRequests.push(`${String(response.status())} ${response.url()}`);
        const headers: Partial<Record<string, string>> = response.headers();
        const header = headers['content-security-policy'];
        if (header !== undefined) cspHeaders.push(header);
      });
      // Playwright's init script runs before the page's own scripts and is not subject to its CSP.
      await page.addInitScript(() => {
        const violations: { directive: string; blocked: string; sample: string; where: string }[] = [];
        const events: { type: string; target: string; detail: unknown }[] = [];
        Object.assign(window, { selViolations: violations, selEvents: events });
        document.addEventListener(
          'securitypolicyviolation',
          (event) => {
            // Where it happened: the element (inside which component's shadow root) or the document.
            const target = event.composedPath()[0];
            const host = target instanceof Node ? target.getRootNode() : undefined;
            const where =
              target instanceof Element
                ? `<${target.localName} class="${target.getAttribute('class') ?? ''}">` +
                  (host instanceof ShadowRoot ? ` in <${host.host.localName}>` : '')
                : 'document';
            violations.push({
              directive: event.effectiveDirective,
              blocked: event.blockedURI,
              sample: event.sample,
              where,
            });
          },
          true,
        );
        for (const type of ['sel-rating-change', 'sel-milestone-select', 'sel-partner-move', 'sel-error']) {
          document.addEventListener(type, (event) => {
            const target = event.target instanceof Element ? event.target.id : '';
            events.push({ type, target, detail: JSON.parse(JSON.stringify((event as CustomEvent).detail)) as unknown });
          });
        }
      });
      await page.goto(`${server.origin}/examples/csp/index.html`);
    }, 240_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    const violations = (): Promise<Violation[]> =>
      page.evaluate(() => (window as unknown as { selViolations: Violation[] }).selViolations.slice());
    const events = (type: string): Promise<{ target: string; detail: unknown }[]> =>
      page.evaluate(
        (wanted) =>
          (window as unknown as { selEvents: { type: string; target: string; detail: unknown }[] }).selEvents.filter(
            (event) => event.type === wanted,
          ),
        type,
      );

    it('is served with the policy, and Trusted Types are enforced', async () => {
      expect(cspHeaders[0]).toBe(policy);
      // With `require-trusted-types-for 'script'`, a plain string can no longer become HTML.
      const blocked = await page.evaluate(stringToHtmlIsBlocked);
      expect(blocked).toBe(true);
      // That probe's violation is the only one so far; it is cleared so later checks start at zero.
      // Firefox reports it a moment later than Chromium (a task after the throw), so it is awaited.
      await expect
        .poll(() => violations())
        .toEqual([expect.objectContaining({ directive: 'require-trusted-types-for', blocked: 'trusted-types-sink' })]);
      // Each engine logs the blocked assignment in its own words: Chromium "requires 'TrustedHTML'
      // assignment", Firefox "blocked assigning to an injection sink ... require-trusted-types-for".
      await expect.poll(() => consoleErrors.length).toBe(1);
      expect(consoleErrors[0]).toMatch(/requires 'TrustedHTML' assignment|require-trusted-types-for/);
      await page.evaluate(() => {
        (window as unknown as { selViolations: Violation[] }).selViolations.length = 0;
      });
      consoleErrors.length = 0;
    });

    it('renders all three elements from their src URLs and inline JSON', async () => {
      const defined = await page.evaluate(() =>
        ['sel-rubric', 'sel-milestone-timeline', 'sel-partner-card-sort'].map(
          (tag) => customElements.get(tag) !== undefined,
        ),
      );
      expect(defined).toEqual([true, true, true]);
      const rubric = page.locator('#district-rubric');
      await expect.poll(() => rubric.getByRole('radio').count(), { timeout: 20_000 }).toBeGreaterThan(0);
      const timeline = page.locator('#community-timeline');
      await expect.poll(() => timeline.getByRole('button').count(), { timeout: 20_000 }).toBeGreaterThan(3);
      const sort = page.locator('#partner-sort');
      await expect.poll(() => sort.locator('li.card').count(), { timeout: 20_000 }).toBe(6);
      // Styles apply: constructed stylesheets in the shadow roots, the page's own stylesheet outside.
      const styled = await page.evaluate(() => {
        const host = document.querySelector('#partner-sort');
        const card = host?.shadowRoot?.querySelector('li.card');
        return {
          adopted: host?.shadowRoot?.adoptedStyleSheets.length ?? 0,
          cardDisplay: card ? getComputedStyle(card).display : '',
          headingColor: getComputedStyle(document.querySelector('h1') ?? document.body).color,
        };
      });
      expect(styled.adopted).toBeGreaterThan(0);
      expect(styled.cardDisplay).not.toBe('');
      expect(styled.headingColor).toBe('rgb(11, 93, 102)');
    });

    it('rates an indicator', async () => {
      const indicator = districtRubric.focusAreas.at(0)?.practices.at(0)?.indicators.at(0);
      const top = districtRubric.levels.at(-1);
      if (!indicator || !top) throw new Error('the district rubric is empty');
      const radio = page
        .locator('#district-rubric')
        .getByRole('group', { name: indicator.text })
        .getByRole('radio', { name: new RegExp(top.label) });
      await radio.check();
      expect(await radio.isChecked()).toBe(true);
      expect((await events('sel-rating-change')).at(-1)?.detail).toMatchObject({
        indicatorId: indicator.id,
        rating: { level: top.value },
      });
    });

    it('moves a card by keyboard, opens its Move-to menu and its details dialog', async () => {
      const sort = page.locator('#partner-sort');
      const names = (tier: string): Promise<string[]> =>
        sort.locator(`[data-tier="${tier}"] .card__name`).evaluateAll((list) => list.map((n) => n.textContent.trim()));
      await expect.poll(() => names('clearly-supports')).toEqual(['Northside Family Counseling']);
      await sort.getByRole('button', { name: 'Move Valley Boys & Girls Club' }).focus();
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Space');
      expect(await names('clearly-supports')).toContain('Valley Boys & Girls Club');
      expect((await events('sel-partner-move')).at(-1)?.detail).toMatchObject({
        partnerId: 'valley-boys-girls-club',
        to: 'clearly-supports',
        cause: 'keyboard',
      });
      await sort.getByRole('button', { name: 'Move to… (Main Street Hardware)' }).click();
      await sort.getByRole('menuitem', { name: 'Could support SEL' }).click();
      expect(await names('could-support')).toContain('Main Street Hardware');
      await sort.getByRole('button', { name: 'Details for Riverbend Parks and Recreation' }).click();
      await expect.poll(() => sort.getByRole('dialog').isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => sort.getByRole('dialog').isVisible()).toBe(false);
      // Dragging moves the ghost with inline style properties set through the CSSOM.
      const grip = sort.getByRole('button', { name: 'Move Riverbend Community Health Center' });
      await grip.dragTo(sort.getByRole('region', { name: 'No apparent connection to SEL' }));
      expect(await names('no-apparent-connection')).toContain('Riverbend Community Health Center');
    });

    it('moves between milestones from the keyboard', async () => {
      await page.locator('#timeline-heading').focus();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('community-timeline');
      const before = (await events('sel-milestone-select')).length;
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      const selections = await events('sel-milestone-select');
      expect(selections.length).toBeGreaterThanOrEqual(before + 2);
    });

    it('shows an error state for bad data without breaking the policy', async () => {
      await page.evaluate(() => {
        document.querySelector('#partner-sort')?.setAttribute('assignments', '{"ghost": "maybe"}');
      });
      await expect.poll(() => page.locator('#partner-sort').getByRole('alert').count(), { timeout: 10_000 }).toBe(1);
      expect((await events('sel-error')).map((event) => event.target)).toEqual(['partner-sort']);
    });

    it('reported no CSP or Trusted Types violation and no console error through all of that', async () => {
      expect(await violations()).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(failedRequests).toEqual([]);
    });

    it('does hear violations: an inline style and a string sent to an HTML sink are both reported', async () => {
      const thrown = await page.evaluate(breakThePolicy);
      expect(thrown).toBe(true);
      await expect
        .poll(async () => (await violations()).map((violation) => violation.directive).sort())
        .toEqual(['require-trusted-types-for', 'style-src-elem']);
      consoleErrors.length = 0;
    });
  },
);

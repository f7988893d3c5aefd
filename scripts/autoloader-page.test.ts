/// <reference types="node" />
// The CDN autoloader (packages/components/dist/cdn/autoloader.js) in Chromium, on pages served by
// a local static server: it loads only the chunks of the elements a page shows, finds elements a
// CMS inserts later and in open shadow roots it is given, and stays harmless when loaded twice or
// beside an element a bundler build already defined. `npm test` builds the CDN first; this test
// rebuilds it when it is stale.
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { autoloadedPage } from './cdn-chunks.mjs';
import { chromiumArgs, chromiumPath, ensureBuilt, startStaticServer, type StaticServer } from './static-server.js';

const AUTOLOADER = '/packages/components/dist/cdn/autoloader.js';
const RUBRIC_SRC = '/packages/data/dist/rubrics/district.json';

/** No favicon request (it would be a 404 in the log). */
const ICON = '<link rel="icon" href="data:,">';

/** Test pages, generated: a page of a district site with its own markup and scripts. */
const pages: Readonly<Record<string, string>> = {
  '/autoloader/rubric.html': `<!doctype html><html lang="en"><head><title>Rubric</title>${ICON}
    <script type="module" src="${AUTOLOADER}"></script></head>
    <body><main><sel-rubric id="rubric" src="${RUBRIC_SRC}"></sel-rubric></main></body></html>`,
  '/autoloader/twice.html': `<!doctype html><html lang="en"><head><title>Twice</title>${ICON}
    <script type="module" src="${AUTOLOADER}"></script>
    <script type="module" src="${AUTOLOADER}?copy=2"></script>
    <script type="module">
      import { selAutoloader as first } from '${AUTOLOADER}';
      import { selAutoloader as second } from '${AUTOLOADER}?copy=2';
      window.sameAutoloader = first === second && first === globalThis[Symbol.for('sel.autoloader')];
    </script></head>
    <body><main><sel-rubric id="rubric" src="${RUBRIC_SRC}"></sel-rubric></main></body></html>`,
  '/autoloader/bundled.html': `<!doctype html><html lang="en"><head><title>Beside a bundle</title>${ICON}
    <script type="module" src="/autoloader/app-bundle.js"></script>
    <script type="module" src="${AUTOLOADER}"></script></head>
    <body><main><sel-rubric id="rubric"></sel-rubric></main></body></html>`,
};

/** What an app's own bundle does before the autoloader runs: it defines <sel-rubric> itself. */
const appBundle = `customElements.define('sel-rubric', class AppRubric extends HTMLElement {
  connectedCallback() { this.textContent = 'Rubric from the app bundle'; }
});`;

describe('the CDN autoloader in Chromium', { timeout: 60_000 }, () => {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    ensureBuilt();
    server = await startStaticServer({
      generated: (pathname) => {
        const html = pages[pathname];
        if (html !== undefined) return { type: 'text/html; charset=utf-8', body: html };
        if (pathname === '/autoloader/app-bundle.js')
          return { type: 'text/javascript; charset=utf-8', body: appBundle };
        return undefined;
      },
    });
    browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens `path` in a fresh page, recording the CDN files it fetches and any script error. */
  async function open(path: string): Promise<{ page: Page; fetched: () => string[]; errors: string[] }> {
    if (!browser || !server) throw new Error('no browser or server');
    const page = await browser.newPage();
    const origin = server.origin;
    const fetched = new Set<string>();
    const errors: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin === origin && url.pathname.startsWith('/packages/components/dist/cdn/')) {
        fetched.add(url.pathname.slice(1));
      }
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${origin}${path}`);
    return { page, fetched: () => [...fetched].sort(), errors };
  }

  /**
   * Runs `method` of the page's autoloader, found where every copy of it registers itself
   * (`Symbol.for('sel.autoloader')`), with the shadow root of `host` for `observe`.
   */
  const callAutoloader = (page: Page, method: 'ready' | 'observe', host?: string): Promise<void> =>
    page.evaluate(
      async ([name, selector]) => {
        const autoloader = (globalThis as unknown as Record<symbol, unknown>)[Symbol.for('sel.autoloader')] as
          { ready(): Promise<void>; observe(root: ShadowRoot): Promise<void> } | undefined;
        if (!autoloader) throw new Error('no autoloader on the page');
        if (name === 'ready') return autoloader.ready();
        const root = document.querySelector(selector ?? '')?.shadowRoot;
        if (!root) throw new Error(`no open shadow root on ${String(selector)}`);
        return autoloader.observe(root);
      },
      [method, host] as const,
    );

  const isDefined = (page: Page, tag: string): Promise<boolean> =>
    page.evaluate((name) => customElements.get(name) !== undefined, tag);

  it("fetches the rubric's chunks and nothing of the other elements, and renders it", async () => {
    const { page, fetched, errors } = await open('/autoloader/rubric.html');
    await expect.poll(() => page.locator('#rubric').getByRole('radio').count()).toBeGreaterThan(0);
    // A long rubric's navigation is a chunk of the rubric's own, fetched once its rows are drawn;
    // its rating code is another, fetched at a person's first use (the pointer over the rubric).
    const rating = (path: string): boolean => path.startsWith('packages/components/dist/cdn/chunks/rubric-rating-');
    const later = (path: string): boolean =>
      rating(path) || path.startsWith('packages/components/dist/cdn/chunks/rubric-navigation-');
    expect(fetched().filter((path) => !later(path))).toEqual(autoloadedPage(['sel-rubric']));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fetched().some(rating)).toBe(false);
    await page.locator('#rubric').getByRole('radio').first().hover();
    await expect.poll(() => fetched().some(rating)).toBe(true);
    // The shared chunks were asked for beside the rubric's chunk, not after it arrived.
    const preloaded = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) =>
        new URL(link.href).pathname.slice(1),
      ),
    );
    expect(preloaded.sort()).toEqual(
      autoloadedPage(['sel-rubric']).filter((path) => path.includes('/dist/cdn/chunks/')),
    );
    expect(await isDefined(page, 'sel-milestone-timeline')).toBe(false);
    expect(await isDefined(page, 'sel-partner-card-sort')).toBe(false);
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });

  it('loads an element a CMS inserts later, and only then', async () => {
    const { page, fetched, errors } = await open('/autoloader/rubric.html');
    await expect.poll(() => isDefined(page, 'sel-rubric')).toBe(true);
    expect(fetched()).not.toContain('packages/components/dist/cdn/elements/sel-milestone-timeline.js');
    await page.evaluate(() => {
      const section = document.createElement('section');
      section.innerHTML = '<h2>Milestones</h2><sel-milestone-timeline id="later"></sel-milestone-timeline>';
      document.querySelector('main')?.append(section);
    });
    await expect.poll(() => isDefined(page, 'sel-milestone-timeline')).toBe(true);
    expect(fetched()).toContain('packages/components/dist/cdn/elements/sel-milestone-timeline.js');
    expect(fetched()).not.toContain('packages/components/dist/cdn/elements/sel-partner-card-sort.js');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('loads elements inside an open shadow root once it is told about it', async () => {
    const { page, errors } = await open('/autoloader/rubric.html');
    await expect.poll(() => isDefined(page, 'sel-rubric')).toBe(true);
    await page.evaluate(() => {
      const host = document.createElement('district-panel');
      host.attachShadow({ mode: 'open' }).innerHTML = '<sel-partner-card-sort></sel-partner-card-sort>';
      document.body.append(host);
    });
    // The document's observer does not see into the shadow root: nothing is being loaded for it...
    await callAutoloader(page, 'ready');
    expect(await isDefined(page, 'sel-partner-card-sort')).toBe(false);
    // ...until the page hands it to the autoloader.
    await callAutoloader(page, 'observe', 'district-panel');
    expect(await isDefined(page, 'sel-partner-card-sort')).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('is harmless when loaded twice: one autoloader, each chunk fetched once', async () => {
    const { page, fetched, errors } = await open('/autoloader/twice.html');
    await expect.poll(() => page.locator('#rubric').getByRole('radio').count()).toBeGreaterThan(0);
    expect(fetched()).toContain('packages/components/dist/cdn/autoloader.js');
    expect(fetched().filter((path) => path.endsWith('elements/sel-rubric.js'))).toHaveLength(1);
    // Both copies export the one autoloader, the one registered on the page.
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { sameAutoloader?: boolean }).sameAutoloader))
      .toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('leaves an element that a bundler build already defined alone', async () => {
    const { page, fetched, errors } = await open('/autoloader/bundled.html');
    await expect.poll(() => page.locator('#rubric').textContent()).toBe('Rubric from the app bundle');
    await callAutoloader(page, 'ready');
    expect(fetched()).toEqual(['packages/components/dist/cdn/autoloader.js']);
    expect(errors).toEqual([]);
    await page.close();
  });
});

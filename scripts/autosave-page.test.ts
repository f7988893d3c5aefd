/// <reference types="node" />
// Autosave on a real page, in Chromium and Firefox: examples/autosave/index.html served from
// 127.0.0.1 and used as a team would, with real navigations (a reload, a form sent to the next
// page), two pages on one key, and a browser whose IndexedDB refuses to open. The steps are in
// autosave-page-scenarios.ts; WebKit runs them in autosave-page.webkit.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchPageEngine, pageEngines } from './page-engines.js';
import {
  breakStorage,
  discard,
  EVIDENCE,
  NO_STORAGE_PAGE,
  noStoragePage,
  PAGE,
  storageFailing,
  submitClears,
  twoPages,
  typeReloadRestore,
  type PageDriver,
} from './autosave-page-scenarios.js';
import { ensureBuilt, repoRoot, startStaticServer, type StaticServer } from './static-server.js';

/** A Playwright page as the scenarios drive it. */
function driver(page: Page, origin: string): PageDriver {
  return {
    goto: async (path) => {
      await page.goto(`${origin}${path}`);
    },
    reload: async () => {
      await page.reload();
    },
    read: <T>(expression: string) => page.evaluate<T>(expression),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    path: () => Promise.resolve(new URL(page.url()).pathname),
  };
}

describe.each(pageEngines)('autosave on examples/autosave/index.html in %s', { timeout: 180_000 }, (engine) => {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  const errors: string[] = [];

  beforeAll(async () => {
    ensureBuilt();
    const html = readFileSync(join(repoRoot, 'examples/autosave/index.html'), 'utf8');
    server = await startStaticServer({
      generated: (pathname) => {
        if (pathname === NO_STORAGE_PAGE) return { type: 'text/html; charset=utf-8', body: noStoragePage(html) };
        if (pathname === breakStorage.path)
          return { type: 'text/javascript; charset=utf-8', body: breakStorage.source };
        return undefined;
      },
    });
    browser = await launchPageEngine(engine);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A page of one browser context (one profile: the pages share IndexedDB), recording uncaught errors. */
  async function open(): Promise<{ page: Page; driver: PageDriver }> {
    if (!browser || !server) throw new Error('no browser or server');
    context ??= await browser.newContext();
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(`${engine}: ${error.message}`));
    return { page, driver: driver(page, server.origin) };
  }

  it('types, reloads the page and restores the rating and evidence typed', async () => {
    const { page, driver: team } = await open();
    const [offer, evidence] = await typeReloadRestore(team);
    expect(offer).toMatch(/Restore your unsaved changes from \d{1,2}:\d{2}\s?[AP]M\?/);
    expect(evidence).toBe(EVIDENCE);
    await discard(team);
    await page.close();
  });

  it('deletes the draft when the form is sent to the next page', async () => {
    const { page, driver: team } = await open();
    await submitClears(team);
    await page.close();
  });

  it('tells the later of two pages on one key, and the first of the later save', async () => {
    const first = await open();
    await twoPages(first.driver, async () => (await open()).driver);
    await first.page.close();
  });

  it('keeps working and says drafts are not kept when IndexedDB refuses to open', async () => {
    const { page, driver: team } = await open();
    await storageFailing(team);
    await page.close();
  });

  it('fetches the autosave code only on a page where an element autosaves', async () => {
    if (!browser || !server) throw new Error('no browser or server');
    const fetched = async (path: string): Promise<string[]> => {
      if (!context) throw new Error('no browser context');
      const page = await context.newPage();
      const files: string[] = [];
      page.on('request', (request) => files.push(new URL(request.url()).pathname));
      await page.goto(`${server?.origin ?? ''}${path}`);
      await page.locator('#district-rubric').getByRole('radio').first().waitFor();
      await page.close();
      return files.filter((file) => file.includes('/chunks/draft-keeper-'));
    };
    expect(await fetched(PAGE)).toHaveLength(1);
    expect(await fetched('/examples/csp/index.html')).toEqual([]);
  });

  it('threw no uncaught error through all of that', () => {
    expect(errors).toEqual([]);
  });
});

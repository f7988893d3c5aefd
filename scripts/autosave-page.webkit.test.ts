/// <reference types="node" />
// autosave-page.test.ts's walk through examples/autosave/index.html in WebKit (WebKitGTK's
// MiniBrowser through Debian's WebKitWebDriver on a virtual display), the engine of the iPads many
// classrooms use. Playwright cannot drive this WebKit, so the same scenarios run over classic
// WebDriver: key presses, real navigations, and page state read with small scripts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Key, remote } from 'webdriverio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  describeEngines,
  ENGINES_VARIABLE,
  executablePath,
  missingEngineMessage,
  missingExecutables,
  selectEngines,
} from './engines/engines.js';
import { withoutBrowserName } from './engines/providers.js';
import { freePort, startWebKitWebDriver, startXvfb, stopStartedProcesses } from './engines/webkit-driver.js';
import {
  breakStorage,
  discard,
  EVIDENCE,
  NO_STORAGE_PAGE,
  noStoragePage,
  storageFailing,
  submitClears,
  twoPages,
  typeReloadRestore,
  type PageDriver,
} from './autosave-page-scenarios.js';
import { ensureBuilt, repoRoot, startStaticServer, type StaticServer } from './static-server.js';

const webkit = describeEngines(process.env).webkit;
const selected = selectEngines(process.env[ENGINES_VARIABLE]).includes('webkit');

describe.runIf(selected)('autosave on examples/autosave/index.html in WebKit', { timeout: 180_000 }, () => {
  let server: StaticServer | undefined;
  let browser: WebdriverIO.Browser | undefined;

  const session = (): WebdriverIO.Browser => {
    if (!browser) throw new Error('no WebKit session');
    return browser;
  };

  /** The window `handle` of the session as the scenarios drive it (each step first switches to it). */
  function driver(handle: string): PageDriver {
    const here = async (): Promise<WebdriverIO.Browser> => {
      const current = session();
      if ((await current.getWindowHandle()) !== handle) await current.switchToWindow(handle);
      return current;
    };
    const origin = server?.origin ?? '';
    return {
      goto: async (path) => {
        await (await here()).url(`${origin}${path}`);
      },
      reload: async () => {
        await (await here()).refresh();
      },
      read: async <T>(expression: string) => (await (await here()).execute(`return ${expression};`)) as T,
      press: async (key) => {
        await (await here()).keys(key === 'Space' ? Key.Space : Key.Enter);
      },
      type: async (text) => {
        await (await here()).keys(text.split(''));
      },
      path: async () => new URL(await (await here()).getUrl()).pathname,
    };
  }

  beforeAll(async () => {
    const missing = missingExecutables(webkit);
    if (missing.length > 0) throw new Error(missingEngineMessage(webkit, missing));
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
    const display = await startXvfb(executablePath(webkit, 'display'));
    const port = await freePort();
    await startWebKitWebDriver(executablePath(webkit, 'driver'), port, display);
    browser = await remote({
      hostname: '127.0.0.1',
      port,
      logLevel: 'warn',
      connectionRetryCount: 0,
      capabilities: {
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: executablePath(webkit, 'browser'), args: ['--automation'] },
      } as WebdriverIO.Capabilities,
      transformRequest: withoutBrowserName,
    });
  }, 240_000);

  afterAll(async () => {
    await browser?.deleteSession();
    stopStartedProcesses();
    await server?.close();
  });

  it('types, reloads the page and restores the rating and evidence typed; Discard deletes it', async () => {
    const team = driver(await session().getWindowHandle());
    const [offer, evidence] = await typeReloadRestore(team);
    expect(offer).toMatch(/Restore your unsaved changes from \d{1,2}:\d{2}\s?[AP]M\?/);
    expect(evidence).toBe(EVIDENCE);
    await discard(team);
  });

  it('deletes the draft when the form is sent to the next page', async () => {
    await submitClears(driver(await session().getWindowHandle()));
  });

  it('tells the later of two pages on one key, and the first of the later save', async () => {
    const first = await session().getWindowHandle();
    let second: string | undefined;
    await twoPages(driver(first), async () => {
      const opened = await session().createWindow('tab');
      second = opened.handle;
      return driver(opened.handle);
    });
    if (second !== undefined) {
      await session().switchToWindow(second);
      await session().closeWindow();
      await session().switchToWindow(first);
    }
  });

  it('keeps working and says drafts are not kept when IndexedDB refuses to open', async () => {
    await storageFailing(driver(await session().getWindowHandle()));
  });
});

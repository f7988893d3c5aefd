/// <reference types="node" />
// district-workspace.test.ts's walk through the district SEL cycle in WebKit (WebKitGTK's
// MiniBrowser through Debian's WebKitWebDriver on a virtual display), the engine of the iPads many
// classrooms use, under the same strict policy. Playwright cannot drive this WebKit, so the same
// scenario runs over classic WebDriver: key presses, real navigations, page state read with scripts.
import { Key, remote } from 'webdriverio';
import { afterAll, beforeAll, describe, it } from 'vitest';
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
import { readRecord, runAxe, servedWorkspace } from './district-workspace-page.js';
import { expectTheCycle } from './district-workspace-expect.js';
import { type PageDriver, walkTheCycle } from './district-workspace-scenario.js';
import { ensureBuilt, startStaticServer, type StaticServer } from './static-server.js';

const webkit = describeEngines(process.env).webkit;
const selected = selectEngines(process.env[ENGINES_VARIABLE]).includes('webkit');

const KEYS = { Space: Key.Space, Enter: Key.Enter, ArrowRight: Key.ArrowRight, Tab: Key.Tab } as const;

describe.runIf(selected)(
  'the SEL cycle on examples/district-workspace.html in WebKit, under a strict CSP with Trusted Types',
  { timeout: 300_000 },
  () => {
    let server: StaticServer | undefined;
    let browser: WebdriverIO.Browser | undefined;

    beforeAll(async () => {
      const missing = missingExecutables(webkit);
      if (missing.length > 0) throw new Error(missingEngineMessage(webkit, missing));
      ensureBuilt();
      server = await startStaticServer(servedWorkspace());
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

    it('rates, reports, finds, plans, imports, sorts, checks in, reloads, restores and sends, by keyboard', async () => {
      const session = browser;
      const origin = server?.origin;
      if (!session || origin === undefined) throw new Error('no WebKit session or server');
      const read = async <T>(expression: string): Promise<T> => (await session.execute(`return ${expression};`)) as T;
      const driver: PageDriver = {
        goto: async (path) => {
          await session.url(`${origin}${path}`);
        },
        reload: async () => {
          await session.refresh();
        },
        read,
        press: async (key) => {
          await session.keys(KEYS[key]);
        },
        // One action per character: in one action, WebKitWebDriver types a doubled letter once.
        type: async (text) => {
          for (const character of text) await session.keys(character === '\n' ? Key.Enter : character);
        },
        path: async () => new URL(await session.getUrl()).pathname,
        axe: () => read<string[]>(runAxe),
      };
      const walk = await walkTheCycle(driver);
      expectTheCycle(walk, await read<string[]>(readRecord), 'WebKit');
    });
  },
);

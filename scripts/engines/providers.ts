import { PlaywrightBrowserProvider, playwright } from '@vitest/browser-playwright';
import type { Frame, Page } from 'playwright';
import { webdriverio } from '@vitest/browser-webdriverio';
import type { BrowserInstanceOption } from 'vitest/node';
import { CHROMIUM_ARGS, ENGINE_TIME_ZONES, executablePath, type Engine } from './engines.js';

/**
 * Vitest browser instances for the three engines, all driving the browsers Debian installs:
 * nothing is ever downloaded.
 */

/** Debian's Chromium through Playwright (CDP). */
export function chromiumProvider(engine: Engine) {
  return playwright({ launchOptions: { executablePath: executablePath(engine, 'browser'), args: [...CHROMIUM_ARGS] } });
}

/** The selector of the iframe Vitest runs a test file in, on its orchestrator page. */
export const TEST_IFRAME_SELECTOR = 'iframe[data-vitest="true"]';

/**
 * The frame of the test iframe on `page`, found through the iframe element.
 *
 * Vitest's Playwright provider looks the frame up by its name (`page.frame('vitest-iframe')`).
 * Playwright's WebDriver BiDi backend for Firefox learns frame names asynchronously and resets
 * them to '' when the frame navigates, so that lookup fails or, worse, waits for whatever frame
 * attaches next: keyboard presses then went to the orchestrator page instead of the test, or failed
 * with "Cannot find vitest-iframe". The element is always there while a test runs.
 */
export async function testFrame(page: Pick<Page, 'locator'>): Promise<Frame> {
  const handle = await page.locator(TEST_IFRAME_SELECTOR).elementHandle();
  const frame = await handle.contentFrame();
  await handle.dispose();
  if (!frame) throw new Error(`No test iframe (${TEST_IFRAME_SELECTOR}) on the orchestrator page.`);
  return frame;
}

/** Vitest's Playwright provider with the test frame found by its element instead of its name. */
class FirefoxBidiProvider extends PlaywrightBrowserProvider {
  override getCommandsContext(sessionId: string): ReturnType<PlaywrightBrowserProvider['getCommandsContext']> {
    const context = super.getCommandsContext(sessionId);
    const { page } = context;
    return {
      page,
      context: context.context,
      frame: () => testFrame(page),
      get iframe() {
        return context.iframe;
      },
    };
  }
}

/**
 * Debian's Firefox ESR through Playwright's WebDriver BiDi backend (`moz-firefox`): there is no
 * Debian geckodriver, and Playwright's own patched Firefox would be a download.
 */
export function firefoxProvider(engine: Engine) {
  const provider = playwright({
    launchOptions: {
      channel: 'moz-firefox',
      executablePath: executablePath(engine, 'browser'),
      env: { ...process.env, TZ: ENGINE_TIME_ZONES.firefox },
      firefoxUserPrefs: {
        // No first-run pages, update checks or telemetry pings during a test run.
        'app.update.auto': false,
        'browser.shell.checkDefaultBrowser': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.reportingpolicy.firstRun': false,
        // A download a test lets through must not open the downloads panel: it takes the keyboard
        // from the test page for the rest of the run. Tests catch their downloads; this is the net.
        'browser.download.alwaysOpenPanel': false,
      },
    },
  });
  return {
    ...provider,
    providerFactory: (project: Parameters<typeof provider.providerFactory>[0]) =>
      new FirefoxBidiProvider(project, provider.options),
  };
}

type RequestInit = Parameters<typeof fetch>[1] & object;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Removes `browserName` from a new-session request. The webdriverio provider always names the
 * browser (`safari` here), and WebKitGTK's driver refuses a session for a browser it is not.
 * Other requests pass through untouched.
 */
export function withoutBrowserName(request: RequestInit): RequestInit {
  if (request.method !== 'POST' || typeof request.body !== 'string') return request;
  let body: unknown;
  try {
    body = JSON.parse(request.body);
  } catch {
    return request;
  }
  if (!isRecord(body) || !isRecord(body['capabilities'])) return request;
  const { alwaysMatch, firstMatch } = body['capabilities'];
  let changed = false;
  const alternatives: unknown[] = Array.isArray(firstMatch) ? (firstMatch as unknown[]) : [];
  for (const capabilities of [alwaysMatch, ...alternatives]) {
    if (isRecord(capabilities) && 'browserName' in capabilities) {
      delete capabilities['browserName'];
      changed = true;
    }
  }
  return changed ? { ...request, body: JSON.stringify(body) } : request;
}

/**
 * WebKitGTK's MiniBrowser through Debian's WebKitWebDriver, which the WebKit project's global
 * setup starts on `port` under Xvfb.
 */
export function webkitProvider(engine: Engine, port: number) {
  const capabilities: WebdriverIO.Capabilities & { 'webkitgtk:browserOptions': { binary: string; args: string[] } } = {
    // WebKitWebDriver speaks classic WebDriver only; do not ask it for a BiDi socket.
    'wdio:enforceWebDriverClassic': true,
    'webkitgtk:browserOptions': { binary: executablePath(engine, 'browser'), args: ['--automation'] },
  };
  return webdriverio({
    hostname: '127.0.0.1',
    port,
    connectionRetryCount: 0,
    capabilities,
    transformRequest: withoutBrowserName,
  });
}

/**
 * The Vitest browser instance of one engine, named `browser (<engine>)` in every report.
 *
 * Chromium and Firefox share one project (both Playwright). WebKit needs a project of its own:
 * Vitest serves one `vitest/browser` module per project, built for the provider of its first
 * instance, and a WebdriverIO instance behind a Playwright module never enters the test iframe.
 */
export function engineInstance(engine: Engine, webkitPort: number): BrowserInstanceOption {
  const name = `browser (${engine.name})`;
  switch (engine.name) {
    case 'chromium':
      return { browser: 'chromium', name, provider: chromiumProvider(engine) };
    case 'firefox':
      return { browser: 'firefox', name, provider: firefoxProvider(engine) };
    case 'webkit':
      return {
        // The webdriverio provider only knows Safari by name; the capabilities make it WebKitGTK.
        browser: 'safari',
        name,
        // MiniBrowser has no headless mode: it draws on the global setup's virtual display.
        headless: false,
        provider: webkitProvider(engine, webkitPort),
      };
  }
}

/**
 * Injected into Vitest's orchestrator page. Vitest scales the wrapper of the test iframe with a
 * CSS transform (`scale(1)` included), and Playwright's WebDriver BiDi backend for Firefox counts
 * anything inside a transformed iframe as invisible, so every click would wait forever. Firefox
 * gets the wrapper untransformed; the other engines keep Vitest's layout.
 */
export const firefoxUntransformedTester = {
  id: 'sel-firefox-untransformed-tester.js',
  type: 'text/javascript',
  content: `if (navigator.userAgent.includes('Firefox/')) {
  const style = document.createElement('style');
  style.textContent = '[data-scale] { transform: none !important; }';
  document.head.append(style);
}`,
};

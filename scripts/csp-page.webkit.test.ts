/// <reference types="node" />
// examples/csp/index.html under the strict policy in WebKit (WebKitGTK's MiniBrowser through
// Debian's WebKitWebDriver on a virtual display), the engine of Safari on the iPads many classrooms
// use. Playwright cannot drive this WebKit, so this is csp-page.test.ts's walk through the page in
// classic WebDriver: a person's key presses, and page state read with small scripts.
//
// WebDriver classic has no "run before the page's scripts" hook, so the test server serves the page
// with one extra same-origin script first in <head> (allowed by `script-src 'self'`, so the policy
// is unchanged) that records every `securitypolicyviolation` event, uncaught error and rejected
// promise from the first byte.
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { Key, remote } from 'webdriverio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { districtRubric } from '../packages/data/src/index.js';
import {
  describeEngines,
  ENGINES_VARIABLE,
  executablePath,
  missingEngineMessage,
  missingExecutables,
  selectEngines,
} from './engines/engines.js';
import { withoutBrowserName } from './engines/providers.js';
import { breakThePolicy, POLICIES, stringToHtmlIsBlocked } from './csp-probes.js';
import { freePort, startWebKitWebDriver, startXvfb, stopStartedProcesses } from './engines/webkit-driver.js';
import { ensureBuilt, repoRoot, startStaticServer, type StaticServer } from './static-server.js';

const PAGE = '/examples/csp/webkit.html';
const RECORDER = '/__sel-test/recorder.js';

/** Records what the test reads later; a classic script, so it runs before the page's module. */
const recorderSource = `(() => {
  const record = { violations: [], errors: [], events: [] };
  window.selRecord = record;
  document.addEventListener('securitypolicyviolation', (event) => {
    record.violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample });
  }, true);
  window.addEventListener('error', (event) => { record.errors.push('error: ' + event.message); });
  window.addEventListener('unhandledrejection', (event) => { record.errors.push('unhandled rejection: ' + String(event.reason)); });
  for (const type of ['sel-rating-change', 'sel-milestone-select', 'sel-partner-move', 'sel-state-select', 'sel-error']) {
    document.addEventListener(type, (event) => {
      record.events.push({ type, target: event.target.id, detail: JSON.parse(JSON.stringify(event.detail)) });
    });
  }
})();
`;

interface PageRecord {
  readonly violations: { directive: string; blocked: string; sample: string }[];
  readonly errors: string[];
  readonly events: { type: string; target: string; detail: unknown }[];
}

const webkit = describeEngines(process.env).webkit;
const selected = selectEngines(process.env[ENGINES_VARIABLE]).includes('webkit');

describe.runIf(selected).each(POLICIES)(
  'examples/csp/index.html in WebKit under %s',
  // Each step drives a real browser and may wait up to 20 s for it: far above the 5 s default.
  { timeout: 60_000 },
  (_name, policy) => {
    let server: StaticServer | undefined;
    let browser: WebdriverIO.Browser | undefined;

    const session = (): WebdriverIO.Browser => {
      if (!browser) throw new Error('no WebKit session');
      return browser;
    };
    const record = (): Promise<PageRecord> =>
      session().execute(() => (window as unknown as { selRecord: PageRecord }).selRecord);
    const events = async (type: string): Promise<PageRecord['events']> =>
      (await record()).events.filter((event) => event.type === type);
    /**
     * Focuses the control in `host`'s shadow root whose accessible name is `label`, as a Tab would:
     * its `aria-label`, else its words without those hidden from screen readers (a card sort's
     * "Move to…" button shows "Move to…" and says "Move to… (Main Street Hardware)").
     */
    const focus = async (host: string, label: string): Promise<void> => {
      const found = await session().execute(
        (hostSelector, wanted) => {
          const root = document.querySelector(hostSelector)?.shadowRoot;
          const heard = (element: HTMLElement): string => {
            const copy = element.cloneNode(true) as HTMLElement;
            for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
            return element.getAttribute('aria-label') ?? copy.textContent.replace(/\s+/g, ' ').trim();
          };
          const control = [...(root?.querySelectorAll<HTMLElement>('button, input, [tabindex]') ?? [])].find(
            (element) => heard(element) === wanted,
          );
          control?.focus();
          return control !== undefined && root?.activeElement === control;
        },
        host,
        label,
      );
      if (!found) throw new Error(`no focusable control labelled "${label}" in ${host}`);
    };
    const press = async (...keys: string[]): Promise<void> => {
      for (const key of keys) await session().keys(key);
    };
    const cardNames = (tier: string): Promise<string[]> =>
      session().execute(
        (wanted) =>
          [
            ...(document
              .querySelector('#partner-sort')
              ?.shadowRoot?.querySelectorAll(`[data-tier="${wanted}"] .card__name`) ?? []),
          ].map((name) => name.textContent.trim()),
        tier,
      );
    const poll = async (condition: () => Promise<boolean>, what: string): Promise<void> => {
      await session().waitUntil(condition, {
        timeout: 20_000,
        interval: 100,
        timeoutMsg: `timed out waiting for ${what}`,
      });
    };

    beforeAll(async () => {
      const missing = missingExecutables(webkit);
      if (missing.length > 0) throw new Error(missingEngineMessage(webkit, missing));
      ensureBuilt();
      const html = readFileSync(join(repoRoot, 'examples/csp/index.html'), 'utf8');
      const withRecorder = html.replace('<head>', `<head>\n    <script src="${RECORDER}"></script>`);
      if (withRecorder === html) throw new Error('examples/csp/index.html has no <head> to put the recorder in');
      server = await startStaticServer({
        headers: (file) => (extname(file) === '.html' ? { 'content-security-policy': policy } : {}),
        generated: (pathname) => {
          if (pathname === PAGE) return { type: 'text/html; charset=utf-8', body: withRecorder };
          if (pathname === RECORDER) return { type: 'text/javascript; charset=utf-8', body: recorderSource };
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
      await browser.url(`${server.origin}${PAGE}`);
    }, 240_000);

    afterAll(async () => {
      await browser?.deleteSession();
      stopStartedProcesses();
      await server?.close();
    });

    it('is served with the policy, and Trusted Types are enforced', async () => {
      const response = await fetch(`${server?.origin ?? ''}${PAGE}`);
      expect(response.headers.get('content-security-policy')).toBe(policy);
      const blocked = await session().execute(stringToHtmlIsBlocked);
      expect(blocked).toBe(true);
      await poll(async () => (await record()).violations.length > 0, 'the probe to be reported');
      expect((await record()).violations).toEqual([
        expect.objectContaining({ directive: 'require-trusted-types-for', blocked: 'trusted-types-sink' }),
      ]);
      await session().execute(() => {
        (window as unknown as { selRecord: PageRecord }).selRecord.violations.length = 0;
      });
    });

    it('renders all four elements from their src URLs and inline JSON', async () => {
      await poll(
        () =>
          session().execute(() => {
            const count = (host: string, selector: string): number =>
              document.querySelector(host)?.shadowRoot?.querySelectorAll(selector).length ?? 0;
            return (
              count('#district-rubric', 'input[type="radio"]') > 0 &&
              count('#community-timeline', 'button') > 3 &&
              count('#partner-sort', 'li.card') === 6 &&
              count('#status-map', '.grid .tile') === 52
            );
          }),
        'the four elements to render',
      );
      // The map's squares are placed through the CSSOM, which the policy does not block.
      const maine = await session().execute(() => {
        const tile = document.querySelector('#status-map')?.shadowRoot?.querySelector('.grid [data-key="ME"]');
        return tile ? [getComputedStyle(tile).gridRowStart, getComputedStyle(tile).gridColumnStart] : [];
      });
      expect(maine).toEqual(['1', '11']);
      const styled = await session().execute(() => {
        const host = document.querySelector('#partner-sort');
        return {
          adopted: host?.shadowRoot?.adoptedStyleSheets.length ?? 0,
          headingColor: getComputedStyle(document.querySelector('h1') ?? document.body).color,
        };
      });
      expect(styled.adopted).toBeGreaterThan(0);
      expect(styled.headingColor).toBe('rgb(11, 93, 102)');
    });

    it('rates an indicator from the keyboard', async () => {
      const indicator = districtRubric.focusAreas.at(0)?.practices.at(0)?.indicators.at(0);
      if (!indicator) throw new Error('the district rubric is empty');
      // The first radio of the first indicator, then the arrow key to the next level.
      const focused = await session().execute((id) => {
        const radio = document
          .querySelector('#district-rubric')
          ?.shadowRoot?.querySelector<HTMLInputElement>(`input[type="radio"][data-indicator="${id}"]`);
        radio?.focus();
        return radio !== null && radio !== undefined;
      }, indicator.id);
      expect(focused).toBe(true);
      await press(Key.Space);
      await poll(async () => (await events('sel-rating-change')).length > 0, 'a rating');
      expect((await events('sel-rating-change')).at(-1)?.detail).toMatchObject({ indicatorId: indicator.id });
    });

    it('moves a card by keyboard and through its Move-to menu', async () => {
      await poll(
        async () => (await cardNames('clearly-supports')).includes('Northside Family Counseling'),
        'the starting tiers',
      );
      await focus('#partner-sort', 'Move Valley Boys & Girls Club');
      await press(Key.Space, Key.ArrowRight, Key.Space);
      await poll(async () => (await cardNames('clearly-supports')).includes('Valley Boys & Girls Club'), 'the move');
      expect((await events('sel-partner-move')).at(-1)?.detail).toMatchObject({
        partnerId: 'valley-boys-girls-club',
        to: 'clearly-supports',
        cause: 'keyboard',
      });
      await focus('#partner-sort', 'Move to… (Main Street Hardware)');
      await press(Key.Enter);
      await poll(
        () =>
          session().execute(
            () =>
              document.querySelector('#partner-sort')?.shadowRoot?.activeElement?.getAttribute('role') === 'menuitem',
          ),
        'the menu to open with focus on an item',
      );
      // Walk the menu to "Could support SEL" and choose it.
      for (let step = 0; step < 4; step += 1) {
        const label = await session().execute(() =>
          document.querySelector('#partner-sort')?.shadowRoot?.activeElement?.textContent.trim(),
        );
        if (label === 'Could support SEL') break;
        await press(Key.ArrowDown);
      }
      await press(Key.Enter);
      await poll(async () => (await cardNames('could-support')).includes('Main Street Hardware'), 'the menu move');
    });

    it('moves between milestones from the keyboard', async () => {
      await session().execute(() => {
        document.querySelector<HTMLElement>('#timeline-heading')?.focus();
      });
      await press(Key.Tab);
      expect(await session().execute(() => document.activeElement?.id)).toBe('community-timeline');
      const before = (await events('sel-milestone-select')).length;
      await press(Key.ArrowDown, Key.ArrowDown, Key.Enter);
      await poll(async () => (await events('sel-milestone-select')).length >= before + 2, 'two selections');
    });

    it('opens a state on the status map from the keyboard', async () => {
      const focused = await session().execute(() => {
        const tile = document
          .querySelector('#status-map')
          ?.shadowRoot?.querySelector<HTMLElement>('.grid [data-key="TX"]');
        tile?.focus();
        return tile !== null && tile !== undefined;
      });
      expect(focused).toBe(true);
      await press(Key.Enter);
      await poll(async () => (await events('sel-state-select')).length > 0, 'Texas to open');
      expect((await events('sel-state-select')).at(-1)?.detail).toMatchObject({ place: 'TX', trigger: 'keyboard' });
      await press(Key.ArrowUp);
      const moved = await session().execute(
        () => (document.querySelector('#status-map')?.shadowRoot?.activeElement as HTMLElement | null)?.dataset['key'],
      );
      expect(moved).toMatch(/^[A-Z]{2}$/);
      expect(moved).not.toBe('TX');
      await press(Key.Enter);
      await poll(async () => (await events('sel-state-select')).length > 1, 'the next state to open');
      expect((await events('sel-state-select')).at(-1)?.detail).toMatchObject({ place: moved });
    });

    it('shows an error state for bad data without breaking the policy', async () => {
      await session().execute(() => {
        document.querySelector('#partner-sort')?.setAttribute('assignments', '{"ghost": "maybe"}');
      });
      await poll(
        () =>
          session().execute(
            () => document.querySelector('#partner-sort')?.shadowRoot?.querySelectorAll('[role="alert"]').length === 1,
          ),
        'the error state',
      );
      expect((await events('sel-error')).map((event) => event.target)).toEqual(['partner-sort']);
    });

    it('reported no CSP or Trusted Types violation and no uncaught error through all of that', async () => {
      const { violations, errors } = await record();
      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
    });

    it('does hear violations: an inline style and a string sent to an HTML sink are both reported', async () => {
      const thrown = await session().execute(breakThePolicy);
      expect(thrown).toBe(true);
      await poll(async () => (await record()).violations.length >= 2, 'two violations');
      expect((await record()).violations.map((violation) => violation.directive).sort()).toEqual([
        'require-trusted-types-for',
        'style-src-elem',
      ]);
    });
  },
);

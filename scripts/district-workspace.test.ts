/// <reference types="node" />
// The district SEL team's whole cycle on examples/district-workspace.html, end to end, in Chromium
// and Firefox: the page served from 127.0.0.1 under the strict Content Security Policy with Trusted
// Types, and walked by keyboard (district-workspace-scenario.ts; WebKit walks it in
// district-workspace.webkit.test.ts). The test prints the page's download through the autoloader
// beside the CDN issue's goal.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communitySchema, parsePartnerWorkbook, parseWith, safeParseActionPlan } from '../packages/core/src/index.js';
import { exampleDistrictActionPlan, examplePartnerPlan } from '../packages/data/src/index.js';
import { launchPageEngine, pageEngines } from './page-engines.js';
import { readRecord, runAxe, servedWorkspace } from './district-workspace-page.js';
import { expectTheCycle } from './district-workspace-expect.js';
import { PAGE, type PageDriver, walkTheCycle } from './district-workspace-scenario.js';
import { ensureBuilt, repoRoot, startStaticServer, type StaticServer } from './static-server.js';

const folder = join(repoRoot, 'examples/district-workspace');
const json = (name: string): unknown => JSON.parse(readFileSync(join(folder, name), 'utf8'));

describe('examples/district-workspace.html as written', () => {
  const html = readFileSync(join(repoRoot, PAGE), 'utf8');

  it('has no inline script or style: the autoloader and the wiring file, a stylesheet, autosave on', () => {
    expect(html.match(/<script\b[^>]*>/g)).toEqual([
      '<script type="module" src="../packages/components/dist/cdn/autoloader.js">',
      '<script type="module" src="district-workspace/workspace.js">',
    ]);
    expect(html).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=|(?:href|src)="(?:data|javascript):/);
    expect(html).toContain('<meta name="sel-autosave" content="on" />');
  });

  it("carries @sel/data's example plans, a valid partner workbook and a valid learning community", () => {
    expect(json('action-plan.json')).toEqual(exampleDistrictActionPlan);
    expect(json('partner-plan.json')).toEqual(examplePartnerPlan);
    expect(safeParseActionPlan(json('action-plan.json')).ok).toBe(true);
    const workbook = parsePartnerWorkbook(json('partners.json'));
    if (!workbook.ok) throw workbook.error;
    // The collaborative plan is with a tier 1 partner of the workbook.
    expect(examplePartnerPlan.partnerIds?.length).toBeGreaterThan(0);
    for (const id of examplePartnerPlan.partnerIds ?? []) {
      expect(workbook.value.assignments[id]).toBe('clearly-supports');
    }
    expect(parseWith(communitySchema, json('community.json'), 'community').milestones.length).toBeGreaterThan(10);
  });
});

describe.each(pageEngines)(
  'the SEL cycle on examples/district-workspace.html in %s, under a strict CSP with Trusted Types',
  { timeout: 300_000 },
  (engine) => {
    let server: StaticServer | undefined;
    let browser: Browser | undefined;

    beforeAll(async () => {
      ensureBuilt();
      server = await startStaticServer(servedWorkspace());
      browser = await launchPageEngine(engine);
    }, 240_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('rates, reports, finds, plans, imports, sorts, checks in, reloads, restores and sends, by keyboard', async () => {
      if (!browser || !server) throw new Error('no browser or server');
      const origin = server.origin;
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const driver: PageDriver = {
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
        axe: () => page.evaluate<string[]>(runAxe),
      };
      const walk = await walkTheCycle(driver);
      expectTheCycle(walk, await driver.read<string[]>(readRecord), engine);
    });
  },
);

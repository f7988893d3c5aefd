/**
 * The CMS page (examples/cms-page.html) loaded the two ways the CDN offers: through the autoloader,
 * which fetches the chunks of the page's elements, and from the single file with every element.
 * Each load is a fresh browser context (nothing cached), timed from navigation to the first frame
 * that shows the district rubric's levels. Built files are needed: the bench builds them when
 * they are missing or stale, as the page tests do.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright';
import { ensureBuilt, startStaticServer } from '../../scripts/static-server.js';
import { summarise } from '../harness/measure.js';
import { comparedRow } from '../harness/result.js';
import type { BenchResult } from '../harness/result.js';

const PAGE = '/examples/cms-page.html';
const SINGLE_FILE_PAGE = '/examples/cms-page-single-file.html';
const AUTOLOADER_SRC = '../packages/components/dist/cdn/autoloader.js';
const SINGLE_FILE_SRC = '../packages/components/dist/cdn/sel-components.js';

/** How a load is timed and what it fetched. */
interface CmsLoad {
  /** From the start of navigation to the first frame with the rubric's levels on screen. */
  readonly firstRubricMs: number;
  /** Script files fetched, and their bytes as transferred (uncompressed from this server). */
  readonly scripts: number;
  readonly scriptBytes: number;
}

/** A network between the page and the CDN, emulated in Chromium, or none (127.0.0.1 as it is). */
interface Network {
  readonly name: string;
  readonly latencyMs: number;
}

const NETWORKS: readonly Network[] = [
  { name: 'on 127.0.0.1', latencyMs: 0 },
  { name: 'with 40 ms round trips', latencyMs: 40 },
];

/** Set in the page: records, once, the frame in which the rubric first shows its radio buttons. */
function watchFirstRubric(): void {
  const record = window as unknown as { selFirstRubricMs?: number };
  const tick = (now: number): void => {
    const root = document.querySelector('sel-rubric')?.shadowRoot;
    if (root?.querySelector('input[type="radio"]')) record.selFirstRubricMs = now;
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

async function loadOnce(browser: Browser, url: string, network: Network): Promise<CmsLoad> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    if (network.latencyMs > 0) {
      const session = await context.newCDPSession(page);
      await session.send('Network.enable');
      await session.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: network.latencyMs,
        downloadThroughput: -1,
        uploadThroughput: -1,
      });
    }
    await page.addInitScript(watchFirstRubric);
    await page.goto(url);
    await page.waitForFunction(
      () => (window as unknown as { selFirstRubricMs?: number }).selFirstRubricMs !== undefined,
      undefined,
      { timeout: 30_000 },
    );
    return await page.evaluate(() => {
      const scripts = performance
        .getEntriesByType('resource')
        .filter((entry): entry is PerformanceResourceTiming => entry.name.endsWith('.js'));
      return {
        firstRubricMs: (window as unknown as { selFirstRubricMs: number }).selFirstRubricMs,
        scripts: scripts.length,
        scriptBytes: scripts.reduce((sum, entry) => sum + entry.encodedBodySize, 0),
      };
    });
  } finally {
    await context.close();
  }
}

/** Rows comparing the autoloader with the single file, one per emulated network. */
export async function cmsLoadRows(
  root: string,
  browser: Browser,
  samples: number,
  log: (line: string) => void,
): Promise<BenchResult[]> {
  ensureBuilt(root);
  const html = readFileSync(join(root, 'examples/cms-page.html'), 'utf8');
  const singleFile = html.replace(AUTOLOADER_SRC, SINGLE_FILE_SRC);
  if (!html.includes(AUTOLOADER_SRC)) throw new Error(`examples/cms-page.html does not load ${AUTOLOADER_SRC}`);
  const server = await startStaticServer({
    root,
    headers: () => ({ 'cache-control': 'no-store' }),
    generated: (pathname) =>
      pathname === SINGLE_FILE_PAGE ? { type: 'text/html; charset=utf-8', body: singleFile } : undefined,
  });
  try {
    const rows: BenchResult[] = [];
    for (const network of NETWORKS) {
      const autoloaded: CmsLoad[] = [];
      const single: CmsLoad[] = [];
      // One load each way in turn, after one unmeasured pair, so drift hits both alike.
      for (let sample = -1; sample < samples; sample++) {
        const a = await loadOnce(browser, `${server.origin}${PAGE}`, network);
        const b = await loadOnce(browser, `${server.origin}${SINGLE_FILE_PAGE}`, network);
        if (sample < 0) continue;
        autoloaded.push(a);
        single.push(b);
      }
      const subject = summarise(
        autoloaded.map((load) => load.firstRubricMs),
        1,
      );
      const baseline = summarise(
        single.map((load) => load.firstRubricMs),
        1,
      );
      const median = (loads: readonly CmsLoad[], pick: (load: CmsLoad) => number) =>
        summarise(loads.map(pick), 1).median;
      const row: BenchResult = {
        ...comparedRow(
          {
            group: 'render',
            name: `CMS page: navigation to first rendered rubric, ${network.name}`,
            operation: `examples/cms-page.html (a rubric from src, a timeline and a card sort inline) in a fresh Chromium context ${network.name}, served over HTTP/1.1 (at most six connections; a CDN's HTTP/2 fetches the chunks at once): from navigation to the first frame showing the rubric's levels`,
            subjectName: 'through the autoloader (dist/cdn/autoloader.js and the chunks of the three elements)',
            baselineName: 'the single file (dist/cdn/sel-components.js)',
          },
          { subject, baseline, ratio: subject.median / baseline.median },
        ),
        breakdown: {
          scriptsAutoloader: median(autoloaded, (load) => load.scripts),
          scriptsSingleFile: median(single, (load) => load.scripts),
          scriptKilobytesAutoloader: median(autoloaded, (load) => load.scriptBytes) / 1000,
          scriptKilobytesSingleFile: median(single, (load) => load.scriptBytes) / 1000,
        },
      };
      log(`  measured ${row.group}: ${row.name}`);
      rows.push(row);
    }
    return rows;
  } finally {
    await server.close();
  }
}

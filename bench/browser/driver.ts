/**
 * Runs the browser benchmarks: bundles the bench page with esbuild (Lit in production mode),
 * serves it from 127.0.0.1 and drives Debian's Chromium through Playwright. Rendering is timed
 * inside the page; key presses are real ones sent through Playwright's keyboard.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright';
import type { Page } from 'playwright';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/engines/engines.js';
import { summarise } from '../harness/measure.js';
import type { MeasureOptions } from '../harness/measure.js';
import { comparedRow } from '../harness/result.js';
import type { BenchResult, BenchTarget } from '../harness/result.js';
import { cmsLoadRows } from './cms-load.js';
import { finderRows } from './finder-rows.js';
import { inventoryRows } from './inventory-rows.js';
import { keyTimingRow } from './key-timing-row.js';
import type {
  BenchComponent,
  BenchLongList,
  BenchWindow,
  DrawingOutcome,
  KeyTiming,
  LoadTiming,
  RenderOutcome,
} from './api.js';

/** How long the browser benchmarks measure. */
export interface BrowserProfile {
  readonly render: MeasureOptions;
  /** Card-sort keyboard cycles (lift, move, drop, then back) thrown away, then kept. */
  readonly keyWarmupCycles: number;
  readonly keyCycles: number;
  /** Loads of a 5 MB rubric, each way. */
  readonly largeLoads: number;
  /** Loads of the CMS page, each way (autoloader, single file), on each emulated network. */
  readonly cmsLoads: number;
}

export const FULL_BROWSER_PROFILE: BrowserProfile = {
  render: { warmup: 10, samples: 60, minSampleMs: 0 },
  keyWarmupCycles: 5,
  keyCycles: 40,
  largeLoads: 10,
  cmsLoads: 15,
};

export const QUICK_BROWSER_PROFILE: BrowserProfile = {
  render: { warmup: 2, samples: 5, minSampleMs: 0 },
  keyWarmupCycles: 1,
  keyCycles: 3,
  largeLoads: 2,
  cmsLoads: 2,
};

/** The bench page's script, bundled from the TypeScript sources in production mode. */
async function bundlePage(root: string): Promise<string> {
  const result = await build({
    entryPoints: [join(root, 'bench', 'browser', 'page.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['source', 'module', 'browser', 'production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    minify: true,
    logLevel: 'warning',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild produced no bench page');
  return output.text;
}

const PAGE_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>@sel benchmarks</title>
  </head>
  <body>
    <script type="module" src="/page.js"></script>
  </body>
</html>
`;

/** Serves the page on 127.0.0.1, cross-origin isolated so `performance.now()` is not coarsened. */
async function serve(script: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    const isolation = {
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
      'Cache-Control': 'no-store',
    };
    if (request.url === '/') {
      response.writeHead(200, { ...isolation, 'Content-Type': 'text/html; charset=utf-8' });
      response.end(PAGE_HTML);
    } else if (request.url === '/page.js') {
      response.writeHead(200, { ...isolation, 'Content-Type': 'text/javascript; charset=utf-8' });
      response.end(script);
    } else {
      response.writeHead(404, isolation);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}

const RENDERS: readonly {
  readonly component: BenchComponent;
  readonly name: string;
  readonly operation: string;
  readonly target: BenchTarget;
}[] = [
  {
    component: 'rubric',
    name: '<sel-rubric> first render, 60 x 4',
    operation: 'first render of a 60-indicator x 4-level district rubric, two thirds rated',
    target: { maxRatio: 1.5, source: 'issue' },
  },
  {
    component: 'assessment-report',
    name: '<sel-assessment-report> first render, 60 x 3 rounds',
    operation:
      'first render of the assessment report of a 60-indicator district rubric with three partly rated rounds, a target and a priority',
    target: { maxRatio: 1.5, source: 'issue' },
  },
  {
    component: 'status-map',
    name: '<sel-status-map> first render, 200 communities',
    operation: 'first render of the status map of 200 communities in every state, each with its milestones',
    target: { maxRatio: 1.5, source: 'issue' },
  },
];

/** Long lists, drawn in frames since no element draws one in a single task any more. */
const DRAWINGS: readonly {
  readonly list: BenchLongList;
  readonly name: string;
  readonly operation: string;
}[] = [
  {
    list: 'rubric-5mb',
    name: '<sel-rubric> drawn in frames, 5 MB',
    operation: 'a 5 MB rubric of 600 indicators whose descriptors run to pages of text',
  },
  {
    list: 'card-sort',
    name: '<sel-partner-card-sort> drawn in frames, 1,000',
    operation: 'a card sort of 1,000 partners, a little under half sorted',
  },
  {
    list: 'timeline',
    name: '<sel-milestone-timeline> drawn in frames, 1,000',
    operation: 'a five-year timeline with 1,000 milestones',
  },
];

/** No task of a drawing may hold the page for more than a frame (the hardening issue). */
const FRAME_TARGET: BenchTarget = { maxMedianMs: 16.7, source: 'issue' };

async function drawingRows(page: Page, profile: BrowserProfile, log: (line: string) => void): Promise<BenchResult[]> {
  const rows: BenchResult[] = [];
  for (const spec of DRAWINGS) {
    const outcome: DrawingOutcome = await page.evaluate(
      ([list, options]) => (window as unknown as BenchWindow).selBench.drawing(list, options),
      [spec.list, profile.render] as const,
    );
    const row: BenchResult = {
      ...comparedRow(
        {
          group: 'render',
          name: spec.name,
          operation: `${spec.operation} (${outcome.rows} rows, ${outcome.elements} elements): the longest task of the drawing (the first render, or one frame's batch with its layout)`,
          subjectName: `longest task while ${spec.list} is drawn in frames`,
          baselineName: `the one-task render: clone of a <template> with the complete markup and styles (${outcome.elements} elements), with its layout`,
          target: FRAME_TARGET,
        },
        outcome.comparison,
      ),
      breakdown: outcome.breakdown,
    };
    log(`  measured ${row.group}: ${row.name}`);
    rows.push(row);
  }
  return rows;
}

async function renderRows(page: Page, profile: BrowserProfile, log: (line: string) => void): Promise<BenchResult[]> {
  const rows: BenchResult[] = [];
  for (const spec of RENDERS) {
    const outcome: RenderOutcome = await page.evaluate(
      ([component, options]) => (window as unknown as BenchWindow).selBench.render(component, options),
      [spec.component, profile.render] as const,
    );
    const row: BenchResult = {
      ...comparedRow(
        {
          group: 'render',
          name: spec.name,
          operation: `${spec.operation}: ${outcome.elements} elements, until updateComplete and layout`,
          subjectName: spec.component,
          baselineName: `clone of a <template> with the same final markup and styles (${outcome.elements} elements)`,
          target: spec.target,
        },
        outcome.comparison,
      ),
      breakdown: outcome.breakdown,
    };
    log(`  measured ${row.group}: ${row.name}`);
    rows.push(row);
  }
  return rows;
}

/** One key press, timed in the page from its keydown until the card sort has rendered the result. */
async function press(page: Page, key: string): Promise<KeyTiming> {
  await page.evaluate(() => {
    (window as unknown as BenchWindow).selBench.armKeyTiming();
  });
  await page.keyboard.press(key);
  return page.evaluate(() => (window as unknown as BenchWindow).selBench.keyTiming());
}

const placeOf = (page: Page) => page.evaluate(() => (window as unknown as BenchWindow).selBench.movedCardPlace());

async function keyboardRows(page: Page, profile: BrowserProfile, log: (line: string) => void): Promise<BenchResult[]> {
  const partners = 1_000;
  const { cards } = await page.evaluate(
    (count) => (window as unknown as BenchWindow).selBench.setUpCardSort(count),
    partners,
  );
  const home = await placeOf(page);
  const lifts: KeyTiming[] = [];
  const moves: KeyTiming[] = [];
  const drops: KeyTiming[] = [];
  for (let cycle = 0; cycle < profile.keyWarmupCycles + profile.keyCycles; cycle++) {
    // Space picks the card up, an arrow moves it one column, Space drops it; every other cycle goes back.
    const arrow = cycle % 2 === 0 ? 'ArrowRight' : 'ArrowLeft';
    const lift = await press(page, ' ');
    const move = await press(page, arrow);
    const drop = await press(page, ' ');
    const place = await placeOf(page);
    if ((cycle % 2 === 1) !== (place === home)) {
      throw new Error(`Keyboard move ${cycle + 1} (${arrow}) left the card at ${place}; it started at ${home}`);
    }
    if (cycle < profile.keyWarmupCycles) continue;
    lifts.push(lift);
    moves.push(move);
    drops.push(drop);
  }
  const of = `a card sort of ${partners.toLocaleString('en-US')} partners (${cards} cards)`;
  const rows = [
    keyTimingRow(
      {
        name: 'card sort: arrow key moves a lifted card, 1,000',
        operation: `ArrowRight/ArrowLeft on a lifted card in ${of}, from keydown until updateComplete and layout`,
        subjectName: 'keyboard move',
      },
      moves,
    ),
    keyTimingRow(
      {
        name: 'card sort: Space drops (commits) the move, 1,000',
        operation: `Space on a lifted card in ${of}: the move is committed, announced and submitted`,
        subjectName: 'keyboard drop',
      },
      drops,
    ),
    keyTimingRow(
      {
        name: 'card sort: Space lifts a card, 1,000',
        operation: `Space on a card's grip in ${of}`,
        subjectName: 'keyboard lift',
      },
      lifts,
    ),
  ];
  for (const row of rows) log(`  measured ${row.group}: ${row.name}`);
  return rows;
}

/** One status change on a 200-step action plan, by the arrow key in the first step's status group. */
async function planStatusRows(
  page: Page,
  profile: BrowserProfile,
  log: (line: string) => void,
): Promise<BenchResult[]> {
  const stepCount = 200;
  const { steps } = await page.evaluate(
    (count) => (window as unknown as BenchWindow).selBench.setUpActionPlan(count),
    stepCount,
  );
  const timings: KeyTiming[] = [];
  for (let cycle = 0; cycle < profile.keyWarmupCycles + profile.keyCycles; cycle++) {
    // Not started -> in progress and back, each press one status change.
    const arrow = cycle % 2 === 0 ? 'ArrowRight' : 'ArrowLeft';
    await page.evaluate(() => {
      (window as unknown as BenchWindow).selBench.armPlanStatusTiming();
    });
    await page.keyboard.press(arrow);
    const timing = await page.evaluate(() => (window as unknown as BenchWindow).selBench.keyTiming());
    const status = await page.evaluate(() => (window as unknown as BenchWindow).selBench.firstStepStatus());
    if (status !== (cycle % 2 === 0 ? 'in-progress' : 'not-started')) {
      throw new Error(`Status change ${cycle + 1} (${arrow}) left the first step ${status}`);
    }
    if (cycle >= profile.keyWarmupCycles) timings.push(timing);
  }
  const row = keyTimingRow(
    {
      name: `action plan: one status change, ${stepCount} steps`,
      operation: `an arrow key in a step's status group of an action plan of ${steps} steps (10 goals), from keydown until the change is committed, announced, rendered and laid out`,
      subjectName: 'status change',
    },
    timings,
  );
  log(`  measured ${row.group}: ${row.name}`);
  return [row];
}

/**
 * Loading a 5 MB rubric: the longest time the page went without painting a frame, the element's
 * way (read and validated in slices) beside the way it was read before (one `JSON.parse` task,
 * then one validation task), with frames painted, long tasks and total time as a breakdown.
 */
async function largeLoadRows(page: Page, profile: BrowserProfile, log: (line: string) => void): Promise<BenchResult[]> {
  const rows: BenchResult[] = [];
  for (const shape of ['long-text', 'many-indicators'] as const) {
    const outcome = await page.evaluate(
      ([samples, kind]) => (window as unknown as BenchWindow).selBench.largeLoad(samples, kind),
      [profile.largeLoads, shape] as const,
    );
    const median = (timings: readonly LoadTiming[], pick: (timing: LoadTiming) => number) =>
      summarise(timings.map(pick), 1).median;
    const subject = summarise(
      outcome.sliced.map((timing) => timing.longestGapMs),
      1,
    );
    const baseline = summarise(
      outcome.oneTask.map((timing) => timing.longestGapMs),
      1,
    );
    const megabytes = (outcome.characters / 1_000_000).toFixed(1);
    const indicators = outcome.indicators.toLocaleString('en-US');
    const row: BenchResult = {
      ...comparedRow(
        {
          group: 'render',
          name: `large JSON: longest time without a frame, 5 MB rubric, ${indicators} indicators`,
          operation: `inline JSON of a rubric of ${indicators} indicators (${megabytes} MB), from the start of the load until the data is valid (drawing not included)`,
          subjectName: 'read and validated in slices (createJsonReader, validateInSteps)',
          baselineName: 'one JSON.parse task, then one validation task',
          target: { maxMedianMs: 50, source: 'floor' },
        },
        { subject, baseline, ratio: subject.median / baseline.median },
      ),
      breakdown: {
        framesSliced: median(outcome.sliced, (timing) => timing.frames),
        framesOneTask: median(outcome.oneTask, (timing) => timing.frames),
        longestTaskSlicedMs: median(outcome.sliced, (timing) => timing.longestTaskMs),
        longestTaskOneTaskMs: median(outcome.oneTask, (timing) => timing.longestTaskMs),
        totalSlicedMs: median(outcome.sliced, (timing) => timing.totalMs),
        totalOneTaskMs: median(outcome.oneTask, (timing) => timing.totalMs),
      },
    };
    log(`  measured ${row.group}: ${row.name}`);
    rows.push(row);
  }
  return rows;
}

/**
 * Runs the browser rows; `root` is the repository root (where `bench/` is). `rows: 'inventory'`
 * runs the inventory's rows alone.
 */
export async function browserBench(
  root: string,
  profile: BrowserProfile,
  log: (line: string) => void,
  rows: 'all' | 'inventory' = 'all',
): Promise<BenchResult[]> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new Error(
      `The browser benchmarks drive Chromium, and none was found at ${executablePath}. Install one (on Debian or Ubuntu: 'sudo apt-get install chromium'), point SEL_CHROMIUM_PATH at a Chromium or Chrome binary, or run only the Node benchmarks with --only=core.`,
    );
  }
  const script = await bundlePage(root);
  const server = await serve(script);
  // `gc()` lets the page collect garbage between loads, so one load's garbage is not collected
  // inside the next load's measurement.
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
    const inventory = () =>
      inventoryRows(
        page,
        { warmup: profile.keyWarmupCycles, kept: Math.ceil(profile.keyCycles / 4), imports: profile.largeLoads },
        log,
      );
    if (rows === 'inventory') {
      const measured = await inventory();
      if (errors.length > 0) throw new Error(`The bench page reported errors:\n${errors.join('\n')}`);
      return measured;
    }
    const measured = [
      ...(await renderRows(page, profile, log)),
      ...(await drawingRows(page, profile, log)),
      ...(await keyboardRows(page, profile, log)),
      ...(await finderRows(page, { warmup: profile.keyWarmupCycles, kept: Math.ceil(profile.keyCycles / 4) }, log)),
      ...(await planStatusRows(page, profile, log)),
      ...(await inventory()),
      ...(await largeLoadRows(page, profile, log)),
      ...(await cmsLoadRows(root, browser, profile.cmsLoads, log)),
    ];
    if (errors.length > 0) throw new Error(`The bench page reported errors:\n${errors.join('\n')}`);
    return measured;
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * `pnpm bench`: runs the benchmarks, prints a table and writes `bench-results/results.json` and
 * `bench-results/results.md`. Timing never fails the command; only a broken benchmark does (for
 * example a naive implementation that no longer agrees with the one it is compared with).
 *
 * Options: `--quick` (few samples, to check that everything runs), `--only=core`, `--only=browser`
 * or `--only=inventory` (the inventory's browser rows alone), `--out=DIR` (default `bench-results`).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumPath } from '../scripts/engines/engines.js';
import { browserBench, FULL_BROWSER_PROFILE, QUICK_BROWSER_PROFILE } from './browser/driver.js';
import { cardSortBench } from './core/card-sort.js';
import { catalogQueryBench } from './core/catalog-query.js';
import { FULL_CORE_PROFILE, QUICK_CORE_PROFILE } from './core/profile.js';
import { scheduleBench } from './core/schedule.js';
import { scoringBench } from './core/scoring.js';
import type { BenchResult } from './harness/result.js';
import { baselineLegend, resultsTable } from './harness/table.js';

interface RunOptions {
  readonly quick: boolean;
  readonly only: 'core' | 'browser' | 'inventory' | undefined;
  readonly outDir: string;
}

function parseArgs(args: readonly string[]): RunOptions {
  let quick = false;
  let only: RunOptions['only'];
  let outDir = 'bench-results';
  for (const arg of args) {
    if (arg === '--quick') quick = true;
    else if (arg === '--only=core') only = 'core';
    else if (arg === '--only=browser') only = 'browser';
    else if (arg === '--only=inventory') only = 'inventory';
    else if (arg.startsWith('--out=')) outDir = arg.slice('--out='.length);
    else
      throw new Error(
        `Unknown option ${arg}. Options: --quick, --only=core, --only=browser, --only=inventory, --out=DIR`,
      );
  }
  return { quick, only, outDir };
}

const rounded = (value: number) => Math.round(value * 100) / 100;

/** Runs the benchmarks; `root` is the repository root. */
export async function runBenchmarks(root: string, args: readonly string[]): Promise<BenchResult[]> {
  const options = parseArgs(args);
  const log = (line: string) => {
    console.log(line);
  };
  const loadBefore = loadavg().map(rounded);
  const results: BenchResult[] = [];
  if (options.only === undefined || options.only === 'core') {
    const profile = options.quick ? QUICK_CORE_PROFILE : FULL_CORE_PROFILE;
    for (const bench of [scoringBench, cardSortBench, scheduleBench, catalogQueryBench]) {
      const rows = await bench(profile);
      for (const row of rows) log(`  measured ${row.group}: ${row.name}`);
      results.push(...rows);
    }
  }
  if (options.only !== 'core') {
    const profile = options.quick ? QUICK_BROWSER_PROFILE : FULL_BROWSER_PROFILE;
    results.push(...(await browserBench(root, profile, log, options.only === 'inventory' ? 'inventory' : 'all')));
  }

  const table = resultsTable(results);
  const legend = baselineLegend(results);
  const environment = {
    node: process.version,
    chromium: options.only === 'core' ? null : chromiumPath(),
    platform: `${process.platform} ${process.arch}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    loadAverageBefore: loadBefore,
    loadAverageAfter: loadavg().map(rounded),
  };
  const document = {
    generatedAt: new Date().toISOString(),
    profile: options.quick ? 'quick' : 'full',
    environment,
    results,
  };
  const outDir = resolve(root, options.outDir);
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'results.json'), `${JSON.stringify(document, null, 2)}\n`);
  const heading = `# @sel benchmarks (${document.profile} run, ${document.generatedAt})`;
  const setting = `Node ${environment.node}, ${environment.cpus} x ${environment.cpuModel}; load average ${loadBefore.join(' ')} before, ${environment.loadAverageAfter.join(' ')} after.`;
  await writeFile(join(outDir, 'results.md'), `${heading}\n\n${setting}\n\n${table}\n\n${legend}\n`);
  console.log(
    `\n${table}\n\n${setting}\nWritten: ${join(options.outDir, 'results.json')}, ${join(options.outDir, 'results.md')}`,
  );
  return results;
}

import type { Page } from 'playwright';
import type { BenchResult } from '../harness/result.js';
import type { KeyTiming } from './api.js';
import type { FinderBenchWindow } from './finder-page.js';
import { keyTimingRow } from './key-timing-row.js';

/** Words typed into the finder a letter at a time, then erased: English, Spanish typed without its accents, filler. */
const WORDS = ['equidad', 'colaboracion', 'planning', 'lider', 'kalo'];

async function press(page: Page, key: string): Promise<KeyTiming> {
  await page.evaluate(() => {
    (window as unknown as FinderBenchWindow).selFinderBench.arm();
  });
  await page.keyboard.press(key);
  return page.evaluate(() => (window as unknown as FinderBenchWindow).selFinderBench.timing());
}

/**
 * Keystroke to results in `<sel-resource-finder>` over 10,000 resources: each letter typed into
 * (and erased from) the search field, from its keydown until the results, their count and the
 * filter counts are rendered and laid out. The issue asks for a median within a frame (16 ms).
 */
export async function finderRows(
  page: Page,
  cycles: { readonly warmup: number; readonly kept: number },
  log: (line: string) => void,
): Promise<BenchResult[]> {
  const size = 10_000;
  await page.evaluate((count) => (window as unknown as FinderBenchWindow).selFinderBench.setUp(count), size);
  const timings: KeyTiming[] = [];
  for (let cycle = 0; cycle < cycles.warmup + cycles.kept; cycle++) {
    const word = WORDS[cycle % WORDS.length] ?? 'equidad';
    const presses: KeyTiming[] = [];
    for (const letter of word) presses.push(await press(page, letter));
    const typed = await page.evaluate(() => (window as unknown as FinderBenchWindow).selFinderBench.state());
    if (typed.search !== word) throw new Error(`Typing "${word}" left "${typed.search}" in the finder's search`);
    for (let i = 0; i < word.length; i++) presses.push(await press(page, 'Backspace'));
    const erased = await page.evaluate(() => (window as unknown as FinderBenchWindow).selFinderBench.state());
    if (erased.search !== '' || erased.found !== `${size.toLocaleString('en-US')} resources`) {
      throw new Error(`Erasing "${word}" left "${erased.search}" and "${erased.found}" in the finder`);
    }
    if (cycle >= cycles.warmup) timings.push(...presses);
  }
  const row = keyTimingRow(
    {
      name: 'resource finder: keystroke to results, 10,000',
      operation: `a letter typed into or erased from the search of <sel-resource-finder> over ${size.toLocaleString('en-US')} resources (${WORDS.join(', ')}), from keydown until the results, their count and the filter counts are rendered and laid out`,
      subjectName: 'keystroke to results',
    },
    timings,
  );
  log(`  measured ${row.group}: ${row.name}`);
  return [row];
}

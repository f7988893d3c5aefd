/**
 * The resource finder on the bench page: a finder over a synthetic catalog of 10,000 resources,
 * and the timing of one keystroke in its search field, from the keydown until the results and the
 * filter counts for the new text are rendered and laid out.
 */
import '../../packages/components/src/resource-finder/define.js';
import { tagVocabulary } from '@sel/data';
import { syntheticResources } from '../../packages/data/src/test-synthetic-catalog.js';
import type { SelResourceFinder } from '../../packages/components/src/resource-finder/sel-resource-finder.js';
import type { KeyTiming } from './api.js';

/** What the bench page exposes to the runner as `window.selFinderBench`. */
export interface FinderBenchApi {
  /** Shows a finder over `size` synthetic resources, waits for every row of its first page, focuses the search field. */
  setUp(size: number): Promise<{ readonly resources: number }>;
  /** Starts timing the next key press in the search field. */
  arm(): void;
  /** The timing of the key press since `arm`, once the finder has rendered its results. */
  timing(): Promise<KeyTiming>;
  /** The search text and how many resources the finder shows as found, to check each key did its work. */
  state(): { readonly search: string; readonly found: string };
}

export type FinderBenchWindow = Window & { selFinderBench: FinderBenchApi };

const stage = document.createElement('section');
document.body.append(stage);
let finder: SelResourceFinder | undefined;
let pending: Promise<KeyTiming> | undefined;

async function settled(el: SelResourceFinder): Promise<void> {
  while (!(await el.updateComplete)) {
    // An update requested while updating: wait for that one too.
  }
}

async function setUp(size: number): Promise<{ resources: number }> {
  finder?.remove();
  const el = document.createElement('sel-resource-finder');
  el.catalog = { tags: tagVocabulary, resources: syntheticResources(size) };
  stage.append(el);
  await el.renderComplete;
  finder = el;
  const input = el.shadowRoot?.querySelector<HTMLInputElement>('input[type="search"]');
  if (!input)
    throw new Error(
      `The finder shows no search field: ${el.shadowRoot?.textContent.trim().slice(0, 300) ?? 'no shadow root'}`,
    );
  input.focus();
  return { resources: el.catalog.resources.length };
}

function arm(): void {
  const el = finder;
  if (!el) throw new Error('Call setUp first');
  let captured = Number.NaN;
  window.addEventListener(
    'keydown',
    () => {
      captured = performance.now();
    },
    { once: true, capture: true },
  );
  // The search runs on the input event that follows the keydown; the result is timed once the
  // update it asked for has rendered, and laid out.
  pending = new Promise<KeyTiming>((resolve) => {
    let pressed = Number.NaN;
    window.addEventListener(
      'keydown',
      (event) => {
        pressed = Math.min(event.timeStamp, captured);
      },
      { once: true },
    );
    el.addEventListener(
      'input',
      () => {
        const handled = performance.now();
        queueMicrotask(() => {
          void settled(el).then(() => {
            const rendered = performance.now();
            el.getBoundingClientRect();
            const laidOut = performance.now();
            resolve({
              key: el.search.slice(-1),
              updatedMs: laidOut - pressed,
              deliveryMs: captured - pressed,
              handledMs: rendered - Math.min(captured, handled),
              layoutMs: laidOut - rendered,
            });
          });
        });
      },
      { once: true },
    );
  });
}

async function timing(): Promise<KeyTiming> {
  if (!pending) throw new Error('Call arm before pressing a key');
  const result = await pending;
  pending = undefined;
  return result;
}

function state(): { search: string; found: string } {
  return {
    search: finder?.search ?? '',
    found: finder?.shadowRoot?.querySelector('.results__count')?.textContent.trim() ?? '',
  };
}

(window as unknown as FinderBenchWindow).selFinderBench = { setUp, arm, timing, state };

/**
 * The partner inventory on the bench page: an inventory of thousands of partners, the timing of a
 * key that filters or sorts it (from its keydown until the table is rendered and laid out), and
 * the long tasks of importing a spreadsheet of thousands of rows.
 */
import '../../packages/components/src/partner-inventory/define.js';
import { largeCsv, largeWorkbook } from '../../packages/components/src/partner-inventory/test-spreadsheets.js';
import type { SelPartnerInventory } from '../../packages/components/src/partner-inventory/sel-partner-inventory.js';
import type { KeyTiming, LoadTiming } from './api.js';
import { watchLoad } from './long-tasks.js';

/** What the bench page exposes to the runner as `window.selInventoryBench`. */
export interface InventoryBenchApi {
  /** Shows an inventory of `size` partners (its first page drawn) and focuses its filter box or the Name column's sort button. */
  setUp(size: number, focus: 'filter' | 'sort'): Promise<{ readonly rows: number }>;
  /** Starts timing the next key press, until what its `input` (filter) or `click` (sort) asked for has rendered. */
  arm(after: 'input' | 'click'): void;
  /** The timing of the key press since `arm`. */
  timing(): Promise<KeyTiming>;
  /** What the table shows: its count line and its first partner. */
  state(): { readonly count: string; readonly first: string };
  /** Pastes a spreadsheet of `rows` rows into an empty inventory, previews and imports it, `samples` times. */
  importRows(rows: number, samples: number): Promise<readonly LoadTiming[]>;
}

export type InventoryBenchWindow = Window & { selInventoryBench: InventoryBenchApi };

const stage = document.createElement('section');
document.body.append(stage);
let inventory: SelPartnerInventory | undefined;
let pending: Promise<KeyTiming> | undefined;

async function settled(el: SelPartnerInventory): Promise<void> {
  while (!(await el.updateComplete)) {
    // An update requested while updating: wait for that one too.
  }
}

/** The first match of `selector` in the inventory, once it is drawn (the import panel loads on first use). */
async function drawn(el: SelPartnerInventory, selector: string): Promise<HTMLElement> {
  for (let tries = 0; tries < 600; tries++) {
    const found = el.shadowRoot?.querySelector<HTMLElement>(selector);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 16));
  }
  throw new Error(`The inventory never showed ${selector}`);
}

/** A new inventory of `workbook` in place of the last one, once its first page is drawn. */
async function showInventory(workbook: SelPartnerInventory['workbook']): Promise<SelPartnerInventory> {
  inventory?.remove();
  const el = document.createElement('sel-partner-inventory');
  el.workbook = workbook;
  stage.append(el);
  await el.renderComplete;
  inventory = el;
  return el;
}

async function setUp(size: number, focus: 'filter' | 'sort'): Promise<{ rows: number }> {
  const el = await showInventory(largeWorkbook(size));
  (await drawn(el, focus === 'filter' ? 'input[type="search"]' : 'button.sort[data-column="name"]')).focus();
  return { rows: el.shadowRoot?.querySelectorAll('tbody tr').length ?? 0 };
}

function arm(after: 'input' | 'click'): void {
  const el = inventory;
  if (!el) throw new Error('Call setUp first');
  let captured = Number.NaN;
  let pressed = Number.NaN;
  let key = '';
  window.addEventListener(
    'keydown',
    (event) => {
      captured = performance.now();
      pressed = event.timeStamp;
      key = event.key;
    },
    { once: true, capture: true },
  );
  // The filter runs on the input event the key causes, the sort on the click Enter causes on the
  // header's button; the result is timed once the update they asked for has rendered, and laid out.
  pending = new Promise<KeyTiming>((resolve) => {
    el.addEventListener(
      after,
      () => {
        queueMicrotask(() => {
          void settled(el).then(() => {
            const rendered = performance.now();
            el.getBoundingClientRect();
            const laidOut = performance.now();
            const start = Math.min(pressed, captured);
            resolve({
              key,
              updatedMs: laidOut - start,
              deliveryMs: captured - start,
              handledMs: rendered - captured,
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

function state(): { count: string; first: string } {
  const root = inventory?.shadowRoot;
  return {
    count: root?.querySelector('.count')?.textContent.trim() ?? '',
    first: root?.querySelector('tbody th')?.textContent.trim() ?? '',
  };
}

async function importRows(rows: number, samples: number): Promise<LoadTiming[]> {
  const text = largeCsv(rows);
  const timings: LoadTiming[] = [];
  for (let i = 0; i < samples; i++) {
    const el = await showInventory({ version: 1, partners: [], assignments: {}, touchpoints: [] });
    (await drawn(el, '[data-action="import"]')).click();
    const area = (await drawn(el, '#import-text')) as HTMLTextAreaElement;
    area.focus();
    timings.push(
      await watchLoad(async () => {
        // A paste as the browser sends it (the clipboard's text in the event): the panel keeps a
        // large text beside the box rather than in it.
        const clipboard = new DataTransfer();
        clipboard.setData('text/plain', text);
        const paste = new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true });
        area.dispatchEvent(paste);
        if (!paste.defaultPrevented) throw new Error('The import panel left a large paste to the text box');
        await settled(el);
        await drawn(el, '#import-held');
        (await drawn(el, '[data-action="preview"]')).click();
        const run = await drawn(el, '[data-action="run-import"]');
        const imported = new Promise<number>((resolve) => {
          el.addEventListener(
            'sel-workbook-change',
            (event) => {
              resolve(event.detail.workbook.partners.length);
            },
            { once: true },
          );
        });
        run.click();
        const count = await imported;
        if (count !== rows) throw new Error(`The import gave ${count} partners, not ${rows}`);
        await el.renderComplete;
      }),
    );
  }
  return timings;
}

(window as unknown as InventoryBenchWindow).selInventoryBench = { setUp, arm, timing, state, importRows };

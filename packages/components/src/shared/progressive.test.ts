import { html, LitElement, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, fixture } from '../test/index.js';
import { stringParts, translate } from './i18n.js';
import { rubricStrings } from '../rubric/rubric-strings.js';

const rubricParts = stringParts(rubricStrings);
import { progressStatus, ProgressiveController, type ProgressiveOptions } from './progressive.js';

/** Frames that run only when a test says so. */
class Frames {
  #queue: (() => void)[] = [];

  readonly frame = (callback: () => void): (() => void) => {
    this.#queue.push(callback);
    return () => {
      this.#queue = this.#queue.filter((each) => each !== callback);
    };
  };

  get pending(): number {
    return this.#queue.length;
  }

  /** Runs the frames queued now (not those they queue) and waits for the updates they asked for. */
  async run(host: LitElement): Promise<void> {
    const queue = this.#queue;
    this.#queue = [];
    for (const callback of queue) callback();
    await host.updateComplete;
  }
}

/**
 * A clock that a test moves: each row drawn for the first time costs `msPerRow` while the list
 * renders, so batch sizes follow from known costs instead of the machine's speed.
 */
class RowClock {
  ms = 0;
  msPerRow = 1;
  readonly now = (): number => this.ms;
}

interface Row {
  readonly id: string;
}

const rowsOf = (count: number, prefix = 'row'): Row[] =>
  Array.from({ length: count }, (_, i) => ({ id: `${prefix}-${String(i + 1)}` }));

let frames = new Frames();
let clock = new RowClock();
/** How the next list element drives its controller: test frames and clock unless a test says otherwise. */
let options: ProgressiveOptions = {};

/** A list element as the components use the controller: rows, aria-busy and the polite status. */
class TestProgressiveList extends LitElement {
  static override properties = {
    rows: { attribute: false },
    weight: { attribute: false },
    atLeast: { attribute: false },
  };
  rows: readonly Row[] | undefined;
  weight: number | undefined;
  atLeast = 0;
  readonly progress = new ProgressiveController(this, options);
  #drawnBefore = 0;

  get renderComplete(): Promise<void> {
    return this.progress.complete;
  }

  protected override render(): unknown {
    const rows = this.rows;
    if (!rows)
      return progressStatus(
        undefined,
        (key, params) => translate('en', key, params, undefined, rubricParts),
        'rubric.drawing',
        'rubric.drawn',
      );
    const drawn = this.progress.draw(rows, rows.length, this.weight ?? rows.length, this.atLeast);
    const shown = rows.slice(0, drawn);
    clock.ms += Math.max(0, drawn - this.#drawnBefore) * clock.msPerRow;
    this.#drawnBefore = drawn;
    return html`<ul aria-label="Rows" aria-busy=${this.progress.busy ? 'true' : nothing}>
        ${repeat(
          shown,
          (row) => row.id,
          (row) => html`<li data-id=${row.id}>${row.id}</li>`,
        )}
      </ul>
      ${progressStatus(this.progress.status, (key, params) => translate('en', key, params, undefined, rubricParts), 'rubric.drawing', 'rubric.drawn')}`;
  }
}
customElements.define('test-progressive-list', TestProgressiveList);

declare global {
  interface HTMLElementTagNameMap {
    'test-progressive-list': TestProgressiveList;
  }
}

beforeEach(() => {
  frames = new Frames();
  clock = new RowClock();
  options = { frame: frames.frame, now: clock.now };
});

async function mount(rows: readonly Row[], weight?: number): Promise<TestProgressiveList> {
  const el = document.createElement('test-progressive-list');
  el.rows = rows;
  el.weight = weight;
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.append(el);
  await el.updateComplete;
  return el;
}

const drawnIds = (el: TestProgressiveList): string[] =>
  [...(el.shadowRoot?.querySelectorAll('li') ?? [])].map((li) => li.dataset['id'] ?? '');
const busy = (el: TestProgressiveList): string | null | undefined =>
  el.shadowRoot?.querySelector('ul')?.getAttribute('aria-busy');
const said = (el: TestProgressiveList): string => el.shadowRoot?.querySelector('[aria-live]')?.textContent ?? '';

describe('ProgressiveController', () => {
  it('draws a list up to the threshold in the first update, with no frames, busy state or status', async () => {
    const rows = rowsOf(150);
    const el = await mount(rows);
    expect(drawnIds(el)).toEqual(rows.map((row) => row.id));
    expect(busy(el)).toBeNull();
    expect(said(el)).toBe('');
    expect(el.progress.long).toBe(false);
    expect(frames.pending).toBe(0);
    await el.renderComplete;
  });

  it('draws a longer list in batches sized from how long the last batch took per row', async () => {
    const rows = rowsOf(400);
    clock.msPerRow = 0.5;
    const el = await mount(rows);
    // First batch: 60 rows of ordinary weight.
    expect(drawnIds(el)).toEqual(rows.slice(0, 60).map((row) => row.id));
    expect(busy(el)).toBe('true');
    expect(said(el)).toBe('Showing 60 of 400 indicators');
    expect(el.progress.long).toBe(true);
    let complete = false;
    void el.renderComplete.then(() => {
      complete = true;
    });

    // 0.5 ms a row fits 16 rows in the 8 ms of a frame.
    await frames.run(el);
    expect(drawnIds(el)).toHaveLength(76);
    // Cheaper rows make bigger batches, but the time per row falls only by half a batch (0.5, then
    // 0.255, then 0.1325 ms), and a batch is never more than twice the last one.
    clock.msPerRow = 0.01;
    await frames.run(el);
    expect(drawnIds(el)).toHaveLength(92);
    await frames.run(el);
    expect(drawnIds(el)).toHaveLength(123);
    await frames.run(el);
    expect(drawnIds(el)).toHaveLength(183);
    // Dearer rows make the next batch smaller at once, but never fewer than a quarter of the first
    // batch (15 rows).
    clock.msPerRow = 2;
    await frames.run(el);
    expect(drawnIds(el)).toHaveLength(295);
    await frames.run(el);
    expect(drawnIds(el)).toHaveLength(310);
    clock.msPerRow = 20;
    await frames.run(el);
    expect(drawnIds(el)).toHaveLength(325);
    await frames.run(el);
    expect(drawnIds(el)).toHaveLength(340);
    // The status is not rewritten on every frame.
    expect(said(el)).toBe('Showing 60 of 400 indicators');
    expect(busy(el)).toBe('true');
    expect(complete).toBe(false);

    clock.msPerRow = 0;
    while (frames.pending > 0) await frames.run(el);
    await Promise.resolve();
    expect(complete).toBe(true);
    expect(drawnIds(el)).toEqual(rows.map((row) => row.id));
    expect(busy(el)).toBeNull();
    expect(said(el)).toBe('Showing all 400 indicators');
    // Still a long list once every row is drawn.
    expect(el.progress.long).toBe(true);
  });

  it('treats a few heavy rows like many ordinary ones', async () => {
    // 40 rows weighing 10 each: drawn in frames, 6 rows (60 of weight) first.
    const el = await mount(rowsOf(40), 400);
    expect(drawnIds(el)).toHaveLength(6);
    expect(busy(el)).toBe('true');
    while (frames.pending > 0) await frames.run(el);
    expect(drawnIds(el)).toHaveLength(40);
  });

  it('draws at once the rows asked for, then goes on in frames', async () => {
    const rows = rowsOf(400);
    const el = await mount(rows);
    el.atLeast = 300;
    await el.updateComplete;
    expect(drawnIds(el)).toEqual(rows.slice(0, 300).map((row) => row.id));
    expect(busy(el)).toBe('true');
    while (frames.pending > 0) await frames.run(el);
    expect(drawnIds(el)).toHaveLength(400);
  });

  it('keeps its rows when the host updates for another reason, and starts over for a new list', async () => {
    const first = rowsOf(400, 'a');
    const el = await mount(first);
    await frames.run(el);
    const drawn = drawnIds(el).length;
    el.requestUpdate();
    await el.updateComplete;
    expect(drawnIds(el)).toHaveLength(drawn);

    const second = rowsOf(300, 'b');
    el.rows = second;
    await el.updateComplete;
    expect(drawnIds(el)).toEqual(second.slice(0, 60).map((row) => row.id));
    expect(said(el)).toBe('Showing 60 of 300 indicators');
    // Only one frame is ever waiting.
    expect(frames.pending).toBe(1);
    while (frames.pending > 0) await frames.run(el);
    expect(drawnIds(el)).toEqual(second.map((row) => row.id));
    expect(said(el)).toBe('Showing all 300 indicators');

    // A short list after a long one is drawn at once and says nothing.
    el.rows = rowsOf(3, 'c');
    await el.updateComplete;
    expect(drawnIds(el)).toEqual(['c-1', 'c-2', 'c-3']);
    expect(said(el)).toBe('');
    expect(el.progress.long).toBe(false);
  });

  it('leaves the frame after the first batch to the host with hostFrame, then goes on in batches', async () => {
    options = { ...options, hostFrame: true };
    const rows = rowsOf(400);
    clock.msPerRow = 0.5;
    const el = await mount(rows);
    expect(drawnIds(el)).toHaveLength(60);
    // What the host left out of the update that shows the list waits for the next frame.
    expect(el.progress.firstFramePassed).toBe(false);
    el.requestUpdate();
    await el.updateComplete;
    expect(el.progress.firstFramePassed).toBe(false);

    await frames.run(el);
    expect(el.progress.firstFramePassed).toBe(true);
    expect(drawnIds(el)).toHaveLength(60);
    expect(busy(el)).toBe('true');
    // The frame after it adds a batch sized from the first one (0.5 ms a row: 16 rows).
    await frames.run(el);
    expect(drawnIds(el)).toHaveLength(76);
    while (frames.pending > 0) await frames.run(el);
    expect(drawnIds(el)).toHaveLength(400);
    expect(el.progress.firstFramePassed).toBe(true);

    // A new list starts over; a list drawn whole has nothing to wait for.
    el.rows = rowsOf(300, 'b');
    await el.updateComplete;
    expect(el.progress.firstFramePassed).toBe(false);
    el.atLeast = 300;
    await el.updateComplete;
    expect(el.progress.firstFramePassed).toBe(true);
    el.rows = rowsOf(3, 'c');
    await el.updateComplete;
    expect(el.progress.firstFramePassed).toBe(true);
  });

  it('adds rows in the first frame without hostFrame', async () => {
    const el = await mount(rowsOf(400));
    expect(el.progress.firstFramePassed).toBe(false);
    await frames.run(el);
    expect(el.progress.firstFramePassed).toBe(true);
    expect(drawnIds(el).length).toBeGreaterThan(60);
  });

  it('settles when the list goes away while it is drawn', async () => {
    const el = await mount(rowsOf(400));
    el.rows = undefined;
    await el.updateComplete;
    expect(frames.pending).toBe(0);
    expect(el.progress.busy).toBe(false);
    await el.renderComplete;
  });

  it('stops drawing outside the document and goes on when put back', async () => {
    const rows = rowsOf(400);
    const el = await mount(rows);
    const parent = el.parentElement;
    el.remove();
    expect(frames.pending).toBe(0);
    parent?.append(el);
    expect(frames.pending).toBe(1);
    while (frames.pending > 0) await frames.run(el);
    expect(drawnIds(el)).toHaveLength(400);
  });

  it('passes axe while drawing and once complete', async () => {
    const el = await mount(rowsOf(200));
    expect(busy(el)).toBe('true');
    await expectNoAxeViolations(el);
    while (frames.pending > 0) await frames.run(el);
    expect(busy(el)).toBeNull();
    await expectNoAxeViolations(el);
  });
});

describe('ProgressiveController with real animation frames', () => {
  // Real frames: WebKit under Xvfb paints one every 50-300 ms on a loaded machine, and 2,000 rows
  // took over 15 s there once; 600 rows still need many frames, and the guard is 60 s.
  it('draws every row, and renderComplete resolves when the last one is there', async () => {
    options = {};
    const rows = rowsOf(600);
    const el = await mount(rows);
    expect(drawnIds(el).length).toBeLessThan(rows.length);
    expect(busy(el)).toBe('true');
    await el.renderComplete;
    expect(drawnIds(el)).toEqual(rows.map((row) => row.id));
    expect(busy(el)).toBeNull();
    expect(said(el)).toBe('Showing all 600 indicators');
  }, 60_000);
});

import { html, LitElement, nothing } from 'lit';
import { describe, expect, it } from 'vitest';
import {
  MAX_CARD_SORT_PARTNERS,
  SelValidationError,
  type Community,
  type Partner,
  type PartnerInventory,
  type Rubric,
} from '@sel/core';
import '../partner-card-sort/define.js';
import '../rubric/define.js';
import '../milestone-timeline/define.js';
import type { SelMilestoneTimeline } from '../milestone-timeline/sel-milestone-timeline.js';
import type { SelRubric } from '../rubric/sel-rubric.js';
import type { SelPartnerCardSort } from '../partner-card-sort/sel-partner-card-sort.js';
import { samplePartners } from '../partner-card-sort/test-partners.js';
import { fixture, nextEvent } from '../test/index.js';
import { DataSourceController, LARGE_JSON_LENGTH, loadingText, MAX_JSON_LENGTH, yieldToMain } from './data-source.js';
import { loadStrings, LocaleController, translate } from './i18n.js';

/**
 * Counts the frames the page paints from now until `stop()`. A page held by one long task paints
 * no frame until the task ends, so frames painted while an element reads a large file show that
 * its work is cut into pieces with the page free in between, whatever the machine's speed (a
 * loaded machine makes every task longer, but cannot make the element paint fewer frames).
 */
function countFrames(): { stop: () => number } {
  let frames = 0;
  let running = true;
  const frame = (): void => {
    if (!running) return;
    frames += 1;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  return {
    stop: () => {
      running = false;
      return frames;
    },
  };
}

/** At least this many frames are painted while a 5 MB file is read (it is read in slices of about 8 ms). */
const FRAMES_WHILE_READING = 3;

/** A partner whose entry takes about `bytes` of JSON, as a richly filled-in inventory row does. */
function bulkyPartner(index: number, bytes: number): Partner {
  const words = 'Staff asked for a shared morning-meeting routine and a calm-down corner in every room. ';
  return {
    id: `partner-${String(index + 1)}`,
    name: `Community partner ${String(index + 1)}`,
    kind: 'community-nonprofit',
    mission: 'Give every child a safe, joyful place to learn and play after the bell.',
    partnerContact: { name: `Contact ${String(index + 1)}`, role: 'Site coordinator', phone: '555-0142' },
    notes: words.repeat(Math.max(1, Math.round((bytes - 250) / words.length))),
  };
}

/** An inventory of `count` partners taking `megabytes` of JSON in all. */
function inventoryOf(count: number, megabytes: number): PartnerInventory {
  const each = Math.floor((megabytes * 1_000_000) / count);
  return Array.from({ length: count }, (_, index) => bulkyPartner(index, each));
}

const jsonUrl = (text: string): string => URL.createObjectURL(new Blob([text], { type: 'application/json' }));

/** A card sort holding a sort the user made (two partners moved), to show it survives. */
async function sortedCardSort(): Promise<{ el: SelPartnerCardSort; entered: unknown }> {
  const el = await fixture<SelPartnerCardSort>(
    html`<sel-partner-card-sort
      .partners=${samplePartners}
      .assignments=${{ 'bright-futures': 'clearly-supports', 'corner-bakery': 'could-support' }}
    ></sel-partner-card-sort>`,
  );
  const entered = el.value;
  expect(entered?.['bright-futures']).toBe('clearly-supports');
  return { el, entered };
}

describe('a 5 MB partner inventory', () => {
  const huge = inventoryOf(8000, 5);
  const hugeText = JSON.stringify(huge);

  it('is about 5 MB of JSON, more partners than a card sort takes', () => {
    expect(hugeText.length).toBeGreaterThan(4_800_000);
    expect(hugeText.length).toBeLessThan(MAX_JSON_LENGTH);
    expect(huge.length).toBeGreaterThan(MAX_CARD_SORT_PARTNERS);
  });

  it('given by src, is refused with a clear error, keeps the user’s sort, and lets the page paint while reading', async () => {
    const { el, entered } = await sortedCardSort();
    el.partners = undefined;
    const url = jsonUrl(hugeText);
    try {
      const frames = countFrames();
      const error = nextEvent(el, 'sel-error', 30_000);
      el.src = url;
      const { detail } = await error;
      await el.updateComplete;
      expect(detail.source).toBe('src');
      expect(detail.issues.map(({ path, code }) => ({ path, code }))).toEqual([
        { path: [], code: 'too-many-partners' },
      ]);
      expect(detail.issues[0]?.message).toContain('the inventory lists 8,000');
      expect(el.shadowRoot?.querySelector('[role="alert"]')?.textContent).toContain('at most 1,000 partners');
      expect(el.value).toEqual(entered);
      expect(frames.stop(), 'frames painted while the file was read').toBeGreaterThanOrEqual(FRAMES_WHILE_READING);
    } finally {
      URL.revokeObjectURL(url);
    }
  }, 60_000);

  it('given as a property or inline JSON, is refused the same way without drawing a card', async () => {
    const { el, entered } = await sortedCardSort();
    const error = nextEvent(el, 'sel-error');
    el.partners = huge;
    expect((await error).detail.issues[0]?.code).toBe('too-many-partners');
    await el.updateComplete;
    expect(el.value).toEqual(entered);
    expect(el.shadowRoot?.querySelectorAll('li.card')).toHaveLength(samplePartners.length);

    // Inline JSON, as a CMS would paste it (the page's own HTML parsing is not the element's work).
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const inline: SelPartnerCardSort = document.createElement('sel-partner-card-sort');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ partners: huge });
    inline.append(script);
    const frames = countFrames();
    container.append(inline);
    await expect
      .poll(() => inline.shadowRoot?.querySelector('[role="alert"]')?.textContent ?? '', { timeout: 20_000 })
      .toContain('partners: Expected at most 1,000 partners');
    expect(frames.stop(), 'frames painted while the file was read').toBeGreaterThanOrEqual(FRAMES_WHILE_READING);
    expect(inline.shadowRoot?.querySelectorAll('li.card')).toHaveLength(0);
  }, 60_000);
});

describe('the loading status', () => {
  it('says how far a read has got, in steps of 10%, then that the data is being checked, in English and Spanish', async () => {
    await loadStrings('es');
    const say = (locale: 'en' | 'es', data: { progress: number | undefined; checking: boolean }) =>
      loadingText(data, (key, params) => translate(locale, key, params));
    expect(say('en', { progress: undefined, checking: false })).toBe('Loading…');
    expect(say('en', { progress: 0.379, checking: false })).toBe('Reading the data: 30%');
    expect(say('en', { progress: 1, checking: true })).toBe('Checking the data…');
    expect(say('es', { progress: undefined, checking: false })).toBe('Cargando…');
    expect(say('es', { progress: 0.999, checking: false })).toBe('Leyendo los datos: 90 %');
    expect(say('es', { progress: 1, checking: true })).toBe('Comprobando los datos…');
  });
});

describe('large JSON text', () => {
  it('is read after a first render that says it is loading, then validated in a later task', async () => {
    // 1,000 partners in 5 MB: within the card sort's limit, and far over the size read at once.
    const partners = inventoryOf(MAX_CARD_SORT_PARTNERS, 5);
    const text = JSON.stringify({ partners });
    expect(text.length).toBeGreaterThan(LARGE_JSON_LENGTH);
    const el = await fixture<SelPartnerCardSort>(
      `<sel-partner-card-sort><script type="application/json">${text}</script></sel-partner-card-sort>`,
    );
    // The element rendered (and the page could paint) before the text was parsed.
    expect(el.shadowRoot?.querySelector('[role="status"]')?.textContent).toBe('Reading the data: 0%');
    expect(el.shadowRoot?.querySelectorAll('li.card')).toHaveLength(0);
    // Then every partner is in the sort, while the cards are still being drawn in frames (WebKit
    // under Xvfb paints a board of 1,000 cards only a few times a second).
    await expect.poll(() => el.shadowRoot?.querySelectorAll('li.card').length, { timeout: 30_000 }).toBeGreaterThan(0);
    expect(el.value && Object.keys(el.value)).toHaveLength(MAX_CARD_SORT_PARTNERS);
    expect(el.shadowRoot?.textContent).toContain('0 of 1,000 partners sorted');
  }, 60_000);

  it('that is broken deep inside is rejected at its path, with frames painted while reading, keeping what was shown', async () => {
    const { el, entered } = await sortedCardSort();
    el.partners = undefined;
    const partners: unknown[] = inventoryOf(MAX_CARD_SORT_PARTNERS, 5);
    partners[MAX_CARD_SORT_PARTNERS - 1] = { ...bulkyPartner(MAX_CARD_SORT_PARTNERS - 1, 100), kind: 'bakery' };
    const url = jsonUrl(JSON.stringify(partners));
    try {
      const frames = countFrames();
      const error = nextEvent(el, 'sel-error', 30_000);
      el.src = url;
      const { detail } = await error;
      await el.updateComplete;
      expect(detail.issues.map((issue) => issue.path)).toEqual([[MAX_CARD_SORT_PARTNERS - 1, 'kind']]);
      expect(el.value).toEqual(entered);
      expect(frames.stop(), 'frames painted while the file was read').toBeGreaterThanOrEqual(FRAMES_WHILE_READING);
    } finally {
      URL.revokeObjectURL(url);
    }
  }, 60_000);

  it('over the size limit is refused unread, from src (by its length) and inline', async () => {
    const { el, entered } = await sortedCardSort();
    el.partners = undefined;
    // 12 MB of JSON: a list of three million strings.
    const text = `[${'"x",'.repeat(3_000_000)}"x"]`;
    expect(text.length).toBeGreaterThan(MAX_JSON_LENGTH);
    const url = jsonUrl(text);
    try {
      const error = nextEvent(el, 'sel-error', 30_000);
      el.src = url;
      const { detail } = await error;
      expect(detail.issues.map((issue) => issue.code)).toEqual(['too-large']);
      expect(detail.issues[0]?.message).toContain('is 12 MB; the most this element reads is 10 MB');
      expect(el.value).toEqual(entered);
    } finally {
      URL.revokeObjectURL(url);
    }
    const inline = await fixture<SelPartnerCardSort>(
      `<sel-partner-card-sort><script type="application/json">${text}</script></sel-partner-card-sort>`,
    );
    expect(inline.shadowRoot?.querySelector('[role="alert"]')?.textContent).toContain(
      'is 12 MB; the most this element reads is 10 MB',
    );
  }, 60_000);
});

/** A rubric of `indicators` indicators whose descriptors make it about `megabytes` of JSON. */
function bulkyRubric(indicators: number, megabytes: number): Rubric {
  const perDescriptor = Math.round((megabytes * 1_000_000) / indicators / 4);
  const words = 'The team meets monthly, reviews data on student well-being and adjusts its plan. ';
  const descriptor = words.repeat(Math.max(1, Math.round(perDescriptor / words.length)));
  return {
    id: 'bulky',
    version: '1',
    title: 'A very large district rubric',
    scope: 'district',
    levels: [1, 2, 3, 4].map((value) => ({ value, label: `Level ${String(value)}` })),
    focusAreas: [
      {
        id: 'fa',
        title: 'Focus area',
        practices: [
          {
            id: 'p',
            title: 'Practice',
            indicators: Array.from({ length: indicators }, (_, i) => ({
              id: `i-${String(i)}`,
              text: `Indicator ${String(i + 1)}`,
              descriptors: [descriptor, descriptor, descriptor, descriptor],
            })),
          },
        ],
      },
    ],
  };
}

describe('a large file being read', () => {
  it('loses to data given while it is parsed: the older result never replaces the newer one', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const el: SelPartnerCardSort = document.createElement('sel-partner-card-sort');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(inventoryOf(MAX_CARD_SORT_PARTNERS, 2));
    el.append(script);
    container.append(el);
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('[role="status"]')?.textContent).toBe('Reading the data: 0%');
    // The page sets the property before the inline text has been parsed.
    el.partners = samplePartners;
    await el.updateComplete;
    // The inline read goes on in slices after yielding; ours are queued after its first ones, so by
    // then it has reached its next slice (and been dropped, as it must).
    for (let i = 0; i < 3; i += 1) await yieldToMain();
    await el.updateComplete;
    expect(el.shadowRoot?.querySelectorAll('li.card')).toHaveLength(samplePartners.length);
    expect(Object.keys(el.value ?? {})).toEqual(samplePartners.map((partner) => partner.id));
  }, 30_000);
});

describe('a 5 MB rubric', () => {
  it('broken at its last indicator, is rejected there from src, keeping the ratings entered, with frames painted meanwhile', async () => {
    const good = bulkyRubric(3, 0.01);
    const el = await fixture<SelRubric>(html`<sel-rubric name="assessment" .rubric=${good}></sel-rubric>`);
    const radio = el.shadowRoot?.querySelectorAll<HTMLInputElement>('input[type="radio"]')[2];
    if (!radio) throw new Error('no radio');
    radio.click();
    await el.updateComplete;
    const entered = el.value;
    expect(JSON.stringify(entered)).toContain('"level":3');

    const big = bulkyRubric(600, 5);
    const last = big.focusAreas[0]?.practices[0]?.indicators.at(-1);
    if (!last) throw new Error('no indicator');
    last.descriptors = ['only one'];
    const text = JSON.stringify(big);
    expect(text.length).toBeGreaterThan(4_800_000);
    const url = jsonUrl(text);
    try {
      el.rubric = undefined;
      const frames = countFrames();
      const error = nextEvent(el, 'sel-error', 30_000);
      el.src = url;
      const { detail } = await error;
      await el.updateComplete;
      expect(detail.issues.map((issue) => issue.path)).toEqual([
        ['focusAreas', 0, 'practices', 0, 'indicators', 599, 'descriptors'],
      ]);
      expect(el.value).toBe(entered);
      expect(frames.stop(), 'frames painted while the file was read').toBeGreaterThanOrEqual(FRAMES_WHILE_READING);
    } finally {
      URL.revokeObjectURL(url);
    }
  }, 60_000);
});

/**
 * A bare data-driven element: any JSON array is valid data, so what is measured is the reading
 * of the text alone. Its controller is public, so a test can watch `progress`.
 */
class SelTestLargeRead extends LitElement {
  static override properties = { items: { attribute: false }, src: { type: String } };
  items: unknown[] | undefined;
  src: string | undefined;
  readonly data = new DataSourceController<unknown[]>(this, {
    parse: (raw) =>
      Array.isArray(raw)
        ? { ok: true, value: raw }
        : {
            ok: false,
            error: new SelValidationError('list', [{ path: [], code: 'not-a-list', message: 'Expected a list' }]),
          },
    property: () => this.items,
    src: () => this.src,
  });
  readonly i18n = new LocaleController(this, {});

  protected override render(): unknown {
    const { status, value } = this.data;
    return html`${status === 'loading' ? html`<p role="status">${loadingText(this.data, (key, params) => this.i18n.t(key, params))}</p>` : nothing}
      <output>${value?.length ?? 'nothing'}</output>`;
  }
}
customElements.define('sel-test-large-read', SelTestLargeRead);

/**
 * Looks at the page at each animation frame (each frame the browser paints) until `done()`, and
 * returns what `look()` saw. A page frozen by one long task paints no frame until the task ends.
 */
async function atEachFrame<T>(look: () => T, done: () => boolean): Promise<T[]> {
  const seen: T[] = [];
  await new Promise<void>((resolve) => {
    const frame = (): void => {
      seen.push(look());
      if (done()) resolve();
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  return seen;
}

/** The distinct "Reading the data: N%" texts painted, other than 0% (shown before the read starts). */
function readingTexts(texts: readonly (string | undefined)[]): string[] {
  return [
    ...new Set(texts.filter((text) => text?.startsWith('Reading the data') && !text.endsWith(' 0%'))),
  ] as string[];
}

/** About 5 MB of JSON: a list of records with long text, numbers, escapes and nesting. */
function fiveMegabyteList(): unknown[] {
  const note = 'Staff asked for a “shared” morning-meeting routine,\n and a calm-down corner in every room.\t';
  return Array.from({ length: 6000 }, (_, i) => ({
    id: `record-${String(i)}`,
    score: i / 7,
    tags: ['sel', i % 2 === 0, null, { depth: [i, -i - 1, 1e21] }],
    notes: `${note.repeat(8)} \u2028 ${String(i)}`,
  }));
}

/*
 * The tests below show how the work is cut up by what the page painted meanwhile (one frame per
 * slice at least), not by how long tasks took: a loaded machine makes every task longer, but it
 * cannot make the element paint fewer frames part-way through its work.
 */
describe('large JSON read in slices', () => {
  const list = fiveMegabyteList();
  const text = JSON.stringify(list);

  it('is about 5 MB', () => {
    expect(text.length).toBeGreaterThan(4_800_000);
    expect(text.length).toBeLessThan(MAX_JSON_LENGTH);
  });

  for (const given of ['inline', 'src'] as const) {
    it(`given ${given}, lets the page paint frames at several points of the read, then holds what JSON.parse gives`, async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = new SelTestLargeRead();
      const url = jsonUrl(text);
      try {
        if (given === 'inline') {
          const script = document.createElement('script');
          script.type = 'application/json';
          script.textContent = text;
          el.append(script);
        } else {
          el.src = url;
        }
        container.append(el);
        const frames = await atEachFrame(
          () => ({ progress: el.data.progress, text: el.shadowRoot?.querySelector('[role="status"]')?.textContent }),
          () => el.data.status !== 'loading',
        );
        await el.updateComplete;
        expect(el.data.issues).toEqual([]);
        expect(el.data.status).toBe('ready');
        expect(el.data.value).toEqual(list);
        expect(el.data.progress).toBeUndefined();
        // Frames were painted while the text was partly read, and the status said how far it was.
        const midway = frames.filter(({ progress }) => progress !== undefined && progress > 0 && progress < 1);
        expect(new Set(midway.map(({ progress }) => progress)).size, JSON.stringify(frames)).toBeGreaterThanOrEqual(2);
        expect(readingTexts(frames.map((frame) => frame.text)).length, JSON.stringify(frames)).toBeGreaterThanOrEqual(
          1,
        );
      } finally {
        URL.revokeObjectURL(url);
      }
    }, 60_000);
  }

  /** An element reading `text` as inline JSON, once a frame has been painted part-way through the read. */
  async function readingPartWay(): Promise<{ el: SelTestLargeRead; container: HTMLDivElement }> {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = new SelTestLargeRead();
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = text;
    el.append(script);
    container.append(el);
    await atEachFrame(
      () => undefined,
      () => (el.data.progress ?? 0) > 0,
    );
    expect(el.data.progress).toBeLessThan(1);
    return { el, container };
  }

  /** What `look()` saw at each of the next 30 frames. */
  function thirtyFrames<T>(look: () => T): Promise<T[]> {
    let count = 0;
    return atEachFrame(look, () => (count += 1) >= 30);
  }

  it('stops reading when the source changes mid-read: the older read never comes back', async () => {
    const { el } = await readingPartWay();
    el.items = ['newer'];
    await el.updateComplete;
    expect(el.data.value).toEqual(['newer']);
    // The older read would set its progress again after its next slice (one a frame), and finish
    // within a few dozen frames; it must do neither.
    const frames = await thirtyFrames(() => ({
      progress: el.data.progress,
      status: el.data.status,
      length: el.data.value?.length,
    }));
    expect(frames).toEqual(Array.from({ length: 30 }, () => ({ progress: undefined, status: 'ready', length: 1 })));
    expect(el.shadowRoot?.querySelector('output')?.textContent).toBe('1');
  }, 60_000);

  it('stops reading when the element is taken out of the page, and reads from the start when put back', async () => {
    const { el, container } = await readingPartWay();
    el.remove();
    const progress = el.data.progress;
    // A read going on would move its progress every frame and finish within a few dozen.
    const frames = await thirtyFrames(() => ({ progress: el.data.progress, status: el.data.status }));
    expect(frames).toEqual(Array.from({ length: 30 }, () => ({ progress, status: 'loading' })));
    expect(el.data.value).toBeUndefined();

    container.append(el);
    expect(el.data.progress).toBe(0);
    await atEachFrame(
      () => undefined,
      () => el.data.status !== 'loading',
    );
    await el.updateComplete;
    expect(el.data.status).toBe('ready');
    expect(el.data.value).toEqual(list);
    expect(el.shadowRoot?.querySelector('output')?.textContent).toBe(String(list.length));
  }, 60_000);
});

describe('a 5 MB rubric with a syntax error near its end', () => {
  it('is rejected from src at the line and column, inside the indicator, keeping the ratings entered', async () => {
    const good = bulkyRubric(3, 0.01);
    const el = await fixture<SelRubric>(html`<sel-rubric name="assessment" .rubric=${good}></sel-rubric>`);
    const radio = el.shadowRoot?.querySelectorAll<HTMLInputElement>('input[type="radio"]')[2];
    if (!radio) throw new Error('no radio');
    radio.click();
    await el.updateComplete;
    const entered = el.value;
    expect(JSON.stringify(entered)).toContain('"level":3');

    // The last indicator loses the colon after "id", in pretty-printed JSON (many lines).
    const valid = JSON.stringify(bulkyRubric(600, 5), null, 2);
    const broken = valid.replace('"id": "i-599"', '"id" "i-599"');
    const at = broken.indexOf('"id" "i-599"') + '"id" '.length;
    const line = broken.slice(0, at).split('\n').length;
    const column = at - broken.lastIndexOf('\n', at - 1);
    expect(broken.length).toBeGreaterThan(4_800_000);
    expect(line).toBeGreaterThan(1000);
    const url = jsonUrl(broken);
    try {
      el.rubric = undefined;
      const error = nextEvent(el, 'sel-error', 30_000);
      el.src = url;
      let failed = false;
      void error.then(() => (failed = true));
      const texts = await atEachFrame(
        () => el.shadowRoot?.querySelector('p[role="status"]')?.textContent,
        () => failed,
      );
      const { detail } = await error;
      await el.updateComplete;
      expect(detail.issues).toHaveLength(1);
      expect(detail.issues[0]).toMatchObject({
        path: ['focusAreas', 0, 'practices', 0, 'indicators', 599],
        code: 'invalid-json',
        line,
        column,
      });
      expect(detail.issues[0]?.message).toBe(
        `Expected JSON in ${url}: Expected a colon after the property name, found "\\"" at line ${String(line)}, column ${String(column)}`,
      );
      expect(el.renderRoot.querySelector('[role="alert"]')?.textContent).toContain(
        `line ${String(line)}, column ${String(column)}`,
      );
      expect(el.value).toBe(entered);
      // Reading it is quick (long strings are found, not walked), but it starts after a painted frame.
      expect(
        texts.filter((text) => text?.startsWith('Reading the data')),
        JSON.stringify(texts),
      ).not.toEqual([]);
    } finally {
      URL.revokeObjectURL(url);
    }
  }, 60_000);
});

/** A community with `count` milestones, each with a paragraph of description: about 5 MB for 12,000. */
function bulkyCommunity(count: number): Community {
  const description = 'The district team reviews the plan with school leaders and partners. '.repeat(5);
  return {
    id: 'bulky-community',
    name: 'A very large learning community',
    scope: { kind: 'state', state: 'IL' },
    readiness: 'improving',
    charter: { start: '2026-07-01', end: '2031-06-30' },
    phase: 'launch',
    leadershipTeam: [],
    committees: [],
    members: [],
    districts: [],
    milestones: Array.from({ length: count }, (_, i) => ({
      id: `milestone-${String(i)}`,
      title: `District check-in ${String(i + 1)}`,
      phase: 'launch',
      due: new Date(Date.UTC(2026, 6, 1 + (i % 1500))).toISOString().slice(0, 10),
      status: 'planned',
      owner: 'Community SEL lead',
      description,
    })),
  };
}

describe('validating large data', () => {
  it('checks a 5 MB community a milestone at a time over several frames, and rejects its last milestone at its path', async () => {
    const shown = bulkyCommunity(3);
    const el = await fixture<SelMilestoneTimeline>(
      html`<sel-milestone-timeline today="2027-01-20" .community=${shown}></sel-milestone-timeline>`,
    );
    const big: Community = bulkyCommunity(12_000);
    const last = big.milestones.at(-1);
    if (!last) throw new Error('no milestone');
    last.due = '2027-02-30';
    const text = JSON.stringify(big);
    expect(text.length).toBeGreaterThan(4_800_000);
    const url = jsonUrl(text);
    try {
      el.community = undefined;
      const error = nextEvent(el, 'sel-error', 30_000);
      el.src = url;
      let failed = false;
      void error.then(() => (failed = true));
      const texts = await atEachFrame(
        () => el.renderRoot.querySelector('p[role="status"]')?.textContent,
        () => failed,
      );
      const { detail } = await error;
      await el.updateComplete;
      expect(detail.issues.map((issue) => issue.path)).toEqual([['milestones', 11_999, 'due']]);
      expect(el.renderRoot.querySelector('[role="alert"]')?.textContent).toContain('milestones[11999].due');
      // The file was read, then its 12,000 milestones were checked while frames went on being
      // painted, and the status said so, after it had said how far the read had got.
      const firstChecking = texts.indexOf('Checking the data…');
      expect(
        texts.filter((text) => text === 'Checking the data…').length,
        JSON.stringify(texts),
      ).toBeGreaterThanOrEqual(2);
      expect(texts.slice(0, firstChecking).some((text) => text?.startsWith('Reading the data'))).toBe(true);
      expect(texts.slice(firstChecking).some((text) => text?.startsWith('Reading the data'))).toBe(false);
      // What was shown before stays.
      expect(el.renderRoot.textContent).toContain('District check-in 3');
    } finally {
      URL.revokeObjectURL(url);
    }
  }, 60_000);

  it('checks a 5 MB community given as a property in the frames after the update, keeping what was shown', async () => {
    const shown = bulkyCommunity(3);
    const el = await fixture<SelMilestoneTimeline>(
      html`<sel-milestone-timeline today="2027-01-20" .community=${shown}></sel-milestone-timeline>`,
    );
    const checking = (): boolean => el.renderRoot.textContent.includes('Checking the data…');
    const big = bulkyCommunity(12_000);
    const broken = big.milestones[11_999];
    if (!broken) throw new Error('no milestone');
    broken.due = '2027-02-30';
    const error = nextEvent(el, 'sel-error', 30_000);
    let failed = false;
    void error.then(() => (failed = true));
    el.community = big;
    await el.updateComplete;
    // The update that takes the value checks its first 150 milestones and says the rest are being
    // checked, with the timeline shown so far still there.
    expect(checking()).toBe(true);
    expect(el.renderRoot.textContent).toContain('District check-in 3');
    const seen = await atEachFrame(checking, () => failed);
    const { detail } = await error;
    await el.updateComplete;
    expect(detail).toMatchObject({ source: 'property' });
    expect(detail.issues.map((issue) => issue.path)).toEqual([['milestones', 11_999, 'due']]);
    expect(seen.filter(Boolean).length, JSON.stringify(seen)).toBeGreaterThanOrEqual(2);
    expect(checking()).toBe(false);
    expect(el.renderRoot.textContent).toContain('District check-in 3');

    // A value given while another is checked wins: the older check stops and never reports.
    const reported: unknown[] = [];
    el.addEventListener('sel-error', (event) => reported.push(event));
    el.community = { ...big };
    await el.updateComplete;
    expect(checking()).toBe(true);
    const next = bulkyCommunity(400);
    el.community = next;
    await el.renderComplete;
    expect(el.renderRoot.querySelectorAll('ol.list > li')).toHaveLength(400);
    for (let i = 0; i < 5; i += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(reported).toEqual([]);
    expect(checking()).toBe(false);
  }, 60_000);

  it('finds a partner id used twice across a 5 MB inventory, after checking each partner', async () => {
    const { el, entered } = await sortedCardSort();
    el.partners = undefined;
    const partners = inventoryOf(MAX_CARD_SORT_PARTNERS, 5);
    const first = partners[0];
    const lastIndex = MAX_CARD_SORT_PARTNERS - 1;
    const lastPartner = partners[lastIndex];
    if (!first || !lastPartner) throw new Error('no partners');
    partners[lastIndex] = { ...lastPartner, id: first.id };
    const url = jsonUrl(JSON.stringify({ partners }));
    try {
      const error = nextEvent(el, 'sel-error', 30_000);
      el.src = url;
      const { detail } = await error;
      await el.updateComplete;
      expect(detail.issues.map(({ path, code }) => ({ path, code }))).toEqual([
        { path: ['partners', lastIndex, 'id'], code: 'custom' },
      ]);
      expect(detail.issues[0]?.message).toContain('"partner-1" is already used by partner 0');
      expect(el.value).toEqual(entered);
    } finally {
      URL.revokeObjectURL(url);
    }
  }, 60_000);
});

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { JsonSyntaxIssue, ParseResult, SelIssue } from '@sel/core';
import { dispatchSelEvent, type SelDataSourceKind } from './events.js';
import { objectAttributeIssues } from './upgrade-properties.js';
import type { SelMessageKey } from './strings/keys.js';

/** Where a data-driven element stands: nothing given, fetching, showing valid data, or showing an error. */
export type DataStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Validates raw data, typically `(raw) => safeParseWith(schema, raw, 'rubric')` from `@sel/core`. */
export type DataParser<T> = (raw: unknown) => ParseResult<T>;

/** How a {@link DataSourceController} reads its host and validates what it finds. */
export interface DataSourceOptions<T> {
  /** Validates the raw value from any of the three sources. */
  readonly parse: DataParser<T>;
  /** Reads the host's typed data property (e.g. `() => this.rubric`); `undefined` or `null` means "not given". */
  readonly property: () => unknown;
  /** Reads the host's `src` attribute/property; empty or missing means "not given". */
  readonly src: () => string | null | undefined;
  /** Used instead of the global `fetch` (tests, or an app that adds credentials). */
  readonly fetch?: typeof fetch;
  /** The longest JSON text (in UTF-16 code units, about bytes) read from `src` or inline; default {@link MAX_JSON_LENGTH}. */
  readonly maxLength?: number;
  /**
   * Validates data in steps (about one list item each), to the same verdict and value as
   * {@link parse}. Data from any source is checked with it: the first {@link STEPS_AT_ONCE} steps
   * at once, so data of ordinary size shows in the update that receives it, and the rest in slices
   * of about {@link SLICE_MS} in the animation frames after it (after painted frames, for data
   * read from large JSON), giving the main thread back in between. Typically
   * `(raw) => validateInSteps(schema, raw, 'community', ['milestones'])`. Without it, data is
   * validated by `parse` in one task (large JSON in a task after it was read).
   */
  readonly parseInSteps?: (raw: unknown) => Iterator<unknown, ParseResult<T>, undefined>;
  /**
   * Runs once for each new valid value before it is shown, for work derived from the whole of it
   * (a timeline's states, phase spans and scale). For data checked over frames it runs in a frame
   * of its own, so the frame that shows the data does not do it too; for data checked at once it
   * runs in the same update. An exception it throws is reported as a `parse-failed` issue.
   */
  readonly prepare?: (value: T) => void;
}

/** The largest data file an element reads by default: 10 MB of JSON. Larger files are rejected, unread. */
export const MAX_JSON_LENGTH = 10_000_000;

/**
 * JSON text longer than this (256 KB) is read in slices of about {@link SLICE_MS} each, with the
 * main thread given back in between (`scheduler.yield()`, or a macrotask where that is missing),
 * so input and painting go on while a file of megabytes is read: the text is read with
 * `createJsonReader` from `@sel/core`, then validated, then rendered. Shorter text is read at
 * once, so small inline data shows in the first render. The reader loads on first use (with text
 * this large, or text that is not JSON, where it says what was expected where).
 */
export const LARGE_JSON_LENGTH = 256 * 1024;

/**
 * How long (in milliseconds) one slice of reading large JSON holds the main thread before it
 * gives it back: half a frame, so a frame can still be drawn in the other half.
 */
export const SLICE_MS = 8;

/**
 * How many steps of `parseInSteps` (one list item each, after the rest of the document) are
 * checked at once, in the update that receives the data: data with up to this many list items (a
 * district rubric of 60 indicators, a partner inventory of 100) is checked and shown in that
 * update, whatever the machine's speed. Longer data (a thousand milestones, a 5 MB rubric) is
 * checked in the animation frames after it, in slices of about {@link SLICE_MS}, with a status
 * that says it is being checked, and shown in the frame after the last slice.
 */
export const STEPS_AT_ONCE = 150;

/**
 * What a data-driven element's polite status says while `status` is `'loading'`: "Loading…", how
 * much of a large file has been read, in steps of 10% (so a screen reader is not kept busy), or
 * that the data read is being checked.
 */
export function loadingText(
  data: { readonly progress: number | undefined; readonly checking: boolean },
  t: (key: SelMessageKey, params?: Readonly<Record<string, number>>) => string,
): string {
  if (data.checking) return t('data.checking');
  return data.progress === undefined ? t('data.loading') : t('data.reading', { percent: tenths(data.progress) * 10 });
}

const tenths = (progress: number): number => Math.floor(progress * 10);

/** Gives the main thread back to the browser for a moment (input, rendering), then resumes. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Waits until the browser has drawn the next frame, then resumes in a task of its own, so work
 * done in slices leaves every frame room to be painted (`scheduler.yield()` alone resumes ahead of
 * rendering in Chromium, which then paints only now and then). With `inFrame`, it resumes
 * inside the next animation frame's callbacks instead, so work done there is part of that frame
 * (its style, layout and paint follow), as a list drawn in frames adds its rows. In a hidden page,
 * where no frames are drawn, it is {@link yieldToMain}; a page hidden while waiting resumes by a
 * timer.
 */
export function yieldToFrame(inFrame = false): Promise<void> {
  if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden') return yieldToMain();
  return new Promise((resolve) => {
    const resume = (): void => {
      clearTimeout(fallback);
      if (inFrame) resolve();
      else setTimeout(resolve, 0);
    };
    const fallback = setTimeout(resume, 250);
    requestAnimationFrame(resume);
  });
}

/** {@link yieldToFrame} into the next animation frame's callbacks. */
const inNextFrame = (): Promise<void> => yieldToFrame(true);

function megabytes(length: number): string {
  return `${(length / 1_000_000).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
}

/**
 * The selector for the inline data a CMS editor can paste inside the element. A script marked
 * `data-sel="..."` holds other inline data of the element (the rubric's `data-sel="team"`).
 */
export const INLINE_DATA_SELECTOR = ':scope > script[type="application/json"]:not([data-sel])';

type Candidate =
  | { readonly kind: 'property'; readonly raw: unknown }
  | { readonly kind: 'src'; readonly url: string }
  | { readonly kind: 'inline'; readonly text: string }
  | { readonly kind: 'none' };

function issue(code: string, message: string): SelIssue {
  return { path: [], code, message };
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Resolves a data-driven element's data from one of three places and validates it.
 *
 * Precedence when several are given: **property > `src` > inline script**. A value set through
 * the JS property wins; with none, the JSON at the `src` URL is fetched; with neither, the first
 * `<script type="application/json">` child is read (watched with a MutationObserver, since a CMS
 * may insert or fill it late). Clearing a higher source falls back to the next one.
 *
 * Invalid data never throws: fetch failures, HTTP errors, JSON syntax errors and schema issues
 * all become {@link issues} (path + message), `status` turns `'error'` and a `sel-error` event
 * is dispatched with `{ issues, source }`. {@link value} keeps the last valid data, so whatever
 * the user entered on top of it is not thrown away. A stale fetch is aborted when `src`
 * changes; a fetch, read or check under way stops when the element leaves the document and starts
 * again when it is put back.
 */
export class DataSourceController<T> implements ReactiveController {
  /** The last valid data, kept while a newer source is loading or invalid. */
  value: T | undefined = undefined;
  /** The problems with the current source; empty unless `status` is `'error'`. */
  issues: readonly SelIssue[] = [];
  status: DataStatus = 'idle';
  /** Which source the current state (value or issues) came from. */
  source: SelDataSourceKind | undefined = undefined;
  /**
   * While large JSON text is being read (`status` is `'loading'`), how much of it has been read,
   * from 0 to 1; `undefined` at other times (while a file downloads, and for small data).
   */
  progress: number | undefined = undefined;
  /**
   * True once large JSON text has been read and its data is being checked against the schema
   * (`status` is still `'loading'`); false at other times.
   */
  checking = false;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: DataSourceOptions<T>;
  #observer: MutationObserver | undefined;
  #fetchAbort: AbortController | undefined;
  /** The kind of source last resolved (with its detail below), so repeated updates do not re-validate or re-fetch. */
  #resolvedKey: string | undefined;
  /** The property value, URL or inline text last resolved. */
  #resolvedDetail: unknown = undefined;
  #pendingError: { issues: readonly SelIssue[]; source: SelDataSourceKind } | undefined;
  #settledWaiters: (() => void)[] = [];
  /** Counts resolutions; an asynchronous step whose number is no longer current drops its result. */
  #generation = 0;

  constructor(host: ReactiveControllerHost & HTMLElement, options: DataSourceOptions<T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    // Cheap on unrelated child changes: #resolve returns early when the source is unchanged.
    this.#observer = new MutationObserver(() => {
      this.#resolve();
    });
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
    this.#resolve();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    if (this.status === 'loading') {
      // A fetch, read or check under way stops (its next step sees a newer generation), so an
      // element taken out of the page does no more work; it starts again when put back.
      this.#abortFetch();
      this.#generation += 1;
      this.#resolvedKey = undefined;
    }
  }

  /** Runs before each render: picks up property or `src` changes made since the last one. */
  hostUpdate(): void {
    this.#resolve();
  }

  hostUpdated(): void {
    const pending = this.#pendingError;
    if (!pending) return;
    this.#pendingError = undefined;
    dispatchSelEvent(this.#host, 'sel-error', { issues: pending.issues, source: pending.source });
  }

  /** Re-reads the current source even if it did not change (a "try again" button). */
  reload(): void {
    this.#resolvedKey = undefined;
    this.#resolve();
  }

  /**
   * Resolves once the host's pending update has run and no source is being fetched, read or
   * checked any more, after the render that shows the result (at once when nothing is under way).
   * Data set just before it is asked for is waited for too: the update picks it up first.
   */
  get settled(): Promise<void> {
    return this.#host.updateComplete.then(() =>
      this.status === 'loading' ? new Promise<void>((resolve) => this.#settledWaiters.push(resolve)) : undefined,
    );
  }

  #candidate(): Candidate {
    const raw = this.#options.property();
    if (raw !== undefined && raw !== null) return { kind: 'property', raw };
    const url = this.#options.src()?.trim();
    if (url) return { kind: 'src', url };
    const script = this.#host.querySelector(INLINE_DATA_SELECTOR);
    const text = script?.textContent.trim();
    if (text) return { kind: 'inline', text };
    return { kind: 'none' };
  }

  #resolve(): void {
    const candidate = this.#candidate();
    // The inline text is compared as it is, not inside a longer key string: joining megabytes of
    // text into a key would copy them on every update.
    const detail =
      candidate.kind === 'property'
        ? candidate.raw
        : candidate.kind === 'src'
          ? candidate.url
          : candidate.kind === 'inline'
            ? candidate.text
            : undefined;
    if (candidate.kind === this.#resolvedKey && detail === this.#resolvedDetail) return;
    this.#resolvedKey = candidate.kind;
    this.#resolvedDetail = detail;
    this.#generation += 1;
    this.#endRead();
    if (candidate.kind !== 'src') this.#abortFetch();

    switch (candidate.kind) {
      case 'property':
        this.#accept('property', candidate.raw);
        break;
      case 'inline':
        this.#acceptJson('inline', candidate.text, 'the inline <script type="application/json">');
        break;
      case 'src':
        void this.#load(candidate.url);
        break;
      case 'none': {
        // A framework that set an object as an attribute (the element was not defined yet) gets
        // an error naming the property to set, not "Nothing to show yet".
        const misplaced = objectAttributeIssues(this.#host);
        if (misplaced.length > 0) {
          this.#fail('property', misplaced);
          break;
        }
        this.status = this.value === undefined ? 'idle' : 'ready';
        this.issues = [];
        this.#settle();
        break;
      }
    }
  }

  /** Status `'loading'` from `source`, with how much is read or whether it is being checked. */
  #loading(source: SelDataSourceKind, progress?: number, checking = false): void {
    this.status = 'loading';
    this.source = source;
    this.issues = [];
    this.progress = progress;
    this.checking = checking;
    this.#host.requestUpdate();
  }

  #abortFetch(): void {
    this.#fetchAbort?.abort();
    this.#fetchAbort = undefined;
  }

  async #load(url: string): Promise<void> {
    this.#abortFetch();
    const abort = new AbortController();
    this.#fetchAbort = abort;
    this.#loading('src');
    const fetchFn = this.#options.fetch ?? globalThis.fetch.bind(globalThis);
    let text: string;
    try {
      const response = await fetchFn(url, { signal: abort.signal, headers: { Accept: 'application/json' } });
      if (!response.ok) {
        const status = `${response.status} ${response.statusText}`.trim();
        if (abort.signal.aborted) return;
        this.#fail('src', [issue('http-error', `Could not load ${url}: the server answered ${status}`)]);
        return;
      }
      // A file announced as too large is not downloaded at all.
      const announced = Number(response.headers.get('content-length') ?? Number.NaN);
      if (announced > this.#maxLength) {
        abort.abort();
        this.#fail('src', [this.#tooLarge(url, announced)]);
        return;
      }
      text = await response.text();
    } catch (error) {
      if (abort.signal.aborted) return;
      this.#fail('src', [issue('fetch-failed', `Could not load ${url}: ${describeError(error)}`)]);
      return;
    } finally {
      if (this.#fetchAbort === abort && !abort.signal.aborted) this.#fetchAbort = undefined;
    }
    if (abort.signal.aborted) return;
    this.#acceptJson('src', text, url);
  }

  get #maxLength(): number {
    return this.#options.maxLength ?? MAX_JSON_LENGTH;
  }

  #tooLarge(where: string, length: number): SelIssue {
    return issue(
      'too-large',
      `The data in ${where} is ${megabytes(length)}; the most this element reads is ${megabytes(this.#maxLength)}`,
    );
  }

  #acceptJson(source: SelDataSourceKind, text: string, where: string): void {
    if (text.length > this.#maxLength) {
      this.#fail(source, [this.#tooLarge(where, text.length)]);
      return;
    }
    if (text.length > LARGE_JSON_LENGTH) {
      void this.#acceptLargeJson(source, text, where);
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      void this.#explainJson(source, text, where);
      return;
    }
    this.#accept(source, value);
  }

  /**
   * @sel/core's JSON reader, loaded on first use; `undefined` (after an error state saying so) when
   * it cannot be loaded, or once a newer source has been given meanwhile.
   */
  async #jsonReading(
    source: SelDataSourceKind,
    generation: number,
  ): Promise<typeof import('./json-reading.js') | undefined> {
    try {
      const reading = await import('./json-reading.js');
      return generation === this.#generation ? reading : undefined;
    } catch (error) {
      if (generation === this.#generation) {
        this.#fail(source, [issue('parse-failed', `The data could not be read: ${describeError(error)}`)]);
      }
      return undefined;
    }
  }

  /**
   * Text `JSON.parse` refused: read again by @sel/core's reader (status `'loading'` while it
   * loads), which says what was expected where, in the same words in every browser.
   */
  async #explainJson(source: SelDataSourceKind, text: string, where: string): Promise<void> {
    const generation = this.#generation;
    this.#loading(source);
    const reading = await this.#jsonReading(source, generation);
    if (!reading) return;
    const read = reading.safeReadJson(text);
    if (read.ok) this.#accept(source, read.value);
    else this.#failJson(source, read.issue, where);
  }

  /** A syntax error as an issue that also says where the text came from. */
  #failJson(source: SelDataSourceKind, found: JsonSyntaxIssue, where: string): void {
    this.#fail(source, [{ ...found, message: `Expected JSON in ${where}: ${found.message}` }]);
  }

  /**
   * Large JSON: read in slices of about {@link SLICE_MS}, each a task of its own, then validated
   * in slices too when the options give `parseInSteps` (else in one later task). A newer source
   * makes the read stale: it stops at the next slice.
   */
  async #acceptLargeJson(source: SelDataSourceKind, text: string, where: string): Promise<void> {
    const generation = this.#generation;
    this.#loading(source, 0);
    const reading = await this.#jsonReading(source, generation);
    if (!reading) return;
    const reader = reading.createJsonReader(text);
    let shown = 0;
    const read = await this.#inSlices(
      generation,
      yieldToFrame,
      () => {
        const step = reader.step();
        return step.done ? step : undefined;
      },
      () => {
        this.progress = reader.progress;
        // Rendered again only when the status text changes.
        if (tenths(reader.progress) !== shown) {
          shown = tenths(reader.progress);
          this.#host.requestUpdate();
        }
      },
    );
    if (!read) return;
    if (!read.ok) {
      this.#failJson(source, read.issue, where);
      return;
    }
    // The status now says the data is being checked, not read.
    this.checking = true;
    this.#host.requestUpdate();
    const steps = this.#options.parseInSteps;
    if (!steps) {
      await yieldToMain();
      if (generation === this.#generation) this.#accept(source, read.value);
      return;
    }
    let validation: Iterator<unknown, ParseResult<T>, undefined>;
    try {
      validation = steps(read.value);
    } catch (error) {
      this.#failParse(source, error);
      return;
    }
    await this.#checkInSlices(source, generation, validation, yieldToFrame);
  }

  /**
   * Runs the rest of a validation in slices of about {@link SLICE_MS}, each after `wait`, then
   * settles with its verdict, unless a newer source has been given meanwhile.
   */
  async #checkInSlices(
    source: SelDataSourceKind,
    generation: number,
    validation: Iterator<unknown, ParseResult<T>, undefined>,
    wait: () => Promise<void>,
  ): Promise<void> {
    let checked: ParseResult<T> | undefined;
    try {
      checked = await this.#inSlices(generation, wait, () => {
        const next = validation.next();
        return next.done ? next.value : undefined;
      });
    } catch (error) {
      if (generation === this.#generation) this.#failParse(source, error);
      return;
    }
    // The slice that checked the last items is spent: what is derived from the data is worked out
    // after it, and the data is shown after that.
    if (!checked) return;
    if (checked.ok && this.#options.prepare) {
      await wait();
      if (generation !== this.#generation || !this.#prepare(source, checked.value)) return;
    }
    await wait();
    if (generation === this.#generation) this.#settleParse(source, checked, true);
  }

  /**
   * Calls `step` in slices of about {@link SLICE_MS}, each after `wait`, until it gives a result;
   * `undefined` once a newer source has been given. `sliced` runs after each slice.
   */
  async #inSlices<R>(
    generation: number,
    wait: () => Promise<void>,
    step: () => R | undefined,
    sliced?: () => void,
  ): Promise<R | undefined> {
    for (;;) {
      await wait();
      if (generation !== this.#generation) return undefined;
      const start = performance.now();
      let result: R | undefined;
      do result = step();
      while (result === undefined && performance.now() - start < SLICE_MS);
      sliced?.();
      if (result !== undefined) return result;
    }
  }

  #failParse(source: SelDataSourceKind, error: unknown): void {
    this.#fail(source, [issue('parse-failed', `The data could not be checked: ${describeError(error)}`)]);
  }

  /**
   * Validates data at once, or, with `parseInSteps`, its first {@link STEPS_AT_ONCE} steps at once
   * and the rest in the animation frames that follow (status `'loading'`, `checking`).
   */
  #accept(source: SelDataSourceKind, raw: unknown): void {
    const steps = this.#options.parseInSteps;
    let result: ParseResult<T>;
    try {
      if (steps) {
        const validation = steps(raw);
        let next = validation.next();
        for (let step = 1; !next.done && step <= STEPS_AT_ONCE; step += 1) next = validation.next();
        if (!next.done) {
          this.#loading(source, undefined, true);
          void this.#checkInSlices(source, this.#generation, validation, inNextFrame);
          return;
        }
        result = next.value;
      } else result = this.#options.parse(raw);
    } catch (error) {
      this.#failParse(source, error);
      return;
    }
    this.#settleParse(source, result);
  }

  /** Runs the `prepare` option on a new valid value; false (and an error state) if it throws. */
  #prepare(source: SelDataSourceKind, value: T): boolean {
    try {
      this.#options.prepare?.(value);
      return true;
    } catch (error) {
      this.#failParse(source, error);
      return false;
    }
  }

  #settleParse(source: SelDataSourceKind, result: ParseResult<T>, prepared = false): void {
    if (!result.ok) {
      this.#fail(source, result.error.issues);
      return;
    }
    if (!prepared && !this.#prepare(source, result.value)) return;
    this.#endRead();
    this.value = result.value;
    this.issues = [];
    this.status = 'ready';
    this.source = source;
    this.#settle();
  }

  /** Nothing is being read or checked any more: clears `progress` and `checking`. */
  #endRead(): void {
    this.progress = undefined;
    this.checking = false;
  }

  #fail(source: SelDataSourceKind, issues: readonly SelIssue[]): void {
    this.#endRead();
    this.issues = issues;
    this.status = 'error';
    this.source = source;
    this.#pendingError = { issues, source };
    this.#settle();
  }

  #settle(): void {
    this.#host.requestUpdate();
    const waiters = this.#settledWaiters;
    this.#settledWaiters = [];
    // Waiters resume after the render that shows the new state.
    void this.#host.updateComplete.then(() => {
      for (const resolve of waiters) resolve();
    });
  }
}

import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { ParseResult, SelIssue } from '@sel/core';
import { AnnouncerController } from './announcer.js';
import { DataSourceController, loadingText } from './data-source.js';
import { renderErrorState } from './error-state.js';
import { dispatchSelEvent, type SelEventDetail, type SelEventName } from './events.js';
import {
  LocaleController,
  stringParts,
  type SelMessageKey,
  type SelMessageParams,
  type SelStringOverrides,
  type SelStrings,
} from './i18n.js';
import { progressStatus, ProgressiveController, type ProgressiveOptions } from './progressive.js';
import { PreUpgradeProperties } from './upgrade-properties.js';

/**
 * The base of every data-driven @sel element. It owns what they all share, so an element file
 * holds only its API, its state and its render:
 *
 * - **Data** from one of three places, in this order of precedence: the element's typed data
 *   property (read through {@link dataFromProperty}), the JSON at the `src` URL (fetched with
 *   {@link fetcher}), or an inline `<script type="application/json">` child. The element checks
 *   it in {@link parseData} (and, for long lists, {@link parseDataInSteps}, over frames).
 *   {@link reload} reads the current source again; {@link dataSettled} and {@link renderComplete}
 *   tell when the data and every row are on screen.
 * - **States**: {@link renderDataState} renders the loading, reading and checking status, the
 *   error state (every problem by its path, with "Try again" for every source), the element's
 *   own problems ({@link reportIssues}) and the empty state. Invalid data never throws: it
 *   dispatches `sel-error` `{ issues, source }` and the last valid data stays on screen.
 * - **Language**: the locale of the nearest `lang` (English or Spanish), `strings` overrides,
 *   {@link t} and the `i18n` controller's date and number formats.
 * - **Long lists** drawn over frames (`progress`, configured by the static `progressive`) and
 *   their status ({@link renderProgressStatus}); **announcements** through `announcer`.
 * - **Events**: {@link emit} dispatches `sel-*` CustomEvents that bubble and cross shadow roots.
 *
 * Value-holding elements extend `SelFormElement`, which adds the form API.
 *
 * @typeParam T - The element's data, as its schema in `@sel/core` infers it.
 */
export abstract class SelElement<T> extends LitElement {
  /**
   * How the element's long list is drawn over frames (rows in the first batch, whether the frame
   * after it is left to the element). Elements override it; see `ProgressiveOptions`.
   */
  protected static progressive: ProgressiveOptions = {};

  /** The element's own strings (English at hand, Spanish loaded when spoken), looked up before the shared ones. */
  protected static messages: SelStrings | undefined;

  static override properties: PropertyDeclarations = {
    src: { type: String },
    strings: { attribute: false },
  };

  /**
   * Moves properties a page set before the element was defined (`value`, `fetcher`...) onto the
   * class's accessors and fields once it connects. The first field with an initializer, so it
   * runs before any default is set.
   */
  protected readonly preUpgrade = new PreUpgradeProperties(this, ['fetcher']);

  /** URL of the data as JSON, fetched when the data property is not set (an inline `<script type="application/json">` is read when neither is). */
  src: string | undefined;
  /** Replaces single strings of the English or Spanish catalog, e.g. `{ 'action.retry': 'Reload' }`. */
  strings: SelStringOverrides | undefined;
  /** Fetches `src` in place of the global `fetch` (an app that adds credentials, or a test). */
  fetcher: typeof fetch = (input, init) => fetch(input, init);

  /** The data from whichever source is given, checked; `value` keeps the last valid data. */
  protected readonly dataSource = new DataSourceController<T>(this, {
    parse: (raw) => this.parseData(raw),
    ...(this.parseDataInSteps ? { parseInSteps: this.parseDataInSteps.bind(this) } : {}),
    ...(this.prepareData ? { prepare: this.prepareData.bind(this) } : {}),
    property: () => this.dataFromProperty(),
    src: () => this.src,
    fetch: (input, init) => this.fetcher(input, init),
  });
  /** The element's locale, strings and formats. */
  protected readonly i18n = new LocaleController(this, {
    strings: () => this.strings,
    parts: stringParts((this.constructor as { messages?: SelStrings }).messages),
  });
  /** Draws the element's long list over frames. */
  protected readonly progress = new ProgressiveController(
    this,
    (this.constructor as { progressive?: ProgressiveOptions }).progressive,
  );
  /** The element's polite live region; render `announcer.region()` where it belongs. */
  protected readonly announcer = new AnnouncerController(this);

  /** Problems the element found itself (in a value, a starting state), by group. */
  readonly #ownIssues = new Map<string, readonly SelIssue[]>();
  #pendingErrors: (readonly SelIssue[])[] = [];

  constructor() {
    super();
    // On a page in a language with no catalog (`lang="fr"`) the element's words are English: they
    // are wrapped in `lang="en"`, so screen readers read both the words and the data (which
    // `dataLang` marks with the page's language or its own) in the right voice.
    const draw = this.render.bind(this);
    this.render = () => {
      const lang = this.i18n.uiLang;
      return lang === nothing ? draw() : html`<div lang=${lang}>${draw()}</div>`;
    };
    this.addController({
      hostUpdated: () => {
        this.#dispatchOwnErrors();
      },
    });
  }

  /**
   * Waits, before an update, for the strings of the language the element speaks when they are
   * not loaded yet (Spanish is loaded on first use), so the first render is already in it.
   */
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- Lit's own signature
  protected override scheduleUpdate(): void | Promise<unknown> {
    const strings = this.i18n.stringsReady();
    return strings === undefined ? super.scheduleUpdate() : strings.then(() => super.scheduleUpdate());
  }

  /** Resolves once the data given has been read and checked (a `src` fetch, large data) and is rendered. */
  get dataSettled(): Promise<void> {
    return this.dataSource.settled;
  }

  /**
   * Resolves once the data given has been checked (large data is checked over frames) and every
   * row of the element's list is drawn (a long list is drawn over several frames).
   */
  get renderComplete(): Promise<void> {
    return this.dataSource.settled.then(() => this.progress.complete);
  }

  /** Reads the current data source again: fetches `src` again, re-reads the inline JSON, or re-checks the property. */
  reload(): void {
    this.dataSource.reload();
  }

  /** The element's data property as given (`undefined` or `null` when not set), e.g. `return this.community;`. */
  protected abstract dataFromProperty(): unknown;

  /** Checks raw data from any source, typically `safeParseWith(schema, raw, 'community')` from `@sel/core`. */
  protected abstract parseData(raw: unknown): ParseResult<T>;

  /**
   * Checks raw data in steps of about one list item each, to the same verdict as
   * {@link parseData}, so long data is checked over frames with the main thread free in between;
   * typically `validateInSteps(schema, raw, 'community', ['milestones'])`. Declare it (and
   * {@link prepareData}) as a method: the base looks for it when the element is constructed.
   */
  protected parseDataInSteps?(raw: unknown): Iterator<unknown, ParseResult<T>, undefined>;

  /** Work derived from each new valid value, done before it is shown (in a frame of its own for long data). */
  protected prepareData?(value: T): void;

  /** The message for `key` in the element's language, with its `strings` overrides. */
  protected readonly t = (key: SelMessageKey, params?: SelMessageParams): string => this.i18n.t(key, params);

  /** Dispatches a `sel-*` event that bubbles and crosses shadow roots; false when a listener cancelled it. */
  protected emit<K extends SelEventName>(name: K, detail: SelEventDetail<K>, cancelable = false): boolean {
    return dispatchSelEvent(this, name, detail, { cancelable });
  }

  /**
   * Records problems the element found in what it was given besides its data (a value, a starting
   * state), as the group `group`: they show in the error state, and a non-empty list dispatches
   * `sel-error` (source `property`) after the next render. An empty list clears the group.
   */
  protected reportIssues(group: string, issues: readonly SelIssue[]): void {
    if (issues.length === 0) {
      if (this.#ownIssues.delete(group)) this.requestUpdate();
      return;
    }
    this.#ownIssues.set(group, issues);
    this.#pendingErrors.push(issues);
    this.requestUpdate();
  }

  #dispatchOwnErrors(): void {
    const pending = this.#pendingErrors;
    if (pending.length === 0) return;
    this.#pendingErrors = [];
    for (const issues of pending) this.emit('sel-error', { issues, source: 'property' });
  }

  /**
   * The states around the element's content, one rule for every element: the data's error state
   * (each problem by its path; "Try again" reads the source again, whichever it is), the
   * element's own problems, the loading / reading / checking status, and the empty state when no
   * data is given. Render it first; the content follows when `dataSource.value` is set.
   */
  protected renderDataState(): TemplateResult {
    const { status, value, issues, source } = this.dataSource;
    const own = [...this.#ownIssues.values()].flat();
    return html`${
      status === 'error'
        ? renderErrorState({
            issues,
            source,
            t: this.t,
            keptPrevious: value !== undefined,
            onRetry: () => {
              this.reload();
            },
          })
        : nothing
    }${
      own.length > 0
        ? renderErrorState({ issues: own, source: 'property', t: this.t, keptPrevious: value !== undefined })
        : nothing
    }${status === 'loading' ? html`<p role="status">${loadingText(this.dataSource, this.t)}</p>` : nothing}${
      value === undefined && status === 'idle' ? html`<p class="empty">${this.t('data.empty')}</p>` : nothing
    }`;
  }

  /**
   * The polite status of a long list drawn over frames: `drawing` while rows are added, `drawn`
   * once all are there, empty for a list drawn at once. Render it last, after other live regions.
   */
  protected renderProgressStatus(drawing: SelMessageKey, drawn: SelMessageKey): TemplateResult {
    return progressStatus(this.progress.status, this.t, drawing, drawn);
  }
}

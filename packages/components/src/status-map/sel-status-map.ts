import { adoptStyles, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import {
  checkStatusSnapshot,
  type CheckedStatusSnapshot,
  type ParseResult,
  type SelIssue,
  type StatusSnapshot,
  type TileGridLayout,
} from '@sel/core';
import { usTileGrid } from '@sel/data';
import { dataLang } from '../shared/data-language.js';
import { headingTag } from '../shared/heading.js';
import { SelElement } from '../shared/sel-element.js';
import { tokenStyles } from '../shared/tokens.styles.js';
import type { SortDirection, StateColumn } from './state-rows.js';
import {
  isStatusMeasure,
  measureIssues,
  measureScale,
  type MeasureScale,
  type StatusMeasure,
} from './status-measures.js';
import { placeIssues, statusMapModel, type StatusMapModel, type TileKey } from './status-map-model.js';
import { placeName, tileLabel, type StatusMapText } from './status-map-text.js';
import {
  renderControls,
  renderLegend,
  renderReportHeader,
  renderTileGrid,
  type StatusMapView,
} from './status-map-view.js';
import { statusMapStyles } from './sel-status-map.styles.js';
import { TileMoves } from './tile-moves.js';
import { statusMapStrings } from './status-map-strings.js';
import * as onDemand from './status-map-on-demand.js';
import type { SelStateSelectTrigger } from './status-map-events.js';

export type { SelStateSelectDetail, SelStateSelectTrigger } from './status-map-events.js';
export type { StatusMapView } from './status-map-view.js';

/**
 * The public status report of the learning communities: a map of the United States as an
 * equal-area tile grid (one square per state and DC, the national community beside them), each
 * square coloured, patterned and numbered by the measure the page chooses (lifecycle phase,
 * readiness stage, or the number of communities, districts or students), with its legend, the
 * totals, the "as of" date and a summary in words. The same figures show as a sortable table; on
 * the narrowest screens the table replaces the map. The map is one tab stop: the arrow keys move
 * between squares by geography, Home and End to the first and last, and Enter or a click opens the
 * place's communities (name, phase, readiness, districts, students, charter) below the map.
 *
 * Data arrives as the `snapshot` property, a `src` URL (a monthly JSON snapshot) or an inline
 * `<script type="application/json">` child, checked with `@sel/core`'s `statusSnapshotSchema`;
 * the figures come from core's `statusReport`. A snapshot marked `illustrative` says so.
 *
 * @summary A tile grid map, table and summary of the learning communities' status.
 * @tag sel-status-map
 *
 * @attr src - URL of the status snapshot as JSON, used when the `snapshot` property is not set.
 * @attr measure - What colours the map: `phase` (default), `readiness`, `communities`, `districts` or `students`.
 * @attr view - `map` (default) or `table`; the user can switch.
 * @attr heading-level - Level of the element's heading, 1 to 6 (default 2).
 * @attr selected-state - The place whose communities are open: a state code such as `NM`, or `national`. Set it to open that place at first render; it follows the user's choice.
 *
 * @prop {StatusSnapshot | undefined} snapshot - The communities as of a day (wins over `src` and inline JSON).
 * @prop {TileGridLayout | undefined} layout - Where each state's square sits (default: `usTileGrid` from `@sel/data`).
 * @prop {string | undefined} src - See the `src` attribute.
 * @prop {StatusMeasure} measure - See the `measure` attribute.
 * @prop {StatusMapView} view - See the `view` attribute.
 * @prop {number} headingLevel - See the `heading-level` attribute.
 * @prop {TileKey | undefined} selectedState - See the `selected-state` attribute.
 * @prop {SelStringOverrides | undefined} strings - Replaces single strings of the English or Spanish catalog.
 *
 * @fires {SelStateSelectDetail} sel-state-select - A place was opened from the map or the table; its communities are shown.
 * @fires {SelErrorDetail} sel-error - The data could not be loaded or is invalid, or `measure`, `layout` or `selected-state` is; `detail.issues` has each path and message.
 *
 * @slot heading - Replaces the heading text (the snapshot's title, or "Status of the learning communities").
 *
 * @csspart header - The heading, the illustrative notice, the date, the totals and the summary.
 * @csspart totals - The totals of communities, states, districts and students.
 * @csspart summary - The report in words.
 * @csspart controls - The measure and view choices.
 * @csspart map - The tile grid.
 * @csspart tile - One square of the map.
 * @csspart legend - The key to the colours, patterns and numbers.
 * @csspart table - The table of states.
 * @csspart state-panel - The communities of the opened place.
 * @csspart error-state - The alert listing problems with the data.
 *
 * @cssprop --sel-status-map-step-1 - Fill of the first legend class (the lightest).
 * @cssprop --sel-status-map-step-2 - Fill of the second legend class.
 * @cssprop --sel-status-map-step-3 - Fill of the third legend class.
 * @cssprop --sel-status-map-step-4 - Fill of the fourth legend class.
 * @cssprop --sel-status-map-step-5 - Fill of the fifth legend class (the darkest).
 * @cssprop --sel-color-text - Body text (its dark-scheme default is light).
 * @cssprop --sel-color-text-muted - Secondary text such as the totals' labels.
 * @cssprop --sel-color-surface - Background, and the chips under the text on each square.
 * @cssprop --sel-color-surface-raised - Default fill of squares with no community.
 * @cssprop --sel-color-border - Borders of squares, swatches and tables.
 * @cssprop --sel-color-accent - The chosen view button and the places in the table.
 * @cssprop --sel-status-map-empty - Fill of squares with no community.
 * @cssprop --sel-status-map-tile-size - Largest size of a square (default 3.5rem); squares shrink to fit.
 */
export class SelStatusMap extends SelElement<CheckedStatusSnapshot> {
  static override styles = [tokenStyles, statusMapStyles];
  protected static override messages = statusMapStrings;

  static override properties: PropertyDeclarations = {
    snapshot: { attribute: false },
    layout: { attribute: false },
    measure: { type: String, reflect: true },
    view: { type: String, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    selectedState: { type: String, reflect: true, attribute: 'selected-state' },
    sortColumn: { state: true },
    sortDirection: { state: true },
  };

  /** The communities as of a day (wins over `src` and inline JSON). */
  snapshot: StatusSnapshot | undefined;
  /** Where each state's square sits; `usTileGrid` from `@sel/data` when not set. */
  layout: TileGridLayout | undefined;
  /** What colours the map. */
  measure: StatusMeasure = 'phase';
  /** Whether the map or the table is shown. */
  view: StatusMapView = 'map';
  /** Level of the element's heading (1-6); the panel's heading is one below. */
  headingLevel = 2;

  /** The place whose communities are shown: a state code or `national`; the user's choice sets it. */
  selectedState: TileKey | undefined;
  private sortColumn: StateColumn = 'place';
  private sortDirection: SortDirection = 'ascending';

  #model: StatusMapModel | undefined;
  #built: { checked?: CheckedStatusSnapshot; layout?: TileGridLayout } = {};
  #layout: TileGridLayout = usTileGrid;
  /** The `layout` given whose check has been applied to `#layout`. */
  #checkedLayout: TileGridLayout | undefined;
  /** Whether the container query put the table in place of the map (a phone, a narrow column). */
  #narrow = false;
  /** Whether the page is being printed: print shows the table below the map. */
  #printing = false;
  /** Whether this shadow root has adopted the on-demand views' styles. */
  #viewStyles = false;
  #resize: ResizeObserver | undefined;
  #observed: Element | undefined;

  /** The legend the map was last drawn with: a move says what the square it reaches shows. */
  #scale: MeasureScale | undefined;

  /** The map's single tab stop, moved by geography (keys are places). */
  readonly #moves = new TileMoves(this, {
    tiles: () => this.#model?.tiles,
    element: (place) => this.renderRoot.querySelector<HTMLElement>(`.grid [data-key="${place}"]`),
    moved: (to) => {
      const tile = this.#model?.byKey.get(to);
      if (tile !== undefined && this.#scale !== undefined)
        this.announcer.announce(tileLabel(tile, this.#scale, this.#text));
    },
    failed: (issue) => {
      this.reportIssues('views', [issue]);
    },
  });

  protected override dataFromProperty(): unknown {
    return this.snapshot;
  }

  /**
   * A snapshot is checked at once, in the update that receives it, and rolled up with its
   * communities checked only that once (core's `checkStatusSnapshot`, plain code without zod): the
   * plan's network is 35 communities, and a few hundred take a few milliseconds.
   */
  protected override parseData(raw: unknown): ParseResult<CheckedStatusSnapshot> {
    return checkStatusSnapshot(raw);
  }

  /** The report and the squares of a snapshot are built once per snapshot and layout. */
  protected override prepareData(checked: CheckedStatusSnapshot): void {
    this.#modelFor(checked);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.#onPrint);
    window.addEventListener('afterprint', this.#onPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.#onPrint);
    window.removeEventListener('afterprint', this.#onPrint);
    this.#resize?.disconnect();
    this.#observed = undefined;
  }

  readonly #onPrint = (event: Event): void => {
    this.#printing = event.type === 'beforeprint';
    this.requestUpdate();
  };

  /** Whether the next render draws the table or a place's communities. */
  #needsViews(): boolean {
    return this.view === 'table' || this.#narrow || this.#printing || this.selectedState != null;
  }

  /**
   * Waits, before an update, for the code that update needs and a first render does not have:
   * the table and the place panel, and the check of a page's own layout. A load that fails is
   * reported as the element's own issue and the update goes on without it.
   */
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- Lit's own signature
  protected override scheduleUpdate(): void | Promise<unknown> {
    const report = (group: string) => (issues: SelIssue[]) => {
      this.reportIssues(group, issues);
    };
    const layout = this.layout;
    const waits = [
      this.#needsViews() ? onDemand.viewsReady(this.i18n.locale, report('views')) : undefined,
      onDemand.numericMeasuresReady(this.#measure, report('numeric')),
      layout === undefined || layout === this.#checkedLayout
        ? undefined
        : onDemand.layoutChecked(
            layout,
            (checked) => {
              this.#checkedLayout = layout;
              this.#layout = checked.layout ?? usTileGrid;
              this.reportIssues('layout', checked.issues);
            },
            report('layout'),
          ),
    ].filter((wait) => wait !== undefined);
    return waits.length === 0 ? super.scheduleUpdate() : Promise.all(waits).then(() => super.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('layout') && this.layout === undefined) {
      this.#checkedLayout = undefined;
      this.#layout = usTileGrid;
      this.reportIssues('layout', []);
    }
    const views = onDemand.loadedViews();
    if (views !== undefined && !this.#viewStyles && this.#needsViews() && this.renderRoot instanceof ShadowRoot) {
      this.#viewStyles = true;
      adoptStyles(this.renderRoot, [...SelStatusMap.elementStyles, views.statusMapViewStyles]);
    }
    // A new layout's model is built (and the chosen place checked against it) here; new data's when
    // the data arrives (prepareData). A place chosen on the same model is checked here.
    const checked = this.dataSource.value;
    const before = this.#model;
    const model = checked === undefined ? undefined : this.#modelFor(checked);
    if (model !== undefined && model === before && changed.has('selectedState')) {
      this.reportIssues('selected-state', placeIssues(this.selectedState, model));
    }
    if (changed.has('measure')) {
      this.reportIssues('measure', measureIssues(this.measure));
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The controls span the element's width, and drawing the table never resizes them, so the
    // observer is not woken again by the update it asks for.
    const report = this.renderRoot.querySelector('.controls');
    if (report !== null && report !== this.#observed) {
      this.#resize ??= new ResizeObserver(() => {
        this.#followContainer();
      });
      this.#resize.disconnect();
      this.#resize.observe(report);
      this.#observed = report;
      onDemand.preloadViews();
    }
  }

  /** Follows the container query: below its width (a phone, a narrow column) the table stands in for the map. */
  #followContainer(): void {
    const map = this.renderRoot.querySelector('.map');
    const narrow = map !== null && getComputedStyle(map).display === 'none';
    if (narrow !== this.#narrow) {
      this.#narrow = narrow;
      this.requestUpdate();
    }
  }

  /** The model of `snapshot` on the current layout, rebuilt only when either changes. */
  #modelFor(checked: CheckedStatusSnapshot): StatusMapModel {
    if (this.#model === undefined || this.#built.checked !== checked || this.#built.layout !== this.#layout) {
      this.#model = statusMapModel(checked, this.#layout);
      this.#built = { checked, layout: this.#layout };
      this.reportIssues('selected-state', placeIssues(this.selectedState, this.#model));
    }
    return this.#model;
  }

  get #text(): StatusMapText {
    return {
      locale: this.i18n.locale,
      t: this.t,
      formatNumber: (v, o) => this.i18n.formatNumber(v, o),
      lang: dataLang(this.dataSource.value?.snapshot.lang, this.i18n),
    };
  }

  get #measure(): StatusMeasure {
    return isStatusMeasure(this.measure) ? this.measure : 'phase';
  }

  #open(place: TileKey, event: Event): void {
    const tile = this.#model?.byKey.get(place);
    if (tile === undefined) return;
    this.selectedState = place;
    const trigger: SelStateSelectTrigger = event instanceof MouseEvent && event.detail > 0 ? 'pointer' : 'keyboard';
    this.announcer.announce(this.t('statusMap.announce.opened', { place: placeName(place, this.#text) }));
    this.emit('sel-state-select', { place, communities: tile.communities, trigger });
  }

  #close(): void {
    const place = this.selectedState;
    this.selectedState = undefined;
    if (place != null && this.view === 'map') this.#moves.focus(place);
  }

  #onMapKeydown(event: KeyboardEvent): void {
    const target = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('[data-key]') : null;
    const from = target?.dataset['key'] as TileKey | undefined;
    if (from === undefined || this.#model === undefined) return;
    if (event.key === 'Escape' && this.selectedState != null) {
      event.preventDefault();
      this.selectedState = undefined;
      return;
    }
    this.#moves.keydown(event, from);
  }

  #onMapClick(event: MouseEvent): void {
    const target = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-key]') : null;
    const place = target?.dataset['key'] as TileKey | undefined;
    if (place === undefined) return;
    this.#moves.active = place;
    this.#open(place, event);
  }

  #sort(column: StateColumn): void {
    this.sortDirection = column === this.sortColumn && this.sortDirection === 'ascending' ? 'descending' : 'ascending';
    this.sortColumn = column;
    const views = onDemand.loadedViews();
    if (views === undefined) return;
    const words = views.viewText(this.#text, this.strings);
    const direction = words.t(this.sortDirection === 'ascending' ? 'statusMap.ascending' : 'statusMap.descending');
    this.announcer.announce(words.t('statusMap.sorted', { column: views.columnLabel(column, words), direction }));
  }

  readonly #showMap = (): void => {
    this.view = 'map';
  };

  readonly #showTable = (): void => {
    this.view = 'table';
  };

  #setMeasure(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if (isStatusMeasure(value)) this.measure = value;
  }

  protected override render(): TemplateResult {
    const checked = this.dataSource.value;
    return html`${this.renderDataState()}${checked === undefined ? nothing : this.#renderReport(checked)}${this.announcer.region()}`;
  }

  #renderReport(checked: CheckedStatusSnapshot): TemplateResult {
    const model = this.#modelFor(checked);
    const text = this.#text;
    const measure = this.#measure;
    const scale = (this.#scale = measureScale(measure, model.tiles, onDemand.loadedNumericMeasures()));
    const views = onDemand.loadedViews();
    const words = views?.viewText(text, this.strings);
    const table = (extra: string) =>
      views?.renderStatesTable(
        model.tiles,
        (key) => placeName(key, text),
        {
          column: this.sortColumn,
          direction: this.sortDirection,
          caption: words?.t('statusMap.table.caption', { date: this.i18n.formatDate(checked.snapshot.asOf) }) ?? '',
          sort: (column) => {
            this.#sort(column);
          },
          open: (key, event) => {
            this.#open(key, event);
          },
        },
        words ?? text,
        extra,
      ) ?? nothing;
    const openTile = this.selectedState == null ? undefined : model.byKey.get(this.selectedState);
    return html`<div class="report">
      ${renderReportHeader(checked.snapshot, model.report, headingTag(this.headingLevel), (date) => this.i18n.formatDate(date), text)}
      ${renderControls(
        measure,
        this.view,
        {
          measure: (event) => {
            this.#setMeasure(event);
          },
          map: this.#showMap,
          table: this.#showTable,
        },
        text,
      )}
      ${
        this.view === 'table'
          ? table('')
          : html`<div class="map" @keydown=${this.#onMapKeydown} @click=${this.#onMapClick}>
                ${renderTileGrid(model, scale, { tabStop: this.#moves.tabStop(model, this.selectedState), open: this.selectedState }, text)}
              </div>
              ${renderLegend(scale, this.t(`statusMap.measure.${measure}`), text)}
              ${this.#narrow || this.#printing ? table('table--fallback') : nothing}`
      }
      ${
        openTile === undefined || views === undefined
          ? nothing
          : views.renderStateCommunities(
              openTile,
              {
                heading: headingTag(Math.min(this.headingLevel + 1, 6)),
                place: placeName(openTile.key, text),
                formatDate: (value) => this.i18n.formatDate(value),
                close: () => {
                  this.#close();
                },
              },
              words ?? text,
            )
      }
    </div>`;
  }
}

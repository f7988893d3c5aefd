import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import {
  safeParseStatusSnapshot,
  safeParseWith,
  tileGridLayoutSchema,
  type CheckedStatusSnapshot,
  type ParseResult,
  type StatusSnapshot,
  type TileGridLayout,
} from '@sel/core';
import { usTileGrid } from '@sel/data';
import { headingTag } from '../shared/heading.js';
import { RovingFocusController } from '../shared/roving-focus.js';
import { SelElement } from '../shared/sel-element.js';
import { tokenStyles } from '../shared/tokens.styles.js';
import { renderStateCommunities } from './state-communities.js';
import { sortStateRows, stateRows, type SortDirection, type StateColumn } from './state-rows.js';
import {
  isStatusMeasure,
  measureScale,
  STATUS_MEASURES,
  type MeasureScale,
  type StatusMeasure,
} from './status-measures.js';
import { statusMapModel, type MapCommunity, type StatusMapModel, type TileKey } from './status-map-model.js';
import { columnLabel, renderStateTable } from './status-map-table.js';
import { placeName, tileLabel, type StatusMapText } from './status-map-text.js';
import { renderLegend, renderTileGrid } from './status-map-view.js';
import { statusMapStyles } from './sel-status-map.styles.js';
import { statusSummary } from './status-summary.js';
import { isTileNavigationKey, tileInDirection } from './tile-navigation.js';
import { statusMapStrings } from './status-map-strings.js';

/** How the user opened a place: a key on a square or a row, or a pointer. */
export type SelStateSelectTrigger = 'keyboard' | 'pointer';

/** `detail` of `sel-state-select`: the place whose communities are now shown. */
export interface SelStateSelectDetail {
  /** A state code, or `national` for the national communities. */
  readonly place: TileKey;
  /** Its communities by name, each with its line of the status report and its charter. */
  readonly communities: readonly MapCommunity[];
  readonly trigger: SelStateSelectTrigger;
}

declare global {
  interface HTMLElementEventMap {
    'sel-state-select': CustomEvent<SelStateSelectDetail>;
  }
}

/** The two ways to see the report. */
export type StatusMapView = 'map' | 'table';

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
 *
 * @prop {StatusSnapshot | undefined} snapshot - The communities as of a day (wins over `src` and inline JSON).
 * @prop {TileGridLayout | undefined} layout - Where each state's square sits (default: `usTileGrid` from `@sel/data`).
 * @prop {string | undefined} src - See the `src` attribute.
 * @prop {StatusMeasure} measure - See the `measure` attribute.
 * @prop {StatusMapView} view - See the `view` attribute.
 * @prop {number} headingLevel - See the `heading-level` attribute.
 * @prop {SelStringOverrides | undefined} strings - Replaces single strings of the English or Spanish catalog.
 *
 * @fires {SelStateSelectDetail} sel-state-select - A place was opened from the map or the table; its communities are shown.
 * @fires {SelErrorDetail} sel-error - The data could not be loaded or is invalid, or `measure` or `layout` is; `detail.issues` has each path and message.
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
    openPlace: { state: true },
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

  /** The place whose communities are shown. */
  private openPlace: TileKey | undefined;
  private sortColumn: StateColumn = 'place';
  private sortDirection: SortDirection = 'ascending';

  #model: StatusMapModel | undefined;
  #built: { checked?: CheckedStatusSnapshot; layout?: TileGridLayout } = {};
  #layout: TileGridLayout = usTileGrid;

  /** The map's single tab stop, moved by geography (keys are places). */
  readonly #roving = new RovingFocusController<TileKey>(this, {
    move: (key, from) => (this.#model ? tileInDirection(this.#model.tiles, from, key) : undefined),
    element: (place) => this.renderRoot.querySelector<HTMLElement>(`.grid [data-key="${place}"]`),
  });

  protected override dataFromProperty(): unknown {
    return this.snapshot;
  }

  /**
   * A snapshot is checked at once, in the update that receives it, and rolled up with its
   * communities checked only that once (core's `safeParseStatusSnapshot`): the plan's network is
   * 35 communities, and a few hundred take a few milliseconds.
   */
  protected override parseData(raw: unknown): ParseResult<CheckedStatusSnapshot> {
    return safeParseStatusSnapshot(raw);
  }

  /** The report and the squares of a snapshot are built once per snapshot and layout. */
  protected override prepareData(checked: CheckedStatusSnapshot): void {
    this.#modelFor(checked);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('layout')) {
      const parsed = this.layout === undefined ? undefined : safeParseWith(tileGridLayoutSchema, this.layout, 'layout');
      this.#layout = parsed?.ok === true ? parsed.value : usTileGrid;
      const issues = parsed?.ok === false ? parsed.error.issues : [];
      this.reportIssues(
        'layout',
        issues.map((issue) => ({ ...issue, path: ['layout', ...issue.path] })),
      );
    }
    if (changed.has('measure')) {
      this.reportIssues(
        'measure',
        isStatusMeasure(this.measure)
          ? []
          : [
              {
                path: ['measure'],
                code: 'invalid-measure',
                message: `Expected measure to be one of ${STATUS_MEASURES.join(', ')}, got ${JSON.stringify(this.measure)}`,
              },
            ],
      );
    }
  }

  /** The model of `snapshot` on the current layout, rebuilt only when either changes. */
  #modelFor(checked: CheckedStatusSnapshot): StatusMapModel {
    if (this.#model === undefined || this.#built.checked !== checked || this.#built.layout !== this.#layout) {
      this.#model = statusMapModel(checked, this.#layout);
      this.#built = { checked, layout: this.#layout };
    }
    return this.#model;
  }

  get #text(): StatusMapText {
    return { locale: this.i18n.locale, t: this.t, formatNumber: (v, o) => this.i18n.formatNumber(v, o) };
  }

  get #measure(): StatusMeasure {
    return isStatusMeasure(this.measure) ? this.measure : 'phase';
  }

  /** The square that holds the tab stop: the one the user moved to, else the open one, else the first with a community. */
  #tabStop(model: StatusMapModel): TileKey | undefined {
    const chosen = this.#roving.active;
    if (chosen !== undefined && model.byKey.has(chosen)) return chosen;
    if (this.openPlace !== undefined && model.byKey.has(this.openPlace)) return this.openPlace;
    return (model.tiles.find((tile) => tile.communities.length > 0) ?? model.tiles[0])?.key;
  }

  #open(place: TileKey, event: Event): void {
    const tile = this.#model?.byKey.get(place);
    if (tile === undefined) return;
    this.openPlace = place;
    const trigger: SelStateSelectTrigger = event instanceof MouseEvent && event.detail > 0 ? 'pointer' : 'keyboard';
    this.announcer.announce(this.t('statusMap.announce.opened', { place: placeName(place, this.#text) }));
    this.emit('sel-state-select', { place, communities: tile.communities, trigger });
  }

  #close(): void {
    const place = this.openPlace;
    this.openPlace = undefined;
    if (place !== undefined && this.view === 'map') this.#roving.focus(place);
  }

  #onMapKeydown(event: KeyboardEvent, scale: MeasureScale): void {
    const target = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('[data-key]') : null;
    const from = target?.dataset['key'] as TileKey | undefined;
    if (from === undefined || this.#model === undefined) return;
    if (event.key === 'Escape' && this.openPlace !== undefined) {
      event.preventDefault();
      this.openPlace = undefined;
      return;
    }
    if (!isTileNavigationKey(event.key) || !this.#roving.keydown(event, from)) return;
    const to = this.#roving.active === undefined ? undefined : this.#model.byKey.get(this.#roving.active);
    if (to !== undefined) this.announcer.announce(tileLabel(to, scale, this.#text));
  }

  #onMapClick(event: MouseEvent): void {
    const target = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-key]') : null;
    const place = target?.dataset['key'] as TileKey | undefined;
    if (place === undefined) return;
    this.#roving.active = place;
    this.#open(place, event);
  }

  #sort(column: StateColumn): void {
    this.sortDirection = column === this.sortColumn && this.sortDirection === 'ascending' ? 'descending' : 'ascending';
    this.sortColumn = column;
    const direction = this.t(this.sortDirection === 'ascending' ? 'statusMap.ascending' : 'statusMap.descending');
    this.announcer.announce(this.t('statusMap.sorted', { column: columnLabel(column, this.#text), direction }));
  }

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
    const snapshot = checked.snapshot;
    const text = this.#text;
    const measure = this.#measure;
    const scale = measureScale(measure, model.tiles);
    const totals = model.report.totals;
    const date = html`<time datetime=${snapshot.asOf}>${this.i18n.formatDate(snapshot.asOf)}</time>`;
    const [before = '', after = ''] = this.t('statusMap.asOf', { date: '\u0000' }).split('\u0000');
    const rows = sortStateRows(
      stateRows(model.tiles, (key) => placeName(key, text)),
      this.sortColumn,
      this.sortDirection,
      this.i18n.locale,
    );
    const table = (extra: string) =>
      renderStateTable(
        rows,
        {
          column: this.sortColumn,
          direction: this.sortDirection,
          caption: this.t('statusMap.table.caption', { date: this.i18n.formatDate(snapshot.asOf) }),
          sort: (column) => {
            this.#sort(column);
          },
          open: (key, event) => {
            this.#open(key, event);
          },
        },
        text,
        extra,
      );
    const openTile = this.openPlace === undefined ? undefined : model.byKey.get(this.openPlace);
    const total = (key: 'communities' | 'states' | 'districts' | 'students') =>
      html`<div class="total">
        <dt>${this.t(`statusMap.totals.${key}`)}</dt>
        <dd>${this.i18n.formatNumber(totals[key])}</dd>
      </div>`;
    return html`<div class="report">
      <div class="header" part="header">
        ${this.#renderHeading(snapshot)}
        ${snapshot.illustrative === true ? html`<p class="illustrative">${this.t('statusMap.illustrative')}</p>` : nothing}
        <p class="as-of">${before}${date}${after}</p>
        <dl class="totals" part="totals" aria-label=${this.t('statusMap.totals')}>
          ${total('communities')}${total('states')}${total('districts')}${total('students')}
        </dl>
        <p class="summary" part="summary">${statusSummary(model.report, this.t)}</p>
      </div>
      <div class="controls" part="controls">
        <label class="measure"
          >${this.t('statusMap.measure')}
          <select @change=${this.#setMeasure}>
            ${STATUS_MEASURES.map(
              (each) =>
                html`<option value=${each} ?selected=${each === measure}>
                  ${this.t(`statusMap.measure.${each}`)}
                </option>`,
            )}
          </select></label
        >
        <div class="view" role="group" aria-label=${this.t('statusMap.view')}>
          ${(['map', 'table'] as const).map(
            (each) =>
              html`<button
                type="button"
                aria-pressed=${this.view === each ? 'true' : 'false'}
                @click=${() => {
                  this.view = each;
                }}
              >
                ${this.t(`statusMap.view.${each}`)}
              </button>`,
          )}
        </div>
      </div>
      ${
        this.view === 'table'
          ? table('')
          : html`<div
                class="map"
                @keydown=${(e: KeyboardEvent) => {
                  this.#onMapKeydown(e, scale);
                }}
                @click=${this.#onMapClick}
              >
                ${renderTileGrid(model, scale, { tabStop: this.#tabStop(model), open: this.openPlace }, text)}
              </div>
              ${renderLegend(scale, this.t(`statusMap.measure.${measure}`), text)} ${table('table--fallback')}`
      }
      ${
        openTile === undefined
          ? nothing
          : renderStateCommunities(
              openTile,
              {
                heading: headingTag(Math.min(this.headingLevel + 1, 6)),
                place: placeName(openTile.key, text),
                formatDate: (value) => this.i18n.formatDate(value),
                close: () => {
                  this.#close();
                },
              },
              text,
            )
      }
    </div>`;
  }

  #renderHeading(snapshot: StatusSnapshot): TemplateResult {
    const tag = headingTag(this.headingLevel);
    const title = snapshot.title?.trim() || this.t('statusMap.heading');
    return staticHtml`<${tag} class="heading"><slot name="heading">${title}</slot></${tag}>`;
  }
}

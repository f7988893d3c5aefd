import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import type { StatusReport, StatusSnapshot } from '@sel/core';
import { inLang } from '../shared/data-language.js';
import { STATUS_MEASURES, type MeasureClass, type MeasureScale, type StatusMeasure } from './status-measures.js';
import type { MapTile, StatusMapModel, TileKey } from './status-map-model.js';
import { statusSummary } from './status-summary.js';
import { tileButtons } from './tile-buttons.js';
import { classLabel, placeCode, tileLabel, tileValue, type StatusMapText } from './status-map-text.js';

/** The two ways to see the report. */
export type StatusMapView = 'map' | 'table';

/**
 * The heading (the snapshot's title or "Status of the learning communities", with the `heading`
 * slot), the illustrative notice, the "as of" date, the totals and the report in words.
 */
export function renderReportHeader(
  snapshot: StatusSnapshot,
  report: StatusReport,
  heading: StaticValue,
  formatDate: (date: string) => string,
  text: StatusMapText,
): TemplateResult {
  const { t } = text;
  const title = snapshot.title?.trim();
  const [before = '', after = ''] = t('statusMap.asOf', { date: '\u0000' }).split('\u0000');
  const total = (key: 'communities' | 'states' | 'districts' | 'students') =>
    html`<div class="total">
      <dt>${t(`statusMap.totals.${key}`)}</dt>
      <dd>${text.formatNumber(report.totals[key])}</dd>
    </div>`;
  return html`<div class="header" part="header">
    ${staticHtml`<${heading} class="heading"><slot name="heading">${title ? inLang(title, text.lang) : t('statusMap.heading')}</slot></${heading}>`}
    ${snapshot.illustrative === true ? html`<p class="illustrative">${t('statusMap.illustrative')}</p>` : nothing}
    <p class="as-of">${before}<time datetime=${snapshot.asOf}>${formatDate(snapshot.asOf)}</time>${after}</p>
    <dl class="totals" part="totals" aria-label=${t('statusMap.totals')}>
      ${total('communities')}${total('states')}${total('districts')}${total('students')}
    </dl>
    <p class="summary" part="summary">${statusSummary(report, t)}</p>
  </div>`;
}

/** The choice of measure and the map / table switch. */
export function renderControls(
  measure: StatusMeasure,
  view: StatusMapView,
  choose: { readonly measure: (event: Event) => void; readonly map: () => void; readonly table: () => void },
  text: StatusMapText,
): TemplateResult {
  const { t } = text;
  const option = (each: StatusMeasure) =>
    html`<option value=${each} ?selected=${each === measure}>${t(`statusMap.measure.${each}`)}</option>`;
  return html`<div class="controls" part="controls">
    <label class="measure"
      >${t('statusMap.measure')}
      <select @change=${choose.measure}>
        ${STATUS_MEASURES.map(option)}
      </select></label
    >
    <div class="view" role="group" aria-label=${t('statusMap.view')}>
      <button type="button" aria-pressed=${view === 'map' ? 'true' : 'false'} @click=${choose.map}>
        ${t('statusMap.view.map')}
      </button>
      <button type="button" aria-pressed=${view === 'table' ? 'true' : 'false'} @click=${choose.table}>
        ${t('statusMap.view.table')}
      </button>
    </div>
  </div>`;
}

/** What the map needs from the element besides the model: which square holds the tab stop, which is open. */
export interface MapViewState {
  readonly tabStop: TileKey | undefined;
  readonly open: TileKey | undefined;
}

/**
 * The tile grid: one button per square in a CSS grid, placed by row and column (through the
 * CSSOM, so a strict Content Security Policy without inline styles keeps them in place), coloured and
 * patterned by its legend class and labelled in words. One tab stop; the element routes keys.
 */
export function renderTileGrid(
  model: StatusMapModel,
  scale: MeasureScale,
  view: MapViewState,
  text: StatusMapText,
): TemplateResult {
  // Squares repeat their words ("3 communities", "Launch"): each count's and class's are written
  // once per render, and each square's class found once.
  const written = new Map<string, string>();
  const once: StatusMapText = {
    ...text,
    t: (key, params) => {
      const count = params?.['count'];
      if (params !== undefined && (Object.keys(params).length !== 1 || typeof count !== 'number')) {
        return text.t(key, params);
      }
      const id = count === undefined ? key : `${key} ${String(count)}`;
      let words = written.get(id);
      if (words === undefined) {
        words = text.t(key, params);
        written.set(id, words);
      }
      return words;
    },
  };
  const classes = new Map<MapTile, MeasureClass | undefined>();
  const classed: MeasureScale = {
    ...scale,
    classOf: (tile) => {
      if (!classes.has(tile)) classes.set(tile, scale.classOf(tile));
      return classes.get(tile);
    },
  };
  return html`<div
    class="grid"
    part="map"
    role="group"
    aria-label=${text.t('statusMap.map')}
    ${tileButtons(
      model.tiles.map((tile) => ({
        key: tile.key,
        row: tile.row + 1,
        column: tile.column + 1,
        step: String(classed.classOf(tile)?.step ?? 'none'),
        code: placeCode(tile.key, once),
        value: tileValue(tile, classed, once),
        label: tileLabel(tile, classed, once),
        tabStop: tile.key === view.tabStop,
        open: tile.key === view.open,
      })),
      model.placement,
    )}
  ></div>`;
}

/** The key to the colours and patterns: one swatch per class, numbered as the squares are, and "none". */
export function renderLegend(scale: MeasureScale, measureLabel: string, text: StatusMapText): TemplateResult {
  const numbered = scale.measure === 'phase' || scale.measure === 'readiness';
  return html`<figure class="legend" part="legend">
    <figcaption class="legend__title">${text.t('statusMap.legend', { measure: measureLabel })}</figcaption>
    <ul class="legend__list">
      ${scale.classes.map(
        (measureClass) =>
          html`<li class="legend__item">
            <span class="swatch" data-step=${measureClass.step} aria-hidden="true"></span>${
              numbered ? `${measureClass.step} ` : ''
            }${classLabel(measureClass, text)}
          </li>`,
      )}
      <li class="legend__item">
        <span class="swatch" data-step="none" aria-hidden="true"></span>${text.t('statusMap.legend.none')}
      </li>
    </ul>
  </figure>`;
}

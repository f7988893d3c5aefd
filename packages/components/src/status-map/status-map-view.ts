import { html, type TemplateResult } from 'lit';
import { styleProperties } from '../shared/style-properties.js';
import type { MeasureScale } from './status-measures.js';
import type { StatusMapModel, TileKey } from './status-map-model.js';
import { tileButtons } from './tile-buttons.js';
import { classLabel, placeCode, tileLabel, tileValue, type StatusMapText } from './status-map-text.js';

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
  return html`<div
    class="grid"
    part="map"
    role="group"
    aria-label=${text.t('statusMap.map')}
    style=${styleProperties({ '--_rows': String(model.rows), '--_columns': String(model.columns) })}
    ${tileButtons(
      model.tiles.map((tile) => ({
        key: tile.key,
        row: tile.row + 1,
        column: tile.column + 1,
        step: String(scale.classOf(tile)?.step ?? 'none'),
        code: placeCode(tile.key, text),
        value: tileValue(tile, scale, text),
        label: tileLabel(tile, scale, text),
        tabStop: tile.key === view.tabStop,
        open: tile.key === view.open,
      })),
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

import type { TemplateResult } from 'lit';
import { loadStrings, translate, type SelLocale, type SelStringOverrides } from '../shared/i18n.js';
import { sortStateRows, stateRows } from './state-rows.js';
import type { MapTile, TileKey } from './status-map-model.js';
import { renderStateTable, type TableViewState } from './status-map-table.js';
import type { StatusMapText } from './status-map-text.js';
import { statusMapViewsEn, statusMapViewsStrings } from './status-map-views-strings.js';

// Loaded with `import()` (see status-map-on-demand.ts): the table of states with its sorting, the
// panel of a place's communities and the arrow keys' moves, which a first render of the map does
// not need. It imports
// only Lit, core's shared chunks and its own modules, so none of the map's code is split off.

export { columnLabel } from './status-map-table.js';
export { renderStateCommunities } from './state-communities.js';
export { statusMapViewStyles } from './status-map-views.styles.js';
export { tileInDirection } from './tile-navigation.js';

/** The table of every square where a community works, sorted as `view` says, each place named by `nameOf`. */
export function renderStatesTable(
  tiles: readonly MapTile[],
  nameOf: (key: TileKey) => string,
  view: TableViewState,
  text: StatusMapText,
  extraClass: string,
): TemplateResult {
  const rows = sortStateRows(stateRows(tiles, nameOf), view.column, view.direction, text.locale);
  return renderStateTable(rows, view, text, extraClass);
}

/** Loads the table's and the panel's words in `locale`; `undefined` when they are here already. */
export function loadViewWords(locale: SelLocale): Promise<void> | undefined {
  return loadStrings(locale, [statusMapViewsStrings]);
}

/** The map's texts with the table's and the panel's own words (`overrides` first), for the views. */
export function viewText(text: StatusMapText, overrides: SelStringOverrides | undefined): StatusMapText {
  return {
    ...text,
    t: (key, params) =>
      key in statusMapViewsEn
        ? translate(text.locale, key, params, overrides, [statusMapViewsStrings])
        : text.t(key, params),
  };
}

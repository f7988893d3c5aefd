import type { nothing } from 'lit';
import type { UsState } from '@sel/core';
import type { SelLocale, SelMessageKey, SelMessageParams } from '../shared/i18n.js';
import type { MeasureClass, MeasureScale } from './status-measures.js';
import type { MapTile, TileKey } from './status-map-model.js';
import { stateName } from './place-names.js';

/** What the map's texts need from the element: its strings and number formats. */
export interface StatusMapText {
  readonly locale: SelLocale;
  readonly t: (key: SelMessageKey, params?: SelMessageParams) => string;
  readonly formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string;
  /** The `lang` of the snapshot's texts, its title and community names (`dataLang`). */
  readonly lang: string | typeof nothing;
}

/** The name of a square: the state's name in the reader's language, or "National community". */
export function placeName(key: TileKey, text: StatusMapText): string {
  return key === 'national' ? text.t('statusMap.nationalLong') : stateName(key satisfies UsState, text.locale);
}

/** The short text on a square: the state code, or "National". */
export function placeCode(key: TileKey, text: StatusMapText): string {
  return key === 'national' ? text.t('statusMap.national') : key;
}

/** A legend class in words: "Launch", "Innovating", "200,001 to 400,000", "3 or more". */
export function classLabel(measureClass: MeasureClass, text: StatusMapText): string {
  if (measureClass.kind === 'phase') return text.t(`timeline.phase.${measureClass.phase}`);
  if (measureClass.kind === 'readiness') return text.t(`rubric.stage.${measureClass.stage}`);
  const { min, max } = measureClass;
  if (max === undefined) return text.t('statusMap.range.open', { min });
  return min === max ? text.formatNumber(min) : text.t('statusMap.range', { min, max });
}

/** What a square shows beside its code: the class number of a phase or stage, or the figure, compact. */
export function tileValue(tile: MapTile, scale: MeasureScale, text: StatusMapText): string {
  const value = scale.valueOf(tile);
  if (value !== undefined) return text.formatNumber(value, { notation: 'compact' });
  return String(scale.classOf(tile)?.step ?? '');
}

/** The accessible name of a square: "Illinois: one community, Launch". */
export function tileLabel(tile: MapTile, scale: MeasureScale, text: StatusMapText): string {
  const place = placeName(tile.key, text);
  const communities =
    tile.communities.length === 0
      ? text.t('statusMap.tile.none')
      : text.t('statusMap.tile.communities', { count: tile.communities.length });
  const found = scale.classOf(tile);
  // Written the same way in English and Spanish: the place, a colon, then the facts by commas.
  if (found === undefined || scale.measure === 'communities') return `${place}: ${communities}`;
  const value =
    scale.measure === 'districts'
      ? text.t('statusMap.summary.districts', { count: tile.districts })
      : scale.measure === 'students'
        ? text.t('statusMap.summary.students', { count: tile.students })
        : classLabel(found, text);
  return `${place}: ${communities}, ${value}`;
}

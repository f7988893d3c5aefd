import type { MapTile } from './status-map-model.js';
import type { MeasureClass, MeasureScale } from './status-measures.js';

// Loaded with `import()` (see status-map-on-demand.ts) when a map is first coloured by a number of
// communities, districts or students: the default legend, by phase, does not need it.

/** The measures that colour the map by a number. */
export type NumericMeasure = 'communities' | 'districts' | 'students';

function count(tile: MapTile, measure: 'communities' | 'districts' | 'students'): number {
  return measure === 'communities' ? tile.communities.length : tile[measure];
}

/** A round step near `span`: 1, 2 or 5 times a power of ten. */
function niceStep(span: number): number {
  const power = 10 ** Math.floor(Math.log10(span));
  const scaled = span / power;
  return (scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10) * power;
}

/**
 * Ranges for counts from `min` (0 or 1) up to `max`: one class per value when there are at most
 * four, else up to four ranges of one round width (1 to 200,000, 200,001 to 400,000, ...), the
 * last open-ended.
 */
export function rangeClasses(min: number, max: number): MeasureClass[] {
  const top = Math.max(min, max);
  if (top - min < 4) {
    return Array.from({ length: top - min + 1 }, (_, i) => ({
      kind: 'range',
      step: i + 1,
      min: min + i,
      max: min + i === top ? undefined : min + i,
    }));
  }
  const width = niceStep((top - min + 1) / 4);
  const classes: MeasureClass[] = [];
  for (let low = min, step = 1; low <= top; step++) {
    const high = (step === 1 ? 0 : low - 1) + width;
    classes.push({ kind: 'range', step, min: low, max: high >= top ? undefined : high });
    low = high + 1;
  }
  return classes;
}

/** The legend of a numeric measure over `tiles`: ranges of round widths from the largest square. */
export function numericScale(measure: NumericMeasure, tiles: readonly MapTile[]): MeasureScale {
  const values = tiles.filter((tile) => tile.communities.length > 0).map((tile) => count(tile, measure));
  const classes = rangeClasses(values.includes(0) ? 0 : 1, Math.max(1, ...values));
  return {
    measure,
    classes,
    valueOf: (tile) => count(tile, measure),
    classOf: (tile) => {
      if (tile.communities.length === 0) return undefined;
      const value = count(tile, measure);
      return classes.find((c) => c.kind === 'range' && value >= c.min && (c.max === undefined || value <= c.max));
    },
  };
}

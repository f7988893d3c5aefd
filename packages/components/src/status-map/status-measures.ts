import { PHASES, READINESS_STAGES } from '@sel/core';
import type { Phase, ReadinessStage, SelIssue } from '@sel/core';
import type { MapTile } from './status-map-model.js';

/** What the map colours its squares by. */
export const STATUS_MEASURES = ['phase', 'readiness', 'communities', 'districts', 'students'] as const;
export type StatusMeasure = (typeof STATUS_MEASURES)[number];

export function isStatusMeasure(value: unknown): value is StatusMeasure {
  return typeof value === 'string' && (STATUS_MEASURES as readonly string[]).includes(value);
}

/** The problem with a `measure` that is none of the measures, if any. */
export function measureIssues(measure: unknown): SelIssue[] {
  return isStatusMeasure(measure)
    ? []
    : [
        {
          path: ['measure'],
          code: 'invalid-measure',
          message: `Expected measure to be one of ${STATUS_MEASURES.join(', ')}, got ${JSON.stringify(measure)}`,
        },
      ];
}

/**
 * One class of the legend. `step` (1 to 5) picks the colour and the pattern, so two classes never
 * look alike even without colour; a categorical class names its phase or stage, a numeric one
 * its range `min` to `max` (both inclusive; `max` undefined for "and more").
 */
export type MeasureClass =
  | { readonly kind: 'phase'; readonly step: number; readonly phase: Phase }
  | { readonly kind: 'readiness'; readonly step: number; readonly stage: ReadinessStage }
  | { readonly kind: 'range'; readonly step: number; readonly min: number; readonly max: number | undefined };

/** How a measure splits the squares into legend classes. */
export interface MeasureScale {
  readonly measure: StatusMeasure;
  readonly classes: readonly MeasureClass[];
  /** The class of a square, or undefined when no community works there. */
  classOf(tile: MapTile): MeasureClass | undefined;
  /** The number a numeric measure gives a square (undefined for phase and readiness). */
  valueOf(tile: MapTile): number | undefined;
}

/** The communities a square is coloured by: those scoped to it, or else all that work there. */
const coloured = (tile: MapTile) => (tile.own.length > 0 ? tile.own : tile.communities);

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

/**
 * The legend of `measure` over `tiles`. Phase: a square shows the furthest phase of its
 * communities; readiness: the most ready stage; communities, districts and students: ranges of
 * round widths from the largest square.
 */
export function measureScale(measure: StatusMeasure, tiles: readonly MapTile[]): MeasureScale {
  if (measure === 'phase' || measure === 'readiness') {
    const order: readonly string[] = measure === 'phase' ? PHASES : READINESS_STAGES;
    const classes = order.map((value, i): MeasureClass =>
      measure === 'phase'
        ? { kind: 'phase', step: i + 1, phase: value as Phase }
        : { kind: 'readiness', step: i + 1, stage: value as ReadinessStage },
    );
    return {
      measure,
      classes,
      valueOf: () => undefined,
      classOf: (tile) => {
        let rank = -1;
        for (const { status } of coloured(tile)) {
          rank = Math.max(rank, order.indexOf(measure === 'phase' ? status.phase : status.readiness));
        }
        return classes[rank];
      },
    };
  }
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

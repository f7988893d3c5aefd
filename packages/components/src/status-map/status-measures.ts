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

/** The legends of the numeric measures (`numeric-measures.ts`, loaded when a map first shows one). */
export interface NumericScales {
  numericScale(measure: 'communities' | 'districts' | 'students', tiles: readonly MapTile[]): MeasureScale;
}

/** The communities a square is coloured by: those scoped to it, or else all that work there. */
const coloured = (tile: MapTile) => (tile.own.length > 0 ? tile.own : tile.communities);

/**
 * The legend of `measure` over `tiles`. Phase: a square shows the furthest phase of its
 * communities; readiness: the most ready stage; communities, districts and students: ranges of
 * round widths from the largest square (`numeric`, the on-demand module; without it, the phase
 * legend stands in).
 */
export function measureScale(measure: StatusMeasure, tiles: readonly MapTile[], numeric?: NumericScales): MeasureScale {
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
  return numeric?.numericScale(measure, tiles) ?? measureScale('phase', tiles);
}

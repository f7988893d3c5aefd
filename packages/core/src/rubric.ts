import type { FocusArea, Indicator, Practice, Rubric, RubricLevel } from './rubric-schema.js';

// The rules over a rubric: finding its practices, indicators and levels. No zod here: the schemas
// that read a rubric are in rubric-schema.ts, its plain-code reader in rubric-reader.ts.

export type { FocusArea, Indicator, Practice, Rubric, RubricLevel } from './rubric-schema.js';

/**
 * The indicator's descriptors, one per level in level order, or `undefined` when the rubric gives
 * this indicator level labels only (no descriptors, or an empty list).
 */
export function indicatorDescriptors(indicator: Indicator): readonly string[] | undefined {
  const { descriptors } = indicator;
  return descriptors === undefined || descriptors.length === 0 ? undefined : descriptors;
}

/** Whether the rubric gives no indicator a descriptor per level (CASEL's online district rubric). */
export function isLabelOnlyRubric(rubric: Rubric): boolean {
  return rubric.focusAreas.every((area) =>
    area.practices.every((practice) => practice.indicators.every((i) => indicatorDescriptors(i) === undefined)),
  );
}

/** The practice with this id, or `undefined` when the rubric has none. */
export function findPractice(rubric: Rubric, id: string): { practice: Practice; focusArea: FocusArea } | undefined {
  for (const focusArea of rubric.focusAreas) {
    for (const practice of focusArea.practices) if (practice.id === id) return { practice, focusArea };
  }
  return undefined;
}

/** An indicator together with where it sits in its rubric. */
export interface IndicatorEntry {
  readonly indicator: Indicator;
  readonly practiceId: string;
  readonly focusAreaId: string;
  readonly practice: Practice;
  readonly focusArea: FocusArea;
  /** Position of the indicator in rubric order, from 0. */
  readonly position: number;
}

/** Every indicator of the rubric in rubric order (focus area, then practice, then indicator). */
export function listIndicators(rubric: Rubric): IndicatorEntry[] {
  const entries: IndicatorEntry[] = [];
  for (const focusArea of rubric.focusAreas) {
    for (const practice of focusArea.practices) {
      for (const indicator of practice.indicators) {
        entries.push({
          indicator,
          practiceId: practice.id,
          focusAreaId: focusArea.id,
          practice,
          focusArea,
          position: entries.length,
        });
      }
    }
  }
  return entries;
}

/** The indicator with this id and where it sits, or `undefined` when the rubric has none. */
export function findIndicator(rubric: Rubric, id: string): IndicatorEntry | undefined {
  return listIndicators(rubric).find((entry) => entry.indicator.id === id);
}

/** The level with this value, or `undefined` when the rubric's scale has no such value. */
export function findLevel(rubric: Rubric, value: number): RubricLevel | undefined {
  return rubric.levels.find((level) => level.value === value);
}

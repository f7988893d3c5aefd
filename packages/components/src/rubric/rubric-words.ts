import type { FocusArea, RubricLevel } from '@sel/core';
import type { LocaleController } from '../shared/i18n.js';
import type { RubricView } from './rubric-view-model.js';

/** A focus area's title as shown: "Focus area 2: Title" when it is numbered. */
export function areaTitle(i18n: LocaleController, area: FocusArea): string {
  return area.number === undefined
    ? area.title
    : i18n.t('rubric.focusArea', { number: area.number, title: area.title });
}

/** A level's name as shown: "3 – Established". */
export function levelName(i18n: LocaleController, level: RubricLevel): string {
  return i18n.t('rubric.level', { value: level.value, label: level.label });
}

/** A mean level with one decimal, or "–" when nothing is rated. */
export function writtenMean(i18n: LocaleController, value: number | null): string {
  return value === null ? '–' : i18n.formatNumber(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/**
 * What the live region says after `indicatorId` was rated: how many indicators of its focus area
 * and of the whole rubric are rated; `undefined` when the indicator is not in the rubric.
 */
export function ratingAnnouncement(i18n: LocaleController, view: RubricView, indicatorId: string): string | undefined {
  const { rubric, completeness } = view;
  const index = rubric.focusAreas.findIndex((area) =>
    area.practices.some((practice) => practice.indicators.some((indicator) => indicator.id === indicatorId)),
  );
  const area = rubric.focusAreas[index];
  const done = completeness.focusAreas[index];
  if (!area || !done) return undefined;
  return i18n.t('rubric.announce', {
    area: areaTitle(i18n, area),
    rated: done.rated,
    total: done.total,
    overallRated: completeness.rated,
    overallTotal: completeness.total,
  });
}

import type { FocusArea, RubricLevel } from '@sel/core';
import type { nothing } from 'lit';
import { inLang, withParts } from '../shared/data-language.js';
import type { LocaleController } from '../shared/i18n.js';
import type { RubricView } from './rubric-view-model.js';

/** A focus area's title as shown: "Focus area 2: Title" when it is numbered. */
export function areaTitle(i18n: LocaleController, area: FocusArea): string {
  return area.number === undefined
    ? area.title
    : i18n.t('rubric.focusArea', { number: area.number, title: area.title });
}

/** {@link areaTitle} as its heading shows it: the title in the rubric's language, `lang` (`dataLang`). */
export function areaHeading(i18n: LocaleController, area: FocusArea, lang: string | typeof nothing): unknown {
  const title = inLang(area.title, lang);
  return area.number === undefined
    ? title
    : withParts((key, params) => i18n.t(key, params), 'rubric.focusArea', { number: area.number, title });
}

/** {@link levelName} as a cell shows it: the label in the rubric's language, `lang` (`dataLang`). */
export function levelText(i18n: LocaleController, level: RubricLevel, lang: string | typeof nothing): unknown {
  return withParts((key, params) => i18n.t(key, params), 'rubric.level', {
    value: level.value,
    label: inLang(level.label, lang),
  });
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

import type { FocusArea, RubricLevel, RubricTextField, RubricTextOwner } from '@sel/core';
import { nothing } from 'lit';
import { dataLang, inLang, withParts } from '../shared/data-language.js';
import type { LocaleController } from '../shared/i18n.js';
import type { RubricView } from './rubric-view-model.js';

/** What {@link textLang} needs: the view with the language of each text, and the element's language. */
interface ShownTexts {
  readonly view: RubricView;
  readonly i18n: LocaleController;
}

/**
 * The `lang` of a text of the rubric shown, where the element speaks another language than the
 * one it is in (`dataLang`): a translated text has its translation's, the rest the rubric's own.
 */
export function textLang(
  { view, i18n }: ShownTexts,
  owner: RubricTextOwner,
  field: RubricTextField,
): string | typeof nothing {
  return dataLang(view.langOf(owner, field), i18n);
}

/** The `lang` of the label of the level with `value` (a score's level), as {@link textLang}. */
export function labelLang(shown: ShownTexts, value: number | null): string | typeof nothing {
  const level = shown.view.rubric.levels.find((candidate) => candidate.value === value);
  return level ? textLang(shown, level, 'label') : nothing;
}

/**
 * A focus area's title as its heading shows it ("Focus area 2: Title" when it is numbered), the
 * title in the rubric's language, `lang` (`dataLang`).
 */
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

import {
  compareAssessments,
  findLevel,
  type Assessment,
  type AssessmentGrowth,
  type IndicatorGrowth,
  type LocalizedRubric,
  type Rating,
} from '@sel/core';
import { translate, type LocaleController, type SelMessageParams } from '../shared/i18n.js';
import { rubricGrowthStrings, type RubricGrowthMessageKey } from './growth-strings.js';
import type { PartWords } from './part-words.js';
import { dataLang, inLang, withParts } from '../shared/data-language.js';

// Growth since a previous assessment, loaded the first time a rubric is given one: the rule and
// its words. A page that only rates never downloads them. Nothing here imports the rubric's other
// modules, so this chunk shares none of them.

export { compareAssessments };

/** The words of growth. */
export const words = rubricGrowthStrings;

function say({ i18n, strings }: PartWords, key: RubricGrowthMessageKey, params: SelMessageParams): string {
  return translate(i18n.locale, key, params, strings, [rubricGrowthStrings]);
}

/** An assessment's date, written as every element writes dates (as given when it cannot be read). */
function writtenDate(i18n: LocaleController, date: string): string {
  try {
    return i18n.formatDate(date);
  } catch {
    return date;
  }
}

/** A mean level with one decimal, or "–" when nothing is rated (as rubric-words.ts writes it). */
function writtenMean(i18n: LocaleController, value: number | null): string {
  return value === null ? '–' : i18n.formatNumber(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** A summary's lines about growth: the average level then and now, and how many indicators moved. */
export function summaryGrowth(
  words: PartWords,
  growth: AssessmentGrowth['overall'],
  previous: Assessment,
): readonly string[] {
  const { i18n } = words;
  return [
    say(words, 'rubric.growth.average', {
      date: writtenDate(i18n, previous.takenOn),
      before: writtenMean(i18n, growth.before.mean),
      after: writtenMean(i18n, growth.after.mean),
    }),
    say(words, 'rubric.growth.counts', {
      improved: growth.improved,
      declined: growth.declined,
      unchanged: growth.unchanged,
    }),
  ];
}

/** A row's words about last time: the level it had then (or none), and how far it moved since. */
export function rowGrowth(
  words: PartWords,
  { rubric, langOf }: Pick<LocalizedRubric, 'rubric' | 'langOf'>,
  previous: Assessment,
  before: Rating | undefined,
  growth: IndicatorGrowth | undefined,
): unknown[] {
  const date = writtenDate(words.i18n, previous.takenOn);
  const level = before ? findLevel(rubric, before.level) : undefined;
  const parts: unknown[] = [
    level
      ? withParts((key: RubricGrowthMessageKey, params) => say(words, key, params ?? {}), 'rubric.previous.rating', {
          date,
          value: level.value,
          label: inLang(level.label, dataLang(langOf(level, 'label'), words.i18n)),
        })
      : say(words, 'rubric.previous.unrated', { date }),
  ];
  const delta = growth?.levelDelta;
  if (delta !== undefined && delta !== null) {
    const steps =
      rubric.levels.findIndex((l) => l.value === growth?.after) -
      rubric.levels.findIndex((l) => l.value === growth?.before);
    if (steps > 0) parts.push(say(words, 'rubric.growth.up', { count: steps }));
    else if (steps < 0) parts.push(say(words, 'rubric.growth.down', { count: -steps }));
    else parts.push(say(words, 'rubric.growth.same', {}));
  }
  return parts;
}

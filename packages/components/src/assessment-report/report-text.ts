import type { nothing, TemplateResult } from 'lit';
import type { ReadinessStage, ReportRound, Resource, RubricTextField, RubricTextOwner } from '@sel/core';
import { inLang } from '../shared/data-language.js';
import type { SelMessageKey, SelMessageParams } from '../shared/i18n.js';
import type { AreaSeries } from './report-model.js';

/** What the report's views need of the element's language. */
export interface ReportText {
  readonly t: (key: SelMessageKey, params?: SelMessageParams) => string;
  /** A 0..1 score as a whole percentage, e.g. "62%". */
  readonly percent: (value: number) => string;
  /** An ISO date in the one style of every element, e.g. "October 14th, 2025". */
  readonly date: (iso: string) => string;
  /**
   * The `lang` of a text of the rubric shown (`dataLang`): set when the text is in another
   * language than the report (a translation's, else the rubric's own).
   */
  readonly lang: (owner: RubricTextOwner, field: RubricTextField) => string | typeof nothing;
  /** The `lang` of the label of the rubric's level with this value, as {@link lang}. */
  readonly labelLang: (value: number | null) => string | typeof nothing;
  /** The `lang` of a resource's title (`dataLang` of its `lang`, English when absent). */
  readonly titleLang: (resource: Resource) => string | typeof nothing;
}

/** "Overall", or the focus area with its number: "1. Build foundational support and plan", in the rubric's language. */
export function areaName(area: AreaSeries, text: ReportText): string | TemplateResult {
  if (area.key === 'overall') return text.t('report.overall');
  return inLang(area.number === undefined ? area.title : `${area.number}. ${area.title}`, text.lang(area.of, 'title'));
}

/** A readiness stage by the name every element gives it (the shared `rubric.stage.*`), or "No stage yet". */
export function stageName(stage: ReadinessStage | null, text: ReportText): string {
  return text.t(stage === null ? 'report.stage.none' : `rubric.stage.${stage}`);
}

/** A score, or "Not rated" when nothing in the group is rated. */
export function scoreText(normalised: number | null, text: ReportText): string {
  return normalised === null ? text.t('report.unrated') : text.percent(normalised);
}

/** A change of score in percentage points with its sign: "+17 points", "−3 points". */
export function pointsText(delta: number, text: ReportText): string {
  const points = Math.round(delta * 100);
  return text.t('report.growth.points', {
    count: Math.abs(points),
    sign: points > 0 ? '+' : points < 0 ? '−' : '',
  });
}

/** A round as people name it: "October 14th, 2025 (fall-2025)". */
export function roundName(round: ReportRound, text: ReportText): string {
  return text.t('report.round', { date: text.date(round.assessment.takenOn), id: round.assessment.id });
}

/** Where the target stands against a score: met, or how many points below. */
export function targetText(normalised: number | null, target: number, text: ReportText): string {
  const goal = text.t('report.target', { percent: text.percent(target) });
  if (normalised === null) return goal;
  const gap = Math.round((target - normalised) * 100);
  return `${goal}, ${gap <= 0 ? text.t('report.targetMet') : text.t('report.targetGap', { points: gap })}`;
}

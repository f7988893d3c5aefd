import { css, type TemplateResult } from 'lit';
import { listIndicators } from '@sel/core';
import { errorSummaryStyles, renderErrorSummary } from '../shared/error-summary.js';
import type { LocaleController } from '../shared/i18n.js';
import { token } from '../shared/tokens.styles.js';
import type { RubricView } from './rubric-view-model.js';

/** How a row missing its rating stands out beside its words: a border and a bar in the error colour. */
const missingRowStyles = css`
  .indicator.is-missing {
    border-color: ${token('color-danger')};
    box-shadow: inset 4px 0 0 ${token('color-danger')};
  }

  .is-missing .row-status {
    color: ${token('color-danger')};
    font-weight: 700;
  }
`;

/** The styles of the error summary and of the rows it lists, added to the element's shadow root. */
export const missingStyles = [errorSummaryStyles, missingRowStyles];

/**
 * The error summary of a required rubric its form found incomplete, as the GOV.UK Design System
 * has it: "There is a problem" (a heading of `headingLevel`) and, for every unrated indicator in
 * rubric order, a link to its first level.
 */
export function renderMissing(view: RubricView, i18n: LocaleController, headingLevel: number): TemplateResult {
  const missing = new Set(view.completeness.unrated);
  const items = listIndicators(view.rubric)
    .filter((entry) => missing.has(entry.indicator.id))
    .map(({ indicator }) => ({
      target: `level-${indicator.id}-0`,
      text: i18n.t('rubric.errors.item', { indicator: indicator.text }),
    }));
  return renderErrorSummary(i18n.t('rubric.errors.title'), items, headingLevel);
}

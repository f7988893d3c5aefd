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

/**
 * What a `required` rubric shows once its form found it incomplete, loaded then: its styles join
 * the element's shadow root (`root`), and {@link renderMissing} draws the error summary.
 */
export function adoptMissingStyles(root: ShadowRoot | null): void {
  const sheets = [errorSummaryStyles.styleSheet, missingRowStyles.styleSheet].filter((sheet) => sheet !== undefined);
  if (root) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
}

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

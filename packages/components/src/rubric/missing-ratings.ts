import { css, type TemplateResult } from 'lit';
import { listIndicators } from '@sel/core';
import { dataLang, inLang, withParts } from '../shared/data-language.js';
import { errorSummaryStyles, renderErrorSummary } from '../shared/error-summary.js';
import { translate, type SelMessageParams } from '../shared/i18n.js';
import { token } from '../shared/tokens.styles.js';
import { rubricMarksStrings, type RubricMarksMessageKey } from './marks-strings.js';
import type { PartWords } from './part-words.js';
import type { RubricView } from './rubric-view-model.js';

// A required rubric's marks, loaded the first time its form finds it incomplete (see
// rubric-extras.ts). Nothing here imports the rubric's other modules, so this chunk shares none.

/** The words of the marks. */
export const words = rubricMarksStrings;

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
export const styles = [errorSummaryStyles, missingRowStyles];

/** What the error summary is drawn from: the rubric's view and the level of its title. */
interface MarksContext extends PartWords {
  readonly view: RubricView;
  /** Heading level of the rubric title; the summary's heading is one level below it. */
  readonly headingLevel: number;
}

function say({ i18n, strings }: PartWords, key: RubricMarksMessageKey, params?: SelMessageParams): string {
  return translate(i18n.locale, key, params, strings, [rubricMarksStrings]);
}

/** What an unrated row says while the rows are marked. */
export function missingWords(context: PartWords): string {
  return say(context, 'rubric.missing');
}

/**
 * The error summary of a required rubric its form found incomplete, as the GOV.UK Design System
 * has it: "There is a problem" (a heading one level below the rubric's title) and, for every
 * unrated indicator in rubric order, a link to its first level.
 */
export function renderMissing(context: MarksContext): TemplateResult {
  const { view } = context;
  const missing = new Set(view.completeness.unrated);
  const items = listIndicators(view.rubric)
    .filter((entry) => missing.has(entry.indicator.id))
    .map(({ indicator }) => ({
      target: `level-${indicator.id}-0`,
      // The indicator in the rubric's language inside the sentence in the element's.
      text: withParts((key: RubricMarksMessageKey, params) => say(context, key, params), 'rubric.errors.item', {
        indicator: inLang(indicator.text, dataLang(view.langOf(indicator, 'text'), context.i18n)),
      }),
    }));
  return renderErrorSummary(say(context, 'rubric.errors.title'), items, context.headingLevel + 1);
}

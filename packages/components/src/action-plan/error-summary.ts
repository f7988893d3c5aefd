import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import type { SelIssue } from '@sel/core';
import { headingTag } from '../shared/heading.js';
import { fieldId, fieldMessage, fieldPlace } from './plan-fields.js';
import type { Translate } from './plan-view.js';

/** A problem with a field of the plan being written, as the summary and the field show it. */
export interface FieldError {
  readonly path: readonly (string | number)[];
  /** The message beside the field. */
  readonly message: string;
  /** The message in the summary: where the field is, then the problem. */
  readonly summary: string;
}

/** The schema's issues as field errors, in the order of the form. */
export function fieldErrors(t: Translate, issues: readonly SelIssue[]): FieldError[] {
  return issues.map((issue) => {
    const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
    const message = fieldMessage(t, issue);
    const place = fieldPlace(t, path);
    return { path, message, summary: place === '' ? message : `${place}: ${message}` };
  });
}

/**
 * The error summary at the top of the form, as the GOV.UK Design System has it: a titled alert
 * listing each problem as a link to its field. A link moves focus to the field (the element's
 * `onFocusField`), since a fragment link cannot reach into a shadow root.
 */
export function renderErrorSummary(
  t: Translate,
  errors: readonly FieldError[],
  onFocusField: (event: Event) => void,
  headingLevel: number,
): TemplateResult | typeof nothing {
  if (errors.length === 0) return nothing;
  const tag = headingTag(headingLevel);
  return html`<div
    class="error-summary"
    part="error-summary"
    role="alert"
    tabindex="-1"
    aria-labelledby="error-summary-title"
  >
    ${staticHtml`<${tag} id="error-summary-title" class="error-summary__title">${t('plan.error.title')}</${tag}>`}
    <ul class="error-summary__list">
      ${errors.map(
        (error) =>
          html`<li>
            <a href=${`#${fieldId(error.path)}`} data-focus=${fieldId(error.path)} @click=${onFocusField}
              >${error.summary}</a
            >
          </li>`,
      )}
    </ul>
  </div>`;
}

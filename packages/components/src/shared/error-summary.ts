import { css, html, type CSSResult, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { headingTag } from './heading.js';
import { token } from './tokens.styles.js';

/** One problem in an {@link renderErrorSummary}: what is wrong, and the id of the control that fixes it. */
export interface ErrorSummaryItem {
  /** The id (in the same shadow root) of the control to focus. */
  readonly target: string;
  /** What is wrong, in words; a data text inside it may carry its own language (`withParts`). */
  readonly text: unknown;
}

/** Follows an error summary's link: focuses its control in the same root and brings it into view. */
function follow(event: Event): void {
  const link = event.target instanceof Element ? event.target.closest('a') : null;
  const target = link?.dataset['target'];
  if (!link || target === undefined) return;
  const root = link.getRootNode() as Document | ShadowRoot;
  const control = root.getElementById(target);
  if (!control) return;
  event.preventDefault();
  control.focus({ preventScroll: true });
  control.scrollIntoView({ block: 'center' });
}

/**
 * A form element's error summary, as the GOV.UK Design System draws it: a titled box at the top
 * listing every problem as a link to the control that fixes it. It is an alert, so a screen reader
 * reads it when it appears while the focus goes to the first problem (or to the summary itself: it
 * takes focus from a script, not from Tab). Loaded on demand, the first
 * time an element's value is found invalid; adopt {@link errorSummaryStyles} with it. The title
 * is a heading of `headingLevel` (the level under the element's title).
 */
export function renderErrorSummary(
  title: string,
  items: readonly ErrorSummaryItem[],
  headingLevel: number,
): TemplateResult {
  const tag = headingTag(headingLevel);
  return html`<div
    class="error-summary"
    part="error-summary"
    role="alert"
    tabindex="-1"
    aria-labelledby="error-summary-title"
  >
    ${staticHtml`<${tag} class="error-summary-title" id="error-summary-title">${title}</${tag}>`}
    <ul @click=${follow}>
      ${items.map((item) => html`<li><a href=${`#${item.target}`} data-target=${item.target}>${item.text}</a></li>`)}
    </ul>
  </div>`;
}

/** Styles of {@link renderErrorSummary}: a thick border in the error colour, links underlined. */
export const errorSummaryStyles: CSSResult = css`
  .error-summary {
    padding: ${token('space-3')};
    border: 4px solid ${token('color-danger')};
    border-radius: ${token('radius')};
  }

  .error-summary-title {
    margin: 0 0 ${token('space-2')};
    font-size: 1.25rem;
    font-weight: 700;
  }

  .error-summary ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .error-summary li + li {
    margin-block-start: ${token('space-1')};
  }

  .error-summary a {
    color: ${token('color-danger')};
    font-weight: 700;
  }

  .error-summary a:focus-visible {
    outline: ${token('focus-ring-width')} solid ${token('color-focus')};
    outline-offset: ${token('focus-ring-offset')};
  }
`;

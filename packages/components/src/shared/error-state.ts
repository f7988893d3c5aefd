import { html, nothing, type TemplateResult } from 'lit';
import { formatPath, type SelIssue } from '@sel/core';
import type { SelDataSourceKind } from './events.js';
import type { SelMessageKey, SelMessageParams } from './i18n.js';

/** How many issues are listed before the rest are summarized as "...and N more". */
export const ERROR_STATE_MAX_ISSUES = 20;

/** What {@link renderErrorState} shows. */
export interface ErrorStateOptions {
  readonly issues: readonly SelIssue[];
  readonly source: SelDataSourceKind | undefined;
  /** Translates a message key (usually `LocaleController#t`). */
  readonly t: (key: SelMessageKey, params?: SelMessageParams) => string;
  /** True when earlier valid data is still shown below, so the user knows their entries are safe. */
  readonly keptPrevious?: boolean;
  /** Shows a "Try again" button calling this (e.g. `DataSourceController#reload`). */
  readonly onRetry?: () => void;
}

const sourceKeys = {
  property: 'error.source.property',
  src: 'error.source.src',
  inline: 'error.source.inline',
} as const satisfies Record<SelDataSourceKind, SelMessageKey>;

/**
 * The readable error state of a data-driven element: an alert naming every problem by its
 * path in the data and what was expected, in the element's language. Styled by the
 * `.error-state` rules in `tokenStyles`; exposed as `::part(error-state)`.
 */
export function renderErrorState(options: ErrorStateOptions): TemplateResult {
  const { issues, t } = options;
  const shown = issues.slice(0, ERROR_STATE_MAX_ISSUES);
  const hidden = issues.length - shown.length;
  const source = t(sourceKeys[options.source ?? 'property']);
  return html`<div class="error-state" part="error-state" role="alert">
    <p class="error-state__title">${t('error.title')}</p>
    <p>${t('error.summary', { count: issues.length, source })}</p>
    <ul>
      ${shown.map((issue) => html`<li><code>${formatPath(issue.path)}</code>: ${issue.message}</li>`)}
    </ul>
    ${hidden > 0 ? html`<p>${t('error.more', { count: hidden })}</p>` : nothing}
    ${options.keptPrevious ? html`<p>${t('error.keptPrevious')}</p>` : nothing}
    ${options.onRetry ? html`<button type="button" @click=${options.onRetry}>${t('action.retry')}</button>` : nothing}
  </div>`;
}

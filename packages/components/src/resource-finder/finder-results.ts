import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import type { Resource } from '@sel/core';
import { joinList, type FinderText } from './finder-text.js';

/** What the list of results shows and what its controls do. */
export interface ResultsInput {
  readonly resources: readonly Resource[];
  /** How many are drawn now (the rest of the page arrives in the next frames). */
  readonly shown: number;
  /** How many the page holds ("Show more" adds a page). */
  readonly limit: number;
  readonly busy: boolean;
  /** In the weakest-indicators mode: per resource, the indicators it helps with. */
  readonly helps: ReadonlyMap<Resource, readonly string[]> | undefined;
  readonly indicatorText: (id: string) => string;
  /** The heading of the list (the count) and of each resource. */
  readonly headings: { readonly list: StaticValue; readonly resource: StaticValue };
  readonly selectable: boolean;
  /** How many "Show more" adds. */
  readonly pageSize: number;
  /** Whether a search or filter is set (then "Clear all filters" is offered). */
  readonly filtered: boolean;
  readonly select: (resource: Resource, event: Event) => void;
  readonly clear: () => void;
  readonly more: () => void;
}

/**
 * Only web addresses are made links: a catalog's `url` is any absolute URL, and a `javascript:` or
 * `data:` one must never become something a person can click.
 */
export function webAddress(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

function renderResource(resource: Resource, input: ResultsInput, text: FinderText): TemplateResult {
  const { t, locale } = text;
  const href = webAddress(resource.url);
  const select = (event: Event) => {
    input.select(resource, event);
  };
  const summary = locale === 'es' ? (resource.summary.es ?? resource.summary.en) : resource.summary.en;
  const summaryLang = locale === 'es' && resource.summary.es === undefined ? 'en' : nothing;
  const titleLang = text.titleLang(resource);
  const helps = input.helps?.get(resource);
  const focusAreas = t('finder.resource.focusAreas', {
    count: resource.focusAreas.length,
    list: joinList(resource.focusAreas.map(String), locale),
  });
  return html`<li class="resource" part="resource">
    ${staticHtml`<${input.headings.resource} class="resource__title" tabindex="-1" lang=${titleLang}>${
      href === undefined
        ? resource.title
        : html`<a href=${href} part="resource-link" @click=${select}>${resource.title}</a>`
    }</${input.headings.resource}>`}
    <p class="resource__meta">
      <span>${t('resource.source', { source: resource.source })}</span>
      <span>${t(`resource.kind.${resource.kind}`)}</span>
      <span>${focusAreas}</span>
      ${
        resource.origin === 'district-artifact'
          ? html`<span>${t('finder.resource.district', { district: resource.district ?? resource.source })}</span>`
          : nothing
      }
    </p>
    <p class="resource__summary" lang=${summaryLang}>${summary}</p>
    ${
      resource.tags.length === 0
        ? nothing
        : html`<ul class="resource__tags" aria-label=${t('finder.resource.tags')}>
            ${resource.tags.map((slug) => html`<li>${text.tagLabel(slug)}</li>`)}
          </ul>`
    }
    ${
      helps === undefined || helps.length === 0
        ? nothing
        : html`<p class="resource__helps">
            ${t('finder.resource.helps', { indicators: joinList(helps.map(input.indicatorText), locale) })}
          </p>`
    }
    ${
      input.selectable
        ? html`<button type="button" class="resource__choose" part="choose" @click=${select}>
            ${t('finder.choose')}<span class="visually-hidden" lang=${titleLang}>: ${resource.title}</span>
          </button>`
        : nothing
    }
  </li>`;
}

/** The count of results as a heading, the list of resources, "Show more" and "Clear all filters". */
export function renderResults(input: ResultsInput, text: FinderText): TemplateResult {
  const { t } = text;
  const total = input.resources.length;
  const clear = input.filtered
    ? html`<button type="button" class="clear" part="clear" @click=${input.clear}>${t('finder.clear')}</button>`
    : nothing;
  const rows: TemplateResult[] = [];
  for (let i = 0; i < input.shown; i++) {
    const resource = input.resources[i];
    if (resource) rows.push(renderResource(resource, input, text));
  }
  const remaining = total - input.limit;
  return html`<section class="results" part="results">
    <div class="results__header">
      ${staticHtml`<${input.headings.list} class="results__count" id="results-count">${
        total === 0 ? t('finder.results.none') : t('finder.results', { count: total })
      }</${input.headings.list}>`}
      ${clear}
    </div>
    ${
      total === 0
        ? html`<p class="results__hint">${t('finder.results.none.hint')}</p>`
        : html`<ul class="results__list" aria-labelledby="results-count" aria-busy=${input.busy ? 'true' : 'false'}>
            ${rows}
          </ul>`
    }
    ${
      remaining > 0
        ? html`<button type="button" class="more" part="more" @click=${input.more}>
            ${t('finder.more', { count: Math.min(remaining, input.pageSize) })}
          </button>`
        : nothing
    }
  </section>`;
}

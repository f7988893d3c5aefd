import { adoptStyles, css, html, nothing, type TemplateResult } from 'lit';
import { checkCatalog, type Catalog, type Resource, type SelIssue } from '@sel/core';
import { createCatalogIndex, type CatalogIndex } from '@sel/data/query';
import { inLang } from '../shared/data-language.js';
import { dispatchResourceSelect } from '../shared/resource-select.js';
import type { ReportModel } from './report-model.js';
import type { ReportText } from './report-text.js';

/*
 * The "What next" part of the report, loaded only once a report is shown: the catalog's query
 * API, the check of a catalog given to the element and, when none is given, the default catalog of
 * `@sel/data` (itself loaded on demand), so a page without a report never pays for them.
 */

/** The styles of "What next", added to a report's own the first time it shows the resources. */
const nextStepsStyles = css`
  .next-steps,
  .resources {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .next-step {
    margin-block-end: var(--_sel-space-3);
  }
  .next-step__indicator {
    display: block;
    font-weight: 600;
  }
  .resource {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_sel-space-1) var(--_sel-space-2);
    padding-block: var(--_sel-space-1);
    border-block-end: 1px solid var(--_sel-color-border);
  }
  .resource__title {
    flex: 1 1 12rem;
  }
  a {
    color: var(--_sel-color-accent);
  }
  .resource__facts {
    color: var(--_sel-color-text-muted);
    font-size: var(--_sel-font-size-small);
  }

  @media print {
    .resource__add {
      display: none;
    }
    .resource {
      break-inside: avoid;
    }
  }
`;

/** How many resources are offered per weak indicator. */
export const RESOURCES_PER_INDICATOR = 3;

/** Where the catalog comes from: the element's `catalog` property, else its `catalog-src` URL, else neither. */
export interface CatalogSource {
  readonly catalog: unknown;
  readonly src: string | undefined;
  readonly fetch: typeof fetch;
}

/** A catalog read and indexed, or what is wrong with it (paths start with `catalog`). */
export type LoadedCatalog =
  { readonly ok: true; readonly index: CatalogIndex } | { readonly ok: false; readonly issues: readonly SelIssue[] };

const failure = (code: string, message: string): LoadedCatalog => ({
  ok: false,
  issues: [{ path: ['catalog'], code, message }],
});

/** Checks and indexes a catalog given as data. */
function readCatalog(raw: unknown): LoadedCatalog {
  const parsed = checkCatalog(raw);
  if (!parsed.ok) {
    return { ok: false, issues: parsed.error.issues.map((issue) => ({ ...issue, path: ['catalog', ...issue.path] })) };
  }
  const catalog: Catalog = parsed.value;
  return { ok: true, index: createCatalogIndex(catalog.resources) };
}

/** Each catalog object given by property, read once however many reports show it. */
const readByObject = new WeakMap<object, LoadedCatalog>();
/** `@sel/data`'s catalog, indexed once it has been loaded. */
let defaultCatalog: LoadedCatalog | undefined;

/**
 * The catalog at once when no loading is needed: one given as data (`catalog`), or the default
 * catalog once loaded (`undefined`); else `undefined`, and {@link loadCatalog} loads it.
 */
export function catalogNow(catalog: unknown): LoadedCatalog | undefined {
  if (catalog === undefined || catalog === null) return defaultCatalog;
  if (typeof catalog !== 'object') return readCatalog(catalog);
  let loaded = readByObject.get(catalog);
  if (loaded === undefined) {
    loaded = readCatalog(catalog);
    readByObject.set(catalog, loaded);
  }
  return loaded;
}

/** Reads, checks and indexes the catalog from `source` (fetching `src`, or loading the default); never throws. */
export async function loadCatalog(source: CatalogSource): Promise<LoadedCatalog> {
  const now = source.src === undefined ? catalogNow(source.catalog) : undefined;
  if (now !== undefined) return now;
  try {
    if (source.src !== undefined) {
      const response = await source.fetch(source.src);
      if (!response.ok) {
        return failure('fetch-failed', `Could not load the catalog from ${source.src}: HTTP ${response.status}`);
      }
      return readCatalog((await response.json()) as unknown);
    }
    const { catalog } = await import('@sel/data/catalog');
    defaultCatalog ??= { ok: true, index: createCatalogIndex(catalog.resources) };
    return defaultCatalog;
  } catch (error) {
    return failure('load-failed', `Could not load the catalog: ${String(error)}`);
  }
}

/** One resource offered for a weak indicator, with the link and the "Add to plan" button. */
function renderResource(
  host: Element,
  resource: Resource,
  indicatorIds: readonly string[],
  text: ReportText,
): TemplateResult {
  const choose = (event: Event) => {
    const handled = !dispatchResourceSelect(host, { resource, indicatorIds });
    if (handled && event.currentTarget instanceof HTMLAnchorElement) event.preventDefault();
  };
  const facts = `${text.t(`resource.kind.${resource.kind}`)} · ${text.t('resource.source', { source: resource.source })}`;
  const add = text.t('report.next.add');
  const lang = text.titleLang(resource);
  // A template each for a resource with and without a link, rather than one nesting the other.
  return resource.url === undefined
    ? html`<li class="resource" data-resource=${resource.id}>
        <span class="resource__title" lang=${lang}>${resource.title}</span>
        <span class="resource__facts">${facts}</span>
        <button type="button" class="resource__add" @click=${choose}>
          ${add}<span class="visually-hidden" lang=${lang}> (${resource.title})</span>
        </button>
      </li>`
    : html`<li class="resource" data-resource=${resource.id}>
        <a class="resource__title" href=${resource.url} lang=${lang} @click=${choose}>${resource.title}</a>
        <span class="resource__facts">${facts}</span>
        <button type="button" class="resource__add" @click=${choose}>
          ${add}<span class="visually-hidden" lang=${lang}> (${resource.title})</span>
        </button>
      </li>`;
}

/** The shadow roots that have the styles of "What next". */
const styled = new WeakSet<ShadowRoot>();

/**
 * For each weak indicator of the latest round, the catalog resources that help with it, best
 * first; the first time in a report, its styles join the report's own.
 */
export function renderNextSteps(
  host: Element,
  model: ReportModel,
  index: CatalogIndex,
  text: ReportText,
): TemplateResult {
  const root = host.shadowRoot;
  if (root && !styled.has(root)) {
    styled.add(root);
    adoptStyles(root, [...root.adoptedStyleSheets, nextStepsStyles]);
  }
  const { rubric } = model.report;
  return html`<ul class="next-steps">
    ${model.nextSteps.map((step) => {
      const matches = index.forIndicators(rubric, [step.indicatorId], { limit: RESOURCES_PER_INDICATOR });
      return html`<li class="next-step" data-indicator=${step.indicatorId}>
        <span class="next-step__indicator"
          >${step.priority ? html`<strong class="priority">${text.t('report.priority')}</strong> ` : nothing}${inLang(step.indicator.text, text.lang(step.indicator, 'text'))}</span
        >
        ${
          matches.length === 0
            ? html`<p class="empty">${text.t('report.next.none')}</p>`
            : html`<ul class="resources">
                ${matches.map((match) => renderResource(host, match.resource, match.indicatorIds, text))}
              </ul>`
        }
      </li>`;
    })}
  </ul>`;
}

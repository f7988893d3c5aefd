import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import {
  checkCatalog,
  checkCatalogInSteps,
  type Assessment,
  type Catalog,
  type ParseResult,
  type Resource,
  type Rubric,
  type SelIssue,
  type Tag,
} from '@sel/core';
import { createCatalogIndex, type CatalogIndex } from '@sel/data/query';
import { titleLang } from '../shared/data-language.js';
import { INLINE_DATA_SELECTOR } from '../shared/data-source.js';
import { headingTag } from '../shared/heading.js';
import { dispatchResourceSelect } from '../shared/resource-select.js';
import { SelElement } from '../shared/sel-element.js';
import { tokenStyles } from '../shared/tokens.styles.js';
import {
  checkFilters,
  listConverter,
  NO_FILTERS,
  numberListConverter,
  textConverter,
  withFilter,
  type FinderFilters,
} from './finder-filters.js';
import type { IndicatorTarget } from './indicator-target.js';
import { OnDemand } from './on-demand.js';
import { findResources, type Found } from './finder-search.js';
import { renderFacets, renderSearch } from './finder-facets.js';
import { renderResults } from './finder-results.js';
import type { FinderText } from './finder-text.js';
import { resourceFinderStyles } from './sel-resource-finder.styles.js';
import { finderStrings } from './finder-strings.js';

/** Results drawn per page; "Show more" adds the next page (each drawn over frames past a screenful). */
export const FINDER_PAGE_SIZE = 100;
/** How long the count of results waits for typing to pause before it is announced, in ms. */
const ANNOUNCE_DELAY_MS = 600;

/** A catalog as the finder takes it: the tag vocabulary and the resources (`@sel/data`'s `catalog` is one). */
export interface FinderCatalog {
  readonly tags: readonly Tag[];
  readonly resources: readonly Resource[];
}

/**
 * The resource catalog as the district resource pages present it: a search over titles and
 * summaries (English and Spanish, ignoring case and accents) and filters with counts, for
 * district artifacts or resources to learn more, focus area, kind, topic (the catalog's tag
 * vocabulary, labelled in the page's language) and source. Each count says how many resources
 * choosing that value would give. The filters are attributes, so a page can start pre-filtered
 * (`<sel-resource-finder focus-areas="3" tags="community-partnerships">`), and they are written
 * back as a person changes them. Results are a list under a heading with their count (announced
 * politely once typing pauses), each title a link where the resource's web address is known; a
 * page of 100 is drawn over frames past the first screenful, and "Show more" adds the next page.
 *
 * With `for-indicators` (indicator ids) or an `assessment` (its weakest indicators, as
 * `@sel/core`'s `weakestIndicators` ranks them), it becomes "resources for our weakest
 * indicators": the resources whose tags match those indicators, best match first
 * (`@sel/data`'s `forIndicators`), each saying which indicators it helps with.
 *
 * The catalog arrives as the `catalog` property, a `src` URL or an inline
 * `<script type="application/json">` child, checked with `@sel/core`'s `checkCatalog` (as
 * `catalogSchema` checks it, without zod); with none of them, the catalog of `@sel/data` is loaded when the element first needs it.
 *
 * @summary Search and filter the SEL resource catalog, or find resources for the weakest indicators.
 * @tag sel-resource-finder
 *
 * @attr src - URL of the catalog as JSON, used when the `catalog` property is not set.
 * @attr search - The search text.
 * @attr focus-areas - Focus areas to show, comma-separated (e.g. `3` or `1, 3`): resources in any of them.
 * @attr kinds - Resource kinds to show, comma-separated (e.g. `report, guide`).
 * @attr tags - Tag slugs every shown resource carries, comma-separated (e.g. `community-partnerships`).
 * @attr sources - Source organisations to show, comma-separated; write a comma inside a name as `\,`.
 * @attr origin - `district-artifact` or `learn-more`; both when empty.
 * @attr for-indicators - Indicator ids of the rubric to find resources for, comma-separated.
 * @attr selectable - Shows a "Choose" button on each resource, for an app that adds resources to a plan.
 * @attr heading-level - Level of the element's heading, 1 to 6 (default 2); the count is one below, each title two.
 *
 * @prop {Catalog | undefined} catalog - The catalog to search (wins over `src` and inline JSON).
 * @prop {Rubric | undefined} rubric - The rubric of `assessment` and `for-indicators` (default: the district rubric of `@sel/data`).
 * @prop {Assessment | undefined} assessment - An assessment of `rubric`: resources for its weakest indicators are shown.
 * @prop {string} search - See the `search` attribute.
 * @prop {readonly number[]} focusAreas - See the `focus-areas` attribute.
 * @prop {readonly string[]} kinds - See the `kinds` attribute.
 * @prop {readonly string[]} tags - See the `tags` attribute.
 * @prop {readonly string[]} sources - See the `sources` attribute.
 * @prop {string} origin - See the `origin` attribute.
 * @prop {readonly string[]} forIndicators - See the `for-indicators` attribute.
 * @prop {boolean} selectable - See the `selectable` attribute.
 * @prop {number} headingLevel - See the `heading-level` attribute.
 * @prop {string | undefined} src - See the `src` attribute.
 * @prop {SelStringOverrides | undefined} strings - Replaces single strings of the English or Spanish catalog.
 *
 * @fires {SelResourceSelectDetail} sel-resource-select - A resource's link was followed or its "Choose" button pressed; cancel it to keep the link from navigating.
 * @fires {SelErrorDetail} sel-error - The catalog could not be loaded or is invalid, or a filter, rubric, assessment or indicator id is; `detail.issues` has each path and message.
 *
 * @slot heading - Replaces the heading text ("Find resources").
 *
 * @csspart heading - The element's heading.
 * @csspart indicators - The indicators resources are found for.
 * @csspart search - The search field and its label.
 * @csspart facets - The filters.
 * @csspart facet - One group of filters.
 * @csspart results - The count and the list of resources.
 * @csspart resource - One resource of the list.
 * @csspart resource-link - The link on a resource's title.
 * @csspart choose - A resource's "Choose" button.
 * @csspart clear - The button that clears the search and filters.
 * @csspart more - The "Show more" button.
 * @csspart error-state - The alert listing problems with the data or the filters.
 *
 * @cssprop --sel-color-text - Body text.
 * @cssprop --sel-color-text-muted - Counts, hints and each resource's source, kind and focus areas.
 * @cssprop --sel-color-border - Lines between resources and around topics.
 * @cssprop --sel-color-accent - Links and buttons.
 * @cssprop --sel-color-surface - Background of the search field and buttons.
 */
export class SelResourceFinder extends SelElement<Catalog> {
  static override styles = [tokenStyles, resourceFinderStyles];
  protected static override messages = finderStrings;
  protected static override progressive = { threshold: 25, firstBatch: 15 };

  static override properties: PropertyDeclarations = {
    catalog: { attribute: false },
    rubric: { attribute: false },
    assessment: { attribute: false },
    search: { reflect: true, converter: textConverter },
    focusAreas: { attribute: 'focus-areas', reflect: true, converter: numberListConverter },
    kinds: { reflect: true, converter: listConverter },
    tags: { reflect: true, converter: listConverter },
    sources: { reflect: true, converter: listConverter },
    origin: { reflect: true, converter: textConverter },
    forIndicators: { attribute: 'for-indicators', converter: listConverter },
    selectable: { type: Boolean, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    shownLimit: { state: true },
  };

  /** The catalog to search (wins over `src` and inline JSON; the default catalog is used when none is given). */
  catalog: FinderCatalog | undefined;
  /** The rubric the indicators belong to (default: the district rubric from `@sel/data`, loaded when needed). */
  rubric: Rubric | undefined;
  /** An assessment of `rubric`: the finder then offers resources for its weakest indicators. */
  assessment: Assessment | undefined;
  /** The search text. */
  search = '';
  /** Focus areas to show (any of them). */
  focusAreas: readonly number[] = [];
  /** Resource kinds to show (any of them). */
  kinds: readonly string[] = [];
  /** Tags every shown resource carries. */
  tags: readonly string[] = [];
  /** Source organisations to show (any of them). */
  sources: readonly string[] = [];
  /** `district-artifact`, `learn-more`, or empty for both. */
  origin = '';
  /** Indicator ids of `rubric` to find resources for (wins over the weakest indicators of `assessment`). */
  forIndicators: readonly string[] = [];
  /** Shows a "Choose" button on each resource (for an app that adds resources to a plan). */
  selectable = false;
  /** Level of the element's heading (1-6); each resource's title is one below. */
  headingLevel = 2;

  private shownLimit = FINDER_PAGE_SIZE;

  #index: CatalogIndex | undefined;
  #indexed: Catalog | undefined;
  #labels = new Map<string, { readonly en: string; readonly es: string }>();
  #found: Found | undefined;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  /** Where the next page of results starts, to move focus there once it is drawn. */
  #focusFrom: number | undefined;
  /** The weakest-indicators mode, loaded the first time `assessment` or `for-indicators` asks for it. */
  #target: IndicatorTarget | undefined;
  readonly #onDemand = new OnDemand(this);

  /** Resolves once the catalog (the default one too, loaded on demand) has been read, checked and rendered. */
  override get dataSettled(): Promise<void> {
    return this.#onDemand.settled().then(() => super.dataSettled);
  }

  /** Resolves once the results are drawn, after what the element loads on demand has arrived. */
  override get renderComplete(): Promise<void> {
    return this.#onDemand.settled().then(() => super.renderComplete);
  }

  /** Each group's problems as last reported, so the same problems are not reported at every keystroke. */
  readonly #reported = new Map<string, string>();

  #report(group: string, issues: readonly SelIssue[]): void {
    const key = JSON.stringify(issues);
    if (this.#reported.get(group) === key) return;
    this.#reported.set(group, key);
    this.reportIssues(group, issues);
  }

  protected override dataFromProperty(): unknown {
    return this.catalog ?? this.#fallbackCatalog();
  }

  /**
   * The default catalog, once loaded, when no catalog is given in any way: the page that never
   * shows a finder without data does not download it.
   */
  #fallbackCatalog(): FinderCatalog | undefined {
    if (this.src?.trim() || this.querySelector(INLINE_DATA_SELECTOR)?.textContent.trim()) return undefined;
    return this.#onDemand.get(
      'catalog',
      () => import('@sel/data/catalog').then((module) => module.catalog),
      (error) => {
        this.reportIssues('catalog', [
          { path: [], code: 'default-catalog', message: `The default catalog could not be loaded: ${String(error)}` },
        ]);
      },
    );
  }

  protected override parseData(raw: unknown): ParseResult<Catalog> {
    return checkCatalog(raw, 'catalog');
  }

  /** A catalog of thousands of resources is checked a resource at a time, over frames. */
  protected override parseDataInSteps(raw: unknown): Iterator<unknown, ParseResult<Catalog>, undefined> {
    return checkCatalogInSteps(raw, 'catalog');
  }

  /** The search index and the tag labels are built once per catalog. */
  protected override prepareData(catalog: Catalog): void {
    this.#indexFor(catalog);
  }

  #indexFor(catalog: Catalog): CatalogIndex {
    if (this.#index === undefined || this.#indexed !== catalog) {
      this.#index = createCatalogIndex(catalog.resources);
      this.#indexed = catalog;
      this.#labels = new Map(catalog.tags.map((tag) => [tag.slug, tag.label]));
      this.#found = undefined;
    }
    return this.#index;
  }

  get #filters(): FinderFilters {
    return {
      search: this.search,
      focusAreas: this.focusAreas,
      kinds: this.kinds,
      tags: this.tags,
      sources: this.sources,
      origin: this.origin,
    };
  }

  /**
   * Searches before rendering, once the data source has taken this update's catalog (controllers
   * update after `willUpdate`, before `update`), so a new catalog or filter shows in this render.
   */
  protected override update(changed: PropertyValues<this>): void {
    this.#search(changed);
    super.update(changed);
  }

  #search(changed: PropertyValues<this>): void {
    const catalog = this.dataSource.value;
    const filtersChanged = ['search', 'focusAreas', 'kinds', 'tags', 'sources', 'origin'].some((key) =>
      changed.has(key as keyof SelResourceFinder),
    );
    const target = this.#indicatorTarget();
    const targetChanged = target?.update() ?? false;
    // Resources for indicators are not shown as a plain list while the rubric is on its way.
    if (target === undefined ? this.#wantsTarget : target.pending) {
      this.#found = undefined;
      return;
    }
    if (catalog === undefined) return;
    const index = this.#indexFor(catalog);
    const first = this.#found === undefined;
    if (!first && !filtersChanged && !targetChanged) return;
    const checked = checkFilters(this.#filters, catalog);
    this.#report('filters', checked.issues);
    this.#found = findResources(index, checked.query, checked.filtered, target?.value);
    this.shownLimit = FINDER_PAGE_SIZE;
    // A new catalog is not announced (the page just loaded); what a person changed is.
    if (!first) this.#announceCount(this.#found.resources.length);
  }

  get #wantsTarget(): boolean {
    return this.assessment !== undefined || this.forIndicators.length > 0;
  }

  /** The weakest-indicators mode once loaded; starts loading it when first asked for. */
  #indicatorTarget(): IndicatorTarget | undefined {
    if (this.#target !== undefined || !this.#wantsTarget) return this.#target;
    const module = this.#onDemand.get(
      'indicator-target',
      () => import('./indicator-target.js'),
      (error) => {
        this.#report('assessment', [
          {
            path: [],
            code: 'module-failed',
            message: `Resources for indicators could not be loaded: ${String(error)}`,
          },
        ]);
      },
    );
    this.#target =
      module &&
      new module.IndicatorTarget(this.#onDemand, {
        rubric: () => this.rubric,
        assessment: () => this.assessment,
        forIndicators: () => this.forIndicators,
        report: (group, issues) => {
          this.#report(group, issues);
        },
      });
    return this.#target;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const from = this.#focusFrom;
    if (from !== undefined) {
      const title = this.renderRoot.querySelectorAll<HTMLElement>('.resource__title')[from];
      if (title) {
        this.#focusFrom = undefined;
        title.focus();
      }
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#announceTimer);
  }

  /** Says how many resources were found once typing pauses, so each keystroke is not read out. */
  #announceCount(count: number): void {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      this.announcer.announce(count === 0 ? this.t('finder.results.none') : this.t('finder.results.found', { count }));
    }, ANNOUNCE_DELAY_MS);
  }

  #clearFilters(): void {
    Object.assign(this, NO_FILTERS);
    this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  }

  #showMore(): void {
    this.#focusFrom = this.shownLimit;
    this.shownLimit += FINDER_PAGE_SIZE;
  }

  /** A resource was chosen (its link followed, or "Choose" pressed); a cancelled event keeps the link from navigating. */
  #select(resource: Resource, event: Event): void {
    const indicatorIds = this.#found?.helps?.get(resource) ?? [];
    if (!dispatchResourceSelect(this, { resource, indicatorIds })) event.preventDefault();
  }

  get #text(): FinderText {
    const locale = this.i18n.locale;
    return {
      locale,
      t: this.t,
      formatNumber: (value) => this.i18n.formatNumber(value),
      tagLabel: (slug) => this.#labels.get(slug)?.[locale] ?? slug,
      titleLang: (resource) => titleLang(resource, this.i18n),
    };
  }

  protected override render(): TemplateResult {
    const catalog = this.dataSource.value;
    const found = this.#found;
    return html`${this.renderDataState()}${
      catalog === undefined || found === undefined ? nothing : this.#renderFinder(catalog, found)
    }${this.announcer.region()}`;
  }

  #renderFinder(catalog: Catalog, found: Found): TemplateResult {
    const text = this.#text;
    const index = this.#indexFor(catalog);
    const target = this.#target?.value;
    const count = Math.min(found.resources.length, this.shownLimit);
    const shown = this.progress.draw(found.resources, count);
    const heading = headingTag(this.headingLevel);
    const title = this.t(target === undefined ? 'finder.heading' : 'finder.heading.indicators');
    return html`<div class="finder">
      ${staticHtml`<${heading} class="heading" part="heading"><slot name="heading">${title}</slot></${heading}>`}
      ${target === undefined ? nothing : this.#target?.render(text)}
      ${renderSearch(
        this.search,
        (search) => {
          this.search = search;
        },
        text,
      )}
      ${renderFacets(
        {
          tags: catalog.tags,
          sources: index.sources(),
          counts: found.counts,
          filters: this.#filters,
          change: (field, value, on) => {
            Object.assign(this, withFilter(this.#filters, field, value, on));
          },
        },
        text,
      )}
      ${renderResults(
        {
          resources: found.resources,
          shown,
          limit: this.shownLimit,
          busy: this.progress.busy,
          helps: found.helps,
          indicatorText: (id) => this.#target?.indicatorText(id) ?? id,
          headings: { list: headingTag(this.headingLevel + 1), resource: headingTag(this.headingLevel + 2) },
          pageSize: FINDER_PAGE_SIZE,
          selectable: this.selectable,
          filtered: found.filtered || this.search.trim() !== '',
          select: (resource, event) => {
            this.#select(resource, event);
          },
          clear: () => {
            this.#clearFilters();
          },
          more: () => {
            this.#showMore();
          },
        },
        text,
      )}
    </div>`;
  }
}

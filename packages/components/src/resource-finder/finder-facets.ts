import { html, nothing, type TemplateResult } from 'lit';
import { FOCUS_AREA_NUMBERS, RESOURCE_KINDS, RESOURCE_ORIGINS, type Tag } from '@sel/core';
import type { ResourceFacetCounts } from '@sel/data/query';
import type { FacetField, FinderFilters } from './finder-filters.js';
import type { FinderText } from './finder-text.js';

/** What the filter menu shows and where a change goes. */
export interface FacetsInput {
  /** The catalog's tag vocabulary. */
  readonly tags: readonly Tag[];
  /** The catalog's sources, sorted. */
  readonly sources: readonly string[];
  readonly counts: ResourceFacetCounts;
  readonly filters: FinderFilters;
  readonly change: (field: FacetField, value: string | number, on: boolean) => void;
}

interface Option {
  readonly value: string | number;
  readonly label: string;
  readonly count: number;
  readonly chosen: boolean;
}

/**
 * One group of checkboxes in a disclosure: its summary names the field and how many values are
 * chosen, each option its label and how many resources it would give.
 */
function checkboxGroup(
  field: FacetField,
  title: string,
  options: readonly Option[],
  open: boolean,
  input: FacetsInput,
  text: FinderText,
): TemplateResult {
  const chosen = options.filter((option) => option.chosen).length;
  return html`<details class="facet" part="facet" data-field=${field} ?open=${open || chosen > 0}>
    <summary>
      ${title}${chosen > 0 ? html` <span class="facet__chosen">${text.t('finder.chosen', { count: chosen })}</span>` : nothing}
    </summary>
    <fieldset>
      <legend class="visually-hidden">${title}</legend>
      <ul class="facet__options">
        ${options.map(
          (option) =>
            html`<li>
              <label class=${option.count === 0 && !option.chosen ? 'option option--none' : 'option'}>
                <input
                  type="checkbox"
                  .checked=${option.chosen}
                  @change=${(event: Event) => {
                    input.change(field, option.value, (event.target as HTMLInputElement).checked);
                  }}
                />
                <span class="option__label">${option.label}</span>
                <span class="option__count">(${text.formatNumber(option.count)})</span>
              </label>
            </li>`,
        )}
      </ul>
    </fieldset>
  </details>`;
}

/** The origin as a radio group: both, artifacts shared by districts, or resources to learn more. */
function originGroup(input: FacetsInput, text: FinderText): TemplateResult {
  const counts = input.counts.origin;
  const chosen = input.filters.origin.trim();
  const all = [...counts.values()].reduce((sum, count) => sum + count, 0);
  const options = [
    { value: '', label: text.t('finder.origin.all'), count: all },
    ...RESOURCE_ORIGINS.map((origin) => ({
      value: origin,
      label: text.t(`finder.origin.${origin}`),
      count: counts.get(origin) ?? 0,
    })),
  ];
  const title = text.t('finder.facet.origin');
  return html`<details class="facet" part="facet" data-field="origin" open>
    <summary>${title}</summary>
    <fieldset>
      <legend class="visually-hidden">${title}</legend>
      <ul class="facet__options">
        ${options.map(
          (option) =>
            html`<li>
              <label class="option">
                <input
                  type="radio"
                  name="origin"
                  .checked=${option.value === chosen || (option.value === '' && !RESOURCE_ORIGINS.includes(chosen as never))}
                  @change=${() => {
                    input.change('origin', option.value, option.value !== '');
                  }}
                />
                <span class="option__label">${option.label}</span>
                <span class="option__count">(${text.formatNumber(option.count)})</span>
              </label>
            </li>`,
        )}
      </ul>
    </fieldset>
  </details>`;
}

/** The search field, a `search` landmark with its label and hint. */
export function renderSearch(search: string, input: (search: string) => void, text: FinderText): TemplateResult {
  return html`<form
    class="search"
    part="search"
    role="search"
    @submit=${(event: Event) => {
      event.preventDefault();
    }}
  >
    <label for="search">${text.t('finder.search')}</label>
    <span class="hint" id="search-hint">${text.t('finder.search.hint')}</span>
    <input
      id="search"
      type="search"
      autocomplete="off"
      spellcheck="false"
      aria-describedby="search-hint"
      .value=${search}
      @input=${(event: Event) => {
        input((event.target as HTMLInputElement).value);
      }}
    />
  </form>`;
}

/** The filter menu: origin, focus area, kind, topic (tag) and source, each value with its count. */
export function renderFacets(input: FacetsInput, text: FinderText): TemplateResult {
  const { counts, filters } = input;
  const focusAreas = FOCUS_AREA_NUMBERS.map((number) => ({
    value: number,
    label: text.t('finder.focusArea', { number, title: text.t(`finder.focusArea.${number}`) }),
    count: counts.focusArea.get(number) ?? 0,
    chosen: filters.focusAreas.includes(number),
  }));
  // Only values some resource has, and any the filters name (so a chosen one can be taken off).
  const kinds = RESOURCE_KINDS.filter((kind) => counts.kind.has(kind) || filters.kinds.includes(kind)).map((kind) => ({
    value: kind,
    label: text.t(`resource.kind.${kind}`),
    count: counts.kind.get(kind) ?? 0,
    chosen: filters.kinds.includes(kind),
  }));
  const tags = input.tags
    .filter((tag) => counts.tags.has(tag.slug) || filters.tags.includes(tag.slug))
    .map((tag) => ({
      value: tag.slug,
      label: text.tagLabel(tag.slug),
      count: counts.tags.get(tag.slug) ?? 0,
      chosen: filters.tags.includes(tag.slug),
    }));
  const chosenSources = new Set(filters.sources);
  const sources = [...input.sources, ...filters.sources.filter((source) => !input.sources.includes(source))].map(
    (source) => ({
      value: source,
      label: source,
      count: counts.source.get(source) ?? 0,
      chosen: chosenSources.has(source),
    }),
  );
  return html`<div class="facets" part="facets" role="group" aria-label=${text.t('finder.filters')}>
    ${originGroup(input, text)}
    ${checkboxGroup('focusArea', text.t('finder.facet.focusArea'), focusAreas, true, input, text)}
    ${checkboxGroup('kind', text.t('finder.facet.kind'), kinds, true, input, text)}
    ${checkboxGroup('tag', text.t('finder.facet.tag'), tags, false, input, text)}
    ${checkboxGroup('source', text.t('finder.facet.source'), sources, false, input, text)}
  </div>`;
}

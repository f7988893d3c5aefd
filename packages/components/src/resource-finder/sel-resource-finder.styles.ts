import { css } from 'lit';

/**
 * Styles of `<sel-resource-finder>`, adopted after the shared `tokenStyles`: the search and the
 * filters beside the results on a wide element, above them on a narrow one (a container query);
 * print shows the results alone, with each link's address.
 */
export const resourceFinderStyles = css`
  :host {
    container-type: inline-size;
  }

  .heading {
    margin: 0 0 var(--_sel-space-3);
    font-size: 1.375em;
    line-height: 1.25;
  }

  .finder {
    display: grid;
    gap: var(--_sel-space-3) var(--_sel-space-4);
    grid-template-columns: minmax(0, 1fr);
  }

  @container (min-width: 44rem) {
    .finder {
      grid-template-columns: minmax(12rem, 16rem) minmax(0, 1fr);
    }
    .finder > :is(.heading, .target, .target__none, .search) {
      grid-column: 1 / -1;
    }
  }

  .search {
    display: flex;
    flex-direction: column;
    gap: var(--_sel-space-1);
  }

  .search label {
    font-weight: 700;
  }

  .hint,
  .option__count,
  .resource__meta,
  .target__level {
    color: var(--_sel-color-text-muted);
    font-size: var(--_sel-font-size-small);
  }

  input[type='search'],
  button {
    font: inherit;
    color: inherit;
    border: 1px solid var(--_sel-color-border);
    border-radius: var(--_sel-radius);
    background: var(--_sel-color-surface);
  }

  input[type='search'] {
    inline-size: 100%;
    max-inline-size: 36rem;
    padding: var(--_sel-space-2);
  }

  button {
    min-block-size: 1.75rem;
    padding: var(--_sel-space-1) var(--_sel-space-3);
    border-color: var(--_sel-color-accent);
    cursor: pointer;
  }

  .facet {
    border-block-end: 1px solid var(--_sel-color-border);
    padding-block: var(--_sel-space-2);
  }

  .facet summary {
    font-weight: 700;
    cursor: pointer;
  }

  .facet__chosen {
    font-weight: 400;
  }

  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .facet__options {
    max-block-size: 18rem;
    overflow-y: auto;
    padding-block-start: var(--_sel-space-1);
  }

  .option {
    display: flex;
    gap: var(--_sel-space-1);
    align-items: baseline;
    padding-block: 0.125rem;
  }

  .option--none .option__label {
    color: var(--_sel-color-text-muted);
  }

  .results__header {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_sel-space-2);
    align-items: baseline;
    justify-content: space-between;
  }

  .results__count {
    margin: 0;
    font-size: 1.125em;
  }

  .resource {
    padding-block: var(--_sel-space-3);
    border-block-end: 1px solid var(--_sel-color-border);
  }

  .resource__title {
    margin: 0;
    font-size: 1em;
  }

  .resource__title:focus {
    outline: none;
  }

  a {
    color: var(--_sel-color-accent);
  }

  .resource__meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_sel-space-3);
    margin: var(--_sel-space-1) 0;
  }

  .resource__summary,
  .resource__helps {
    margin: var(--_sel-space-1) 0;
  }

  .resource__tags {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_sel-space-1);
  }

  .resource__tags li {
    padding: 0 var(--_sel-space-2);
    border: 1px solid var(--_sel-color-border);
    border-radius: 999px;
    font-size: var(--_sel-font-size-small);
  }

  .resource__choose {
    margin-block-start: var(--_sel-space-2);
  }

  .more {
    margin-block-start: var(--_sel-space-3);
  }

  @media print {
    .search,
    .facets,
    .clear,
    .more,
    .resource__choose {
      display: none;
    }
    .finder {
      display: block;
    }
    .resource {
      break-inside: avoid;
    }
    a::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
  }
`;

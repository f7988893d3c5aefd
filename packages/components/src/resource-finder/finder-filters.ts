import {
  FOCUS_AREA_NUMBERS,
  RESOURCE_KINDS,
  RESOURCE_ORIGINS,
  type FocusAreaNumber,
  type ResourceKind,
  type ResourceOrigin,
  type ResourceQuery,
  type SelIssue,
} from '@sel/core';

/**
 * The finder's filters as its attributes hold them: lists are written comma-separated
 * (`focus-areas="3"`, `tags="community-partnerships, equity"`), a comma inside a value as `\,`.
 */
export interface FinderFilters {
  readonly search: string;
  readonly focusAreas: readonly number[];
  readonly kinds: readonly string[];
  readonly tags: readonly string[];
  readonly sources: readonly string[];
  readonly origin: string;
}

/** Splits an attribute's list at unescaped commas; `\,` and `\\` stand for a comma and a backslash. */
export function readList(text: string | null): string[] {
  if (text === null) return [];
  const items: string[] = [];
  let item = '';
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (char === '\\' && i + 1 < text.length) {
      item += text.charAt(i + 1);
      i++;
    } else if (char === ',') {
      items.push(item);
      item = '';
    } else item += char;
  }
  items.push(item);
  return items.map((each) => each.trim()).filter((each) => each.length > 0);
}

/** Writes a list as {@link readList} reads it back; `null` (no attribute) for an empty list. */
export function writeList(items: readonly (string | number)[] | undefined): string | null {
  if (items === undefined || items.length === 0) return null;
  return items.map((item) => String(item).replace(/[\\,]/g, (char) => `\\${char}`)).join(', ');
}

/** Lit's converter for a text attribute that is left off when the text is empty. */
export const textConverter = {
  fromAttribute: (value: string | null): string => value ?? '',
  toAttribute: (value: string | undefined): string | null => (value ? value : null),
};

/** Lit's converter for a list attribute of text values. */
export const listConverter = {
  fromAttribute: (value: string | null): string[] => readList(value),
  toAttribute: (value: readonly string[] | undefined): string | null => writeList(value),
};

/** Lit's converter for the focus-area list (numbers; what is not a number stays, to be reported). */
export const numberListConverter = {
  fromAttribute: (value: string | null): number[] => readList(value).map(Number),
  toAttribute: (value: readonly number[] | undefined): string | null => writeList(value),
};

const isFocusArea = (value: unknown): value is FocusAreaNumber =>
  (FOCUS_AREA_NUMBERS as readonly unknown[]).includes(value);
const isKind = (value: unknown): value is ResourceKind => (RESOURCE_KINDS as readonly unknown[]).includes(value);
const isOrigin = (value: unknown): value is ResourceOrigin => (RESOURCE_ORIGINS as readonly unknown[]).includes(value);

/** The filters that can be applied, and a problem at its path for each value that cannot. */
export interface CheckedFilters {
  readonly query: ResourceQuery;
  readonly issues: readonly SelIssue[];
  /** Whether any filter besides the search text is set (valid or not). */
  readonly filtered: boolean;
}

/**
 * Turns the filters into a query of `@sel/data`'s index. A value that is not a focus area, a kind,
 * an origin or a tag of the catalog's vocabulary is left out of the query and reported at its path
 * (`tags[1]`), so a mistyped filter pasted into a page says what is wrong and the rest still works.
 */
export function checkFilters(
  filters: FinderFilters,
  catalog: { readonly tags: readonly { readonly slug: string }[] } | undefined,
): CheckedFilters {
  const issues: SelIssue[] = [];
  const list = <T>(
    values: readonly unknown[],
    field: string,
    valid: (value: unknown) => value is T,
    expected: string,
  ) =>
    values.filter((value, index): value is T => {
      if (valid(value)) return true;
      issues.push({
        path: [field, index],
        code: 'invalid-filter',
        message: `Expected ${expected}, got ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`,
      });
      return false;
    });
  const vocabulary = new Set(catalog?.tags.map((tag) => tag.slug));
  const focusArea = list(filters.focusAreas, 'focusAreas', isFocusArea, 'a focus area number: 1, 2, 3 or 4');
  const kind = list(filters.kinds, 'kinds', isKind, `a resource kind (${RESOURCE_KINDS.join(', ')})`);
  const tags = list(
    filters.tags,
    'tags',
    (value): value is string => typeof value === 'string' && (catalog === undefined || vocabulary.has(value)),
    "a tag of the catalog's vocabulary",
  );
  const origin = filters.origin.trim();
  if (origin !== '' && !isOrigin(origin)) {
    issues.push({
      path: ['origin'],
      code: 'invalid-filter',
      message: `Expected an origin: district-artifact or learn-more, got ${JSON.stringify(filters.origin)}`,
    });
  }
  const sources = filters.sources.filter((source) => source.trim() !== '');
  const query: ResourceQuery = {
    ...(focusArea.length > 0 ? { focusArea } : {}),
    ...(kind.length > 0 ? { kind } : {}),
    ...(tags.length > 0 ? { tags } : {}),
    ...(sources.length > 0 ? { source: sources } : {}),
    ...(isOrigin(origin) ? { origin } : {}),
    ...(filters.search.trim() !== '' ? { text: filters.search } : {}),
  };
  const filtered =
    filters.focusAreas.length + filters.kinds.length + filters.tags.length + filters.sources.length > 0 ||
    origin !== '';
  return { query, issues, filtered };
}

/** The filters with nothing chosen and no search text. */
export const NO_FILTERS: FinderFilters = { search: '', focusAreas: [], kinds: [], tags: [], sources: [], origin: '' };

/** A field a person filters by in the finder's menu. */
export type FacetField = 'focusArea' | 'kind' | 'tag' | 'source' | 'origin';

/** The change to the filters when a person chooses `value` of `field` (`on`) or takes it off. */
export function withFilter(
  filters: FinderFilters,
  field: FacetField,
  value: string | number,
  on: boolean,
): Partial<FinderFilters> {
  switch (field) {
    case 'focusArea':
      return { focusAreas: toggled(filters.focusAreas, Number(value), on) };
    case 'kind':
      return { kinds: toggled(filters.kinds, String(value), on) };
    case 'tag':
      return { tags: toggled(filters.tags, String(value), on) };
    case 'source':
      return { sources: toggled(filters.sources, String(value), on) };
    case 'origin':
      return { origin: on ? String(value) : '' };
  }
}

/** A list with `value` added, or taken out when it is there. */
export function toggled<T>(list: readonly T[], value: T, on: boolean): T[] {
  const without = list.filter((each) => each !== value);
  return on ? [...without, value] : without;
}

/**
 * One message: plain text with `{name}` placeholders, or plural forms chosen by the `count`
 * parameter through `Intl.PluralRules` (`other` is required, the rest fall back to it).
 */
export type SelMessage = string | ({ readonly other: string } & { readonly [F in Intl.LDMLPluralRule]?: string });

/**
 * The English catalog, and the source of the message keys: every other catalog must have the
 * same keys (the compiler checks). Keys are grouped by the element that uses them; shared keys
 * come first. Component authors add their group here and in `es.ts`.
 */
export const en = {
  // Shared by every data-driven element.
  'data.loading': 'Loading…',
  'data.empty': 'Nothing to show yet.',
  'error.title': 'This content could not be shown',
  'error.summary': {
    one: 'One problem was found in the data from {source}:',
    other: '{count} problems were found in the data from {source}:',
  },
  'error.more': { one: '…and one more problem.', other: '…and {count} more problems.' },
  'error.keptPrevious': 'The last valid version is still shown, and nothing you entered has been lost.',
  'error.source.property': 'the page script',
  'error.source.src': 'the linked file',
  'error.source.inline': 'the data pasted into the page',
  'action.retry': 'Try again',
  'form.incomplete': { one: 'One item still needs an answer.', other: '{count} items still need an answer.' },
} as const satisfies Readonly<Record<string, SelMessage>>;

/** A key of the message catalog. */
export type SelMessageKey = keyof typeof en;

/** A complete catalog for one language. */
export type SelCatalog = { readonly [K in SelMessageKey]: SelMessage };

/** Single strings an app replaces through an element's `strings` property. */
export type SelStringOverrides = Partial<SelCatalog>;

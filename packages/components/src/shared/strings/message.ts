/**
 * One message: plain text with `{name}` placeholders, or plural forms chosen by the `count`
 * parameter through `Intl.PluralRules` (`other` is required, the rest fall back to it).
 */
export type SelMessage = string | ({ readonly other: string } & { readonly [F in Intl.LDMLPluralRule]?: string });

/**
 * Where a part of the package keeps its strings (the shared ones, or one element's): English at
 * hand, since every page may need it at once, and each other language in a module of its own,
 * loaded the first time an element speaks it, so an English page never downloads Spanish.
 */
export interface SelStrings<K extends string = string> {
  readonly en: Readonly<Record<K, SelMessage>>;
  readonly es: () => Promise<Readonly<Record<K, SelMessage>>>;
}

import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { fromIsoDate } from '@sel/core';
import type { DraftMessageKey } from './strings/draft.js';
import { sharedStrings } from './strings/en.js';
import type { SelMessageKey } from './strings/keys.js';
import type { SelMessage, SelStrings } from './strings/message.js';

export type { SelCatalog, SelMessageKey } from './strings/keys.js';
export type { SelMessage, SelStrings } from './strings/message.js';
export type { DraftMessageKey } from './strings/draft.js';
export { sharedStrings } from './strings/en.js';

/**
 * Single strings an app replaces through an element's `strings` property, e.g.
 * `{ 'action.retry': 'Reload' }`: any key of the shared catalog, of an element's own strings or of
 * the autosaved drafts' words.
 */
export type SelStringOverrides = { readonly [K in SelMessageKey | DraftMessageKey]?: SelMessage };

/** The languages whose catalogs ship with @sel/components. */
export const SEL_LOCALES = ['en', 'es'] as const;
export type SelLocale = (typeof SEL_LOCALES)[number];

/** Used when no language is declared, or the declared one has no catalog. */
export const DEFAULT_LOCALE: SelLocale = 'en';

/** Messages of one language for some of the keys. */
type SelMessages = { readonly [key: string]: SelMessage };

/** Where an element's messages are looked up: its own strings, then the shared ones. */
export function stringParts(own: SelStrings | undefined): readonly SelStrings[] {
  return own === undefined ? [sharedStrings] : [own, sharedStrings];
}

/** Catalogs loaded so far, by part and language; English is always there. */
const loadedStrings = new WeakMap<SelStrings, Partial<Record<SelLocale, SelMessages>>>();
/** Catalogs being loaded, so that many elements wait on one import. */
const loadingStrings = new WeakMap<SelStrings, Partial<Record<SelLocale, Promise<void>>>>();

function messagesOf(strings: SelStrings, locale: SelLocale): SelMessages | undefined {
  return locale === 'en' ? strings.en : loadedStrings.get(strings)?.[locale];
}

function keep(strings: SelStrings, locale: SelLocale, messages: SelMessages): void {
  loadedStrings.set(strings, { ...loadedStrings.get(strings), [locale]: messages });
}

/**
 * Loads the `locale` strings of each part; `undefined` when they are all here already. A module
 * that fails to load (a network error) leaves that part in English for the page's lifetime.
 */
export function loadStrings(
  locale: SelLocale,
  parts: readonly SelStrings[] = [sharedStrings],
): Promise<void> | undefined {
  const waits: Promise<void>[] = [];
  for (const strings of parts) {
    if (locale === 'en' || messagesOf(strings, locale)) continue;
    let loading = loadingStrings.get(strings)?.[locale];
    if (!loading) {
      loading = strings[locale]().then(
        (messages) => {
          keep(strings, locale, messages);
        },
        (error: unknown) => {
          console.warn(`@sel/components: the ${locale} strings could not be loaded; English is shown instead.`, error);
          keep(strings, locale, strings.en);
        },
      );
      loadingStrings.set(strings, { ...loadingStrings.get(strings), [locale]: loading });
    }
    waits.push(loading);
  }
  return waits.length === 0 ? undefined : Promise.all(waits).then(() => undefined);
}

/** Values for a message's `{name}` placeholders; `count` also picks the plural form. */
export type SelMessageParams = Readonly<Record<string, string | number>>;

/** Maps a BCP 47 tag to a shipped locale by its primary language: `es-MX` -> `es`. */
export function matchLocale(tag: string | null | undefined): SelLocale | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/, 1)[0];
  return SEL_LOCALES.find((locale) => locale === primary);
}

/** The nearest non-empty `lang` declared on `element` or an ancestor, crossing shadow roots. */
export function declaredLanguage(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang')?.trim();
    if (lang) return lang;
    const parent: Element | null = node.parentElement;
    if (parent) node = parent;
    else {
      const root = node.getRootNode();
      node = root instanceof ShadowRoot ? root.host : null;
    }
  }
  const documentLang = element.ownerDocument.documentElement.lang.trim();
  return documentLang || undefined;
}

/**
 * The locale an element speaks: its own `lang` attribute, else the closest `[lang]` ancestor
 * (through shadow hosts), else `document.documentElement.lang`. The nearest declaration wins
 * even when no catalog matches it, in which case English is used.
 */
export function resolveLocale(element: Element): SelLocale {
  return matchLocale(declaredLanguage(element)) ?? DEFAULT_LOCALE;
}

const pluralRules = new Map<SelLocale, Intl.PluralRules>();
function pluralForm(locale: SelLocale, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A number formatter for `locale`, created once per locale and options: `toLocaleString` builds a
 * new formatter on every call, and a long list writes many numbers in one render.
 */
function numberFormat(locale: SelLocale, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = options === undefined ? locale : `${locale} ${JSON.stringify(options)}`;
  let formatter = numberFormats.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, formatter);
  }
  return formatter;
}

/**
 * Fills a message: picks the plural form for `params.count`, then replaces each `{name}` with
 * its parameter (numbers formatted for the locale). A placeholder without a parameter is left
 * visible as `{name}`, so a missing value shows up in review instead of vanishing.
 */
export function formatMessage(locale: SelLocale, message: SelMessage, params: SelMessageParams = {}): string {
  let text: string;
  if (typeof message === 'string') text = message;
  else {
    const count = params['count'];
    text = typeof count === 'number' ? (message[pluralForm(locale, count)] ?? message.other) : message.other;
  }
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    return typeof value === 'number' ? numberFormat(locale).format(value) : value;
  });
}

/**
 * Looks up `key` in `overrides`, then in the locale's strings of each part in turn, and fills it.
 * English stands in while the locale's strings are not loaded yet ({@link loadStrings}).
 */
export function translate(
  locale: SelLocale,
  key: SelMessageKey,
  params?: SelMessageParams,
  overrides?: SelStringOverrides,
  parts: readonly SelStrings[] = [sharedStrings],
): string {
  let message = overrides?.[key];
  for (const strings of parts) message ??= messagesOf(strings, locale)?.[key];
  for (const strings of parts) message ??= strings.en[key];
  return formatMessage(locale, message ?? key, params);
}

/**
 * How a calendar date is written: `long` "September 1st, 2026" / "1 de septiembre de 2026",
 * `medium` "Sep 1, 2026" / "1 sept 2026", `short` "09/01/2026" / "01/09/2026", `month-year`
 * "September 2026" / "septiembre 2026", `weekday` "Tuesday, September 1st, 2026".
 */
export type SelDateStyle = 'long' | 'medium' | 'short' | 'month-year' | 'weekday';

const dateFields: Readonly<Record<SelDateStyle, Intl.DateTimeFormatOptions>> = {
  long: { year: 'numeric', month: 'long', day: 'numeric' },
  medium: { year: 'numeric', month: 'short', day: 'numeric' },
  short: { year: 'numeric', month: '2-digit', day: '2-digit' },
  'month-year': { year: 'numeric', month: 'long' },
  weekday: { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' },
};

/** English writes the day of a spelled-out month as an ordinal: "September 1st". */
const englishOrdinalSuffixes: Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> = {
  one: 'st',
  two: 'nd',
  few: 'rd',
  other: 'th',
};
let englishOrdinals: Intl.PluralRules | undefined;

function withOrdinalDay(locale: SelLocale, style: SelDateStyle, part: Intl.DateTimeFormatPart): string {
  if (part.type !== 'day' || locale !== 'en' || (style !== 'long' && style !== 'weekday')) return part.value;
  englishOrdinals ??= new Intl.PluralRules('en', { type: 'ordinal' });
  return part.value + (englishOrdinalSuffixes[englishOrdinals.select(Number(part.value))] ?? '');
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: SelLocale, style: SelDateStyle): Intl.DateTimeFormat {
  const key = `${locale} ${style}`;
  let formatter = dateFormats.get(key);
  if (!formatter) {
    // Dates are written in UTC from a UTC midnight, so neither the page's time zone nor a change
    // of it after the formatter is cached can move a date-only value to a neighbouring day.
    formatter = new Intl.DateTimeFormat(locale, { ...dateFields[style], timeZone: 'UTC' });
    dateFormats.set(key, formatter);
  }
  return formatter;
}

/**
 * Writes a `YYYY-MM-DD` date for readers of `locale` with the platform's `Intl.DateTimeFormat`
 * (no locale data is bundled). Throws `SelRuleError('invalid-date')` for a date that is not real.
 */
export function formatIsoDate(date: string, locale: SelLocale, style: SelDateStyle = 'long'): string {
  const key = `${locale} ${style} ${date}`;
  let text = writtenDates.get(key);
  if (text === undefined) {
    // A long list writes the same few hundred days again and again; the cache is kept small.
    if (writtenDates.size >= 2000) writtenDates.clear();
    text = writeIsoDate(date, locale, style);
    writtenDates.set(key, text);
  }
  return text;
}

const writtenDates = new Map<string, string>();

function writeIsoDate(date: string, locale: SelLocale, style: SelDateStyle): string {
  const day = fromIsoDate(date);
  const utcMidnight = new Date(Date.UTC(day.getFullYear(), day.getMonth(), day.getDate()));
  const parts = dateFormat(locale, style).formatToParts(utcMidnight);
  // A month and its year stand alone, as a heading over that month's days: "septiembre 2026".
  if (style === 'month-year')
    return parts
      .filter((part) => part.type === 'month' || part.type === 'year')
      .map((part) => part.value)
      .join(' ');
  return parts.map((part) => withOrdinalDay(locale, style, part)).join('');
}

/** How a {@link LocaleController} finds app-provided string overrides. */
export interface LocaleControllerOptions {
  /** Reads the host's `strings` property. */
  readonly strings?: () => SelStringOverrides | undefined;
  /** Where the host's messages are, looked up in this order (default: the shared strings). */
  readonly parts?: readonly SelStrings[];
}

const controllers = new Set<LocaleController>();
let documentObserver: MutationObserver | undefined;

function watchDocumentLanguage(controller: LocaleController): void {
  controllers.add(controller);
  if (documentObserver) return;
  documentObserver = new MutationObserver(() => {
    for (const each of controllers) each.refresh();
  });
  documentObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

function unwatchDocumentLanguage(controller: LocaleController): void {
  controllers.delete(controller);
  if (controllers.size === 0) {
    documentObserver?.disconnect();
    documentObserver = undefined;
  }
}

/**
 * Keeps an element's locale current and translates its strings. The locale is re-resolved on
 * connect, before every render, and whenever a `lang` attribute changes in the document (one
 * shared observer for all elements), so switching `<html lang>` re-renders every @sel element.
 */
export class LocaleController implements ReactiveController {
  locale: SelLocale = DEFAULT_LOCALE;
  /** The language declared around the element (its nearest `lang`), when one is. */
  declared: string | undefined;
  readonly #host: ReactiveControllerHost & Element;
  #options: LocaleControllerOptions;

  constructor(host: ReactiveControllerHost & Element, options: LocaleControllerOptions = {}) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#resolve();
    watchDocumentLanguage(this);
  }

  /** Reads the declared language and the locale it gives; true when either changed. */
  #resolve(): boolean {
    const declared = declaredLanguage(this.#host);
    const locale = matchLocale(declared) ?? DEFAULT_LOCALE;
    const changed = declared !== this.declared || locale !== this.locale;
    this.declared = declared;
    this.locale = locale;
    return changed;
  }

  /**
   * The `lang` of the element's own words when the page declares a language with no catalog
   * (`fr`: the words are English, so `en`); `nothing` when they are in the declared language.
   */
  get uiLang(): SelLocale | typeof nothing {
    return this.declared === undefined || matchLocale(this.declared) ? nothing : this.locale;
  }

  hostDisconnected(): void {
    unwatchDocumentLanguage(this);
  }

  hostUpdate(): void {
    this.#resolve();
    // A host that does not wait for its strings (see stringsReady) renders again once they are here.
    void loadStrings(this.locale, this.#options.parts)?.then(() => {
      this.#host.requestUpdate();
    });
  }

  /**
   * Resolves once the strings of the language the host speaks now are loaded; `undefined` when
   * they are. The element base waits for it before each update, so no English flashes first.
   */
  stringsReady(): Promise<void> | undefined {
    return loadStrings(resolveLocale(this.#host), this.#options.parts);
  }

  /** Re-resolves the locale and re-renders the host if it, or the declared language, changed. */
  refresh(): void {
    if (this.#resolve()) this.#host.requestUpdate();
  }

  /**
   * Adds the words of a part the host loaded on demand (a dialog, a table view), looked up after
   * its own: from then on `t` says them and `stringsReady` loads them in the host's language.
   */
  addWords(words: SelStrings): void {
    const parts = this.#options.parts ?? [sharedStrings];
    if (!parts.includes(words)) this.#options = { ...this.#options, parts: [...parts, words] };
  }

  /** The message for `key` in the current locale, with the host's overrides applied. */
  t(key: SelMessageKey, params?: SelMessageParams): string {
    return translate(this.locale, key, params, this.#options.strings?.(), this.#options.parts);
  }

  /** A `YYYY-MM-DD` date written for the current locale. */
  formatDate(date: string, style?: SelDateStyle): string {
    return formatIsoDate(date, this.locale, style);
  }

  /** A number written for the current locale. */
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
    return numberFormat(this.locale, options).format(value);
  }
}

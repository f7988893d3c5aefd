import type { UsState } from '@sel/core';
import { usStateNamesEn } from '@sel/data';

/** The Spanish state names, once the map's Spanish strings (which bring them) have loaded. */
let spanishNames: Readonly<Record<UsState, string>> | undefined;

/** Keeps the Spanish state names that come with the map's Spanish strings. */
export function keepSpanishStateNames(names: Readonly<Record<UsState, string>>): void {
  spanishNames = names;
}

/**
 * A state's name in `locale` (an element's `en` or `es`). The Spanish names load with the Spanish strings, which an element
 * speaking Spanish waits for before it renders; until then (or if they fail to load) English.
 */
export function stateName(state: UsState, locale: string): string {
  return (locale === 'es' ? spanishNames?.[state] : undefined) ?? usStateNamesEn[state];
}

import type { SelIssue } from '@sel/core';

/** Where the data that failed validation came from. */
export type SelDataSourceKind = 'property' | 'src' | 'inline';

/** `detail` of the `sel-error` event every data-driven @sel element dispatches. */
export interface SelErrorDetail {
  /** Every problem found, each with the path into the data and what was expected. */
  readonly issues: readonly SelIssue[];
  /** Which of the three ways of giving data produced the problem. */
  readonly source: SelDataSourceKind;
}

declare global {
  interface HTMLElementEventMap {
    'sel-error': CustomEvent<SelErrorDetail>;
  }
}

/**
 * The names of all `sel-*` events. Components add theirs by declaring them in
 * `HTMLElementEventMap` (which also types `addEventListener` for embedders); this type and
 * {@link SelEventDetail} pick them up from there, so an event's detail is written once.
 */
export type SelEventName = Extract<keyof HTMLElementEventMap, `sel-${string}`>;

/** The `detail` type declared for a `sel-*` event in `HTMLElementEventMap`. */
export type SelEventDetail<K extends SelEventName> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Options for {@link dispatchSelEvent}; events always bubble and cross shadow roots. */
export interface SelEventOptions {
  /** Lets listeners call `preventDefault()`; the return value then tells whether one did. */
  readonly cancelable?: boolean;
}

/**
 * Dispatches a `sel-*` CustomEvent from `host` with `bubbles: true, composed: true` and a typed
 * `detail`. Returns `false` when the event was cancelable and a listener cancelled it.
 */
export function dispatchSelEvent<K extends SelEventName>(
  host: EventTarget,
  name: K,
  detail: SelEventDetail<K>,
  options: SelEventOptions = {},
): boolean {
  return host.dispatchEvent(
    new CustomEvent<SelEventDetail<K>>(name, {
      detail,
      bubbles: true,
      composed: true,
      cancelable: options.cancelable ?? false,
    }),
  );
}

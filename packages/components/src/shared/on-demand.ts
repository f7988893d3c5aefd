/*
 * Code an element loads on first use (a dialog, the moves of a card, the rating code): once for
 * the page, kept once here so what it draws is drawn in the same update, and fetched ahead of use
 * at the first sign of a person about to use the element.
 */

/** A module loaded on first use, once for the page (see {@link onDemand}). */
export interface OnDemandModule<M> {
  /** The module, once the page has it; `undefined` before (draw without it, or load it first). */
  readonly loaded: () => M | undefined;
  /** Loads the module, once for the page; a failed load (offline, a blocked file) is tried again on the next call. */
  readonly load: () => Promise<M>;
  /** Loads the module ahead of use; a failure is left for the use that needs it to report. */
  readonly warm: () => void;
}

/**
 * A module of an element that `load` imports on first use (`onDemand(() => import('./dialog.js'))`),
 * shared by every element of the page: each call of `load()` while it is loading waits for the
 * same import.
 */
export function onDemand<M>(load: () => Promise<M>): OnDemandModule<M> {
  let module: M | undefined;
  let loading: Promise<M> | undefined;
  const part: OnDemandModule<M> = {
    loaded: () => module,
    load: () =>
      (loading ??= load().then(
        (arrived) => (module = arrived),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
    warm: () => {
      part.load().catch(() => undefined);
    },
  };
  return part;
}

/**
 * Calls `warm` at every sign of a person about to use `host`: the pointer over it, a press in it
 * (a touch brings no hover first on some devices), the focus coming into it. `warm` loads the code
 * their next press needs, so the press does not wait for it; it decides itself whether to (an
 * element that is read-only needs no editing code).
 */
export function warmOnUse(host: HTMLElement, warm: () => void): void {
  for (const type of ['pointerover', 'pointerdown', 'focusin']) host.addEventListener(type, warm);
}

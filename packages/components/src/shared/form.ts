import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a form-associated element submits: one string, several named entries, or nothing. */
export type SelFormValue = string | FormData | null;

/** A validity problem to report to the form, or `undefined` when the value is acceptable. */
export interface SelValidity {
  readonly flags: ValidityStateFlags;
  /** Shown by the browser when the form is submitted; localize it. */
  readonly message: string;
}

/** How a {@link FormController} reads and writes the host's value. */
export interface FormControllerOptions<V> {
  /** The host's current (possibly in-progress) value. */
  readonly value: () => V;
  /** What the form submits for `value` under the host's `name` (see {@link formEntries}). */
  readonly toFormValue: (value: V, name: string) => SelFormValue;
  /** Serializes `value` so the browser can restore it (back/forward, autofill); JSON is typical. */
  readonly toState: (value: V) => string;
  /** Reads a state written by `toState`; returns `undefined` (or throws) if it no longer fits the data. */
  readonly fromState: (state: string) => V | undefined;
  /**
   * Reads a value back from a `FormData` the browser restores (autofill may hand over the
   * submitted entries rather than the state), usually from the host's own `name.key` entries
   * (see {@link readFormEntries}). Returns `undefined` (or throws) when they do not fit. Without
   * it, or when it finds nothing, a single text entry holding a state is read with `fromState`.
   */
  readonly fromFormData?: (data: FormData, name: string) => V | undefined;
  /** Puts a value back (the default value on reset, a restored one on restore). */
  readonly setValue: (value: V) => void;
  /** The value a form reset returns to. */
  readonly defaultValue: () => V;
  /** Checks the value; leave out when every value is acceptable. */
  readonly validate?: (value: V) => SelValidity | undefined;
  /** The element the browser points at when reporting a validity problem. */
  readonly validationAnchor?: () => HTMLElement | null | undefined;
}

/** An element that has `static formAssociated = true`. */
export type FormAssociatedHost = ReactiveControllerHost & HTMLElement;

/**
 * Builds a multi-entry form value: each `[key, value]` becomes the field `name.key`, so an
 * element named `sort` with the entries `[['bright-futures', 'core']]` submits
 * `sort.bright-futures=core`. Returns `null` (submit nothing) when the element has no name, as
 * the browser does for unnamed controls. Elements built on `SelFormElement` do not use it: they
 * submit their value as one JSON entry under their name.
 */
export function formEntries(name: string, entries: Iterable<readonly [string, string]>): FormData | null {
  if (!name) return null;
  const data = new FormData();
  for (const [key, value] of entries) data.append(`${name}.${key}`, value);
  return data;
}

/**
 * Reads back the entries {@link formEntries} wrote: every text entry named `name.key`, as
 * `[key, value]` pairs in order. Files and other names are left out; without a name there is
 * nothing of the element's own to read.
 */
export function readFormEntries(data: FormData, name: string): [string, string][] {
  if (!name) return [];
  const prefix = `${name}.`;
  const entries: [string, string][] = [];
  for (const [key, value] of data.entries()) {
    if (typeof value === 'string' && key.startsWith(prefix)) entries.push([key.slice(prefix.length), value]);
  }
  return entries;
}

/**
 * The text entries that may hold a whole saved state: those under the element's own `name`, or,
 * when there are none, the only text entry of a `FormData` that holds a single one.
 */
function stateEntries(data: FormData, name: string): string[] {
  const texts = (values: FormDataEntryValue[]): string[] =>
    values.filter((value): value is string => typeof value === 'string');
  const own = name ? texts(data.getAll(name)) : [];
  if (own.length > 0) return own;
  const all = [...data.values()];
  return all.length === 1 ? texts(all) : [];
}

/**
 * The form-associated custom element pattern, once: attaches `ElementInternals`, sends the
 * value and validity to the form after every render, and gives the host one-line bodies for
 * its form callbacks:
 *
 * ```ts
 * static formAssociated = true;
 * readonly #form = new FormController(this, { ... });
 * formResetCallback() { this.#form.reset(); }
 * formStateRestoreCallback(state: unknown) { this.#form.restore(state); }
 * formDisabledCallback(disabled: boolean) { this.#form.setFormDisabled(disabled); }
 * ```
 *
 * The host reflects a `name` attribute; `disabled` here is what a disabled `<fieldset>` or
 * form imposes, which the host combines with its own `disabled` attribute.
 */
export class FormController<V> implements ReactiveController {
  readonly internals: ElementInternals;
  /** True while an ancestor `<fieldset disabled>` disables the host. */
  formDisabled = false;
  readonly #host: FormAssociatedHost;
  readonly #options: FormControllerOptions<V>;

  constructor(host: FormAssociatedHost, options: FormControllerOptions<V>) {
    this.#host = host;
    this.#options = options;
    this.internals = host.attachInternals();
    host.addController(this);
  }

  /** The `<form>` the host belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** Sends the current value and validity to the form after every render. */
  hostUpdated(): void {
    this.sync();
  }

  /** Sends the current value and validity to the form now. */
  sync(): void {
    const value = this.#options.value();
    const name = this.#host.getAttribute('name') ?? '';
    this.internals.setFormValue(this.#options.toFormValue(value, name), this.#options.toState(value));
    const problem = this.#options.validate?.(value);
    if (problem) {
      this.internals.setValidity(problem.flags, problem.message, this.#options.validationAnchor?.() ?? undefined);
    } else {
      this.internals.setValidity({});
    }
  }

  /** For `formResetCallback`: returns to the default value. */
  reset(): void {
    this.#options.setValue(this.#options.defaultValue());
    this.sync();
    this.#host.requestUpdate();
  }

  /**
   * For `formStateRestoreCallback`: puts back what the browser hands over. The spec lets that be
   * the state string `toState` wrote, or (autofill, a restore of the submitted value) a
   * `FormData`, read with `fromFormData` or as a single entry holding a state. Anything that does
   * not fit (a `File`, `null`, bad JSON, a state for other data) is ignored without throwing, and
   * the value shown stays. Returns whether a value was put back.
   */
  restore(state: unknown): boolean {
    const value = this.#read(state);
    if (value === undefined) return false;
    this.#options.setValue(value);
    this.sync();
    this.#host.requestUpdate();
    return true;
  }

  #read(state: unknown): V | undefined {
    if (typeof state === 'string') return this.#attempt(() => this.#options.fromState(state));
    if (!(state instanceof FormData)) return undefined;
    const name = this.#host.getAttribute('name') ?? '';
    const { fromFormData } = this.#options;
    const own = fromFormData ? this.#attempt(() => fromFormData(state, name)) : undefined;
    if (own !== undefined) return own;
    for (const entry of stateEntries(state, name)) {
      const value = this.#attempt(() => this.#options.fromState(entry));
      if (value !== undefined) return value;
    }
    return undefined;
  }

  /** Runs one reader; a state it cannot read (it throws) is one that does not fit. */
  #attempt(read: () => V | undefined): V | undefined {
    try {
      return read();
    } catch {
      return undefined;
    }
  }

  /** For `formDisabledCallback`. */
  setFormDisabled(disabled: boolean): void {
    this.formDisabled = disabled;
    this.#host.requestUpdate();
  }

  /** Whether the form would accept the value (also fires `invalid` when it would not). */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** Like {@link checkValidity}, and shows the browser's message at the anchor. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }
}

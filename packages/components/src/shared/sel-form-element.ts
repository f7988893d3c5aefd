import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { SelValidationError, type ParseResult } from '@sel/core';
import { AutosaveController } from './autosave.js';
import { FormController, type SelValidity } from './form.js';
import { prefixed } from './issue-path.js';
import { SelElement } from './sel-element.js';

/**
 * The base of every @sel element that holds a value a person enters (an assessment, a card sort):
 * a form-associated custom element with the same form API on all of them.
 *
 * **`value` is the typed object** (the rubric's `Assessment`, the card sort's `TierAssignments`),
 * on every element. Setting it with an object checks it against the element's data
 * ({@link parseValue}); an object that does not fit dispatches `sel-error` (source `property`,
 * paths starting with `value`), shows in the error state and leaves the value on screen as it
 * was: setting `value` never throws. A value set before the data has arrived is checked and
 * shown when it arrives (`value` reads `undefined` until then). `null` or `undefined` clears it.
 *
 * **In a `<form>`** the element submits one entry: the value as JSON text under its `name`
 * (nothing without a name or a value). The browser's saved state (back/forward, autofill) is the
 * same JSON text; a state restored before the data has arrived is put back when it arrives, and
 * one that no longer fits the data is ignored. A form reset returns to {@link defaultValue}.
 * `required` makes an empty value invalid (elements may ask for more, see
 * {@link validateValue}); `validity`, `validationMessage`, `checkValidity()` and
 * `reportValidity()` work as on a native control. `disabled` (or a disabled `<fieldset>` or
 * form) disables every control and leaves the value out of the submission; `readonly` shows the
 * value without controls.
 *
 * **Autosave** (opt-in): with an `autosave` attribute (a key, or empty for one derived from the
 * page and the element), or on a page with `<meta name="sel-autosave" content="on">`, what a
 * person enters is kept as a draft in this browser (IndexedDB) and offered back after a reload;
 * see `AutosaveController`. A value set through `value` is kept too (a page that hands one
 * element's change to another, as the partner workbook's elements do, loses nothing on a reload).
 * A submit of the form or {@link clearDraft} deletes the draft.
 *
 * @fires {SelDraftDetail} sel-draft - With `autosave`: the draft was offered, restored, discarded, set aside or cleared, or drafts cannot be kept in this browser.
 * @csspart draft - With `autosave`: the area above the content with the draft's question, notes and status.
 * @csspart draft-button - With `autosave`: the Restore, Discard, Keep, Delete and Clear draft buttons.
 *
 * @typeParam T - The element's data.
 * @typeParam V - The element's value.
 */
export abstract class SelFormElement<T, V> extends SelElement<T> {
  static formAssociated = true;

  static override properties: PropertyDeclarations = {
    name: { type: String, reflect: true },
    disabled: { type: Boolean, reflect: true },
    required: { type: Boolean, reflect: true },
    readonly: { type: Boolean, reflect: true },
    autosave: { type: String, reflect: true },
  };

  /** The form field name: the form submits the value as JSON text under it. */
  name = '';
  /** Disables every control and leaves the value out of the form (a disabled `<fieldset>` or form does the same). */
  disabled = false;
  /** The form does not submit until a value is given (and complete, as the element defines it). */
  required = false;
  /** Shows the value as text, with no controls (also the best layout for printing). */
  readonly = false;
  /**
   * Keeps what a person enters as a draft in this browser and offers it back after a reload: the
   * key to keep it under, or empty for one made of the page path and the element's `id` or `name`.
   * `off` turns it off on a page that opts every element in (`<meta name="sel-autosave" content="on">`).
   */
  autosave: string | undefined;

  readonly #form = new FormController<V | undefined>(this, {
    value: () => this.readValue(),
    toFormValue: (value, name) => (value === undefined || !name ? null : this.#json(value)),
    toState: (value) => (value === undefined ? '' : this.#json(value)),
    fromState: (state) => this.#fromJson(state),
    setValue: (value) => {
      this.writeValue(value);
      this.reportIssues('value', []);
    },
    defaultValue: () => this.defaultValue(),
    validate: (value) => this.validateValue(value),
    validationAnchor: () => this.validationAnchor(),
  });
  readonly #autosave: AutosaveController = new AutosaveController(this, {
    attribute: () => this.getAttribute('autosave'),
    editable: () => !this.readonly,
    data: () => this.dataSource.value,
    dataIdentity: (data) => this.draftIdentity(data as T),
    value: () => this.draftValue(),
    restore: (value) => this.#restoreDraft(value),
    form: () => this.form,
    locale: () => this.i18n.locale,
    strings: () => this.strings,
    announce: (message) => {
      this.announcer.announce(message);
    },
    emit: (detail) => this.emit('sel-draft', detail),
  });
  /** The last value written as JSON, so an unchanged value is not serialized again on every render. */
  #written: { value: V; json: string } | undefined;
  /** A value or restored state given before the data arrived, applied when it does. */
  #pending: { kind: 'value'; value: unknown } | { kind: 'restore'; state: string | FormData } | undefined;

  constructor() {
    super();
    // After the data source's own hostUpdate: the data of this update is known by then.
    this.addController({
      hostUpdate: () => {
        this.#applyPending();
      },
    });
  }

  /** The value on screen, as a typed object; `undefined` while there is none. See the class description. */
  get value(): V | undefined {
    return this.readValue();
  }

  set value(value: V | null | undefined) {
    if (value === undefined || value === null) {
      this.#pending = undefined;
      this.writeValue(undefined);
      this.reportIssues('value', []);
      this.requestUpdate();
      return;
    }
    const data = this.dataSource.value;
    if (data === undefined) this.#pending = { kind: 'value', value };
    else this.#setChecked(value, data);
    this.requestUpdate();
    // With autosave, what a script put on screen is kept as a draft like what a person entered.
    this.#autosave.changed();
  }

  /** The `<form>` the element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.#form.form;
  }

  /** Whether the value is acceptable to the form, and if not, why (`valueMissing` for a required value). */
  get validity(): ValidityState {
    return this.#form.internals.validity;
  }

  /** The localized message the browser shows for an invalid value; empty when it is valid. */
  get validationMessage(): string {
    return this.#form.internals.validationMessage;
  }

  /** Whether the value takes part in the form's validation (not while disabled). */
  get willValidate(): boolean {
    return this.#form.internals.willValidate;
  }

  /** Whether the value is acceptable; fires `invalid` when it is not. */
  checkValidity(): boolean {
    return this.#form.checkValidity();
  }

  /** Like `checkValidity()`, and shows the browser's message at the first control. */
  reportValidity(): boolean {
    return this.#form.reportValidity();
  }

  /** Called by the browser when the form is reset: returns to the default value. */
  formResetCallback(): void {
    this.#pending = undefined;
    this.#form.reset();
    this.#autosave.reset();
  }

  /**
   * Deletes the draft autosave keeps for this element (after the page saved the value itself, or
   * on a shared computer). A submit of the element's form does it already. Never rejects.
   */
  clearDraft(): Promise<void> {
    return this.#autosave.clear();
  }

  /** Called by the browser with a saved state (back/forward) or autofill (`reason`). */
  formStateRestoreCallback(state: unknown, _reason?: 'restore' | 'autocomplete'): void {
    if (this.dataSource.value === undefined && (typeof state === 'string' || state instanceof FormData)) {
      this.#pending = { kind: 'restore', state };
      return;
    }
    this.#form.restore(state);
  }

  /** Called by the browser when the element's `disabled` attribute or a `<fieldset disabled>` around it changes. */
  formDisabledCallback(disabled: boolean): void {
    this.#form.setFormDisabled(disabled);
  }

  /** The value on screen now (what the person entered), or `undefined`. */
  protected abstract readValue(): V | undefined;

  /** Puts a value on screen: set through `value`, by a form reset, or restored by the browser. */
  protected abstract writeValue(value: V | undefined): void;

  /** What a form reset returns to (the element's starting value, e.g. its `assessment` property). */
  protected abstract defaultValue(): V | undefined;

  /** Checks a value given from outside (the `value` property, a restored state) against the data. */
  protected abstract parseValue(raw: unknown, data: T): ParseResult<V>;

  /**
   * Whether the form may submit `value`: by default a `required` element needs one. Elements that
   * need more (every indicator rated) override this.
   */
  protected validateValue(value: V | undefined): SelValidity | undefined {
    return this.required && value === undefined
      ? { flags: { valueMissing: true }, message: this.t('form.required') }
      : undefined;
  }

  /** The control the browser points at when it reports an invalid value; by default the first enabled one. */
  protected validationAnchor(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(
      'input:not(:disabled), button:not(:disabled), textarea:not(:disabled), [tabindex="0"]',
    );
  }

  /**
   * What identifies the element's data for its drafts: a draft is offered back only over data
   * with the same identity. A string is used as it is (the rubric's `id@version`); anything else
   * by its fingerprint (by default the whole data).
   */
  protected draftIdentity(data: T): unknown {
    return data;
  }

  /** The value autosave keeps: by default the value; an element may add what is typed and not yet committed. */
  protected draftValue(): V | undefined {
    return this.readValue();
  }

  /** The data's states, then the autosaved draft's question and notes (see {@link AutosaveController}). */
  protected override renderDataState(): TemplateResult {
    return html`${super.renderDataState()}${this.#autosave.render()}`;
  }

  /** True while the element is disabled: its own `disabled`, or a disabled `<fieldset>` or form around it. */
  protected get formDisabled(): boolean {
    return this.disabled || this.#form.formDisabled;
  }

  /** True when a person can change the value: neither `readonly` nor disabled. */
  protected get interactive(): boolean {
    return !this.readonly && !this.formDisabled;
  }

  /** Sends the value and its validity to the form now; call it after a person changed the value. */
  protected syncForm(): void {
    this.#form.sync();
    this.#autosave.changed();
  }

  /**
   * Something a person is entering changed that is not in the value yet (text being typed): the
   * autosaved draft is written shortly, with {@link draftValue}. `syncForm()` does this too.
   */
  protected draftChanged(): void {
    this.#autosave.changed();
  }

  /** Puts a draft's value on screen when it fits the data; false when it does not. */
  #restoreDraft(raw: unknown): boolean {
    const data = this.dataSource.value;
    if (data === undefined) return false;
    let result: ParseResult<V>;
    try {
      result = this.parseValue(raw, data);
    } catch {
      return false;
    }
    if (!result.ok) return false;
    this.writeValue(result.value);
    this.reportIssues('value', []);
    this.#form.sync();
    this.requestUpdate();
    return true;
  }

  #setChecked(raw: unknown, data: T): void {
    let result: ParseResult<V>;
    try {
      result = this.parseValue(raw, data);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      result = { ok: false, error: new SelValidationError('value', [{ path: [], code: 'parse-failed', message }]) };
    }
    if (result.ok) {
      this.writeValue(result.value);
      this.reportIssues('value', []);
    } else this.reportIssues('value', prefixed('value', result.error.issues));
    this.requestUpdate();
  }

  #applyPending(): void {
    const pending = this.#pending;
    const data = this.dataSource.value;
    if (!pending || data === undefined) return;
    this.#pending = undefined;
    if (pending.kind === 'value') this.#setChecked(pending.value, data);
    else this.#form.restore(pending.state);
  }

  #json(value: V): string {
    if (this.#written?.value !== value) this.#written = { value, json: JSON.stringify(value) };
    return this.#written.json;
  }

  /** A value from saved JSON text, or `undefined` when it is not JSON or does not fit the data. */
  #fromJson(text: string): V | undefined {
    const data = this.dataSource.value;
    if (text === '' || data === undefined) return undefined;
    const result = this.parseValue(JSON.parse(text), data);
    return result.ok ? result.value : undefined;
  }
}

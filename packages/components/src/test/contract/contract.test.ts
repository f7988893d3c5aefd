/**
 * The contract every @sel element keeps, proven against each element listed in `subjects.ts`, in
 * every engine: data from a property, a `src` URL or inline JSON; bad data shown as an error with
 * paths and reported with `sel-error`; "Try again" for every source; `fetcher`, `reload()`,
 * `dataSettled` and `renderComplete`; Spanish and `strings`; events that bubble and cross shadow
 * roots; and for value-holding elements the whole form API in a real `<form>`.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { formatPath, type IssuePath } from '@sel/core';
import type { SelErrorDetail } from '../../shared/events.js';
import type { SelStringOverrides } from '../../shared/i18n.js';
import { expectNoAxeViolations } from '../axe.js';
import { fixture } from '../fixture.js';
import { subjects } from './subjects.js';
import type { ContractSubject } from './subject.js';

/** The public API every data-driven element shares. */
interface DataElement extends HTMLElement {
  src: string | undefined;
  strings: SelStringOverrides | undefined;
  fetcher: typeof fetch;
  readonly dataSettled: Promise<void>;
  readonly renderComplete: Promise<void>;
  readonly updateComplete: Promise<boolean>;
  reload(): void;
}

/** The form API every value-holding element shares. */
interface FormElement extends DataElement {
  name: string;
  value: unknown;
  required: boolean;
  disabled: boolean;
  readonly form: HTMLFormElement | null;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  checkValidity(): boolean;
  reportValidity(): boolean;
  formStateRestoreCallback(state: unknown, reason: 'restore' | 'autocomplete'): void;
}

type Source =
  | { readonly via: 'property'; readonly data: unknown }
  | { readonly via: 'src'; readonly url: string }
  | { readonly via: 'inline'; readonly text: string };

const loaded: ContractSubject[] = await Promise.all(subjects.map(async (load) => (await load()).default));

const text = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const shown = (element: Element): string => text(element.shadowRoot);
const alertText = (element: Element): string =>
  [...(element.shadowRoot?.querySelectorAll('[role="alert"]') ?? [])].map(text).join(' ');
const jsonUrl = (value: unknown): string =>
  URL.createObjectURL(new Blob([JSON.stringify(value)], { type: 'application/json' }));
const samePath = (a: IssuePath, b: IssuePath): boolean => formatPath(a) === formatPath(b);

/** Every `type` event that reaches the page body while a test runs. */
function collect<K extends keyof HTMLElementEventMap>(type: K): HTMLElementEventMap[K][] {
  const events: HTMLElementEventMap[K][] = [];
  const listener = (event: HTMLElementEventMap[K]): void => {
    events.push(event);
  };
  document.body.addEventListener(type, listener);
  listeners.push(() => {
    document.body.removeEventListener(type, listener);
  });
  return events;
}
const listeners: (() => void)[] = [];
afterEach(() => {
  for (const remove of listeners.splice(0)) remove();
});

const errorsOf = (events: CustomEvent<SelErrorDetail>[]): SelErrorDetail[] => events.map((event) => event.detail);

/** How {@link mount} builds the element. */
interface MountOptions {
  readonly source?: Source;
  readonly lang?: string;
  readonly fetcher?: typeof fetch;
  /** Puts the element in this parent (a form, a fieldset, a shadow root) instead of a plain container. */
  readonly into?: (element: HTMLElement, container: HTMLElement) => void;
}

/** Builds the element as a page would, gives it its data, connects it and waits for its first render. */
async function mount<E extends DataElement>(subject: ContractSubject, options: MountOptions = {}): Promise<E> {
  const container = await fixture<HTMLDivElement>('<div></div>', options.lang ? { lang: options.lang } : {});
  const element = document.createElement(subject.tag) as E;
  for (const [name, value] of Object.entries(subject.attributes ?? {})) element.setAttribute(name, value);
  if (options.fetcher) element.fetcher = options.fetcher;
  const source = options.source;
  if (source?.via === 'property') Object.assign(element, { [subject.property]: source.data });
  if (source?.via === 'src') element.setAttribute('src', source.url);
  if (source?.via === 'inline') {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = source.text;
    element.append(script);
  }
  if (options.into) options.into(element, container);
  else container.append(element);
  await element.updateComplete;
  return element;
}

function setData(subject: ContractSubject, element: DataElement, data: unknown): void {
  Object.assign(element, { [subject.property]: data });
}

/** The three sources, each carrying `data` (JSON text for src and inline). */
function sources(data: unknown): Source[] {
  return [
    { via: 'property', data },
    { via: 'src', url: jsonUrl(data) },
    { via: 'inline', text: JSON.stringify(data) },
  ];
}

const retryButton = (element: Element): HTMLButtonElement | null =>
  element.shadowRoot?.querySelector<HTMLButtonElement>('.error-state button') ?? null;

describe.each(loaded.map((subject) => [subject.tag, subject] as const))(
  '<%s> keeps the element contract',
  (_, subject) => {
    beforeAll(async () => {
      await subject.define();
    });

    it('shows data given as a property, a src URL or inline JSON, and settles once it is shown', async () => {
      for (const source of sources(subject.valid())) {
        const element = await mount(subject, { source });
        await element.dataSettled;
        expect(shown(element), `data by ${source.via}`).toContain(subject.shows);
        expect(alertText(element)).toBe('');
        await element.renderComplete;
      }
    });

    it('fetches src with its fetcher, says it is loading meanwhile, and fetches again on reload()', async () => {
      const asked: string[] = [];
      let answer: (() => void) | undefined;
      const fetcher: typeof fetch = async (input) => {
        asked.push(input instanceof Request ? input.url : input.toString());
        await new Promise<void>((resolve) => {
          answer = resolve;
        });
        return new Response(JSON.stringify(subject.valid()), { headers: { 'Content-Type': 'application/json' } });
      };
      const url = 'https://sel.invalid/data.json';
      const element = await mount(subject, { source: { via: 'src', url }, fetcher });
      let settled = false;
      void element.dataSettled.then(() => {
        settled = true;
      });
      expect(text(element.shadowRoot?.querySelector('[role="status"]'))).toBe('Loading…');
      await element.updateComplete;
      expect(settled).toBe(false);
      answer?.();
      await element.dataSettled;
      expect(shown(element)).toContain(subject.shows);
      expect(asked).toEqual([url]);

      element.reload();
      await element.updateComplete;
      answer?.();
      await element.dataSettled;
      expect(asked).toEqual([url, url]);
      expect(shown(element)).toContain(subject.shows);
    });

    it('shows bad data from every source as an error with paths, dispatches sel-error and throws nothing', async () => {
      for (const source of sources(subject.invalid())) {
        const errors = collect('sel-error');
        const element = await mount(subject, { source });
        await element.dataSettled;
        const where = formatPath(subject.invalidPath);
        expect(alertText(element), `bad data by ${source.via}`).toContain(where);
        const [reported] = errorsOf(errors);
        expect(reported?.source).toBe(source.via);
        expect(reported?.issues.some((issue) => samePath(issue.path, subject.invalidPath))).toBe(true);
      }
      const errors = collect('sel-error');
      const element = await mount(subject, { source: { via: 'inline', text: '{"broken": ' } });
      await element.dataSettled;
      expect(errorsOf(errors)[0]?.issues[0]?.code).toBe('invalid-json');
      await expectNoAxeViolations(element);
    });

    it('keeps the last valid data on screen when bad data follows it', async () => {
      const element = await mount(subject, { source: { via: 'property', data: subject.valid() } });
      await element.dataSettled;
      setData(subject, element, subject.invalid());
      await element.dataSettled;
      expect(alertText(element)).toContain(formatPath(subject.invalidPath));
      expect(shown(element)).toContain(subject.shows);
    });

    it('offers "Try again" for every source, reachable by keyboard, and it reads the source again', async () => {
      let failures = 1;
      const fetcher: typeof fetch = () =>
        Promise.resolve(
          failures-- > 0
            ? new Response('unavailable', { status: 503, statusText: 'Service Unavailable' })
            : new Response(JSON.stringify(subject.valid())),
        );
      const fromSrc = await mount(subject, { source: { via: 'src', url: 'https://sel.invalid/data.json' }, fetcher });
      await fromSrc.dataSettled;
      expect(alertText(fromSrc)).toContain('503');
      await userEvent.keyboard('{Tab}');
      expect(fromSrc.shadowRoot?.activeElement).toBe(retryButton(fromSrc));
      await userEvent.keyboard('{Enter}');
      await fromSrc.dataSettled;
      expect(alertText(fromSrc)).toBe('');
      expect(shown(fromSrc)).toContain(subject.shows);

      for (const source of sources(subject.invalid()).filter((each) => each.via !== 'src')) {
        const errors = collect('sel-error');
        const element = await mount(subject, { source });
        await element.dataSettled;
        const retry = retryButton(element);
        expect(retry, `"Try again" for data by ${source.via}`).not.toBeNull();
        retry?.click();
        await element.dataSettled;
        // Read and checked again: the same problem is reported a second time.
        expect(errors).toHaveLength(2);
      }
    });

    it('speaks Spanish where the page does, and takes single strings from `strings`', async () => {
      const spanish = await mount(subject, { source: { via: 'property', data: subject.valid() }, lang: 'es' });
      await spanish.dataSettled;
      expect(shown(spanish)).toContain(subject.showsInSpanish);
      setData(subject, spanish, subject.invalid());
      await spanish.dataSettled;
      expect(alertText(spanish)).toContain('No se pudo mostrar este contenido');
      expect(retryButton(spanish)?.textContent).toBe('Intentar de nuevo');

      const custom = await mount(subject, { source: { via: 'property', data: subject.invalid() } });
      custom.strings = { 'action.retry': 'Read the data again', 'error.title': 'The timeline data has problems' };
      await custom.dataSettled;
      expect(retryButton(custom)?.textContent).toBe('Read the data again');
      expect(alertText(custom)).toContain('The timeline data has problems');
    });

    it('dispatches its events bubbling and composed, so a page hears them from inside a shadow root', async () => {
      const into = (element: HTMLElement, container: HTMLElement): void => {
        const host = document.createElement('div');
        host.attachShadow({ mode: 'open' }).append(element);
        container.append(host);
      };
      for (const { name, cause } of subject.events) {
        const heard = collect(name);
        const element = await mount(subject, { source: { via: 'property', data: subject.valid() }, into });
        await element.renderComplete;
        await cause(element);
        await element.updateComplete;
        expect(heard.length, `${name} heard at the document`).toBeGreaterThan(0);
        expect(heard.every((event) => event.bubbles && event.composed)).toBe(true);
      }
      const errors = collect('sel-error');
      const element = await mount(subject, { source: { via: 'property', data: subject.invalid() }, into });
      await element.dataSettled;
      expect(errors).toHaveLength(1);
      expect(errors[0]?.bubbles && errors[0].composed).toBe(true);
    });
  },
);

const valueHolders = loaded.filter((subject) => subject.form !== undefined);

describe.each(valueHolders.map((subject) => [subject.tag, subject] as const))(
  '<%s> keeps the form contract',
  (_, subject) => {
    const form = subject.form;
    if (!form) return;

    beforeAll(async () => {
      await subject.define();
    });

    /** The element named `answer` in a real form with a submit button, showing `valid()`. */
    async function inForm(
      wrap: (element: HTMLElement) => HTMLElement = (element) => element,
    ): Promise<{ element: FormElement; formElement: HTMLFormElement }> {
      const formElement = document.createElement('form');
      // The page stays: a submission is read from the form, never sent.
      formElement.addEventListener('submit', (event) => {
        event.preventDefault();
      });
      const element = await mount<FormElement>(subject, {
        source: { via: 'property', data: subject.valid() },
        into: (each, container) => {
          each.setAttribute('name', 'answer');
          formElement.append(wrap(each));
          const submit = document.createElement('button');
          submit.textContent = 'Submit';
          formElement.append(submit);
          container.append(formElement);
        },
      });
      await element.dataSettled;
      return { element, formElement };
    }

    const submitted = (formElement: HTMLFormElement): FormDataEntryValue[] =>
      new FormData(formElement).getAll('answer');

    /** What the form holds for a value: one JSON entry, or none for no value. */
    const entryFor = (value: unknown): string[] => (value === undefined ? [] : [JSON.stringify(value)]);

    it('submits its value as one JSON entry under its name, as a person changed it or a script set it', async () => {
      const { element, formElement } = await inForm();
      const start = element.value;
      expect(submitted(formElement)).toEqual(entryFor(start));

      await form.change(element);
      await element.updateComplete;
      expect(element.value).toBeDefined();
      expect(element.value).not.toEqual(start);
      expect(submitted(formElement)).toEqual([JSON.stringify(element.value)]);

      element.value = form.value();
      await element.updateComplete;
      expect(element.value).toEqual(form.value());
      let sent: FormDataEntryValue[] = [];
      formElement.addEventListener('submit', () => {
        sent = new FormData(formElement).getAll('answer');
      });
      await userEvent.click(formElement.querySelector('button') ?? formElement);
      expect(sent).toEqual([JSON.stringify(form.value())]);
      expect(element.form).toBe(formElement);

      element.removeAttribute('name');
      await element.updateComplete;
      expect([...new FormData(formElement).keys()]).toEqual([]);
    });

    it('rejects a value that does not fit with sel-error at its path, keeps the one shown and throws nothing', async () => {
      const { element } = await inForm();
      element.value = form.value();
      await element.updateComplete;
      const errors = collect('sel-error');
      element.value = form.invalidValue();
      await element.updateComplete;
      expect(element.value).toEqual(form.value());
      const [reported] = errorsOf(errors);
      expect(reported?.source).toBe('property');
      expect(reported?.issues.some((issue) => samePath(issue.path, form.invalidValuePath))).toBe(true);
      expect(alertText(element)).toContain(formatPath(form.invalidValuePath));

      // A value that fits clears the problem.
      element.value = form.value();
      await element.updateComplete;
      expect(alertText(element)).toBe('');
    });

    it('takes a value set before its data arrives once the data is there', async () => {
      const element = await mount<FormElement>(subject);
      element.value = form.value();
      setData(subject, element, subject.valid());
      await element.dataSettled;
      expect(element.value).toEqual(form.value());
    });

    it('returns to its starting value when the form is reset', async () => {
      const { element, formElement } = await inForm();
      const start = element.value;
      element.value = form.value();
      await element.updateComplete;
      formElement.reset();
      await element.updateComplete;
      expect(element.value).toEqual(start);
      expect(submitted(formElement)).toEqual(entryFor(start));
    });

    it('restores a saved state, also one restored before its data, and ignores one that does not fit', async () => {
      const { element, formElement } = await inForm();
      const saved = JSON.stringify(form.value());
      element.formStateRestoreCallback(saved, 'restore');
      await element.updateComplete;
      expect(element.value).toEqual(form.value());

      formElement.reset();
      const entries = new FormData();
      entries.append('answer', saved);
      element.formStateRestoreCallback(entries, 'autocomplete');
      await element.updateComplete;
      expect(element.value).toEqual(form.value());

      for (const state of ['{"not": "json', JSON.stringify(form.invalidValue()), null]) {
        element.formStateRestoreCallback(state, 'restore');
        await element.updateComplete;
        expect(element.value).toEqual(form.value());
      }

      const early = await mount<FormElement>(subject);
      early.formStateRestoreCallback(saved, 'restore');
      setData(subject, early, subject.valid());
      await early.dataSettled;
      expect(early.value).toEqual(form.value());
    });

    it('when required, is invalid with a localized message until it has a value', async () => {
      const { element, formElement } = await inForm();
      element.required = true;
      element.value = form.missing();
      await element.updateComplete;
      expect(element.checkValidity()).toBe(false);
      expect(element.validity.valueMissing).toBe(true);
      expect(element.validationMessage).not.toBe('');
      expect(formElement.checkValidity()).toBe(false);

      element.value = form.value();
      await element.updateComplete;
      expect(element.checkValidity()).toBe(true);
      expect(element.validity.valid).toBe(true);
      expect(element.validationMessage).toBe('');
      expect(element.reportValidity()).toBe(true);
    });

    it('when disabled, or in a disabled fieldset, is left out of the form and cannot be changed', async () => {
      const own = await inForm();
      own.element.value = form.value();
      own.element.disabled = true;
      await own.element.updateComplete;
      expect(own.element.matches(':disabled')).toBe(true);
      expect(submitted(own.formElement)).toEqual([]);
      await form.change(own.element);
      await own.element.updateComplete;
      expect(own.element.value).toEqual(form.value());

      const inFieldset = await inForm((element) => {
        const fieldset = document.createElement('fieldset');
        fieldset.disabled = true;
        fieldset.append(element);
        return fieldset;
      });
      expect(inFieldset.element.matches(':disabled')).toBe(true);
      const start = inFieldset.element.value;
      await form.change(inFieldset.element);
      await inFieldset.element.updateComplete;
      expect(inFieldset.element.value).toEqual(start);
      expect(submitted(inFieldset.formElement)).toEqual([]);
    });
  },
);

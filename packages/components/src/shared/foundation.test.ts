/**
 * Proves the shared foundation end to end in Chromium with a small test-only element,
 * `<sel-test-checklist>`, built the way the real components are: data from property, `src` or
 * inline JSON validated by a zod schema through `safeParseWith`, an error state with paths,
 * `sel-error`, English/Spanish strings, and form association with a real `<form>`.
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import * as z from 'zod/mini';
import { isoDateSchema, safeParseWith } from '@sel/core';
import { fixture, expectNoAxeViolations, nextEvent, shadowActiveElement } from '../test/index.js';
import { DataSourceController } from './data-source.js';
import { renderErrorState } from './error-state.js';
import { dispatchSelEvent } from './events.js';
import { formEntries, FormController } from './form.js';
import { loadStrings, LocaleController, type SelStringOverrides } from './i18n.js';
import { tokenStyles } from './tokens.styles.js';

const checklistSchema = z.object({
  title: z.string().check(z.minLength(1)),
  items: z.array(
    z.object({
      id: z.string().check(z.minLength(1)),
      label: z.string(),
      due: z.optional(isoDateSchema),
    }),
  ),
});
type Checklist = z.infer<typeof checklistSchema>;

interface ChecklistChangeDetail {
  readonly done: readonly string[];
}

declare global {
  interface HTMLElementEventMap {
    'sel-test-change': CustomEvent<ChecklistChangeDetail>;
  }
  interface HTMLElementTagNameMap {
    'sel-test-checklist': SelTestChecklist;
  }
}

class SelTestChecklist extends LitElement {
  static override styles = [tokenStyles];
  static formAssociated = true;
  static override properties = {
    checklist: { attribute: false },
    src: { type: String },
    name: { type: String, reflect: true },
    required: { type: Boolean, reflect: true },
    strings: { attribute: false },
    done: { state: true },
  };

  checklist: Checklist | undefined;
  src: string | undefined;
  name = '';
  required = false;
  strings: SelStringOverrides | undefined;
  done: readonly string[] = [];
  /** Lets a test control the network. */
  fetcher: typeof fetch = (input, init) => fetch(input, init);

  readonly data = new DataSourceController<Checklist>(this, {
    parse: (raw) => safeParseWith(checklistSchema, raw, 'checklist'),
    property: () => this.checklist,
    src: () => this.src,
    fetch: (input, init) => this.fetcher(input, init),
  });
  readonly i18n = new LocaleController(this, { strings: () => this.strings });
  readonly formControl: FormController<readonly string[]> = new FormController<readonly string[]>(this, {
    value: () => this.done,
    toFormValue: (done, name) =>
      formEntries(
        name,
        done.map((id) => [id, 'done']),
      ),
    toState: (done) => JSON.stringify(done),
    fromState: (state) => {
      const parsed: unknown = JSON.parse(state);
      return Array.isArray(parsed) && parsed.every((id) => typeof id === 'string') ? parsed : undefined;
    },
    setValue: (done) => {
      this.done = done;
    },
    defaultValue: () => [],
    validate: (done) => {
      const open = (this.data.value?.items.length ?? 0) - done.length;
      return this.required && open > 0
        ? { flags: { valueMissing: true }, message: this.i18n.t('form.incomplete', { count: open }) }
        : undefined;
    },
    validationAnchor: () => this.renderRoot.querySelector('input'),
  });

  formResetCallback(): void {
    this.formControl.reset();
  }
  formStateRestoreCallback(state: unknown): void {
    this.formControl.restore(state);
  }
  formDisabledCallback(disabled: boolean): void {
    this.formControl.setFormDisabled(disabled);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('required')) this.formControl.sync();
  }

  #toggle(id: string, checked: boolean): void {
    this.done = checked ? [...this.done, id] : this.done.filter((each) => each !== id);
    dispatchSelEvent(this, 'sel-test-change', { done: this.done });
  }

  protected override render(): unknown {
    const { status, value, issues, source } = this.data;
    const t = this.i18n.t.bind(this.i18n);
    return html`
      ${
        status === 'error'
          ? renderErrorState({
              issues,
              source,
              t,
              keptPrevious: value !== undefined,
              onRetry: () => {
                this.data.reload();
              },
            })
          : nothing
      }
      ${status === 'loading' ? html`<p role="status">${t('data.loading')}</p>` : nothing}
      ${
        value === undefined
          ? status === 'idle'
            ? html`<p>${t('data.empty')}</p>`
            : nothing
          : html`<fieldset ?disabled=${this.formControl.formDisabled}>
              <legend>${value.title}</legend>
              ${value.items.map(
                (item) =>
                  html`<label
                    ><input
                      type="checkbox"
                      .checked=${this.done.includes(item.id)}
                      @change=${(event: Event) => {
                        this.#toggle(item.id, (event.target as HTMLInputElement).checked);
                      }}
                    />
                    ${item.label}${item.due ? html` <span class="due">${this.i18n.formatDate(item.due)}</span>` : nothing}
                  </label>`,
              )}
            </fieldset>`
      }
    `;
  }
}
customElements.define('sel-test-checklist', SelTestChecklist);

// Literal `new URL(..., import.meta.url)` is how Vite serves a file beside the test.
const fixtureUrls = {
  valid: new URL('../test/fixtures/checklist.json', import.meta.url).href,
  invalid: new URL('../test/fixtures/checklist-invalid.json', import.meta.url).href,
  missing: new URL('/sel-test-fixtures/does-not-exist.json', document.baseURI).href,
};
const textUrl = (text: string): string => URL.createObjectURL(new Blob([text], { type: 'application/json' }));
const jsonUrl = (value: unknown): string => textUrl(JSON.stringify(value));

const checklist: Checklist = {
  title: 'Plan the semester',
  items: [
    { id: 'design', label: 'Detailed design', due: '2026-09-01' },
    { id: 'launch', label: 'Launch communities' },
  ],
};

function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function alertOf(element: Element): HTMLElement | null {
  return element.shadowRoot?.querySelector<HTMLElement>('[role="alert"]') ?? null;
}

describe('data from the three sources', () => {
  it('renders a typed object set as a property', async () => {
    const el = await fixture<SelTestChecklist>(html`<sel-test-checklist .checklist=${checklist}></sel-test-checklist>`);
    expect(el.data.status).toBe('ready');
    expect(el.data.source).toBe('property');
    expect(shadowText(el)).toContain('Plan the semester');
    await expect.element(page.getByRole('checkbox', { name: 'Detailed design' })).toBeVisible();
    await expectNoAxeViolations(el);
  });

  it('fetches JSON from a src URL (a file beside the tests) and shows a loading status meanwhile', async () => {
    const el = await fixture<SelTestChecklist>(
      html`<sel-test-checklist src=${fixtureUrls.valid}></sel-test-checklist>`,
    );
    expect(el.data.status).toBe('loading');
    expect(shadowText(el)).toContain('Loading');
    await el.data.settled;
    expect(el.data.status).toBe('ready');
    expect(el.data.source).toBe('src');
    expect(el.data.value?.items.map((item) => item.id)).toEqual(['blueprint', 'funding']);
    await expect.element(page.getByRole('checkbox', { name: /Submit funding applications/ })).toBeVisible();
  });

  it('reads an inline <script type="application/json"> child, as pasted into a CMS', async () => {
    const el = await fixture<SelTestChecklist>(`<sel-test-checklist>
      <script type="application/json">${JSON.stringify(checklist)}</script>
    </sel-test-checklist>`);
    expect(el.data.source).toBe('inline');
    expect(el.data.value).toEqual(checklist);
  });

  it('picks up an inline script inserted or filled after the element was connected', async () => {
    const el = await fixture<SelTestChecklist>(`<sel-test-checklist></sel-test-checklist>`);
    expect(el.data.status).toBe('idle');
    expect(shadowText(el)).toContain('Nothing to show yet');
    const script = document.createElement('script');
    script.type = 'application/json';
    el.append(script);
    script.textContent = JSON.stringify(checklist);
    await expect.poll(() => el.data.status).toBe('ready');
    await el.updateComplete;
    expect(shadowText(el)).toContain('Launch communities');
    script.textContent = JSON.stringify({ ...checklist, title: 'Replanned' });
    await expect.poll(() => el.data.value?.title).toBe('Replanned');
  });

  it('gives the property precedence over src, and src over inline; clearing one falls back', async () => {
    const fromSrc = { ...checklist, title: 'From src' };
    const el = await fixture<SelTestChecklist>(
      html`<sel-test-checklist .checklist=${{ ...checklist, title: 'From property' }} src=${jsonUrl(fromSrc)}
        ><script type="application/json">
          ${JSON.stringify({ ...checklist, title: 'From inline' })}
        </script></sel-test-checklist
      >`,
    );
    expect(el.data.value?.title).toBe('From property');
    el.checklist = undefined;
    await el.updateComplete;
    await el.data.settled;
    expect(el.data.value?.title).toBe('From src');
    el.src = undefined;
    await el.updateComplete;
    expect(el.data.source).toBe('inline');
    expect(el.data.value?.title).toBe('From inline');
  });

  it('aborts a stale fetch when src changes, so the older answer never wins', async () => {
    const requests: { url: string; signal: AbortSignal | null | undefined }[] = [];
    const slowFirst: typeof fetch = async (input, init) => {
      const url = input instanceof Request ? input.url : input.toString();
      requests.push({ url, signal: init?.signal });
      if (url.endsWith('#slow')) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        init?.signal?.throwIfAborted();
      }
      return fetch(url, init);
    };
    const el = document.createElement('sel-test-checklist');
    el.fetcher = slowFirst;
    el.src = `${jsonUrl({ ...checklist, title: 'Old' })}#slow`;
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.append(el);
    await el.updateComplete;
    el.src = jsonUrl({ ...checklist, title: 'New' });
    await el.updateComplete;
    await el.data.settled;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(requests).toHaveLength(2);
    expect(requests[0]?.signal?.aborted).toBe(true);
    expect(el.data.value?.title).toBe('New');
  });
});

describe('invalid data', () => {
  it('shows each schema issue with its path, dispatches sel-error, and does not throw', async () => {
    const el = await fixture<SelTestChecklist>(html`<sel-test-checklist></sel-test-checklist>`);
    const error = nextEvent(el, 'sel-error');
    el.checklist = { title: '', items: [{ id: 'x', label: 7, due: '2026-13-01' }] } as unknown as Checklist;
    const event = await error;
    expect(event.bubbles && event.composed).toBe(true);
    expect(event.detail.source).toBe('property');
    expect(event.detail.issues.map((issue) => issue.path)).toEqual([
      ['title'],
      ['items', 0, 'label'],
      ['items', 0, 'due'],
    ]);
    await el.updateComplete;
    const alert = alertOf(el);
    expect(alert?.textContent).toContain('3 problems were found in the data from the page script');
    expect(alert?.textContent).toContain('items[0].label');
    expect(alert?.textContent).toContain('expected string, received number');
    expect(alert?.textContent).toContain('Expected a date as YYYY-MM-DD');
    await expectNoAxeViolations(el);
  });

  it('reports JSON syntax errors in a src file as an issue', async () => {
    const el = document.createElement('sel-test-checklist');
    const truncated = textUrl('{ "title": "Launch checklist", "items": [ ');
    el.src = truncated;
    const error = nextEvent(el, 'sel-error');
    await fixture(html`<div></div>`).then((container) => {
      container.append(el);
    });
    const { detail } = await error;
    expect(detail.source).toBe('src');
    expect(detail.issues[0]?.code).toBe('invalid-json');
    expect(detail.issues[0]?.message).toContain(`Expected JSON in ${truncated}`);
  });

  it('reports HTTP errors and schema issues from a src file', async () => {
    const el = await fixture<SelTestChecklist>(
      html`<sel-test-checklist src=${fixtureUrls.missing}></sel-test-checklist>`,
    );
    await el.data.settled;
    expect(el.data.issues[0]?.code).toBe('http-error');
    expect(el.data.issues[0]?.message).toMatch(/does-not-exist\.json: the server answered 404/);
    el.src = fixtureUrls.invalid;
    await el.updateComplete;
    await el.data.settled;
    expect(el.data.issues.map((issue) => issue.path)).toEqual([
      ['items', 0, 'label'],
      ['items', 0, 'due'],
    ]);
  });

  it('reports a network failure as an issue naming the URL', async () => {
    const el = await fixture<SelTestChecklist>(
      html`<sel-test-checklist src="http://127.0.0.1:9/unreachable.json"></sel-test-checklist>`,
    );
    await el.data.settled;
    expect(el.data.status).toBe('error');
    expect(el.data.issues[0]?.code).toBe('fetch-failed');
    expect(el.data.issues[0]?.message).toContain('unreachable.json');
  });

  it('reports invalid inline JSON with the source "inline"', async () => {
    const el = document.createElement('sel-test-checklist');
    el.innerHTML = '<script type="application/json">{ "title": "Oops", }</script>';
    const error = nextEvent(el, 'sel-error');
    await fixture(html`<div></div>`).then((container) => {
      container.append(el);
    });
    const { detail } = await error;
    expect(detail).toMatchObject({ source: 'inline', issues: [{ code: 'invalid-json', path: [] }] });
    await el.updateComplete;
    expect(alertOf(el)?.textContent).toContain('the data pasted into the page');
  });

  it('keeps the last valid data and the user’s checked items when new data is invalid', async () => {
    const el = await fixture<SelTestChecklist>(html`<sel-test-checklist .checklist=${checklist}></sel-test-checklist>`);
    await userEvent.click(page.getByRole('checkbox', { name: 'Launch communities' }));
    expect(el.done).toEqual(['launch']);
    el.checklist = { title: 'Broken' } as unknown as Checklist;
    await el.updateComplete;
    expect(el.data.status).toBe('error');
    expect(el.data.value).toEqual(checklist);
    expect(alertOf(el)?.textContent).toContain('nothing you entered has been lost');
    await expect.element(page.getByRole('checkbox', { name: 'Launch communities' })).toBeChecked();
    expect(el.done).toEqual(['launch']);
  });

  it('offers a keyboard-reachable "Try again" that re-reads the source', async () => {
    let calls = 0;
    const el = document.createElement('sel-test-checklist');
    el.src = 'checklist.json';
    el.fetcher = () => {
      calls += 1;
      return Promise.resolve(
        calls === 1 ? new Response('busy', { status: 503 }) : Response.json({ title: 'Second try', items: [] }),
      );
    };
    await fixture(html`<div></div>`).then((container) => {
      container.append(el);
    });
    await el.data.settled;
    expect(el.data.issues[0]?.message).toContain('503');
    await userEvent.keyboard('{Tab}');
    expect(shadowActiveElement(el)?.textContent).toBe('Try again');
    await userEvent.keyboard('{Enter}');
    await el.data.settled;
    expect(el.data.value?.title).toBe('Second try');
  });
});

describe('locale', () => {
  // The test element is built on the controllers alone: it does not wait for its strings before
  // rendering as the element base does.
  beforeAll(() => loadStrings('es'));

  it('follows the closest [lang] ancestor and switches when it changes', async () => {
    const el = await fixture<SelTestChecklist>(
      html`<sel-test-checklist .checklist=${checklist}></sel-test-checklist>`,
      {
        lang: 'es-MX',
      },
    );
    expect(el.i18n.locale).toBe('es');
    expect(shadowText(el)).toContain('1 de septiembre de 2026');
    el.parentElement?.setAttribute('lang', 'en-US');
    await expect.poll(() => shadowText(el)).toContain('September 1st, 2026');
  });

  it('lets the element’s own lang win, and falls back to English for a language without a catalog', async () => {
    const el = await fixture<SelTestChecklist>(html`<sel-test-checklist lang="es"></sel-test-checklist>`, {
      lang: 'en',
    });
    expect(shadowText(el)).toContain('Todavía no hay nada que mostrar.');
    el.setAttribute('lang', 'fr');
    await expect.poll(() => shadowText(el)).toContain('Nothing to show yet.');
  });

  it('uses document.documentElement.lang when nothing closer declares one', async () => {
    const before = document.documentElement.lang;
    document.documentElement.lang = 'es';
    try {
      const el = await fixture<SelTestChecklist>(html`<sel-test-checklist></sel-test-checklist>`);
      expect(el.i18n.locale).toBe('es');
      document.documentElement.lang = 'en';
      await expect.poll(() => el.i18n.locale).toBe('en');
    } finally {
      document.documentElement.lang = before;
    }
  });

  it('shows the error state in Spanish, and lets apps override single strings', async () => {
    const el = await fixture<SelTestChecklist>(
      html`<sel-test-checklist .checklist=${{ items: [] }}></sel-test-checklist>`,
      { lang: 'es' },
    );
    expect(alertOf(el)?.textContent).toContain('Se encontró un problema en los datos de el script de la página');
    el.strings = { 'error.title': 'Revise los datos de la lista' };
    await el.updateComplete;
    expect(alertOf(el)?.textContent).toContain('Revise los datos de la lista');
  });
});

describe('form association', () => {
  it('submits checked items as named entries, resets, and respects a disabled fieldset', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset>
          <sel-test-checklist name="plan" .checklist=${checklist}></sel-test-checklist>
        </fieldset>
        <button type="reset">Reset</button>
      </form>`,
    );
    const el = form.querySelector('sel-test-checklist');
    if (!el) throw new Error('checklist not rendered');
    await el.updateComplete;
    expect(el.formControl.form).toBe(form);
    const change = nextEvent(el, 'sel-test-change');
    await userEvent.click(page.getByRole('checkbox', { name: 'Detailed design' }));
    expect((await change).detail.done).toEqual(['design']);
    await el.updateComplete;
    expect([...new FormData(form).entries()]).toEqual([['plan.design', 'done']]);

    await userEvent.click(page.getByRole('button', { name: 'Reset' }));
    await el.updateComplete;
    expect(el.done).toEqual([]);
    expect([...new FormData(form).entries()]).toEqual([]);
    await expect.element(page.getByRole('checkbox', { name: 'Detailed design' })).not.toBeChecked();

    form.querySelector('fieldset')?.setAttribute('disabled', '');
    await el.updateComplete;
    expect(el.formControl.formDisabled).toBe(true);
    await expect.element(page.getByRole('checkbox', { name: 'Detailed design' })).toBeDisabled();
  });

  it('blocks submission while required items are open, with a localized message', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <sel-test-checklist name="plan" required .checklist=${checklist}></sel-test-checklist>
      </form>`,
    );
    const el = form.querySelector('sel-test-checklist');
    if (!el) throw new Error('checklist not rendered');
    await el.updateComplete;
    expect(form.checkValidity()).toBe(false);
    expect(el.formControl.internals.validationMessage).toBe('2 items still need an answer.');
    await userEvent.click(page.getByRole('checkbox', { name: 'Detailed design' }));
    await userEvent.click(page.getByRole('checkbox', { name: 'Launch communities' }));
    await el.updateComplete;
    expect(form.checkValidity()).toBe(true);
  });

  it('restores a saved state and ignores states that do not fit', async () => {
    const el = await fixture<SelTestChecklist>(html`<sel-test-checklist .checklist=${checklist}></sel-test-checklist>`);
    el.formStateRestoreCallback('["launch"]');
    await el.updateComplete;
    expect(el.done).toEqual(['launch']);
    el.formStateRestoreCallback('{"not":"a list"}');
    el.formStateRestoreCallback(null);
    expect(el.done).toEqual(['launch']);
  });

  it('submits nothing when the element has no name', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><sel-test-checklist .checklist=${checklist}></sel-test-checklist></form>`,
    );
    await userEvent.click(page.getByRole('checkbox', { name: 'Detailed design' }));
    expect([...new FormData(form).entries()]).toEqual([]);
  });
});

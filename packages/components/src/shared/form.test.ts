import { html, LitElement } from 'lit';
import { describe, expect, it } from 'vitest';
import { fixture } from '../test/index.js';
import { formEntries, FormController, readFormEntries } from './form.js';

describe('formEntries', () => {
  it('prefixes each entry with the element name', () => {
    const data = formEntries('assessment', [
      ['ind-1', '3'],
      ['ind-2', '1'],
      ['ind-1', 'note'],
    ]);
    expect([...(data?.entries() ?? [])]).toEqual([
      ['assessment.ind-1', '3'],
      ['assessment.ind-2', '1'],
      ['assessment.ind-1', 'note'],
    ]);
  });
  it('submits nothing without a name, and an empty set for no entries', () => {
    expect(formEntries('', [['a', '1']])).toBeNull();
    expect([...(formEntries('plan', [])?.entries() ?? [])]).toEqual([]);
  });
});

describe('readFormEntries', () => {
  it('reads back what formEntries wrote, keys with dots and odd characters included', () => {
    const written: [string, string][] = [
      ['ind.1', '3'],
      ['__proto__', 'x'],
      ['', 'empty key'],
      ['café ✓', 'line one\nline two'],
    ];
    const data = formEntries('plan', written);
    if (!data) throw new Error('expected entries');
    expect(readFormEntries(data, 'plan')).toEqual(written);
  });
  it('leaves out other names, files, and everything when there is no name', () => {
    const data = new FormData();
    data.append('plan.a', '1');
    data.append('planner.b', '2');
    data.append('plan', 'whole');
    data.append('other.plan.c', '3');
    data.append('plan.file', new File(['x'], 'x.txt'));
    expect(readFormEntries(data, 'plan')).toEqual([['a', '1']]);
    expect(readFormEntries(data, '')).toEqual([]);
  });
});

/** A tiny form-associated element holding a list of ids: `name.<id>=on` entries, JSON state. */
class SelTestIds extends LitElement {
  static formAssociated = true;
  static override properties = { name: { type: String, reflect: true } };
  name = '';
  ids: readonly string[] = [];
  readonly form = new FormController<readonly string[]>(this, {
    value: () => this.ids,
    toFormValue: (ids, name) =>
      formEntries(
        name,
        ids.map((id) => [id, 'on']),
      ),
    toState: (ids) => JSON.stringify(ids),
    // Throws on bad JSON on purpose: the controller must not let that out.
    fromState: (state) => {
      const parsed: unknown = JSON.parse(state);
      return Array.isArray(parsed) && parsed.every((id) => typeof id === 'string') ? parsed : undefined;
    },
    fromFormData: (data, name) => {
      const entries = readFormEntries(data, name);
      if (entries.length === 0) return undefined;
      if (entries.some(([, value]) => value !== 'on')) throw new Error('not an id list');
      return entries.map(([id]) => id);
    },
    setValue: (ids) => {
      this.ids = ids;
    },
    defaultValue: () => [],
  });
  formStateRestoreCallback(state: unknown): void {
    this.form.restore(state);
  }
  protected override render(): unknown {
    return html`<p>${this.ids.join(', ')}</p>`;
  }
}
customElements.define('sel-test-ids', SelTestIds);

describe('FormController.restore', () => {
  async function mount(): Promise<SelTestIds> {
    const el = await fixture<SelTestIds>(html`<sel-test-ids name="plan"></sel-test-ids>`);
    el.form.restore('["start"]');
    return el;
  }

  it('puts back a state string', async () => {
    const el = await mount();
    expect(el.form.restore('["a","b"]')).toBe(true);
    expect(el.ids).toEqual(['a', 'b']);
  });

  it('puts back a FormData by the element’s own entries', async () => {
    const el = await mount();
    const data = new FormData();
    data.append('plan.a', 'on');
    data.append('other.b', 'on');
    data.append('plan.c', 'on');
    expect(el.form.restore(data)).toBe(true);
    expect(el.ids).toEqual(['a', 'c']);
    await el.updateComplete;
    expect(el.shadowRoot?.textContent).toContain('a, c');
  });

  it('puts back a FormData holding a state under the element’s name, or as its only entry', async () => {
    const el = await mount();
    const named = new FormData();
    named.append('unrelated', 'x');
    named.append('plan', '["from-name"]');
    expect(el.form.restore(named)).toBe(true);
    expect(el.ids).toEqual(['from-name']);
    const single = new FormData();
    single.append('whatever', '["only-entry"]');
    expect(el.form.restore(single)).toBe(true);
    expect(el.ids).toEqual(['only-entry']);
  });

  it('ignores what does not fit, without throwing and keeping the value', async () => {
    const el = await mount();
    const badEntries = new FormData();
    badEntries.append('plan.a', 'maybe');
    const badJson = new FormData();
    badJson.append('plan', '{not json');
    const twoUnnamed = new FormData();
    twoUnnamed.append('x', '["x"]');
    twoUnnamed.append('y', '["y"]');
    const fileOnly = new FormData();
    fileOnly.append('plan', new File(['["file"]'], 'state.json'));
    const states: unknown[] = [
      '{not json',
      '{"not":"a list"}',
      '',
      badEntries,
      badJson,
      twoUnnamed,
      fileOnly,
      new FormData(),
      new File(['["file"]'], 'state.json'),
      null,
      undefined,
      42,
      ['a'],
    ];
    for (const [index, state] of states.entries()) {
      const which = `state ${String(index)}`;
      expect(() => {
        el.formStateRestoreCallback(state);
      }, which).not.toThrow();
      expect(el.form.restore(state), which).toBe(false);
      expect(el.ids, which).toEqual(['start']);
    }
  });
});

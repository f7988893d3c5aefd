import { html } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { StatusSnapshot } from '@sel/core';
import { illustrativeStatusSnapshot } from '@sel/data';
import { expectNoAxeViolations, fixture, nextEvent, shadowActiveElement } from '../test/index.js';
import './define.js';
import type { SelStatusMap } from './sel-status-map.js';

const snapshot = (): StatusSnapshot => structuredClone(illustrativeStatusSnapshot);

const root = (el: SelStatusMap) => {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
};
const focused = (el: SelStatusMap) => shadowActiveElement(el) as HTMLElement | null;
const focusedName = (el: SelStatusMap) =>
  focused(el)?.getAttribute('aria-label') ?? focused(el)?.textContent.replace(/\s+/g, ' ').trim();
const live = (el: SelStatusMap) => root(el).querySelector('[aria-live="polite"]')?.textContent.trim() ?? '';

describe('<sel-status-map> from the keyboard alone', () => {
  it('reaches every control from the top of the page: measure, views, the map, a state, the table and its sorting', async () => {
    const el = await fixture<SelStatusMap>(html`<sel-status-map .snapshot=${snapshot()}></sel-status-map>`);
    await el.dataSettled;

    await userEvent.keyboard('{Tab}');
    expect(focused(el)?.localName).toBe('select');
    await userEvent.keyboard('{Tab}');
    expect(focusedName(el)).toBe('Map');
    expect(focused(el)?.getAttribute('aria-pressed')).toBe('true');
    await userEvent.keyboard('{Tab}');
    expect(focusedName(el)).toBe('Table');
    // The map is one tab stop: the national square, the first with a community in reading order.
    await userEvent.keyboard('{Tab}');
    expect(focused(el)?.dataset['key']).toBe('national');

    // The moves load with the map's views; a key pressed before they are here moves once they are.
    await userEvent.keyboard('{ArrowDown}');
    await vi.waitFor(() => {
      expect(focused(el)?.dataset['key']).toBe('WA');
    });
    const opened = nextEvent(el, 'sel-state-select');
    await userEvent.keyboard('{Enter}');
    expect((await opened).detail).toMatchObject({ place: 'WA', trigger: 'keyboard' });
    await el.updateComplete;
    expect(root(el).querySelector('.panel__heading')?.textContent.trim()).toBe('Learning communities in Washington');
    expect(live(el)).toBe('Showing the communities in Washington.');

    // Out of the map, the next stop is the panel's close button; closing it goes back to the square.
    await userEvent.keyboard('{Tab}');
    expect(focused(el)?.classList.contains('close')).toBe(true);
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(root(el).querySelector('.panel')).toBeNull();
    expect(focused(el)?.dataset['key']).toBe('WA');

    // Back to the view buttons, and over to the table.
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(focusedName(el)).toBe('Table');
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(el.view).toBe('table');
    expect(focused(el)?.getAttribute('aria-pressed')).toBe('true');

    // The column headers sort: Tab to "Students" (the fourth), Enter twice for largest first.
    await userEvent.keyboard('{Tab}{Tab}{Tab}{Tab}');
    expect(focused(el)?.dataset['column']).toBe('students');
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(focused(el)?.closest('th')?.getAttribute('aria-sort')).toBe('descending');
    expect(live(el)).toBe('Sorted by Students, descending.');

    // Past the two last headers to the first place, which opens its communities.
    await userEvent.keyboard('{Tab}{Tab}{Tab}');
    expect(focused(el)?.dataset['key']).toBe('CA');
    const fromTable = nextEvent(el, 'sel-state-select');
    await userEvent.keyboard('{Enter}');
    expect((await fromTable).detail).toMatchObject({ place: 'CA', trigger: 'keyboard' });
    await el.updateComplete;
    expect(root(el).querySelector('.panel__heading')?.textContent.trim()).toBe('Learning communities in California');
    await expectNoAxeViolations(el);
  });
});

describe('<sel-status-map> and axe', () => {
  it('is not a page banner: its heading block is no <header> landmark', async () => {
    const el = await fixture<SelStatusMap>(html`<sel-status-map .snapshot=${snapshot()}></sel-status-map>`);
    await el.dataSettled;
    expect(root(el).querySelector('header, [role="banner"]')).toBeNull();
    expect(root(el).querySelector('[part="header"] .heading')?.textContent.trim()).toBe(
      'Illustrative status snapshot (invented data)',
    );
  });

  it('has no violation before the data: nothing to show yet, loading; nor counting communities', async () => {
    const idle = await fixture<SelStatusMap>(html`<sel-status-map></sel-status-map>`);
    await idle.updateComplete;
    expect(root(idle).textContent).toContain('Nothing to show yet.');
    await expectNoAxeViolations(idle);

    let answer: (response: Response) => void = () => undefined;
    const loading = await fixture<SelStatusMap>(
      html`<sel-status-map
        .fetcher=${() =>
          new Promise<Response>((resolve) => {
            answer = resolve;
          })}
        src="https://sel.invalid/snapshot.json"
      ></sel-status-map>`,
    );
    await loading.updateComplete;
    expect(root(loading).querySelector('[role="status"]')?.textContent.trim()).toBe('Loading…');
    await expectNoAxeViolations(loading);
    answer(new Response(JSON.stringify(snapshot())));
    await loading.dataSettled;
    expect(root(loading).querySelectorAll('.grid .tile')).toHaveLength(52);

    // The map, its legend and the table in each kind of measure are checked in sel-status-map.test.ts;
    // counting communities gives its own legend of single counts.
    const counts = await fixture<SelStatusMap>(
      html`<sel-status-map measure="communities" .snapshot=${snapshot()}></sel-status-map>`,
    );
    await counts.dataSettled;
    expect(root(counts).querySelector('.legend__title')?.textContent).toBe('Legend: Number of communities');
    await expectNoAxeViolations(counts);
  });
});

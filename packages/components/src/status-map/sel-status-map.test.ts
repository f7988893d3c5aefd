import { html } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { Community, StatusSnapshot } from '@sel/core';
import { illustrativeStatusSnapshot } from '@sel/data';
import { expectNoAxeViolations, fixture, nextEvent, shadowActiveElement } from '../test/index.js';
import './define.js';
import type { SelStatusMap } from './sel-status-map.js';

const snapshot = (): StatusSnapshot => structuredClone(illustrativeStatusSnapshot);

async function map(markup = html`<sel-status-map .snapshot=${snapshot()}></sel-status-map>`): Promise<SelStatusMap> {
  const el = await fixture<SelStatusMap>(markup);
  await el.dataSettled;
  return el;
}

const root = (el: SelStatusMap) => {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
};
const tile = (el: SelStatusMap, key: string) => root(el).querySelector<HTMLButtonElement>(`.grid [data-key="${key}"]`);
/** The accessible name of a square: its visually hidden label (the code and value on it are hidden from assistive technology). */
const label = (el: SelStatusMap, key: string) => tile(el, key)?.querySelector('.tile__label')?.textContent.trim();
const focusedKey = (el: SelStatusMap) => (shadowActiveElement(el) as HTMLElement | null)?.dataset['key'];
const live = (el: SelStatusMap) => root(el).querySelector('[aria-live="polite"]')?.textContent.trim() ?? '';
const text = (el: SelStatusMap, selector: string) =>
  root(el).querySelector(selector)?.textContent.replace(/\s+/g, ' ').trim() ?? '';

function community(id: string, name: string, state: Community['scope']): Community {
  return {
    id,
    name,
    scope: state,
    readiness: 'improving',
    charter: { start: '2026-01-01', end: '2031-01-01' },
    phase: 'launch',
    leadershipTeam: [],
    committees: [],
    members: [],
    districts: [{ id: `${id}-d`, name: 'Riverbend Public Schools', students: 12_000 }],
    milestones: [],
  };
}

describe('<sel-status-map>', () => {
  it('shows the title, the illustrative notice, the date, the totals and the summary', async () => {
    const el = await map();
    expect(text(el, '.heading')).toBe('Illustrative status snapshot (invented data)');
    expect(text(el, '.illustrative')).toMatch(/Illustrative data/);
    expect(root(el).querySelector('.as-of time')?.getAttribute('datetime')).toBe('2026-11-30');
    expect(text(el, '.as-of')).toBe('Data as of November 30th, 2026.');
    expect([...root(el).querySelectorAll('.total dd')].map((dd) => dd.textContent)).toEqual([
      '35',
      '33',
      '150',
      '6,600,000',
    ]);
    expect(text(el, '.summary')).toMatch(
      /^35 learning communities in 33 states and one national, reaching 150 districts and 6,600,000 students\. By phase: /,
    );
    expect(root(el).querySelectorAll('.grid .tile')).toHaveLength(52);
    // Each square sits where the layout puts it.
    const maine = getComputedStyle(tile(el, 'ME') as Element);
    expect([maine.gridRowStart, maine.gridColumnStart]).toEqual(['1', '11']);
    await expectNoAxeViolations(el);
  });

  it('labels every square in words and numbers it as its legend class, so colour is never the only cue', async () => {
    const el = await map();
    const illinois = tile(el, 'IL');
    expect(label(el, 'IL')).toMatch(/^Illinois: 2 communities, /);
    expect(label(el, 'WY')).toBe('Wyoming: no learning community');
    expect(tile(el, 'WY')?.dataset['step']).toBe('none');
    const step = illinois?.dataset['step'];
    expect(illinois?.querySelector('.tile__value')?.textContent).toBe(step);
    const legend = [...root(el).querySelectorAll('.legend__item')].map((li) =>
      li.textContent.replace(/\s+/g, ' ').trim(),
    );
    expect(legend).toEqual([
      '1 Detailed design',
      '2 Launch',
      '3 Scale and improve',
      '4 Replan',
      '5 Leadership transition',
      'No learning community',
    ]);
  });

  it('is one tab stop; arrow keys move by geography and announce each square; Enter opens it', async () => {
    const el = await map();
    const buttons = [...root(el).querySelectorAll('.grid .tile')];
    expect(buttons.filter((b) => b.getAttribute('tabindex') === '0')).toHaveLength(1);
    tile(el, 'national')?.focus();
    expect(focusedKey(el)).toBe('national');
    // The moves load with the map's views; a key pressed before they are here moves once they are.
    await userEvent.keyboard('{ArrowDown}');
    await vi.waitFor(() => {
      expect(focusedKey(el)).toBe('WA');
    });
    await el.updateComplete;
    expect(live(el)).toMatch(/^Washington: one community, /);
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(focusedKey(el)).toBe('IL');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(focusedKey(el)).toBe('KY');
    await userEvent.keyboard('{ArrowUp}');
    expect(focusedKey(el)).toBe('IN');
    await userEvent.keyboard('{End}');
    expect(focusedKey(el)).toBe('FL');
    await userEvent.keyboard('{ArrowUp}');
    expect(focusedKey(el)).toBe('GA');
    expect(tile(el, 'GA')?.getAttribute('tabindex')).toBe('0');
    const selected = nextEvent(el, 'sel-state-select');
    await userEvent.keyboard('{Enter}');
    const event = await selected;
    expect(event.detail.place).toBe('GA');
    expect(event.detail.trigger).toBe('keyboard');
    expect(event.detail.communities.map((c) => c.status.id).sort()).toEqual(['ga', 'national']);
    await el.updateComplete;
    expect(text(el, '.panel__heading')).toBe('Learning communities in Georgia');
    expect(root(el).querySelectorAll('.panel tbody tr')).toHaveLength(2);
    expect(tile(el, 'GA')?.getAttribute('aria-pressed')).toBe('true');
    expect(live(el)).toBe('Showing the communities in Georgia.');
    expect(focusedKey(el)).toBe('GA');
    await expectNoAxeViolations(el);
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(root(el).querySelector('.panel')).toBeNull();
    expect(focusedKey(el)).toBe('GA');
  });

  it('comes back to the square it left when tabbing away and back', async () => {
    const el = await map();
    tile(el, 'national')?.focus();
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(shadowActiveElement(el)?.textContent.trim()).toBe('Table');
    await userEvent.keyboard('{Tab}');
    expect(focusedKey(el)).toBe('WA');
  });

  it('opens a state with a click, listing each community with its phase, readiness, figures and charter', async () => {
    const el = await map();
    const selected = nextEvent(el, 'sel-state-select');
    await userEvent.click(tile(el, 'TX') as HTMLElement);
    const event = await selected;
    expect(event.detail).toMatchObject({ place: 'TX', trigger: 'pointer' });
    await el.updateComplete;
    const rows = [...root(el).querySelectorAll('.panel tbody tr')].map((tr) =>
      [...tr.children].map((cell) => cell.textContent.replace(/\s+/g, ' ').trim()),
    );
    expect(rows.map((row) => row[0])).toEqual(['National SEL Learning Community', 'Texas SEL Learning Community']);
    expect(rows[1]?.[4]).toBe('560,000');
    expect(rows[1]?.[5]).toBe('January 1st, 2024 to January 1st, 2029');
    expect(focusedKey(el)).toBe('TX');
    await userEvent.click(root(el).querySelector('.close') as HTMLElement);
    await el.updateComplete;
    expect(root(el).querySelector('.panel')).toBeNull();
    expect(focusedKey(el)).toBe('TX');
  });

  it('opens the place named by selected-state at first render, and follows the user choice', async () => {
    const events: string[] = [];
    const el = await map(
      html`<sel-status-map
        selected-state="NM"
        .snapshot=${snapshot()}
        @sel-state-select=${(e: CustomEvent<{ place: string }>) => events.push(e.detail.place)}
      ></sel-status-map>`,
    );
    expect(text(el, '.panel__heading')).toBe('Learning communities in New Mexico');
    expect(tile(el, 'NM')?.getAttribute('aria-pressed')).toBe('true');
    expect(tile(el, 'NM')?.getAttribute('tabindex')).toBe('0');
    // Opening from the page is not a choice of the user: no event.
    expect(events).toEqual([]);
    await expectNoAxeViolations(el);
    await userEvent.click(tile(el, 'OH') as HTMLElement);
    await el.updateComplete;
    expect(el.selectedState).toBe('OH');
    expect(el.getAttribute('selected-state')).toBe('OH');
    expect(events).toEqual(['OH']);
    await userEvent.click(root(el).querySelector('.close') as HTMLElement);
    await el.updateComplete;
    expect(el.hasAttribute('selected-state')).toBe(false);
    expect(root(el).querySelector('.panel')).toBeNull();
    el.setAttribute('selected-state', 'national');
    await el.updateComplete;
    expect(text(el, '.panel__heading')).toBe('Learning communities in National community');
  });

  it('reports a selected-state that is not on the map, and keeps the map', async () => {
    const el = await fixture<SelStatusMap>(html`<sel-status-map selected-state="ZZ"></sel-status-map>`);
    const error = nextEvent(el, 'sel-error');
    el.snapshot = snapshot();
    const event = await error;
    expect(event.detail.issues[0]).toMatchObject({ path: ['selectedState'], code: 'unknown-place' });
    expect(event.detail.issues[0]?.message).toBe(
      'Expected selected-state to be a state on the map or "national", got "ZZ"',
    );
    await el.updateComplete;
    expect(text(el, '[role="alert"]')).toContain('selected-state');
    expect(root(el).querySelector('.panel')).toBeNull();
    expect(root(el).querySelectorAll('.grid .tile')).toHaveLength(52);
    el.selectedState = 'IL';
    await el.updateComplete;
    expect(root(el).querySelector('[role="alert"]')).toBeNull();
    expect(text(el, '.panel__heading')).toBe('Learning communities in Illinois');
  });

  it('colours by the measure chosen in the page or by the user, with a matching legend', async () => {
    const el = await map(html`<sel-status-map measure="students" .snapshot=${snapshot()}></sel-status-map>`);
    expect(label(el, 'NY')).toBe('New York: 2 communities, 580,200 students');
    expect(tile(el, 'NY')?.querySelector('.tile__value')?.textContent).toBe('580K');
    expect(text(el, '.legend__title')).toBe('Legend: Number of students');
    await userEvent.selectOptions(root(el).querySelector('select') as HTMLSelectElement, 'readiness');
    await el.updateComplete;
    expect(el.measure).toBe('readiness');
    expect(el.getAttribute('measure')).toBe('readiness');
    expect(label(el, 'IL')).toBe('Illinois: 2 communities, Innovating');
    await expectNoAxeViolations(el);
  });

  it('switches to a sortable table of the same figures', async () => {
    const el = await map();
    await userEvent.click(root(el).querySelector('.view button:last-child') as HTMLElement);
    await el.updateComplete;
    expect(el.view).toBe('table');
    expect(root(el).querySelector('.grid')).toBeNull();
    const places = () => [...root(el).querySelectorAll('.table tbody th')].map((th) => th.textContent.trim());
    expect(places()).toHaveLength(34);
    expect(places()[0]).toBe('Alabama');
    const students = root(el).querySelector<HTMLButtonElement>('.sort[data-column="students"]');
    await userEvent.click(students as HTMLElement);
    await userEvent.click(students as HTMLElement);
    await el.updateComplete;
    expect(places()[0]).toBe('California');
    expect(students?.closest('th')?.getAttribute('aria-sort')).toBe('descending');
    expect(live(el)).toBe('Sorted by Students, descending.');
    const selected = nextEvent(el, 'sel-state-select');
    await userEvent.click(root(el).querySelector('.table tbody .place') as HTMLElement);
    expect((await selected).detail.place).toBe('CA');
    await el.updateComplete;
    await expectNoAxeViolations(el);
  });

  it('speaks Spanish with lang="es"', async () => {
    const data = { ...snapshot(), title: undefined };
    const el = await fixture<SelStatusMap>(html`<sel-status-map .snapshot=${data}></sel-status-map>`, { lang: 'es' });
    await el.dataSettled;
    expect(text(el, '.heading')).toBe('Estado de las comunidades de aprendizaje');
    expect(text(el, '.summary')).toMatch(
      /^35 comunidades de aprendizaje en 33 estados y una nacional, que llegan a 150/,
    );
    expect(label(el, 'NY')).toMatch(/^Nueva York: 2 comunidades, /);
    await expectNoAxeViolations(el);
    // The table's and the panel's words load with them, in Spanish too.
    el.view = 'table';
    el.selectedState = 'NY';
    await el.updateComplete;
    expect(text(el, '.table caption')).toMatch(/^Comunidades de aprendizaje por estado, al /);
    expect(text(el, '.panel__heading')).toBe('Comunidades de aprendizaje en Nueva York');
  });

  it('reports bad data at its path, and a bad measure or layout without losing the map', async () => {
    const bad = snapshot();
    const first = bad.communities[0];
    if (first === undefined) throw new Error('empty snapshot');
    first.charter = { start: '2026-01-01', end: '2025-01-01' };
    const el = await fixture<SelStatusMap>(html`<sel-status-map></sel-status-map>`);
    const error = nextEvent(el, 'sel-error');
    el.snapshot = bad;
    const event = await error;
    expect(event.detail.issues.map((issue) => issue.path)).toContainEqual(['communities', 0, 'charter', 'end']);
    await el.updateComplete;
    expect(text(el, '[role="alert"]')).toContain('communities[0].charter.end');
    await expectNoAxeViolations(el);

    const good = await map(html`<sel-status-map measure="colour" .snapshot=${snapshot()}></sel-status-map>`);
    expect(text(good, '[role="alert"]')).toContain('measure');
    expect(label(good, 'IL')).toMatch(/^Illinois: 2 communities, /);
    const layoutError = nextEvent(good, 'sel-error');
    good.layout = { id: 'x', title: 'x', source: 'x', tiles: [{ state: 'IL', row: -1, column: 0 }] };
    expect((await layoutError).detail.issues[0]?.path).toEqual(['layout', 'tiles', 0, 'row']);
    await good.updateComplete;
    expect(root(good).querySelectorAll('.grid .tile')).toHaveLength(52);
    await expectNoAxeViolations(good);
  });

  it('reads a snapshot from src and from inline JSON', async () => {
    const data = {
      asOf: '2026-11-30',
      communities: [community('il', 'Illinois network', { kind: 'state', state: 'IL' })],
    };
    const blob = URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));
    const fromSrc = await map(html`<sel-status-map src=${blob}></sel-status-map>`);
    expect(text(fromSrc, '.summary')).toMatch(/^One learning community in one state/);
    URL.revokeObjectURL(blob);
    const inline = await map(
      html`<sel-status-map
        ><script type="application/json">
          ${JSON.stringify(data)}
        </script></sel-status-map
      >`,
    );
    expect(label(inline, 'IL')).toBe('Illinois: one community, Launch');
    expect(tile(inline, 'national')).toBeNull();
  });

  it('gives the table in place of the map on the narrowest screens', async () => {
    const el = await fixture<SelStatusMap>(
      html`<div style="width: 300px"><sel-status-map .snapshot=${snapshot()}></sel-status-map></div>`,
    ).then((wrapper) => wrapper.querySelector('sel-status-map') as SelStatusMap);
    await el.dataSettled;
    expect(getComputedStyle(root(el).querySelector('.map') as Element).display).toBe('none');
    // The element sees the container query hide the map and draws the table (loaded on first use).
    await vi.waitFor(() => {
      expect(root(el).querySelector('.table--fallback')).not.toBeNull();
    });
    await el.updateComplete;
    expect(getComputedStyle(root(el).querySelector('.table--fallback') as Element).display).toBe('table');
    expect(root(el).querySelectorAll('.table--fallback tbody tr')).toHaveLength(34);
    await expectNoAxeViolations(el);
  });

  it('draws no table beside a map wide enough to show, but adds it for print and takes it away after', async () => {
    const el = await map();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
    expect(root(el).querySelector('.table')).toBeNull();
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(root(el).querySelectorAll('.table--fallback tbody tr')).toHaveLength(34);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(root(el).querySelector('.table')).toBeNull();
  });
});

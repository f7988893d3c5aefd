import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations, fixture } from '../test/index.js';
import { testRubric } from './test-rubric.js';
import './define.js';
import type { SelRatingChangeDetail, SelRubric } from './sel-rubric.js';

// Alone in its file: the page has no rating code yet (rubric-rating.ts) when the first ratings come;
// the last test loads it.

/** Whether the page has fetched the rubric's rating code. */
const ratingCodeFetched = (): boolean =>
  performance.getEntriesByType('resource').some((entry) => entry.name.includes('rubric-rating'));

function shadow(el: SelRubric): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}

function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('<sel-rubric> before its rating code is loaded', () => {
  it('does not load the rating code for a rubric to be filled in that no one has used yet', async () => {
    // The pointer rests elsewhere on the page (a browser says "over" to content drawn under it).
    const elsewhere = await fixture(html`<p style="margin: 0; height: 4rem">Elsewhere on the page</p>`);
    await userEvent.hover(elsewhere);
    const el = await fixture<SelRubric>(html`<sel-rubric .rubric=${testRubric()}></sel-rubric>`);
    await el.renderComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));
    await el.updateComplete;
    expect(ratingCodeFetched()).toBe(false);
  });

  it('never loads the rating code for a rubric that is only read, pointed at, pressed and left idle', async () => {
    const el = await fixture<SelRubric>(html`<sel-rubric readonly .rubric=${testRubric()}></sel-rubric>`);
    await el.renderComplete;
    const row = shadow(el).querySelector<HTMLElement>('[part~="indicator"]');
    if (!row) throw new Error('no indicator row');
    await userEvent.hover(row);
    await userEvent.click(row);
    // Time for the page to be idle: a page that only shows a rubric never loads the code.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await el.updateComplete;
    expect(ratingCodeFetched()).toBe(false);
  });

  it('makes the ratings and keeps the evidence given before the code arrives, in order', async () => {
    // Read-only when drawn, then open to ratings: no pointer or focus has been in it.
    const el = await fixture<SelRubric>(
      html`<sel-rubric readonly name="assessment" taken-by="Ana" .rubric=${testRubric()}></sel-rubric>`,
    );
    await el.renderComplete;
    el.readonly = false;
    await el.updateComplete;
    expect(ratingCodeFetched()).toBe(false);

    const root = shadow(el);
    const radio = (indicatorId: string, level: number): HTMLInputElement => {
      const input = root.querySelector<HTMLInputElement>(`input[data-indicator="${indicatorId}"][value="${level}"]`);
      if (!input) throw new Error(`no level ${level} radio for ${indicatorId}`);
      return input;
    };
    const box = root.querySelector<HTMLTextAreaElement>('textarea[data-indicator="cabinet"]');
    if (!box) throw new Error('no evidence box for cabinet');
    const events: SelRatingChangeDetail[] = [];
    el.addEventListener('sel-rating-change', (event) => events.push(event.detail));

    // In one task, with no pointer or focus that would load the code first: evidence typed for an
    // unrated indicator, then three levels chosen, two of them in the same row.
    box.value = 'Cabinet minutes, March';
    box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    radio('cabinet', 2).click();
    radio('housed', 2).click();
    radio('housed', 4).click();
    expect(ratingCodeFetched()).toBe(false);

    // The element's update completes once the code is here and what was given is made.
    await el.updateComplete;
    expect(ratingCodeFetched()).toBe(true);
    expect(events.map(({ indicatorId, rating }) => [indicatorId, rating.level, rating.notes ?? null])).toEqual([
      ['cabinet', 2, 'Cabinet minutes, March'],
      ['housed', 2, null],
      ['housed', 4, null],
    ]);
    expect(events[1]?.previousLevel).toBeNull();
    expect(events[2]?.previousLevel).toBe(2);
    expect(el.value?.ratings).toMatchObject({
      cabinet: { level: 2, notes: 'Cabinet minutes, March', ratedBy: 'Ana' },
      housed: { level: 4, ratedBy: 'Ana' },
    });
    expect(radio('housed', 4).checked).toBe(true);
    expect(radio('housed', 2).checked).toBe(false);
    expect(text(root.querySelector('[part~="level-chosen"]'))).toContain('Chosen');
    expect(text(root.querySelector('[role="status"]'))).toBe(
      'Focus area 1: Build foundational support and plan: 2 of 3 rated. 2 of 5 rated in the whole rubric.',
    );
    await expectNoAxeViolations(el);
  });

  it('keeps evidence typed before the code arrives in its box when the rubric is drawn again', async () => {
    const el = await fixture<SelRubric>(html`<sel-rubric name="assessment" .rubric=${testRubric()}></sel-rubric>`);
    await el.renderComplete;
    const box = shadow(el).querySelector<HTMLTextAreaElement>('textarea[data-indicator="cabinet"]');
    if (!box) throw new Error('no evidence box for cabinet');
    // Typed with no pointer or focus that would load the code first; then the page switches the
    // rubric to Spanish, which draws it again before any rating is made.
    box.value = 'Actas del gabinete, marzo';
    box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    el.lang = 'es';
    const level = (): HTMLInputElement | null =>
      shadow(el).querySelector<HTMLInputElement>('input[data-indicator="cabinet"][value="3"]');
    await expect.poll(() => level()?.labels?.[0]?.textContent ?? '').toMatch(/Nivel 3/);
    expect(box.value).toBe('Actas del gabinete, marzo');

    const radio = level();
    if (!radio) throw new Error('no level 3 radio for cabinet');
    await userEvent.click(radio);
    await expect
      .poll(() => el.value?.ratings['cabinet'])
      .toMatchObject({ level: 3, notes: 'Actas del gabinete, marzo' });
    expect(box.value).toBe('Actas del gabinete, marzo');
    await expectNoAxeViolations(el);
  });
});

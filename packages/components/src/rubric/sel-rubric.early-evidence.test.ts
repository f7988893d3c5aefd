import { html } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { schoolPartnershipsRubric } from '@sel/data';
import { fixture } from '../test/index.js';
import './define.js';
import type { SelRatingChangeDetail, SelRubric } from './sel-rubric.js';

// Alone in its file: the rubric's rating code (rubric-rating.ts) is fetched here at the first use,
// as on a page, and held back until the test lets it arrive.
const code = vi.hoisted(() => {
  let arrive: () => void = () => undefined;
  const arrived = new Promise<void>((resolve) => {
    arrive = resolve;
  });
  return {
    arrived,
    arrive: () => {
      arrive();
    },
  };
});
vi.mock('./rubric-rating.js', async (importOriginal) => {
  const module = await importOriginal<typeof import('./rubric-rating.js')>();
  await code.arrived;
  return module;
});

describe('<sel-rubric> when its rating code arrives as a person types evidence', () => {
  it('keeps the evidence box in place under the pointer and saves what is typed at once after the first level', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><sel-rubric name="assessment" .rubric=${schoolPartnershipsRubric}></sel-rubric></form>`,
    );
    const el = form.querySelector<SelRubric>('sel-rubric');
    const root = el?.shadowRoot;
    const radio = root?.querySelector<HTMLInputElement>('input[data-indicator="inventory-complete"][value="1"]');
    const box = root?.querySelector<HTMLTextAreaElement>('textarea[data-indicator="inventory-complete"]');
    if (!el || !radio || !box) throw new Error('expected a level and an evidence box for inventory-complete');
    const events: SelRatingChangeDetail[] = [];
    el.addEventListener('sel-rating-change', (event) => events.push(event.detail));
    /** Where the box is in the rubric (the page may scroll it into view meanwhile). */
    const place = (): number => box.getBoundingClientRect().top - el.getBoundingClientRect().top;

    // The first level, with the code still on its way; then straight to the evidence box: the code
    // arrives just as the pointer comes over the box to click it. Where it was aimed, it must stay.
    await userEvent.click(radio);
    let aimed: number | undefined;
    box.addEventListener(
      'pointerover',
      () => {
        aimed = place();
        code.arrive();
      },
      { once: true },
    );
    await userEvent.click(box);
    // Typed where the focus is, as a person types after clicking (no second click to correct a miss).
    await userEvent.keyboard('Agenda of the October meeting, “día 2”{Enter}second line');
    await userEvent.keyboard('{Tab}');
    code.arrive();
    await el.updateComplete;

    const evidence = 'Agenda of the October meeting, “día 2”\nsecond line';
    // WebKit's driver may deliver the box's change event after the Tab key's action has returned.
    await expect.poll(() => el.value?.ratings['inventory-complete']).toMatchObject({ level: 1, notes: evidence });
    expect(box.value).toBe(evidence);
    expect(place()).toBe(aimed);
    expect(radio.checked).toBe(true);
    expect(events.map(({ indicatorId, rating }) => [indicatorId, rating.level])).toContainEqual([
      'inventory-complete',
      1,
    ]);
    expect(events.at(-1)?.rating).toMatchObject({ level: 1, notes: evidence });
    expect(events.at(-1)?.assessment).toBe(el.value);
  });
});

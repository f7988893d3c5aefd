import { html } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { schoolPartnershipsRubric } from '@sel/data';
import { expectNoAxeViolations, fixture } from '../test/index.js';
import './define.js';
import type { SelErrorDetail } from '../shared/events.js';
import type { SelRubric } from './sel-rubric.js';

// Alone in its file: the rubric's rating code (rubric-rating.ts) fails while `failing` is set, as
// when its file cannot be fetched (offline, a blocked file), and works once it is not.
const code = vi.hoisted(() => ({ failing: true }));
vi.mock('./rubric-rating.js', async (importOriginal) => {
  const module = await importOriginal<typeof import('./rubric-rating.js')>();
  return {
    ...module,
    createRating: (...args: Parameters<typeof module.createRating>) => {
      if (code.failing) {
        throw new Error('Failed to fetch dynamically imported module: rubric-rating.js');
      }
      return module.createRating(...args);
    },
  };
});

describe('<sel-rubric> when its rating code could not be loaded', () => {
  it('says so, keeps the levels chosen, and rates them all once a next choice loads the code', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><sel-rubric name="assessment" .rubric=${schoolPartnershipsRubric}></sel-rubric></form>`,
    );
    const el = form.querySelector<SelRubric>('sel-rubric');
    const root = el?.shadowRoot;
    const indicators = schoolPartnershipsRubric.focusAreas
      .flatMap((area) => area.practices.flatMap((practice) => practice.indicators))
      .map((indicator) => indicator.id);
    const [first, second] = indicators;
    const level = (id: string | undefined, value: number) =>
      root?.querySelector<HTMLInputElement>(`input[data-indicator="${String(id)}"][value="${String(value)}"]`);
    const firstLevel = level(first, 1);
    const secondLevel = level(second, 2);
    if (!el || !root || !first || !second || !firstLevel || !secondLevel) throw new Error('expected two indicators');
    const errors: SelErrorDetail[] = [];
    el.addEventListener('sel-error', (event) => errors.push(event.detail));

    await userEvent.click(firstLevel);
    await expect.poll(() => errors.length).toBeGreaterThan(0);
    expect(errors[0]?.issues).toEqual([expect.objectContaining({ path: ['rating'] })]);
    // The alert comes with the error state's own code, loaded at the first error.
    await expect.poll(() => root.querySelector('[role="alert"]')?.textContent ?? '').toContain('rubric-rating.js');
    // The level stays chosen on screen; the value has no rating yet.
    expect(firstLevel.checked).toBe(true);
    expect(el.value?.ratings[first]).toBeUndefined();
    await expectNoAxeViolations(el);

    // The file can be fetched again: the next choice tries again, both levels are rated in the
    // order chosen, and the alert goes.
    code.failing = false;
    const failures = errors.length;
    await userEvent.click(secondLevel);
    await expect.poll(() => el.value?.ratings[second]?.level).toBe(2);
    expect(el.value?.ratings[first]?.level).toBe(1);
    await expect.poll(() => root.querySelector('[role="alert"]')).toBeNull();
    expect(new FormData(form).get('assessment')).toContain(`"${first}"`);
    expect(errors).toHaveLength(failures);
    await expectNoAxeViolations(el);
  });
});

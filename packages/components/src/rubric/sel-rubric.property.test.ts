import fc from 'fast-check';
import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { Rubric } from '@sel/core';
import { schoolPartnershipsRubric } from '@sel/data';
import { fixture, nextEvent } from '../test/index.js';
import { pointsAt, removalMutation, typeMutation } from '../test/hostile/malformed.js';
import './define.js';
import type { SelRubric } from './sel-rubric.js';

const rubric: unknown = JSON.parse(JSON.stringify(schoolPartnershipsRubric));

describe('<sel-rubric> given generated malformed rubrics', () => {
  it('rejects each at the broken path, throws nothing, and keeps the ratings and evidence entered (property)', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><sel-rubric name="assessment" .rubric=${schoolPartnershipsRubric}></sel-rubric></form>`,
    );
    const el = form.querySelector<SelRubric>('sel-rubric');
    const root = el?.shadowRoot;
    const radio = root?.querySelectorAll<HTMLInputElement>('input[type="radio"]')[1];
    const notes = root?.querySelector('textarea');
    if (!el || !root || !radio || !notes) throw new Error('expected radios and an evidence box');
    await userEvent.click(radio);
    // Typed at once, as a user would, while the rating code may still be loading: its arrival must
    // neither move the box from under the click nor lose the text (see
    // sel-rubric.early-evidence.test.ts; `fill` fires no `change` in Firefox: see sel-rubric.test.ts).
    await userEvent.type(notes, 'Agenda of the October meeting, “día 2”{Enter}second line');
    await userEvent.keyboard('{Tab}');
    // The evidence is saved on the box's change event, which WebKit's driver may deliver after the
    // Tab key's action has returned: wait for it, as a person sees it saved.
    await expect.poll(() => JSON.stringify(el.value)).toContain('día 2');
    await el.updateComplete;
    const entered = el.value;
    const submitted = [...new FormData(form).entries()];
    const mutation = fc.oneof(
      typeMutation(rubric),
      removalMutation([['id'], ['title'], ['levels'], ['focusAreas'], ['focusAreas', 0, 'practices']]),
    );
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        runs += 1;
        const error = nextEvent(el, 'sel-error');
        el.rubric = m.apply(rubric) as Rubric;
        const { detail } = await error;
        await el.updateComplete;
        expect(
          detail.issues.some((issue) => pointsAt(issue, m.path) && issue.message !== ''),
          `${m.describe}: ${JSON.stringify(detail.issues)}`,
        ).toBe(true);
        expect(root.querySelector('[role="alert"]'), m.describe).not.toBeNull();
        expect(el.value, m.describe).toBe(entered);
        expect(el.currentRubric, m.describe).toEqual(schoolPartnershipsRubric);
        expect(root.querySelector('textarea')?.value, m.describe).toBe(
          'Agenda of the October meeting, “día 2”\nsecond line',
        );
        expect([...new FormData(form).entries()], m.describe).toEqual(submitted);
      }),
      { numRuns: 120 },
    );
    expect(runs).toBe(120);
  }, 120_000);
});

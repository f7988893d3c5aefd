import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { ActionPlan } from '@sel/core';
import { expectNoAxeViolations, fixture, nextEvent, shadowActiveElement } from '../test/index.js';
import './define.js';
import type { SelActionPlan } from './sel-action-plan.js';
import { caselPlan, editorShown, partnerPlan, pickDate } from './test-plans.js';

async function planElement(plan: ActionPlan, lang?: string): Promise<SelActionPlan> {
  const el = await fixture<SelActionPlan>(
    html`<sel-action-plan name="plan" today="2026-11-15" .plan=${plan}></sel-action-plan>`,
    lang === undefined ? {} : { lang },
  );
  await el.dataSettled;
  return el;
}

const root = (el: SelActionPlan) => {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
};
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const texts = (el: SelActionPlan, selector: string) =>
  [...root(el).querySelectorAll(selector)].map((node) => squash(node.textContent));
/** A control of the plan (typed as a text box: buttons and selects are used for what they share with it). */
const control = (el: SelActionPlan, selector: string): HTMLInputElement => {
  const found = root(el).querySelector<HTMLInputElement>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
};
const focused = (el: SelActionPlan) => shadowActiveElement(el) as HTMLElement | null;
const labelOf = (el: SelActionPlan, field: HTMLElement) =>
  squash(root(el).querySelector(`label[for="${field.id}"]`)?.textContent);

/** Opens the editor from the keyboard: the first Tab from the page top lands on "Edit plan". */
async function openEditor(el: SelActionPlan): Promise<void> {
  await userEvent.keyboard('{Tab}');
  expect(squash(focused(el)?.textContent)).toBe('Edit plan');
  await userEvent.keyboard('{Enter}');
  await editorShown(el);
}

describe('<sel-action-plan> writing a plan', () => {
  it('opens the plan as a labelled form in the worksheet order, focus on the title', async () => {
    const el = await planElement(partnerPlan());
    await openEditor(el);
    const title = focused(el);
    expect(title?.dataset['field']).toBe('title');
    expect(labelOf(el, title as HTMLElement)).toBe('Plan title');
    expect(texts(el, '.editor h3')).toEqual([
      'School-day practices that support the goal',
      'Partner practices that support the goal',
      'Opportunities for alignment',
      'Key personnel',
      'Action steps',
      'Communication plan',
      'Continuous improvement: data',
    ]);
    expect(labelOf(el, control(el, '[data-field="keyPersonnel.0.role"]'))).toBe('Role (optional)');
    expect(texts(el, '#edit-steps-heading + .edit-list > li > fieldset > legend')).toEqual([
      'Step 1',
      'Step 2',
      'Step 3',
    ]);
    await expectNoAxeViolations(el);
  });

  it('adds a step, says what is missing in a summary and beside each field, and keeps what was typed', async () => {
    const el = await planElement(partnerPlan());
    await openEditor(el);
    control(el, '[data-action="add"][data-list="actionSteps"]').focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(focused(el)?.dataset['field']).toBe('actionSteps.3.description');
    await userEvent.keyboard('Invite families to the open house');

    // "Done editing" checks the plan: the owner and due date are still empty.
    control(el, '[data-action="edit"]').click();
    await el.updateComplete;
    expect(focused(el)?.classList.contains('error-summary')).toBe(true);
    expect(texts(el, '.error-summary h2')).toEqual(['There is a problem']);
    expect(texts(el, '.error-summary li')).toEqual([
      'Action steps, Step 4: Owner: this cannot be empty',
      'Action steps, Step 4: Due date: enter a real date',
    ]);
    const owner = control(el, '[data-field="actionSteps.3.owner"]');
    expect(owner.getAttribute('aria-invalid')).toBe('true');
    expect(squash(root(el).getElementById(owner.getAttribute('aria-describedby') ?? '')?.textContent)).toBe(
      'Owner: this cannot be empty',
    );
    expect(control(el, '[data-field="actionSteps.3.description"]').value).toBe('Invite families to the open house');
    expect(el.checkValidity()).toBe(false);
    expect(el.value?.kind === 'partner' && el.value.actionSteps).toHaveLength(3);
    await expectNoAxeViolations(el);

    // A summary link takes focus to its field; fixing both fields makes the plan the value.
    control(el, '.error-summary a').click();
    expect(focused(el)).toBe(owner);
    await userEvent.keyboard('Lee Park');
    const changed = nextEvent(el, 'sel-plan-change');
    pickDate(control(el, '[data-field="actionSteps.3.due"]'), '2026-12-04');
    expect((await changed).detail.kind).toBe('edit');
    await el.updateComplete;
    expect(root(el).querySelector('.error-summary')).toBeNull();
    expect(el.value?.kind === 'partner' && el.value.actionSteps[3]).toEqual({
      id: 'step-1',
      description: 'Invite families to the open house',
      owner: 'Lee Park',
      due: '2026-12-04',
      status: 'not-started',
    });
    expect(el.checkValidity()).toBe(true);
  });

  it('moves items up and down by keyboard, focus staying with the moved item', async () => {
    const el = await planElement({ ...partnerPlan(), schoolDayPractices: ['Circles', 'Calm corners', 'Lessons'] });
    await openEditor(el);
    control(el, '[data-action="down"][data-list="schoolDayPractices"][data-index="0"]').focus();
    const moved = nextEvent(el, 'sel-plan-change');
    await userEvent.keyboard('{Enter}');
    expect((await moved).detail).toMatchObject({ kind: 'move', path: ['schoolDayPractices'] });
    await el.updateComplete;
    expect(el.value?.kind === 'partner' && el.value.schoolDayPractices).toEqual(['Calm corners', 'Circles', 'Lessons']);
    expect(focused(el)?.dataset).toMatchObject({ action: 'down', index: '1' });
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    // At the end of the list "Move down" is off: focus moves to "Move up" of the same item.
    expect(el.value?.kind === 'partner' && el.value.schoolDayPractices).toEqual(['Calm corners', 'Lessons', 'Circles']);
    expect(focused(el)?.dataset).toMatchObject({ action: 'up', index: '2' });
    expect(squash(focused(el)?.textContent)).toBe('Move up: School-day practices that support the goal, Item 3');
    expect(squash(root(el).querySelector('[aria-live="polite"]')?.textContent)).toBe('Item 2 moved to position 3.');
  });

  it('removes a person with a pointer and clears an optional field', async () => {
    const el = await planElement({
      ...partnerPlan(),
      keyPersonnel: [{ name: 'Ana Ruiz', role: 'Site director' }, { name: 'Lee Park' }],
    });
    control(el, '[data-action="edit"]').click();
    await editorShown(el);
    await userEvent.clear(control(el, '[data-field="keyPersonnel.0.role"]'));
    control(el, '[data-field="keyPersonnel.0.role"]').dispatchEvent(new Event('change', { bubbles: true }));
    await userEvent.click(control(el, '[data-action="remove"][data-list="keyPersonnel"][data-index="1"]'));
    await el.updateComplete;
    expect(el.value?.kind === 'partner' && el.value.keyPersonnel).toEqual([{ name: 'Ana Ruiz' }]);
    expect(focused(el)?.dataset).toMatchObject({ action: 'remove', index: '0' });
  });

  it('adds a goal and its first step to an action plan, and leaves the editor when the plan is whole', async () => {
    const el = await planElement(caselPlan());
    await openEditor(el);
    control(el, '[data-action="add"][data-list="goals"]').click();
    await el.updateComplete;
    expect(focused(el)?.dataset['field']).toBe('goals.2.statement');
    await userEvent.keyboard('Families hear about SEL each quarter');
    control(el, '[data-action="add"][data-list="goals.2.steps"]').click();
    await el.updateComplete;
    await userEvent.keyboard('Draft the first family letter');
    await userEvent.fill(control(el, '[data-field="goals.2.steps.0.owner"]'), 'Dana Cole');
    pickDate(control(el, '[data-field="goals.2.steps.0.due"]'), '2027-01-10');
    control(el, '[data-action="edit"]').click();
    await el.updateComplete;
    expect(root(el).querySelector('.editor')).toBeNull();
    expect(texts(el, 'h4')[2]).toBe('Goal 3: Families hear about SEL each quarter');
    expect(focused(el)?.dataset['action']).toBe('edit');
  });

  it('shows the summary when a form submission is blocked, in Spanish', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form lang="es">
        <sel-action-plan name="plan" today="2026-11-15" .plan=${caselPlan()}></sel-action-plan><button>Guardar</button>
      </form>`,
    );
    const el = form.querySelector('sel-action-plan') as SelActionPlan;
    await el.dataSettled;
    control(el, '[data-action="edit"]').click();
    await editorShown(el);
    await userEvent.clear(control(el, '[data-field="goals.0.statement"]'));
    control(el, '[data-field="goals.0.statement"]').dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(root(el).querySelector('.error-summary')).toBeNull();
    expect(form.checkValidity()).toBe(false);
    await el.updateComplete;
    expect(texts(el, '.error-summary li')).toEqual(['Meta 1: Meta S.M.A.R.T.: no puede quedar vacío']);
    expect(el.validationMessage).toBe('Hay que corregir un campo del plan.');
  });
});

import { nothing } from 'lit';
import type { ActionPlan, Assessment, PlanPath, Rubric, SelIssue } from '@sel/core';
import { renderErrorSummary } from '../shared/error-summary.js';
import { PlanDraft, type ListAction } from './plan-draft.js';
import { proposedGoals, renderProposedGoals } from './plan-evidence.js';
import { renderPlanEditor } from './plan-editor.js';
import { fieldErrors, fieldId, itemName, keyPath, pathKey } from './plan-fields.js';
import type { Translate } from './plan-view.js';

export { planEditorStyles } from './plan-editor.styles.js';
/** The editor's words, loaded with its code. */
export { planEditorStrings as words } from './plan-editor-strings.js';

/**
 * Writing a plan, loaded when a person first opens the editor (a page that only follows a plan
 * never downloads it): the draft, its form, the error summary, goals proposed from evidence, and
 * what each control of the form does.
 */

/** What the editor needs from its element. */
export interface PlanEditingHost {
  readonly t: Translate;
  readonly headingLevel: () => number;
  readonly evidence: () => {
    rubric: Rubric | undefined;
    assessment: Assessment | undefined;
    priorities: readonly string[] | undefined;
  };
  /** A plan without problems becomes the element's value. */
  readonly commit: (plan: ActionPlan, kind: 'edit' | 'add' | 'move' | 'remove', path: PlanPath) => void;
  /** The draft changed but the value did not (it has problems): send the validity, render. */
  readonly changed: () => void;
  readonly announce: (message: string) => void;
  /** Focuses what the selector finds after the next render. */
  readonly focusNext: (selector: string) => void;
  readonly reportIssues: (issues: readonly SelIssue[]) => void;
}

const isField = (target: EventTarget | null): target is HTMLInputElement =>
  (target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement) &&
  target.dataset['field'] !== undefined;

export class PlanEditor {
  readonly draft = new PlanDraft();
  readonly #host: PlanEditingHost;

  constructor(host: PlanEditingHost) {
    this.#host = host;
  }

  get open(): boolean {
    return this.draft.plan !== undefined;
  }

  /** Problems in the draft (0 when closed): the form does not submit while there are any. */
  get problems(): number {
    return this.open ? this.draft.issues.length : 0;
  }

  begin(plan: ActionPlan | undefined): void {
    this.draft.begin(plan);
    this.#host.focusNext('[data-field="title"]');
  }

  /** Closes the editor when the plan has no problems; otherwise shows them. Returns whether it closed. */
  finish(): boolean {
    if (this.draft.check()) {
      this.draft.begin(undefined);
      this.#host.focusNext('[data-action="edit"]');
      return true;
    }
    this.showProblems();
    return false;
  }

  /** Shows every problem, beside its field and in the summary, which takes focus. */
  showProblems(): void {
    this.draft.checked = true;
    this.#host.focusNext('.error-summary');
  }

  /** What a person types goes into the draft at once, so no render can drop it. */
  input(target: EventTarget | null): void {
    if (isField(target)) {
      this.draft.type(keyPath(target.dataset['field'] ?? ''), target.value, target.hasAttribute('data-optional'));
    }
  }

  /** A field's value is committed (it lost focus, or a choice was made): check the plan. Returns whether it was a field. */
  change(target: EventTarget | null): boolean {
    if (!isField(target)) return false;
    this.input(target);
    this.edited('edit', keyPath(target.dataset['field'] ?? ''));
    return true;
  }

  /** Add, move, remove or a proposed goal: the button's `data-action`. */
  click(button: HTMLElement): void {
    const action = button.dataset['action'];
    const plan = this.draft.plan;
    if (action === undefined || !plan) return;
    const list = keyPath(button.dataset['list'] ?? 'goals');
    const index = Number(button.dataset['index'] ?? -1);
    const proposed = action === 'propose' ? this.#proposals(plan)[index] : undefined;
    const change = proposed ? this.draft.addGoal(proposed) : this.draft.change(action as ListAction, list, index);
    if (!change) return;
    const { t } = this.#host;
    const name = String(list[list.length - 1]);
    this.#host.focusNext(change.focus);
    this.#host.announce(
      action === 'up' || action === 'down'
        ? t('plan.announce.moved', { item: itemName(t, name, index), number: change.index + 1 })
        : t(action === 'remove' ? 'plan.announce.removed' : 'plan.announce.added', {
            item: itemName(t, name, change.index),
          }),
    );
    this.edited(action === 'remove' ? 'remove' : action === 'up' || action === 'down' ? 'move' : 'add', list);
  }

  /** After a change: a plan without problems becomes the value; one with problems keeps the last. */
  edited(kind: 'edit' | 'add' | 'move' | 'remove', path: PlanPath): void {
    const plan = this.draft.check();
    if (plan) this.#host.commit(plan, kind, path);
    else this.#host.changed();
  }

  #proposals(plan: ActionPlan) {
    const { rubric, assessment, priorities } = this.#host.evidence();
    const { goals, issues } = proposedGoals(plan, rubric, assessment, priorities);
    this.#host.reportIssues(issues);
    return goals;
  }

  #errors() {
    return this.draft.checked ? fieldErrors(this.#host.t, this.draft.issues) : [];
  }

  /**
   * The error summary, once problems are shown: at the top of the element, as GOV.UK forms have
   * it, each problem a link to its field (the shared error summary of the elements).
   */
  renderSummary(): unknown {
    const errors = this.open ? this.#errors() : [];
    return errors.length === 0
      ? nothing
      : renderErrorSummary(
          this.#host.t('plan.error.title'),
          errors.map((error) => ({ target: fieldId(error.path), text: error.summary })),
          this.#host.headingLevel(),
        );
  }

  /** The plan as a form, each field with its problem beside it once problems are shown. */
  renderForm(): unknown {
    const plan = this.draft.plan;
    if (!plan) return nothing;
    const { t } = this.#host;
    return renderPlanEditor({
      plan,
      t,
      errors: new Map(this.#errors().map((error) => [pathKey(error.path), error.message])),
      headingLevel: this.#host.headingLevel(),
      proposals: renderProposedGoals(t, this.#proposals(plan)),
    });
  }
}

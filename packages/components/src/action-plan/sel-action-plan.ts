import { adoptStyles, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import {
  actionPlanSteps,
  DUE_SOON_DAYS,
  checkActionPlan,
  toIsoDate,
  type ActionPlan,
  type ActionStepStatus,
  type Assessment,
  type IsoDate,
  type ParseResult,
  type PlanPath,
  type Resource,
  type Rubric,
} from '@sel/core';
import { PartWords } from '../partner-workbook/part-words.js';
import { inLang, titleLang } from '../shared/data-language.js';
import type { SelValidity } from '../shared/form.js';
import { headingTag } from '../shared/heading.js';
import type { SelResourceSelectDetail } from '../shared/resource-select.js';
import { SelFormElement } from '../shared/sel-form-element.js';
import { tokenStyles } from '../shared/tokens.styles.js';
import { dateIssues, isIsoDate } from './plan-dates.js';
import type { PlanEditor } from './plan-editing.js';
import type { PlanOut } from './plan-out.js';
import { resourceTargets, takesResourceFrom } from './plan-resources.js';
import { renderPlanView } from './plan-view.js';
import { actionPlanStyles } from './sel-action-plan.styles.js';
import { planStrings } from './plan-strings.js';
import { PlanEdits } from './plan-edits-loader.js';

/** What a change did to the plan. */
export type SelPlanChangeKind = 'status' | 'edit' | 'add' | 'move' | 'remove' | 'goals';

/** `detail` of `sel-plan-change`: the plan after a person changed it. */
export interface SelPlanChangeDetail {
  /** The whole plan after the change (also the element's `value`). */
  readonly plan: ActionPlan;
  readonly kind: SelPlanChangeKind;
  /** Where in the plan the change was, e.g. `['goals', 0, 'steps', 2]`. */
  readonly path: PlanPath;
}

declare global {
  interface HTMLElementEventMap {
    'sel-plan-change': CustomEvent<SelPlanChangeDetail>;
  }
}

/**
 * A plan an SEL team writes and follows from meeting to meeting, of either kind: CASEL's action
 * plan (S.M.A.R.T. goals, each with action steps) or the collaborative planning worksheet made
 * with a community partner (shared goal, school-day practices, partner practices, opportunities
 * for alignment, key personnel, action steps, then the communication plan and the
 * continuous-improvement data plan), shown in the worksheet's order under headings.
 *
 * Each step shows its owner and due date and has one group of status choices (not started, in
 * progress, done, blocked): one arrow key or one click changes it. Steps overdue or due soon (as of
 * `today`) say so in words and stand out; progress shows per goal and for the whole plan. The steps
 * can be filtered by owner, and "Changes since" lists what changed since the last meeting.
 * Data-sharing rows always show, and say in words whether the data may legally be shared.
 *
 * The plan comes from the `plan` property, a `src` URL or an inline `<script type="application/json">`
 * child, checked with `@sel/core`'s `checkActionPlan` (`actionPlanSchema`'s checks, without zod).
 * The element is form-associated: its value is the plan as edited (an `ActionPlan` object); a
 * `<form>` submits it as JSON under `name`, and a reset returns to the `plan` given.
 *
 * @summary Write and follow an action plan or a partner collaborative plan.
 * @tag sel-action-plan
 *
 * @attr src - URL of the plan as JSON, used when the `plan` property is not set.
 * @attr today - The day to judge due dates by, as YYYY-MM-DD (default: today on the device).
 * @attr since - The date of the last meeting: steps changed since then are listed first.
 * @attr owner - Shows only the steps of this owner (the person can change it).
 * @attr due-soon-days - How many days ahead a step counts as due soon (default 14).
 * @attr heading-level - Level of the plan's title, 1 to 6 (default 2); sections use the next levels.
 * @attr resources-from - Ids of the elements (a resource finder, a report) whose chosen resources this plan takes, separated by spaces; without it, it takes a resource chosen anywhere on the page, and an empty value takes none.
 *
 * @fires {SelPlanChangeDetail} sel-plan-change - A person changed the plan; `detail.plan` is the plan after the change.
 * @fires {SelErrorDetail} sel-error - The plan, `today` or a value set is invalid; `detail.issues` has each path and message.
 *
 * @csspart plan - The wrapper around everything shown for a valid plan.
 * @csspart toolbar - The owner filter and the "Changes since" date.
 * @csspart progress - A line of progress (whole plan or one goal).
 * @csspart changes - The "this meeting" list of steps changed since a date.
 * @csspart section - One section of the plan (e.g. key personnel).
 * @csspart goal - One goal of an action plan.
 * @csspart step - One action step.
 * @csspart out - The buttons that download the steps (CSV, iCalendar) and print the plan.
 * @csspart editor - The plan as a form, while it is being written.
 * @csspart error-summary - The problems of the plan being written, at the top, each linking to its field.
 * @csspart proposals - Goals proposed from an assessment, in the editor.
 * @csspart error-state - The alert listing problems with the data.
 *
 * @cssprop --sel-action-plan-overdue - Mark of overdue steps (defaults to the danger colour).
 * @cssprop --sel-action-plan-due-soon - Mark of steps due soon.
 * @cssprop --sel-color-text - Body text (its dark-scheme default is light).
 * @cssprop --sel-color-text-muted - Secondary text: the plan's kind, dates, measures.
 * @cssprop --sel-color-surface - Background, and the background of buttons and fields.
 * @cssprop --sel-color-surface-raised - Raised surfaces (dark scheme default).
 * @cssprop --sel-color-border - Borders of steps, rows, fields and list items.
 * @cssprop --sel-color-accent - Buttons, status choices and the proposed goals' mark.
 * @cssprop --sel-color-danger - Overdue steps, data that may not be shared, and errors.
 * @cssprop --sel-color-danger-surface - Background behind danger marks (dark scheme default).
 */
export class SelActionPlan extends SelFormElement<ActionPlan, ActionPlan> {
  static override styles = [tokenStyles, actionPlanStyles];
  protected static override messages = planStrings;

  static override properties: PropertyDeclarations = {
    plan: { attribute: false },
    today: { type: String },
    since: { type: String },
    owner: { type: String },
    dueSoonDays: { type: Number, attribute: 'due-soon-days' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    resourcesFrom: { type: String, attribute: 'resources-from' },
    rubric: { attribute: false },
    assessment: { attribute: false },
    priorities: { attribute: false },
  };

  /** The plan to show, as a typed object (wins over `src` and inline JSON); also what a form reset returns to. */
  plan: ActionPlan | undefined;
  /** See the `today` attribute. */
  today: string | undefined;
  /** See the `since` attribute. */
  since: string | undefined;
  /** See the `owner` attribute. */
  owner: string | undefined;
  /** See the `due-soon-days` attribute. */
  dueSoonDays = DUE_SOON_DAYS;
  /** See the `heading-level` attribute. */
  headingLevel = 2;
  /** See the `resources-from` attribute. */
  resourcesFrom: string | null | undefined;
  /** The rubric of `assessment`: with both, the editor proposes goals from the evidence. */
  rubric: Rubric | undefined;
  /** An assessment whose priority and lowest-rated indicators become proposed goals. */
  assessment: Assessment | undefined;
  /** Indicator ids the team chose as priorities: proposed first. */
  priorities: readonly string[] | undefined;

  /** The plan as edited; `undefined` until data arrives or after the value is cleared. */
  #current: ActionPlan | undefined;
  /** The plan from the data: what a form reset returns to. */
  #default: ActionPlan | undefined;
  /** Writing the plan: loaded when a person first opens the editor. */
  #editor: PlanEditor | undefined;
  /** A control to focus once the next render is done (a CSS selector in the shadow root). */
  #focusNext: string | undefined;
  /** The goal the person last worked in (a resource chosen in the finder goes there). */
  #activeGoal: number | undefined;
  /** The resources chosen in the finder, by id (their titles are shown). */
  readonly #resources = new Map<string, Resource>();
  /** The editor's words, which load with its code. */
  readonly #words = new PartWords(this, this.i18n);
  /** A step's status and a resource chosen in a finder, whose edits load on first use. */
  readonly #edits = new PlanEdits({
    host: this,
    changeable: () => this.interactive && this.dataSource.value !== undefined,
    fail: (message) => {
      this.announcer.announce(message);
    },
  });

  constructor() {
    super();
    // A form submission blocked by this element shows what to fix, as after "Done editing".
    this.addEventListener('invalid', () => {
      if (!this.#editor?.open) return;
      this.#editor.showProblems();
      this.requestUpdate();
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.ownerDocument.documentElement.addEventListener('sel-resource-select', this.#onResourceSelect);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownerDocument.documentElement.removeEventListener('sel-resource-select', this.#onResourceSelect);
  }

  protected override dataFromProperty(): unknown {
    return this.plan;
  }

  protected override parseData(raw: unknown): ParseResult<ActionPlan> {
    return checkActionPlan(raw);
  }

  protected override prepareData(plan: ActionPlan): void {
    this.#default = plan;
    this.#current = plan;
  }

  protected override readValue(): ActionPlan | undefined {
    return this.#current;
  }

  protected override writeValue(plan: ActionPlan | undefined): void {
    this.#current = plan;
    if (this.#editor?.open) this.#editor.draft.begin(plan ?? this.dataSource.value);
    this.announcer.clear();
  }

  protected override defaultValue(): ActionPlan | undefined {
    return this.#default;
  }

  protected override parseValue(raw: unknown): ParseResult<ActionPlan> {
    return checkActionPlan(raw);
  }

  /** While a plan being written has problems, the form does not submit it. */
  protected override validateValue(plan: ActionPlan | undefined): SelValidity | undefined {
    const count = this.#editor?.problems ?? 0;
    if (count > 0) return { flags: { customError: true }, message: this.t('plan.form.invalid', { count }) };
    return super.validateValue(plan);
  }

  protected override validationAnchor(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(
      '[aria-invalid="true"], input:not(:disabled), button:not(:disabled)',
    );
  }

  /** The day due dates are judged by: `today` when it is a real date, else the device's today. */
  get #today(): IsoDate {
    return isIsoDate(this.today) ? this.today : toIsoDate(new Date());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('today') || changed.has('since')) {
      this.reportIssues('dates', dateIssues({ today: this.today, since: this.since }));
    }
  }

  /** The plan on screen: the edited one, or the data's when the value was cleared. */
  get #shown(): ActionPlan | undefined {
    return this.#current ?? this.dataSource.value;
  }

  readonly #onInput = (event: Event): void => {
    this.#editor?.input(event.target);
  };

  readonly #onChange = (event: Event): void => {
    const target = event.target;
    if (this.#editor?.change(target)) return;
    if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement)) return;
    if (target.name === 'owner') this.owner = target.value === '' ? undefined : target.value;
    else if (target.name === 'since') this.since = target.value === '' ? undefined : target.value;
    else if (target.dataset['step'] !== undefined && target instanceof HTMLInputElement) {
      this.#setStatus(Number(target.dataset['step']), target.value as ActionStepStatus);
    }
  };

  /** Also waits for a change made before the plan's edits were here. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.#edits.settled(() => super.getUpdateComplete());
  }

  #setStatus(index: number, status: ActionStepStatus): void {
    this.#edits.run(({ setActionStepStatus }) => {
      const plan = this.#shown;
      const ref = plan ? actionPlanSteps(plan)[index] : undefined;
      if (!plan || !ref || !this.interactive) return;
      this.#commit(setActionStepStatus(plan, ref.step.id, status, this.#today), 'status', ref.path);
      this.announcer.announce(
        this.t('plan.announce.status', { step: ref.step.description, status: this.t(`plan.status.${status}`) }),
      );
    });
  }

  readonly #onClick = (event: Event): void => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    const out = button?.dataset['out'];
    const shown = this.#shown;
    if (out !== undefined && shown) {
      void import('./plan-out.js').then((module) => {
        module.givePlanOut(this, shown, out as PlanOut);
      });
    }
    const action = button?.dataset['action'];
    if (!button || action === undefined || !this.interactive) return;
    if (action === 'edit') void this.#toggleEditing();
    else this.#editor?.click(button);
  };

  /** Opens the editor on the plan shown (loading it the first time), or closes it once the plan has no problems left. */
  async #toggleEditing(): Promise<void> {
    if (this.#editor?.open) this.#editor.finish();
    else {
      const { PlanEditor, planEditorStyles, words } = await import('./plan-editing.js');
      // Its words are here before it is drawn.
      await this.#words.add(words);
      if (!this.#editor && this.renderRoot instanceof ShadowRoot) {
        adoptStyles(this.renderRoot, [...SelActionPlan.elementStyles, planEditorStyles]);
      }
      this.#editor ??= new PlanEditor({
        t: this.#words.t,
        headingLevel: () => this.headingLevel,
        evidence: () => ({ rubric: this.rubric, assessment: this.assessment, priorities: this.priorities }),
        commit: (plan, kind, path) => {
          this.#commit(plan, kind, path);
        },
        changed: () => {
          this.syncForm();
          this.requestUpdate();
        },
        announce: (message) => {
          this.announcer.announce(message);
        },
        focusNext: (selector) => {
          this.#focusNext = selector;
        },
        reportIssues: (issues) => {
          this.reportIssues('assessment', issues);
        },
      });
      this.#editor.begin(this.#shown);
    }
    this.syncForm();
    this.requestUpdate();
  }

  readonly #onFocusIn = (event: Event): void => {
    const goal = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-goal]') : null;
    if (goal) this.#activeGoal = Number(goal.dataset['goal']);
  };

  /** A resource chosen in a resource finder on the page is attached to the goals it fits (the first plan takes it). */
  readonly #onResourceSelect = (event: CustomEvent<SelResourceSelectDetail>): void => {
    const editing = this.#editor?.open ? this.#editor : undefined;
    const plan = editing?.draft.plan ?? this.#shown;
    if (event.defaultPrevented || !plan || !this.interactive || !takesResourceFrom(this.resourcesFrom, event)) return;
    const { resource, indicatorIds } = event.detail;
    const targets = resourceTargets(plan, resource.id, indicatorIds, this.#activeGoal);
    if (targets.length === 0) return;
    event.preventDefault();
    this.#resources.set(resource.id, resource);
    this.#edits.run(({ insertPlanItem }) => {
      // The plan as it is now, should it have changed while the edits loaded.
      const editor = this.#editor?.open ? this.#editor : undefined;
      const current = editor?.draft.plan ?? this.#shown;
      const places = current ? resourceTargets(current, resource.id, indicatorIds, this.#activeGoal) : [];
      if (!current || places.length === 0) return;
      let next = current;
      for (const path of places) next = insertPlanItem(next, path, resource.id);
      if (editor) editor.draft.plan = next;
      const place = places.map((path) =>
        path[0] === 'goals' ? this.t('plan.item.goal', { number: Number(path[1]) + 1 }) : this.t('plan.sharedGoal'),
      );
      this.announcer.announce(this.t('plan.announce.resource', { resource: resource.title, place: place.join(', ') }));
      if (editor) editor.edited('edit', places[0] ?? []);
      else this.#commit(next, 'edit', places[0] ?? []);
    });
  };

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const selector = this.#focusNext;
    this.#focusNext = undefined;
    if (selector === undefined) return;
    const target = this.renderRoot.querySelector<HTMLElement>(selector);
    const control = target?.matches('li') ? target.querySelector<HTMLElement>('input, textarea, select') : target;
    control?.focus();
  }

  #commit(plan: ActionPlan, kind: SelPlanChangeKind, path: PlanPath): void {
    this.#current = plan;
    this.syncForm();
    this.requestUpdate();
    this.emit('sel-plan-change', { plan, kind, path });
  }

  protected override render(): unknown {
    const plan = this.#shown;
    return html`${this.renderDataState()} ${plan ? this.#renderPlan(plan) : nothing} ${this.announcer.region()}`;
  }

  #renderPlan(plan: ActionPlan) {
    this.#words.speak();
    const tag = headingTag(this.headingLevel);
    const editor = this.#editor?.open ? this.#editor : undefined;
    return html`<article
      class="plan"
      part="plan"
      aria-labelledby="plan-title"
      @change=${this.#onChange}
      @input=${this.#onInput}
      @click=${this.#onClick}
      @focusin=${this.#onFocusIn}
    >
      ${editor ? editor.renderSummary() : nothing}
      <div class="plan__header">
        ${staticHtml`<${tag} id="plan-title" class="title">${plan.title}</${tag}>`}
        <p class="kind">${this.t(`plan.kind.${plan.kind}`)}</p>
        ${
          this.interactive
            ? html`<button type="button" class="edit-toggle" data-action="edit">
                ${this.t(editor ? 'plan.edit.done' : 'plan.edit.start')}
              </button>`
            : nothing
        }
      </div>
      ${editor ? editor.renderForm() : this.#renderFollow(plan)}
    </article>`;
  }

  #renderFollow(plan: ActionPlan) {
    const since = this.since;
    return html`${renderPlanView({
      plan,
      t: (key, params) => this.t(key, params),
      formatDate: (date) => this.i18n.formatDate(date),
      formatPercent: (fraction) => this.i18n.formatNumber(fraction, { style: 'percent' }),
      today: this.#today,
      dueSoonDays: Number.isFinite(this.dueSoonDays) ? Math.max(0, this.dueSoonDays) : DUE_SOON_DAYS,
      owner: this.owner,
      since: isIsoDate(since) ? since : undefined,
      headingLevel: this.headingLevel,
      controls: !this.readonly,
      disabled: this.formDisabled,
      resourceTitle: (id) => {
        const resource = this.#resources.get(id);
        return resource ? inLang(resource.title, titleLang(resource, this.i18n)) : id;
      },
    })}`;
  }
}

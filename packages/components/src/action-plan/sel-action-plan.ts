import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import {
  actionPlanOwners,
  actionPlanSteps,
  DUE_SOON_DAYS,
  isoDateSchema,
  safeParseActionPlan,
  safeParseWith,
  setActionStepStatus,
  toIsoDate,
  type ActionPlan,
  type ActionStepStatus,
  type IsoDate,
  type ParseResult,
  type PlanPath,
} from '@sel/core';
import { headingTag } from '../shared/heading.js';
import { SelFormElement } from '../shared/sel-form-element.js';
import { tokenStyles } from '../shared/tokens.styles.js';
import { renderPlanView } from './plan-view.js';
import { actionPlanStyles } from './sel-action-plan.styles.js';

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

const isIsoDate = (value: string | undefined): value is IsoDate =>
  value !== undefined && value !== '' && safeParseWith(isoDateSchema, value, 'date').ok;

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
 * child, checked with `@sel/core`'s `actionPlanSchema`. The element is form-associated: its value is
 * the plan as edited (an `ActionPlan` object); a `<form>` submits it as JSON under `name`, and a
 * reset returns to the `plan` given.
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
 * @csspart error-state - The alert listing problems with the data.
 *
 * @cssprop --sel-action-plan-overdue - Mark of overdue steps (defaults to the danger colour).
 * @cssprop --sel-action-plan-due-soon - Mark of steps due soon.
 */
export class SelActionPlan extends SelFormElement<ActionPlan, ActionPlan> {
  static override styles = [tokenStyles, actionPlanStyles];

  static override properties: PropertyDeclarations = {
    plan: { attribute: false },
    today: { type: String },
    since: { type: String },
    owner: { type: String },
    dueSoonDays: { type: Number, attribute: 'due-soon-days' },
    headingLevel: { type: Number, attribute: 'heading-level' },
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

  /** The plan as edited; `undefined` until data arrives or after the value is cleared. */
  #current: ActionPlan | undefined;
  /** The plan from the data: what a form reset returns to. */
  #default: ActionPlan | undefined;

  protected override dataFromProperty(): unknown {
    return this.plan;
  }

  protected override parseData(raw: unknown): ParseResult<ActionPlan> {
    return safeParseActionPlan(raw);
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
    this.announcer.clear();
  }

  protected override defaultValue(): ActionPlan | undefined {
    return this.#default;
  }

  protected override parseValue(raw: unknown): ParseResult<ActionPlan> {
    return safeParseActionPlan(raw);
  }

  /** The day due dates are judged by: `today` when it is a real date, else the device's today. */
  get #today(): IsoDate {
    return isIsoDate(this.today) ? this.today : toIsoDate(new Date());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('today') || changed.has('since')) {
      const bad = (['today', 'since'] as const).filter((name) => {
        const value = this[name];
        return value !== undefined && value !== '' && !isIsoDate(value);
      });
      this.reportIssues(
        'dates',
        bad.map((name) => ({
          path: [name],
          code: 'invalid-date',
          message: `Expected a date as YYYY-MM-DD, got "${String(this[name])}"`,
        })),
      );
    }
  }

  /** The plan on screen: the edited one, or the data's when the value was cleared. */
  get #shown(): ActionPlan | undefined {
    return this.#current ?? this.dataSource.value;
  }

  readonly #onChange = (event: Event): void => {
    const target = event.target;
    if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement)) return;
    if (target.name === 'owner') this.owner = target.value === '' ? undefined : target.value;
    else if (target.name === 'since') this.since = target.value === '' ? undefined : target.value;
    else if (target.dataset['step'] !== undefined && target instanceof HTMLInputElement) {
      this.#setStatus(Number(target.dataset['step']), target.value as ActionStepStatus);
    }
  };

  #setStatus(index: number, status: ActionStepStatus): void {
    const plan = this.#shown;
    const ref = plan ? actionPlanSteps(plan)[index] : undefined;
    if (!plan || !ref || !this.interactive) return;
    this.#commit(setActionStepStatus(plan, ref.step.id, status, this.#today), 'status', ref.path);
    this.announcer.announce(
      this.t('plan.announce.status', { step: ref.step.description, status: this.t(`plan.status.${status}`) }),
    );
  }

  #commit(plan: ActionPlan, kind: SelPlanChangeKind, path: PlanPath): void {
    this.#current = plan;
    this.syncForm();
    this.requestUpdate();
    this.emit('sel-plan-change', { plan, kind, path });
  }

  #renderToolbar(plan: ActionPlan) {
    const owners = actionPlanOwners(plan);
    const owner = this.owner !== undefined && owners.includes(this.owner) ? this.owner : undefined;
    return html`<div class="toolbar" part="toolbar">
      <label class="field"
        >${this.t('plan.filter.owner')}
        <select name="owner">
          <option value="" ?selected=${owner === undefined}>${this.t('plan.filter.everyone')}</option>
          ${owners.map((name) => html`<option .value=${name} ?selected=${name === owner}>${name}</option>`)}
        </select></label
      >
      <label class="field"
        >${this.t('plan.since')} <input name="since" type="date" .value=${isIsoDate(this.since) ? this.since : ''}
      /></label>
    </div>`;
  }

  protected override render(): unknown {
    const plan = this.#shown;
    return html`${this.renderDataState()} ${plan ? this.#renderPlan(plan) : nothing} ${this.announcer.region()}`;
  }

  #renderPlan(plan: ActionPlan) {
    const tag = headingTag(this.headingLevel);
    const owners = actionPlanOwners(plan);
    const since = this.since;
    return html`<article class="plan" part="plan" aria-labelledby="plan-title" @change=${this.#onChange}>
      <header class="plan__header">
        ${staticHtml`<${tag} id="plan-title" class="title">${plan.title}</${tag}>`}
        <p class="kind">${this.t(`plan.kind.${plan.kind}`)}</p>
      </header>
      ${this.#renderToolbar(plan)}
      ${renderPlanView({
        plan,
        t: (key, params) => this.t(key, params),
        formatDate: (date) => this.i18n.formatDate(date),
        formatPercent: (fraction) => this.i18n.formatNumber(fraction, { style: 'percent' }),
        today: this.#today,
        dueSoonDays: Number.isFinite(this.dueSoonDays) ? Math.max(0, this.dueSoonDays) : DUE_SOON_DAYS,
        owner: this.owner !== undefined && owners.includes(this.owner) ? this.owner : undefined,
        since: isIsoDate(since) ? since : undefined,
        headingLevel: this.headingLevel,
        controls: !this.readonly,
        disabled: this.formDisabled,
      })}
    </article>`;
  }
}

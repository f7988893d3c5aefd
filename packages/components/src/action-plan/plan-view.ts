import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import {
  ACTION_STEP_STATUSES,
  actionPlanOwners,
  actionPlanProgress,
  actionPlanSteps,
  actionStepTiming,
  stepsChangedSince,
  type ActionPlan,
  type ActionStep,
  type CommunicationPlanEntry,
  type DataSharingPlanEntry,
  type IsoDate,
  type KeyPerson,
  type PartnerActionPlan,
  type PlanProgress,
} from '@sel/core';
import { headingTag } from '../shared/heading.js';
import type { SelMessageKey, SelMessageParams } from '../shared/i18n.js';

/** Translates a message key (the element's `t`). */
export type Translate = (key: SelMessageKey, params?: SelMessageParams) => string;

/** What the follow view needs from the element. */
export interface PlanViewContext {
  readonly plan: ActionPlan;
  readonly t: Translate;
  readonly formatDate: (date: IsoDate) => string;
  readonly formatPercent: (fraction: number) => string;
  readonly today: IsoDate;
  readonly dueSoonDays: number;
  /** Only this owner's steps are listed; `undefined` lists everyone's. */
  readonly owner: string | undefined;
  /** The "this meeting" date: the steps changed since then are listed first. */
  readonly since: IsoDate | undefined;
  readonly headingLevel: number;
  /** Status controls shown (not `readonly`). */
  readonly controls: boolean;
  readonly disabled: boolean;
  /**
   * A resource's title by id, where known (from the resource finder), in a `<span lang>` when in
   * another language than the plan's words; else the id is shown.
   */
  readonly resourceTitle: (id: string) => string | TemplateResult;
}

const heading = (level: number, id: string, content: unknown): TemplateResult => {
  const tag = headingTag(level);
  return staticHtml`<${tag} id=${id} class="heading">${content}</${tag}>`;
};

export function progressText(ctx: PlanViewContext, progress: PlanProgress): string {
  return progress.fractionDone === undefined
    ? ctx.t('plan.progress.none')
    : ctx.t('plan.progress', {
        done: progress.done,
        count: progress.total,
        total: progress.total,
        percent: ctx.formatPercent(progress.fractionDone),
      });
}

function renderProgress(ctx: PlanViewContext, progress: PlanProgress, label?: string): TemplateResult {
  return html`<p class="progress" part="progress">
    ${label === undefined ? nothing : html`<strong>${label}:</strong>`} ${progressText(ctx, progress)}
    <progress aria-hidden="true" max=${Math.max(progress.total, 1)} .value=${progress.done}></progress>
  </p>`;
}

/** One step: what, who, when (overdue and due soon stand out in words and style), and its status. */
function renderStep(ctx: PlanViewContext, step: ActionStep, index: number): TemplateResult {
  const { t } = ctx;
  const timing = actionStepTiming(step, ctx.today, ctx.dueSoonDays);
  const badge =
    timing === 'overdue' || timing === 'due-soon'
      ? html`<strong class="badge badge--${timing}">${t(`plan.timing.${timing}`)}</strong>`
      : nothing;
  return html`<li class="step" part="step" data-timing=${timing}>
    <p class="step__what">${step.description}</p>
    <p class="step__meta">
      <span>${t('plan.owner', { owner: step.owner })}</span>
      <time datetime=${step.due}>${t('plan.due', { date: ctx.formatDate(step.due) })}</time> ${badge}
    </p>
    ${
      ctx.controls
        ? html`<fieldset class="status" ?disabled=${ctx.disabled}>
            <legend>${t('plan.status')}<span class="visually-hidden">: ${step.description}</span></legend>
            ${ACTION_STEP_STATUSES.map(
              (status) =>
                html`<label class="status__choice"
                  ><input
                    type="radio"
                    name=${`status-${index}`}
                    value=${status}
                    data-step=${index}
                    .checked=${status === step.status}
                  />${t(`plan.status.${status}`)}</label
                >`,
            )}
          </fieldset>`
        : html`<p class="step__status">${t('plan.status')}: ${t(`plan.status.${step.status}`)}</p>`
    }
  </li>`;
}

/** The steps of one list, filtered by owner; `first` is the index of the list's first step in the plan. */
function renderSteps(ctx: PlanViewContext, steps: readonly ActionStep[], first: number): TemplateResult {
  const shown = steps.flatMap((step, i) =>
    ctx.owner === undefined || step.owner.trim() === ctx.owner ? [renderStep(ctx, step, first + i)] : [],
  );
  if (shown.length > 0)
    return html`<ol class="steps">
      ${shown}
    </ol>`;
  const empty =
    steps.length === 0 ? ctx.t('plan.steps.none') : ctx.t('plan.steps.noneForOwner', { owner: ctx.owner ?? '' });
  return html`<p class="empty">${empty}</p>`;
}

function renderSummary(ctx: PlanViewContext): TemplateResult {
  const progress = actionPlanProgress(ctx.plan).overall;
  let overdue = 0;
  let soon = 0;
  for (const { step } of actionPlanSteps(ctx.plan)) {
    const timing = actionStepTiming(step, ctx.today, ctx.dueSoonDays);
    if (timing === 'overdue') overdue += 1;
    else if (timing === 'due-soon') soon += 1;
  }
  const attention = [
    overdue > 0 ? ctx.t('plan.overdueCount', { count: overdue }) : '',
    soon > 0 ? ctx.t('plan.dueSoonCount', { count: soon }) : '',
  ].filter(Boolean);
  return html`${renderProgress(ctx, progress, ctx.t('plan.progress.overall'))}
    <p class="as-of">
      ${ctx.t('plan.today', { date: ctx.formatDate(ctx.today) })}${attention.length > 0 ? html`: <strong>${attention.join(', ')}</strong>` : nothing}
    </p>`;
}

/** "This meeting": the steps changed since the chosen date. */
function renderChanges(ctx: PlanViewContext, since: IsoDate): TemplateResult {
  const { t } = ctx;
  const changed = stepsChangedSince(ctx.plan, since);
  const date = ctx.formatDate(since);
  return html`<section class="changes" part="changes">
    ${heading(ctx.headingLevel + 1, 'changes-heading', t('plan.changed.heading', { date }))}
    ${
      changed.length === 0
        ? html`<p class="empty">${t('plan.changed.none', { date })}</p>`
        : html`<ul class="changed">
            ${changed.map(
              ({ step }) =>
                html`<li>
                  <span class="changed__what">${step.description}</span> (${step.owner}):
                  ${t('plan.changed.item', {
                    status: t(`plan.status.${step.status}`),
                    date: ctx.formatDate(step.updated ?? since),
                  })}
                </li>`,
            )}
          </ul>`
    }
  </section>`;
}

function section(ctx: PlanViewContext, id: string, title: string, body: unknown): TemplateResult {
  return html`<section class="section" part="section">
    ${heading(ctx.headingLevel + 1, `${id}-heading`, title)} ${body}
  </section>`;
}

function textList(ctx: PlanViewContext, items: readonly string[] | undefined): TemplateResult {
  return items && items.length > 0
    ? html`<ul class="items">
        ${items.map((item) => html`<li>${item}</li>`)}
      </ul>`
    : html`<p class="empty">${ctx.t('plan.list.none')}</p>`;
}

/** Rows of named fields (people, the communication plan, the data plan) as a list of description lists. */
function rows<R>(
  ctx: PlanViewContext,
  items: readonly R[] | undefined,
  fields: readonly (readonly [SelMessageKey, (row: R) => unknown])[],
  rowClass: (row: R) => string = () => '',
): TemplateResult {
  if (!items || items.length === 0) return html`<p class="empty">${ctx.t('plan.list.none')}</p>`;
  return html`<ul class="rows">
    ${items.map(
      (row) =>
        html`<li class=${`row ${rowClass(row)}`}>
          <dl>
            ${fields.map(([label, value]) => {
              const shown = value(row);
              return shown === undefined
                ? nothing
                : html`<dt>${ctx.t(label)}</dt>
                    <dd>${shown}</dd>`;
            })}
          </dl>
        </li>`,
    )}
  </ul>`;
}

const personFields: readonly (readonly [SelMessageKey, (row: KeyPerson) => unknown])[] = [
  ['plan.person.name', (p) => p.name],
  ['plan.person.role', (p) => p.role],
  ['plan.person.organization', (p) => p.organization],
];

const communicationFields: readonly (readonly [SelMessageKey, (row: CommunicationPlanEntry) => unknown])[] = [
  ['plan.communication.audience', (c) => c.audience],
  ['plan.communication.message', (c) => c.message],
  ['plan.communication.channel', (c) => c.channel],
  ['plan.communication.frequency', (c) => c.frequency],
];

function dataFields(t: Translate): readonly (readonly [SelMessageKey, (row: DataSharingPlanEntry) => unknown])[] {
  return [
    ['plan.data.data', (d) => d.data],
    ['plan.data.source', (d) => t(`plan.data.source.${d.source}`)],
    // A row that may not or might not be shared says so in words, never by colour alone.
    [
      'plan.data.legallyShareable',
      (d) =>
        html`<strong class="legal legal--${d.legallyShareable}"
          >${t(`plan.data.legallyShareable.${d.legallyShareable}`)}</strong
        >`,
    ],
    ['plan.data.frequency', (d) => d.frequency],
    ['plan.data.notes', (d) => d.notes],
  ];
}

function renderPartner(ctx: PlanViewContext, plan: PartnerActionPlan): TemplateResult {
  const { t } = ctx;
  return html`${section(
    ctx,
    'shared-goal',
    t('plan.sharedGoal'),
    html`<p class="goal">${plan.sharedGoal}</p>
      ${renderResources(ctx, plan.resourceIds)}`,
  )}
  ${section(ctx, 'school-day', t('plan.schoolDayPractices'), textList(ctx, plan.schoolDayPractices))}
  ${section(ctx, 'partner-practices', t('plan.partnerPractices'), textList(ctx, plan.partnerPractices))}
  ${section(ctx, 'alignment', t('plan.alignmentOpportunities'), textList(ctx, plan.alignmentOpportunities))}
  ${section(ctx, 'personnel', t('plan.keyPersonnel'), rows(ctx, plan.keyPersonnel, personFields))}
  ${section(ctx, 'steps', t('plan.steps'), renderSteps(ctx, plan.actionSteps, 0))}
  ${section(ctx, 'communication', t('plan.communicationPlan'), rows(ctx, plan.communicationPlan, communicationFields))}
  ${section(
    ctx,
    'data',
    t('plan.dataSharingPlan'),
    rows(ctx, plan.dataSharingPlan, dataFields(t), (d) => `row--${d.legallyShareable}`),
  )}`;
}

function renderGoals(ctx: PlanViewContext, plan: Extract<ActionPlan, { kind: 'casel' }>): TemplateResult {
  const { t } = ctx;
  const progress = actionPlanProgress(plan).goals;
  let first = 0;
  const goals = plan.goals.map((goal, g) => {
    const start = first;
    first += goal.steps.length;
    const id = `goal-${g}`;
    return html`<li class="goal-item">
      <section class="goal" part="goal" data-goal=${g}>
        ${heading(ctx.headingLevel + 2, `${id}-heading`, t('plan.goal', { number: g + 1, statement: goal.statement }))}
        ${goal.measure === undefined ? nothing : html`<p class="measure">${t('plan.measure', { measure: goal.measure })}</p>`}
        ${renderResources(ctx, goal.resourceIds)} ${progress[g] ? renderProgress(ctx, progress[g]) : nothing}
        ${renderSteps(ctx, goal.steps, start)}
      </section>
    </li>`;
  });
  return section(
    ctx,
    'goals',
    t('plan.goals'),
    goals.length === 0
      ? html`<p class="empty">${t('plan.goals.none')}</p>`
      : html`<ol class="goals">
          ${goals}
        </ol>`,
  );
}

/** The owner filter, the "Changes since" date and the buttons that give the plan out. */
function renderToolbar(ctx: PlanViewContext, owners: readonly string[]): TemplateResult {
  const { t } = ctx;
  return html`<div class="toolbar" part="toolbar">
    <label class="field"
      >${t('plan.filter.owner')}
      <select name="owner">
        <option value="" ?selected=${ctx.owner === undefined}>${t('plan.filter.everyone')}</option>
        ${owners.map((name) => html`<option .value=${name} ?selected=${name === ctx.owner}>${name}</option>`)}
      </select></label
    >
    <label class="field">${t('plan.since')} <input name="since" type="date" .value=${ctx.since ?? ''} /></label>
    <div class="out" part="out">
      <button type="button" data-out="csv">${t('plan.out.csv')}</button>
      <button type="button" data-out="ics">${t('plan.out.ics')}</button>
      <button type="button" data-out="print">${t('plan.out.print')}</button>
    </div>
  </div>`;
}

function renderResources(ctx: PlanViewContext, ids: readonly string[] | undefined): TemplateResult | typeof nothing {
  return ids && ids.length > 0
    ? html`<p class="resources">
        <strong>${ctx.t('plan.resources')}:</strong>
        ${ids.map((id, i) => html`${i > 0 ? '; ' : ''}${ctx.resourceTitle(id)}`)}
      </p>`
    : nothing;
}

/** The plan to follow: its tools and summary, "this meeting", then its sections in the worksheet's order. */
export function renderPlanView(given: PlanViewContext): TemplateResult {
  const owners = actionPlanOwners(given.plan);
  const ctx = { ...given, owner: given.owner !== undefined && owners.includes(given.owner) ? given.owner : undefined };
  return html`${renderToolbar(ctx, owners)} ${renderSummary(ctx)}
  ${ctx.since === undefined ? nothing : renderChanges(ctx, ctx.since)}
  ${ctx.plan.kind === 'casel' ? renderGoals(ctx, ctx.plan) : renderPartner(ctx, ctx.plan)}`;
}

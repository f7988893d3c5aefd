import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import {
  ACTION_STEP_STATUSES,
  DATA_SOURCES,
  LEGALLY_SHAREABLE,
  nextPlanId,
  type ActionPlan,
  type CaselActionPlan,
  type PartnerActionPlan,
  type PlanPath,
} from '@sel/core';
import { headingTag } from '../shared/heading.js';
import type { SelMessageKey } from '../shared/i18n.js';
import { errorId, fieldId, fieldLabel, itemName, pathKey } from './plan-fields.js';
import type { Translate } from './plan-view.js';

/**
 * The plan as a form: every field labelled, its error beside it once the plan has been checked,
 * and each list with "Add", "Move up", "Move down" and "Remove" buttons (the same by keyboard and
 * pointer). Controls carry their place in the plan (`data-field`, `data-list`), and the element
 * handles their events in one listener.
 */

export interface PlanEditorContext {
  /** The plan being written: it may have empty fields for a while. */
  readonly plan: ActionPlan;
  readonly t: Translate;
  /** Messages by field (`pathKey`), shown once the plan has been checked. */
  readonly errors: ReadonlyMap<string, string>;
  readonly headingLevel: number;
  /** Goals proposed from the assessment, shown above a CASEL plan's goals. */
  readonly proposals: unknown;
}

type FieldKind = 'text' | 'long' | 'date';

/** Fields a person may leave empty: an empty one is removed from the plan. */
const OPTIONAL = new Set(['measure', 'role', 'organization', 'channel', 'notes']);

function field(
  ctx: PlanEditorContext,
  path: PlanPath,
  value: string | undefined,
  kind: FieldKind = 'text',
): TemplateResult {
  const { t } = ctx;
  const id = fieldId(path);
  const last = path[path.length - 1];
  const optional = typeof last === 'string' && OPTIONAL.has(last);
  const error = ctx.errors.get(pathKey(path));
  const label = fieldLabel(t, path);
  const attrs = {
    id,
    key: pathKey(path),
    invalid: error === undefined ? nothing : 'true',
    describedBy: error === undefined ? nothing : errorId(path),
  };
  const control =
    kind === 'long'
      ? html`<textarea
          id=${attrs.id}
          rows="2"
          data-field=${attrs.key}
          ?data-optional=${optional}
          aria-invalid=${attrs.invalid}
          aria-describedby=${attrs.describedBy}
          .value=${value ?? ''}
        ></textarea>`
      : html`<input
          id=${attrs.id}
          type=${kind}
          data-field=${attrs.key}
          ?data-optional=${optional}
          aria-invalid=${attrs.invalid}
          aria-describedby=${attrs.describedBy}
          .value=${value ?? ''}
        />`;
  return html`<div class=${error === undefined ? 'input' : 'input input--error'}>
    <label for=${id}>${optional ? t('plan.field.optional', { field: label }) : label}</label>
    ${error === undefined ? nothing : html`<p class="field-error" id=${errorId(path)}>${error}</p>`} ${control}
  </div>`;
}

function choice(
  ctx: PlanEditorContext,
  path: PlanPath,
  value: string,
  options: readonly string[],
  labelKey: (option: string) => SelMessageKey,
): TemplateResult {
  const id = fieldId(path);
  return html`<div class="input">
    <label for=${id}>${fieldLabel(ctx.t, path)}</label>
    <select id=${id} data-field=${pathKey(path)}>
      ${options.map((option) => html`<option value=${option} ?selected=${option === value}>${ctx.t(labelKey(option))}</option>`)}
    </select>
  </div>`;
}

/** Move up, Move down and Remove for one item, each named with the item ("Move up: Step 2"). */
function tools(ctx: PlanEditorContext, list: PlanPath, index: number, count: number, name: string): TemplateResult {
  const { t } = ctx;
  const button = (action: string, key: SelMessageKey, disabled = false) =>
    html`<button
      type="button"
      data-action=${action}
      data-list=${pathKey(list)}
      data-index=${index}
      ?disabled=${disabled}
    >
      ${t(key)}<span class="visually-hidden">: ${name}</span>
    </button>`;
  return html`<div class="tools">
    ${button('up', 'plan.action.up', index === 0)} ${button('down', 'plan.action.down', index === count - 1)}
    ${button('remove', 'plan.action.remove')}
  </div>`;
}

function addButton(ctx: PlanEditorContext, list: PlanPath, key: SelMessageKey, context: string): TemplateResult {
  return html`<button type="button" class="add" data-action="add" data-list=${pathKey(list)}>
    ${ctx.t(key)}<span class="visually-hidden">: ${context}</span>
  </button>`;
}

/** A list whose items are each a group of fields (legend "Step 2"), with its add button. */
function itemList<R>(
  ctx: PlanEditorContext,
  list: PlanPath,
  items: readonly R[],
  fields: (path: PlanPath, item: R) => unknown,
  add: SelMessageKey,
  context: string,
): TemplateResult {
  const listName = String(list[list.length - 1]);
  return html`<ol class="edit-list">
      ${items.map((item, index) => {
        const name = itemName(ctx.t, listName, index);
        const path = [...list, index];
        return html`<li data-item=${pathKey(path)} data-goal=${listName === 'goals' ? index : nothing}>
          <fieldset class="item">
            <legend>${name}</legend>
            ${fields(path, item)} ${tools(ctx, list, index, items.length, `${context}, ${name}`)}
          </fieldset>
        </li>`;
      })}
    </ol>
    ${addButton(ctx, list, add, context)}`;
}

/** A list of single text fields (practices, alignment opportunities). */
function textItems(ctx: PlanEditorContext, list: string, items: readonly string[], context: string): TemplateResult {
  return html`<ol class="edit-list">
      ${items.map(
        (item, index) =>
          html`<li class="text-item" data-item=${`${list}.${index}`}>
            ${field(ctx, [list, index], item)}
            ${tools(ctx, [list], index, items.length, `${context}, ${itemName(ctx.t, list, index)}`)}
          </li>`,
      )}
    </ol>
    ${addButton(ctx, [list], 'plan.action.addItem', context)}`;
}

function stepFields(
  ctx: PlanEditorContext,
  steps: PlanPath,
  items: CaselActionPlan['goals'][number]['steps'],
  context: string,
) {
  return itemList(
    ctx,
    steps,
    items,
    (path, step) =>
      html`${field(ctx, [...path, 'description'], step.description, 'long')}
      ${field(ctx, [...path, 'owner'], step.owner)} ${field(ctx, [...path, 'due'], step.due, 'date')}
      ${choice(ctx, [...path, 'status'], step.status, ACTION_STEP_STATUSES, (s) => `plan.status.${s as 'done'}`)}`,
    'plan.action.addStep',
    context,
  );
}

function section(ctx: PlanEditorContext, id: string, title: string, body: unknown): TemplateResult {
  const tag = headingTag(ctx.headingLevel + 1);
  return html`<section class="section">
    ${staticHtml`<${tag} id=${`edit-${id}-heading`} class="heading">${title}</${tag}>`} ${body}
  </section>`;
}

function caselEditor(ctx: PlanEditorContext, plan: CaselActionPlan): TemplateResult {
  const { t } = ctx;
  return section(
    ctx,
    'goals',
    t('plan.goals'),
    html`${ctx.proposals}${itemList(
      ctx,
      ['goals'],
      plan.goals,
      (path, goal) => {
        const name = itemName(t, 'goals', Number(path[1]));
        return html`${field(ctx, [...path, 'statement'], goal.statement, 'long')}
          ${field(ctx, [...path, 'measure'], goal.measure)}
          <fieldset class="steps-group">
            <legend>${t('plan.steps')}</legend>
            ${stepFields(ctx, [...path, 'steps'], goal.steps, name)}
          </fieldset>`;
      },
      'plan.action.addGoal',
      t('plan.goals'),
    )}`,
  );
}

function partnerEditor(ctx: PlanEditorContext, plan: PartnerActionPlan): TemplateResult {
  const { t } = ctx;
  const list = (key: 'schoolDayPractices' | 'partnerPractices' | 'alignmentOpportunities', title: SelMessageKey) =>
    section(ctx, key, t(title), textItems(ctx, key, plan[key], t(title)));
  return html`${field(ctx, ['sharedGoal'], plan.sharedGoal, 'long')}
  ${list('schoolDayPractices', 'plan.schoolDayPractices')} ${list('partnerPractices', 'plan.partnerPractices')}
  ${list('alignmentOpportunities', 'plan.alignmentOpportunities')}
  ${section(
    ctx,
    'personnel',
    t('plan.keyPersonnel'),
    itemList(
      ctx,
      ['keyPersonnel'],
      plan.keyPersonnel,
      (path, person) =>
        html`${field(ctx, [...path, 'name'], person.name)} ${field(ctx, [...path, 'role'], person.role)}
        ${field(ctx, [...path, 'organization'], person.organization)}`,
      'plan.action.addPerson',
      t('plan.keyPersonnel'),
    ),
  )}
  ${section(ctx, 'steps', t('plan.steps'), stepFields(ctx, ['actionSteps'], plan.actionSteps, t('plan.steps')))}
  ${section(
    ctx,
    'communication',
    t('plan.communicationPlan'),
    itemList(
      ctx,
      ['communicationPlan'],
      plan.communicationPlan ?? [],
      (path, row) =>
        html`${field(ctx, [...path, 'audience'], row.audience)} ${field(ctx, [...path, 'message'], row.message)}
        ${field(ctx, [...path, 'channel'], row.channel)} ${field(ctx, [...path, 'frequency'], row.frequency)}`,
      'plan.action.addRow',
      t('plan.communicationPlan'),
    ),
  )}
  ${section(
    ctx,
    'data',
    t('plan.dataSharingPlan'),
    itemList(
      ctx,
      ['dataSharingPlan'],
      plan.dataSharingPlan ?? [],
      (path, row) =>
        html`${field(ctx, [...path, 'data'], row.data)}
        ${choice(ctx, [...path, 'source'], row.source, DATA_SOURCES, (s) => `plan.data.source.${s as 'new'}`)}
        ${choice(ctx, [...path, 'legallyShareable'], row.legallyShareable, LEGALLY_SHAREABLE, (s) => `plan.data.legallyShareable.${s as 'no'}`)}
        ${field(ctx, [...path, 'frequency'], row.frequency)} ${field(ctx, [...path, 'notes'], row.notes)}`,
      'plan.action.addRow',
      t('plan.dataSharingPlan'),
    ),
  )}`;
}

/** The whole plan as a form, in the same order as the plan to follow. */
export function renderPlanEditor(ctx: PlanEditorContext): TemplateResult {
  const { plan } = ctx;
  return html`<div class="editor" part="editor">
    ${field(ctx, ['title'], plan.title)} ${plan.kind === 'casel' ? caselEditor(ctx, plan) : partnerEditor(ctx, plan)}
  </div>`;
}

/** A new, empty item for the list at `list` (a goal, a step, a person, a row or a line of text). */
export function newPlanItem(plan: ActionPlan, list: PlanPath): unknown {
  const name = list[list.length - 1];
  if (name === 'goals') return { id: nextPlanId(plan, 'goal'), statement: '', steps: [] };
  if (name === 'steps' || name === 'actionSteps') {
    return { id: nextPlanId(plan, 'step'), description: '', owner: '', due: '', status: 'not-started' };
  }
  if (name === 'keyPersonnel') return { name: '' };
  if (name === 'communicationPlan') return { audience: '', message: '', frequency: '' };
  // Whether data may be shared is unknown until someone checks: the row says so from the start.
  if (name === 'dataSharingPlan')
    return { data: '', source: 'already-collected', legallyShareable: 'unknown', frequency: '' };
  return '';
}

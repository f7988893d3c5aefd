import type { PlanPath, SelIssue } from '@sel/core';
import type { SelMessageKey } from '../shared/i18n.js';
import type { Translate } from './plan-view.js';

/**
 * Where each field of a plan is on screen and how it is named: the id of its control (so the
 * error summary can link to it), its label, and where it sits ("Goal 1, Step 2"), so a problem
 * reads the same beside the field and in the summary.
 */

/** `goals.0.steps.1.owner` for `['goals', 0, 'steps', 1, 'owner']`. */
export const pathKey = (path: PlanPath): string => path.join('.');

/** The path back from {@link pathKey} (numbers for list positions). */
export const keyPath = (key: string): PlanPath =>
  key.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));

/** The id of the control of the field at `path`, safe in an id attribute. */
export const fieldId = (path: PlanPath): string => `field-${path.join('-')}`;

/** The id of the error message beside that control. */
export const errorId = (path: PlanPath): string => `error-${path.join('-')}`;

const FIELD_LABELS: Readonly<Record<string, SelMessageKey>> = {
  title: 'plan.field.title',
  statement: 'plan.field.statement',
  measure: 'plan.field.measure',
  description: 'plan.field.description',
  owner: 'plan.field.owner',
  due: 'plan.field.due',
  status: 'plan.status',
  sharedGoal: 'plan.sharedGoal',
  name: 'plan.person.name',
  role: 'plan.person.role',
  organization: 'plan.person.organization',
  audience: 'plan.communication.audience',
  message: 'plan.communication.message',
  channel: 'plan.communication.channel',
  frequency: 'plan.communication.frequency',
  data: 'plan.data.data',
  source: 'plan.data.source',
  legallyShareable: 'plan.data.legallyShareable',
  notes: 'plan.data.notes',
};

const SECTIONS: Readonly<Record<string, SelMessageKey>> = {
  schoolDayPractices: 'plan.schoolDayPractices',
  partnerPractices: 'plan.partnerPractices',
  alignmentOpportunities: 'plan.alignmentOpportunities',
  keyPersonnel: 'plan.keyPersonnel',
  actionSteps: 'plan.steps',
  communicationPlan: 'plan.communicationPlan',
  dataSharingPlan: 'plan.dataSharingPlan',
};

/** The item name of an entry of a list: "Step 2", "Person 1", "Row 3", "Item 1". */
export function itemName(t: Translate, list: string, index: number): string {
  const number = index + 1;
  if (list === 'steps' || list === 'actionSteps') return t('plan.item.step', { number });
  if (list === 'goals') return t('plan.item.goal', { number });
  if (list === 'keyPersonnel') return t('plan.item.person', { number });
  if (list === 'communicationPlan' || list === 'dataSharingPlan') return t('plan.item.row', { number });
  return t('plan.field.item', { number });
}

/** The visible label of the field at `path` (a text list item is "Item 2"). */
export function fieldLabel(t: Translate, path: PlanPath): string {
  const last = path[path.length - 1];
  if (typeof last === 'number') return itemName(t, String(path[path.length - 2]), last);
  const key = last === undefined ? undefined : FIELD_LABELS[last];
  return key === undefined ? String(last) : t(key);
}

/** Where the field at `path` sits, in words: "Goal 1, Step 2", "Key personnel, Person 1". */
export function fieldPlace(t: Translate, path: PlanPath): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length - 1; i += 1) {
    const segment = path[i];
    const next = path[i + 1];
    if (typeof segment !== 'string') continue;
    const section = SECTIONS[segment];
    if (section !== undefined && i === 0) parts.push(t(section));
    if (typeof next === 'number' && i + 1 < path.length - 1) parts.push(itemName(t, segment, next));
  }
  return parts.join(', ');
}

/** The message shown beside a field for a problem the schema found there. */
export function fieldMessage(t: Translate, issue: SelIssue): string {
  const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
  const field = fieldLabel(t, path);
  if (path[path.length - 1] === 'due') return t('plan.error.date', { field });
  // Text that is empty or blank (the fields on screen always hold text).
  if (issue.code === 'invalid_format' || issue.code === 'invalid_type') return t('plan.error.empty', { field });
  return issue.message;
}

/** A problem with a field of the plan being written, as the summary and the field show it. */
export interface FieldError {
  readonly path: readonly (string | number)[];
  /** The message beside the field. */
  readonly message: string;
  /** The message in the summary: where the field is, then the problem. */
  readonly summary: string;
}

/** The schema's issues as field errors, in the order of the form. */
export function fieldErrors(t: Translate, issues: readonly SelIssue[]): FieldError[] {
  return issues.map((issue) => {
    const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
    const message = fieldMessage(t, issue);
    const place = fieldPlace(t, path);
    return { path, message, summary: place === '' ? message : `${place}: ${message}` };
  });
}

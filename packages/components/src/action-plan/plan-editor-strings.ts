import type { SelMessage, SelStrings } from '../shared/strings/message.js';

/**
 * The English words of `<sel-action-plan>`'s editor: its fields, list actions, problems and what it
 * announces. They load with the editor's code, the first time a person opens it; `strings`
 * overrides them like the element's other keys.
 */
export const planEditorEn = {
  'plan.field.title': 'Plan title',
  'plan.field.statement': 'S.M.A.R.T. goal',
  'plan.field.measure': 'How we will know',
  'plan.field.description': 'What will be done',
  'plan.field.owner': 'Owner',
  'plan.field.due': 'Due date',
  'plan.field.item': 'Item {number}',
  'plan.field.optional': '{field} (optional)',
  'plan.item.step': 'Step {number}',
  'plan.item.person': 'Person {number}',
  'plan.item.row': 'Row {number}',
  'plan.action.addGoal': 'Add a goal',
  'plan.action.addStep': 'Add a step',
  'plan.action.addItem': 'Add an item',
  'plan.action.addPerson': 'Add a person',
  'plan.action.addRow': 'Add a row',
  'plan.action.up': 'Move up',
  'plan.action.down': 'Move down',
  'plan.action.remove': 'Remove',
  'plan.error.title': 'There is a problem',
  'plan.error.empty': '{field}: this cannot be empty',
  'plan.error.date': '{field}: enter a real date',
  'plan.announce.added': '{item} added.',
  'plan.announce.moved': '{item} moved to position {number}.',
  'plan.announce.removed': '{item} removed.',
  'plan.evidence.heading': 'Goals proposed from the assessment (priorities first, then the lowest ratings)',
  'plan.evidence.add': 'Add as a goal',
} as const satisfies Readonly<Record<string, SelMessage>>;

/** A key of the words of the action plan's editor. */
export type PlanEditorMessageKey = keyof typeof planEditorEn;

/** The words of the action plan's editor: English here, Spanish loaded the first time it is opened in Spanish. */
export const planEditorStrings: SelStrings<PlanEditorMessageKey> = {
  en: planEditorEn,
  es: () => import('./plan-editor-strings-es.js').then((module) => module.planEditorEs),
};

import { html, nothing, type TemplateResult } from 'lit';
import {
  addPartner,
  checkWorkbookPartner,
  editPartner,
  formatPath,
  partnerIdFromName,
  PARTNER_KINDS,
  SelValidationError,
  setPartnerTier,
  SORTED_TIERS,
  TIERS,
  workbookTier,
  type Partner,
  type PartnerWorkbook,
  type SelIssue,
  type Tier,
  type WorkbookEdit,
} from '@sel/core';
import { renderDialogActions } from '../partner-workbook/dialog-actions.js';
import { renderDialogField } from '../partner-workbook/dialog-field.js';
import type { Translate } from '../partner-workbook/part-words.js';
/** The dialog's words, loaded with its code. */
export { inventoryEditStrings as words } from './inventory-edit-strings.js';

/** The add or edit dialog while it is open: what was typed, and what is wrong with it. */
export interface PartnerDraft {
  /** The partner edited, or `undefined` for a new one. */
  readonly editing: string | undefined;
  /** The text of every field by its path (`partnerContact.email`), as typed. */
  readonly values: Readonly<Record<string, string>>;
  /** Problems by path, shown beside their field. */
  readonly errors: ReadonlyMap<string, string>;
}

const CONTACT_PARTS = ['name', 'role', 'email', 'phone'] as const;

/**
 * The form control's `name` of the field at `path`. A control named `id` or `name` would take the
 * form's own `id` and `name` properties (a form's controls are its named properties), which tools
 * that read the form's id as text (WebKit's driver among them) then get as an element.
 */
const controlName = (path: string): string => (path === 'id' || path === 'name' ? `partner-${path}` : path);
/** The field path of a form control's `name` (see {@link controlName}). */
const pathOfControl = (name: string): string =>
  name === 'partner-id' || name === 'partner-name' ? name.slice(8) : name;
const TEXT_FIELDS = ['schedule', 'duration', 'location', 'targetAudience', 'fundingSource'] as const;
const LONG_FIELDS = ['mission', 'history', 'notes'] as const;

/** The dialog's fields for a partner (every field of the template), as text. */
export function draftOf(partner: Partner | undefined, tier: Tier): PartnerDraft {
  const values: Record<string, string> = { tier, kind: 'other' };
  if (partner) {
    values['id'] = partner.id;
    values['name'] = partner.name;
    values['kind'] = partner.kind;
    values['outcomeGoals'] = partner.outcomeGoals?.join('\n') ?? '';
    values['years'] = partner.years === undefined ? '' : String(partner.years);
    for (const field of [...TEXT_FIELDS, ...LONG_FIELDS]) values[field] = partner[field] ?? '';
    for (const side of ['partnerContact', 'schoolContact'] as const) {
      for (const part of CONTACT_PARTS) values[`${side}.${part}`] = partner[side]?.[part] ?? '';
    }
  }
  return { editing: partner?.id, values, errors: new Map() };
}

/**
 * Reads the dialog's form into a partner candidate (empty fields left out, goals one per line, a
 * contact only when one of its fields is filled) and its tier. The candidate is checked by core.
 */
export function readDraft(
  form: HTMLFormElement,
  makeId: (name: string) => string,
): {
  values: Record<string, string>;
  candidate: Record<string, unknown>;
  tier: Tier;
} {
  const values: Record<string, string> = {};
  for (const [key, value] of new FormData(form)) if (typeof value === 'string') values[pathOfControl(key)] = value;
  const filled = (key: string): string | undefined => {
    const value = values[key];
    return value === undefined || value.trim() === '' ? undefined : value;
  };
  const candidate: Record<string, unknown> = {
    id: filled('id')?.trim() ?? makeId(values['name'] ?? ''),
    name: values['name'] ?? '',
    kind: values['kind'] ?? 'other',
  };
  const goals = filled('outcomeGoals')
    ?.split(/\r\n|\r|\n/)
    .filter((goal) => goal.trim() !== '');
  if (goals && goals.length > 0) candidate['outcomeGoals'] = goals;
  for (const field of [...TEXT_FIELDS, ...LONG_FIELDS]) {
    const value = filled(field);
    if (value !== undefined) candidate[field] = value;
  }
  const years = filled('years')?.trim();
  if (years !== undefined) candidate['years'] = /^\d+$/.test(years) ? Number(years) : years;
  for (const side of ['partnerContact', 'schoolContact'] as const) {
    const contact: Record<string, string> = {};
    for (const part of CONTACT_PARTS) {
      const value = filled(`${side}.${part}`);
      if (value !== undefined) contact[part] = part === 'email' ? value.trim() : value;
    }
    if (Object.keys(contact).length > 0) candidate[side] = { name: '', ...contact };
  }
  const tier = values['tier'];
  return { values, candidate, tier: (TIERS as readonly string[]).includes(tier ?? '') ? (tier as Tier) : 'unsorted' };
}

/** Problems by the path of the field that shows them (a goal's problem shows at the goals). */
export function errorsByField(issues: readonly SelIssue[]): Map<string, string> {
  const errors = new Map<string, string>();
  for (const issue of issues) {
    const field = issue.path[0] === 'outcomeGoals' ? 'outcomeGoals' : formatPath(issue.path);
    if (!errors.has(field)) errors.set(field, issue.message);
  }
  return errors;
}

/** What saving the dialog did: the edit, with the partner saved, or the problems to show beside their fields. */
export type PartnerSave =
  | { readonly ok: true; readonly edit: WorkbookEdit; readonly id: string; readonly name: string }
  | { readonly ok: false; readonly values: Record<string, string>; readonly errors: Map<string, string> };

/**
 * Saves the dialog's form into `workbook`: a new partner (with the tier chosen) or the one edited
 * (and its tier when changed), checked by core first, so each problem is shown beside its field.
 */
export function savePartner(workbook: PartnerWorkbook, draft: PartnerDraft, form: HTMLFormElement): PartnerSave {
  const taken = new Set(workbook.partners.map((partner) => partner.id));
  const { values, candidate, tier } = readDraft(form, (name) => partnerIdFromName(name, taken));
  const checked = checkWorkbookPartner(workbook, candidate, draft.editing);
  if (!checked.ok) return { ok: false, values, errors: errorsByField(checked.error.issues) };
  try {
    let edit =
      draft.editing === undefined
        ? addPartner(workbook, candidate, tier)
        : editPartner(workbook, draft.editing, candidate);
    if (draft.editing !== undefined && workbookTier(edit.workbook, checked.value.id) !== tier)
      edit = { workbook: setPartnerTier(edit.workbook, checked.value.id, tier).workbook, change: edit.change };
    return { ok: true, edit, id: checked.value.id, name: checked.value.name };
  } catch (error) {
    const issues =
      error instanceof SelValidationError ? error.issues : [{ path: [], code: 'edit-failed', message: String(error) }];
    return { ok: false, values, errors: errorsByField(issues) };
  }
}

export interface PartnerDialogView {
  readonly draft: PartnerDraft | undefined;
  readonly editingName: string | undefined;
  readonly kindLabel: (kind: (typeof PARTNER_KINDS)[number]) => string;
  readonly tierLabel: (tier: Tier) => string;
  readonly t: Translate;
  readonly onSubmit: (form: HTMLFormElement) => void;
  readonly onClose: () => void;
}

/**
 * The add and edit dialog: every field of the inventory template, each with its label and, when
 * the last save found a problem there, the problem beside it (`aria-invalid`, `aria-describedby`).
 */
export function renderPartnerDialog(view: PartnerDialogView): TemplateResult {
  const { draft, t } = view;
  const errorCount = draft?.errors.size ?? 0;
  return html`<dialog class="dialog" part="partner-dialog" aria-labelledby="dialog-title" @close=${view.onClose}>
    ${
      draft
        ? html`<form
            method="dialog"
            novalidate
            @submit=${(event: SubmitEvent) => {
              event.preventDefault();
              view.onSubmit(event.currentTarget as HTMLFormElement);
            }}
          >
            <h2 id="dialog-title">
              ${draft.editing === undefined ? t('inventory.dialog.add') : t('inventory.dialog.edit', { name: view.editingName ?? '' })}
            </h2>
            ${
              errorCount > 0
                ? html`<p class="dialog__summary" role="alert">
                    ${t('inventory.dialog.errors', { count: errorCount })}
                  </p>`
                : nothing
            }
            <div class="dialog__fields">
              ${field(draft, 'name', t('inventory.field.name'), 'text', { required: true })}
              ${choice(draft, 'kind', t('cardsort.field.kind'), PARTNER_KINDS, view.kindLabel)}
              ${choice(draft, 'tier', t('cardsort.field.tier'), ['unsorted', ...SORTED_TIERS], view.tierLabel)}
              ${field(draft, 'id', t('inventory.field.id'), 'text', { hint: t('inventory.field.idHint') })}
              ${field(draft, 'mission', t('cardsort.field.mission'), 'area')}
              ${field(draft, 'outcomeGoals', t('cardsort.field.outcomeGoals'), 'area', { hint: t('inventory.field.goalsHint') })}
              ${contact(draft, 'partnerContact', t('cardsort.field.partnerContact'), t)}
              ${contact(draft, 'schoolContact', t('cardsort.field.schoolContact'), t)}
              ${TEXT_FIELDS.map((name) => field(draft, name, t(`cardsort.field.${name}`), 'text'))}
              ${field(draft, 'years', t('cardsort.field.years'), 'number')}
              ${field(draft, 'history', t('cardsort.field.history'), 'area')}
              ${field(draft, 'notes', t('cardsort.field.notes'), 'area')}
            </div>
            ${renderDialogActions(t('inventory.dialog.save'), t('inventory.dialog.cancel'))}
          </form>`
        : nothing
    }
  </dialog>`;
}

const fieldId = (path: string): string => `field-${path.replace('.', '-')}`;

function field(
  draft: PartnerDraft,
  path: string,
  label: string,
  type: 'text' | 'area' | 'number' | 'email' | 'tel',
  options: { required?: boolean; hint?: string } = {},
): TemplateResult {
  const value = draft.values[path] ?? '';
  return renderDialogField(
    { id: fieldId(path), label, error: draft.errors.get(path), hint: options.hint, wide: type === 'area' },
    ({ id, invalid, describedBy }) =>
      type === 'area'
        ? html`<textarea
            id=${id}
            name=${controlName(path)}
            rows="3"
            .value=${value}
            aria-invalid=${invalid}
            aria-describedby=${describedBy}
          ></textarea>`
        : html`<input
            id=${id}
            name=${controlName(path)}
            type=${type === 'number' ? 'text' : type}
            inputmode=${type === 'number' ? 'numeric' : nothing}
            autocomplete="off"
            .value=${value}
            ?required=${options.required === true}
            aria-invalid=${invalid}
            aria-describedby=${describedBy}
          />`,
  );
}

function choice<T extends string>(
  draft: PartnerDraft,
  path: string,
  label: string,
  options: readonly T[],
  labelOf: (option: T) => string,
): TemplateResult {
  const current = draft.values[path] ?? options[0];
  return renderDialogField(
    { id: fieldId(path), label, error: draft.errors.get(path) },
    ({ id, invalid, describedBy }) =>
      html`<select id=${id} name=${path} aria-invalid=${invalid} aria-describedby=${describedBy}>
        ${options.map((option) => html`<option value=${option} ?selected=${option === current}>${labelOf(option)}</option>`)}
      </select>`,
  );
}

function contact(
  draft: PartnerDraft,
  side: 'partnerContact' | 'schoolContact',
  legend: string,
  t: Translate,
): TemplateResult {
  return html`<fieldset class="field--wide contact">
    <legend>${legend}</legend>
    ${field(draft, `${side}.name`, t('inventory.contact.name'), 'text')}
    ${field(draft, `${side}.role`, t('inventory.contact.role'), 'text')}
    ${field(draft, `${side}.email`, t('inventory.contact.email'), 'email')}
    ${field(draft, `${side}.phone`, t('inventory.contact.phone'), 'tel')}
  </fieldset>`;
}

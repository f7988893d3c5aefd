import { html, nothing, type TemplateResult } from 'lit';

/** What a field's control carries: its id, and whether and by what its problem and hint describe it. */
export interface DialogFieldControl {
  readonly id: string;
  readonly invalid: 'true' | 'false';
  readonly describedBy: string | typeof nothing;
}

/** One field of a workbook dialog's form (the inventory's partner dialog, the touchpoints' check-in). */
export interface DialogField {
  /** The control's id; its hint and its problem take `<id>-hint` and `<id>-error`. */
  readonly id: string;
  readonly label: string;
  /** What the last save found wrong here, shown beside the control. */
  readonly error: string | undefined;
  readonly hint?: string | undefined;
  /** A long field, across the dialog's columns. */
  readonly wide?: boolean;
}

/**
 * A field of a workbook dialog: its label, a hint when it has one, the control, and the problem
 * the last save found there beside it (the control `aria-invalid` and described by both).
 */
export function renderDialogField(
  field: DialogField,
  control: (attributes: DialogFieldControl) => TemplateResult,
): TemplateResult {
  const { id, error, hint } = field;
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field${field.wide === true ? ' field--wide' : ''}">
    <label for=${id}>${field.label}</label>
    ${hint ? html`<p class="field__hint" id="${id}-hint">${hint}</p>` : nothing}
    ${control({ id, invalid: error ? 'true' : 'false', describedBy: describedBy || nothing })}
    ${error ? html`<p class="field__error" id="${id}-error">${error}</p>` : nothing}
  </div>`;
}

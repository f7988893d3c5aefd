import { html, type TemplateResult } from 'lit';

function closeDialog(event: Event): void {
  (event.currentTarget as HTMLElement).closest('dialog')?.close();
}

/**
 * The buttons at the foot of a workbook dialog's form (the inventory's partner dialog, the
 * touchpoints' check-in): the one that submits it, and Cancel, which closes the dialog.
 */
export function renderDialogActions(save: string, cancel: string): TemplateResult {
  return html`<div class="dialog__actions">
    <button type="submit" class="primary">${save}</button>
    <button type="button" @click=${closeDialog}>${cancel}</button>
  </div>`;
}

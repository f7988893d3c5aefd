import { html, nothing, type TemplateResult } from 'lit';
import {
  formatPath,
  logCheckIn,
  SelValidationError,
  setCadence,
  TOUCHPOINT_TOPICS,
  type PartnerWorkbook,
  type TouchpointTopic,
  type SelIssue,
  type WorkbookEdit,
} from '@sel/core';
import { renderDialogActions } from '../partner-workbook/dialog-actions.js';
import { renderDialogField, type DialogFieldControl } from '../partner-workbook/dialog-field.js';
import { inLang, withParts } from '../shared/data-language.js';
import type { SelMessageKey } from '../shared/i18n.js';
import type { CheckInTier } from './touchpoint-rows.js';
import type { CheckInDraft, TouchpointsView } from './touchpoints-view.js';
/** The words of the check-in dialog and of the edits, loaded with their code. */
export { touchpointEditStrings as words } from './touchpoint-edit-strings.js';

// A module of the element's would join the element's chunk to this one's: the topic's key is named here too.
const topicKey = (topic: TouchpointTopic): SelMessageKey => `touchpoints.topic.${topic}`;

/** What logging the dialog's check-in did: the edit, or the problems to show beside their fields. */
export type CheckInSave =
  | { readonly ok: true; readonly edit: WorkbookEdit; readonly date: string }
  | { readonly ok: false; readonly values: Record<string, string>; readonly errors: Map<string, string> };

/** Logs the check-in typed in the dialog's form, checked by core (each problem by its field). */
export function saveCheckIn(workbook: PartnerWorkbook, draft: CheckInDraft, form: HTMLFormElement): CheckInSave {
  const values: Record<string, string> = {};
  for (const [key, value] of new FormData(form)) if (typeof value === 'string') values[key] = value;
  const candidate: Record<string, string> = {
    partnerId: draft.partnerId,
    topic: values['topic'] ?? draft.topic,
    date: values['date'] ?? '',
  };
  if (values['by']?.trim()) candidate['by'] = values['by'];
  if (values['notes']?.trim()) candidate['notes'] = values['notes'];
  try {
    return { ok: true, edit: logCheckIn(workbook, candidate), date: candidate['date'] ?? '' };
  } catch (error) {
    const issues: readonly SelIssue[] =
      error instanceof SelValidationError ? error.issues : [{ path: ['date'], code: 'failed', message: String(error) }];
    return { ok: false, values, errors: new Map(issues.map((issue) => [formatPath(issue.path), issue.message])) };
  }
}

/** Sets the months between check-ins of `tier` from what was typed (empty: none), or says what is wrong. */
export function changeCadence(
  workbook: PartnerWorkbook,
  tier: CheckInTier,
  text: string,
): { readonly ok: true; readonly edit: WorkbookEdit } | { readonly ok: false; readonly message: string } {
  const trimmed = text.trim();
  if (trimmed !== '' && !/^\d+$/.test(trimmed)) return { ok: false, message: 'Expected a whole number of months' };
  try {
    return { ok: true, edit: setCadence(workbook, tier, trimmed === '' ? null : Number(trimmed)) };
  } catch (error) {
    return {
      ok: false,
      message: error instanceof SelValidationError ? (error.issues[0]?.message ?? '') : String(error),
    };
  }
}

/** The short check-in form: topic, date, who, notes; each problem beside its field. */
export function renderCheckInDialog(
  draft: CheckInDraft | undefined,
  partnerName: string,
  view: TouchpointsView,
  onSubmit: (form: HTMLFormElement) => void,
  onClose: () => void,
): TemplateResult {
  const { t } = view;
  const field = (
    name: string,
    label: string,
    control: (attributes: DialogFieldControl) => TemplateResult,
    wide = false,
  ): TemplateResult =>
    renderDialogField({ id: `checkin-${name}`, label, error: draft?.errors.get(name), wide }, control);
  return html`<dialog class="dialog" part="check-in-dialog" aria-labelledby="checkin-title" @close=${onClose}>
    ${
      draft
        ? html`<form
            method="dialog"
            novalidate
            @submit=${(event: SubmitEvent) => {
              event.preventDefault();
              onSubmit(event.currentTarget as HTMLFormElement);
            }}
          >
            <h2 id="checkin-title">
              ${withParts(t, 'touchpoints.dialog.title', { name: inLang(partnerName, view.lang) })}
            </h2>
            <div class="dialog__fields">
              ${field(
                'topic',
                t('touchpoints.column.topic'),
                ({ id, invalid, describedBy }) =>
                  html`<select id=${id} name="topic" aria-invalid=${invalid} aria-describedby=${describedBy}>
                    ${TOUCHPOINT_TOPICS.map(
                      (topic) =>
                        html`<option value=${topic} ?selected=${(draft.values['topic'] ?? draft.topic) === topic}>
                          ${t(topicKey(topic))}
                        </option>`,
                    )}
                  </select>`,
              )}
              ${field(
                'date',
                t('touchpoints.dialog.date'),
                ({ id, invalid, describedBy }) =>
                  html`<input
                    autofocus
                    id=${id}
                    name="date"
                    type="date"
                    .value=${draft.values['date'] ?? ''}
                    aria-invalid=${invalid}
                    aria-describedby=${describedBy}
                  />`,
              )}
              ${field(
                'by',
                t('touchpoints.dialog.by'),
                ({ id, invalid, describedBy }) =>
                  html`<input
                    id=${id}
                    name="by"
                    type="text"
                    autocomplete="name"
                    .value=${draft.values['by'] ?? ''}
                    aria-invalid=${invalid}
                    aria-describedby=${describedBy}
                  />`,
              )}
              ${field(
                'notes',
                t('touchpoints.dialog.notes'),
                ({ id, invalid, describedBy }) =>
                  html`<textarea
                    id=${id}
                    name="notes"
                    rows="3"
                    .value=${draft.values['notes'] ?? ''}
                    aria-invalid=${invalid}
                    aria-describedby=${describedBy}
                  ></textarea>`,
                true,
              )}
            </div>
            ${renderDialogActions(t('touchpoints.dialog.save'), t('touchpoints.dialog.cancel'))}
          </form>`
        : nothing
    }
  </dialog>`;
}

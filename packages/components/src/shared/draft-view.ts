import { html, nothing, type TemplateResult } from 'lit';
import type { DraftEnvelope } from '@sel/core';
import type { DraftMessageKey, SelMessageParams } from './i18n.js';

/** A question about a draft on screen: restore it, or what to do with one kept aside. */
export type DraftPrompt =
  | { readonly kind: 'offer'; readonly draft: DraftEnvelope }
  | { readonly kind: 'aside'; readonly draft: DraftEnvelope; readonly reason: 'data' | 'kind' };

/** What {@link renderDraft} shows, and what its buttons do. */
export interface DraftView {
  readonly t: (key: DraftMessageKey, params?: SelMessageParams) => string;
  /** A saved-at time as the person reads it ("3:42 PM", "Mar 10, 3:42 PM"). */
  readonly time: (iso: string) => string;
  readonly prompt: DraftPrompt | undefined;
  /** A note about the drafts (another tab, storage that failed), already in words. */
  readonly notice: string | undefined;
  /** When the draft of what is on screen was saved, if it was. */
  readonly savedAt: string | undefined;
  readonly onRestore: (draft: DraftEnvelope) => void;
  readonly onDiscard: (draft: DraftEnvelope) => void;
  readonly onAside: (draft: DraftEnvelope, remove: boolean) => void;
  readonly onClear: () => void;
}

function question(id: string, text: string, buttons: readonly (readonly [string, () => void])[]): TemplateResult {
  return html`<div class="draft__prompt" role="group" aria-labelledby=${id}>
    <p id=${id}>${text}</p>
    ${buttons.map(
      ([label, action]) => html`<button type="button" part="draft-button" @click=${action}>${label}</button>`,
    )}
  </div>`;
}

/**
 * The autosaved draft's area above an element's content: the question "Restore your unsaved
 * changes from 3:42 PM?" (Restore, Discard), the explanation of a draft kept aside (Keep them
 * aside, Delete them), a note, and the status line with "Clear draft". Nothing when there is
 * nothing to say. The question is also announced by the element, so a screen reader hears it.
 */
export function renderDraft(view: DraftView): TemplateResult | typeof nothing {
  const { t, time, prompt, notice, savedAt } = view;
  if (!prompt && notice === undefined && savedAt === undefined) return nothing;
  let asked: TemplateResult | typeof nothing = nothing;
  if (prompt?.kind === 'offer') {
    const { draft } = prompt;
    asked = question('draft-question', t('draft.offer', { time: time(draft.savedAt) }), [
      [
        t('draft.restore'),
        () => {
          view.onRestore(draft);
        },
      ],
      [
        t('draft.discard'),
        () => {
          view.onDiscard(draft);
        },
      ],
    ]);
  } else if (prompt?.kind === 'aside') {
    const { draft } = prompt;
    const explanation = t(prompt.reason === 'data' ? 'draft.asideData' : 'draft.asideKind', {
      time: time(draft.savedAt),
    });
    asked = question('draft-aside', explanation, [
      [
        t('draft.keepAside'),
        () => {
          view.onAside(draft, false);
        },
      ],
      [
        t('draft.deleteAside'),
        () => {
          view.onAside(draft, true);
        },
      ],
    ]);
  }
  return html`<div class="draft" part="draft">
    ${asked}${notice === undefined ? nothing : html`<p class="draft__note">${notice}</p>`}${
      savedAt !== undefined && prompt === undefined
        ? html`<p class="draft__status">
            ${t('draft.saved', { time: time(savedAt) })}
            <button type="button" part="draft-button" @click=${view.onClear}>${t('draft.clear')}</button>
          </p>`
        : nothing
    }
  </div>`;
}

import { html, LitElement } from 'lit';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { fixture } from '../test/index.js';
import { EvidenceDraftController } from './evidence-draft.js';

/** A host with two evidence boxes; `saved` records every save, `flushes` every flush. */
class EvidenceBoxes extends LitElement {
  readonly saved: [indicatorId: string, text: string][] = [];
  flushes = 0;
  readonly drafts = new EvidenceDraftController(this, {
    save: (indicatorId, text) => {
      this.saved.push([indicatorId, text]);
      this.drafts.delete(indicatorId);
    },
    flush: () => {
      this.flushes += 1;
    },
  });

  protected override render(): unknown {
    return html`<label>Cabinet <textarea data-indicator="cabinet"></textarea></label>
      <label>Budget <textarea data-indicator="budget"></textarea></label>
      <button>Elsewhere</button>`;
  }
}
customElements.define('test-evidence-boxes', EvidenceBoxes);

async function mount(): Promise<EvidenceBoxes> {
  const el = await fixture<EvidenceBoxes>(html`<test-evidence-boxes></test-evidence-boxes>`);
  await el.updateComplete;
  return el;
}

/**
 * Moves the focus into an evidence box by script: a WebDriver click inside a shadow root is not
 * always delivered to it in WebKit, and keys would then go elsewhere.
 */
function focusBox(el: EvidenceBoxes, indicatorId: string): void {
  const box = el.renderRoot.querySelector<HTMLTextAreaElement>(`textarea[data-indicator="${indicatorId}"]`);
  if (!box) throw new Error(`no evidence box for ${indicatorId}`);
  box.focus();
}

function hidePage(): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
  try {
    document.dispatchEvent(new Event('visibilitychange'));
  } finally {
    delete (document as { visibilityState?: unknown }).visibilityState;
  }
}

describe('EvidenceDraftController', () => {
  it('keeps what is typed as a draft per indicator and saves it when focus leaves the box', async () => {
    const el = await mount();
    focusBox(el, 'cabinet');
    await userEvent.keyboard('Minutes');
    expect(el.drafts.get('cabinet')).toBe('Minutes');
    expect(el.drafts.get('budget')).toBeUndefined();
    expect(el.saved).toEqual([]);

    await userEvent.click(page.getByRole('button', { name: 'Elsewhere' }));
    expect(el.saved).toEqual([['cabinet', 'Minutes']]);
    expect(el.drafts.get('cabinet')).toBeUndefined();
  });

  it('saves every draft and flushes once when the page is hidden or closed, not when it shows again', async () => {
    const el = await mount();
    focusBox(el, 'cabinet');
    await userEvent.keyboard('Agenda');
    focusBox(el, 'budget');
    // The first box was saved as focus left it; the second is still being typed into.
    await userEvent.keyboard('Line items');
    expect(el.saved).toEqual([['cabinet', 'Agenda']]);

    document.dispatchEvent(new Event('visibilitychange'));
    expect(el.saved).toHaveLength(1);
    hidePage();
    expect(el.saved).toEqual([
      ['cabinet', 'Agenda'],
      ['budget', 'Line items'],
    ]);
    expect(el.flushes).toBe(1);

    // Nothing left to save: hiding again or closing the page neither saves nor flushes.
    hidePage();
    window.dispatchEvent(new Event('pagehide'));
    expect(el.saved).toHaveLength(2);
    expect(el.flushes).toBe(1);

    await userEvent.keyboard(', signed');
    window.dispatchEvent(new Event('pagehide'));
    expect(el.saved.at(-1)).toEqual(['budget', 'Line items, signed']);
    expect(el.flushes).toBe(2);
  });

  it('saves what is being typed when the element is taken out of the page, and listens again when put back', async () => {
    const el = await mount();
    const parent = el.parentNode;
    focusBox(el, 'budget');
    await userEvent.keyboard('Line 1{Enter}Line 2');
    el.remove();
    // Saved once, by the removal itself or (in browsers that fire it) the focusout that comes with it.
    expect(el.saved).toEqual([['budget', 'Line 1\nLine 2']]);

    // Out of the page it hears nothing; put back, it keeps and saves drafts again.
    const flushes = el.flushes;
    const box = el.renderRoot.querySelector('textarea');
    if (!box) throw new Error('missing evidence box');
    box.value = 'Typed by a script';
    box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    window.dispatchEvent(new Event('pagehide'));
    expect(el.drafts.get('cabinet')).toBeUndefined();
    expect(el.flushes).toBe(flushes);
    parent?.appendChild(el);
    await el.updateComplete;
    focusBox(el, 'cabinet');
    await userEvent.keyboard('Notes');
    window.dispatchEvent(new Event('pagehide'));
    expect(el.saved.at(-1)).toEqual(['cabinet', 'Typed by a scriptNotes']);
    expect(el.flushes).toBe(flushes + 1);
  });

  it('leaves a draft its host does not save (an indicator with no level yet) for later', async () => {
    const el = await mount();
    const kept = new EvidenceDraftController(el, { save: () => undefined, flush: () => undefined });
    focusBox(el, 'cabinet');
    await userEvent.keyboard('Not rated yet');
    await userEvent.click(page.getByRole('button', { name: 'Elsewhere' }));
    expect(kept.get('cabinet')).toBe('Not rated yet');
    kept.clear();
    expect(kept.get('cabinet')).toBeUndefined();
  });
});

import { html } from 'lit';
import { createStore, del, get, set } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createDraft, type Rubric } from '@sel/core';
import { expectNoAxeViolations, fixture, nextEvent, shadowActiveElement } from '../test/index.js';
import '../rubric/define.js';
import '../partner-card-sort/define.js';
import type { SelRubric } from '../rubric/sel-rubric.js';
import type { SelPartnerCardSort } from '../partner-card-sort/sel-partner-card-sort.js';
import { samplePartners } from '../partner-card-sort/test-partners.js';
import { autosaveKey } from './autosave.js';
import { DRAFT_DATABASE, DRAFT_OBJECT_STORE } from './draft-store.js';

const drafts = createStore(DRAFT_DATABASE, DRAFT_OBJECT_STORE);

const rubric: Rubric = {
  id: 'autosave-test',
  version: '1.0.0',
  title: 'Autosave rubric',
  scope: 'district',
  levels: [
    { value: 1, label: 'Not started' },
    { value: 2, label: 'Partly in place' },
    { value: 3, label: 'Mostly in place' },
  ],
  focusAreas: [
    {
      id: 'plan',
      number: 1,
      title: 'Plan',
      practices: [
        {
          id: 'organize',
          title: 'Organize',
          indicators: [
            { id: 'cabinet', text: 'The SEL lead briefs the cabinet.', descriptors: ['None.', 'Some.', 'Most.'] },
            { id: 'team', text: 'A team meets monthly.', descriptors: ['None.', 'Some.', 'Most.'] },
          ],
        },
      ],
    },
  ],
};

let keys = 0;
/** A key of its own for each test: drafts outlive a test in the browser's IndexedDB. */
function freshKey(): string {
  keys += 1;
  return `autosave-test-${String(Date.now())}-${String(keys)}`;
}

afterEach(() => {
  vi.restoreAllMocks();
});

async function mountRubric(key: string, options: { lang?: string; rubric?: Rubric } = {}): Promise<SelRubric> {
  const el = await fixture<SelRubric>(html`<sel-rubric autosave=${key} name="assessment"></sel-rubric>`, options);
  el.rubric = options.rubric ?? rubric;
  await el.dataSettled;
  return el;
}

const shadowText = (el: Element): string => el.shadowRoot?.textContent.replace(/\s+/g, ' ') ?? '';
const button = (el: Element, label: string) => page.elementLocator(el).getByRole('button', { name: label });

/** Rates the first indicator "Mostly in place" by keyboard: Tab to its group, arrows to level 3. */
async function rateFirstIndicator(el: SelRubric): Promise<void> {
  const first = el.shadowRoot?.querySelector<HTMLInputElement>('input[type="radio"]');
  first?.focus();
  await userEvent.keyboard('{ArrowRight}{ArrowRight}');
}

async function storedDraft(key: string): Promise<{ value: unknown; savedAt: string } | undefined> {
  return get(key, drafts);
}

describe('autosave on a value-holding element', () => {
  it('keeps a draft, offers it after the element comes back, and restores it on Restore', async () => {
    const key = freshKey();
    const el = await mountRubric(key);
    await rateFirstIndicator(el);
    await expect
      .poll(async () => (await storedDraft(key))?.value)
      .toMatchObject({ ratings: { cabinet: { level: 3 } } });
    await expect.poll(() => shadowText(el)).toContain('Draft kept in this browser');
    el.parentElement?.remove();

    const again = await mountRubric(key);
    const offered = nextEvent(again, 'sel-draft');
    await expect.element(button(again, 'Restore')).toBeVisible();
    expect((await offered).detail).toMatchObject({ action: 'offered', key });
    expect(shadowText(again)).toMatch(/Restore your unsaved changes from \d{1,2}:\d{2}\s?[AP]M\?/);
    expect(again.value).toBeUndefined();
    // The question is announced through the element's live region.
    expect(again.shadowRoot?.querySelector('[role="status"][aria-live="polite"]')?.textContent).toContain(
      'Restore your unsaved changes',
    );
    await expectNoAxeViolations(again);

    await userEvent.click(button(again, 'Restore'));
    await expect.poll(() => again.value?.ratings['cabinet']?.level).toBe(3);
    expect(shadowText(again)).not.toContain('Restore your unsaved changes');
    expect(again.shadowRoot?.querySelector<HTMLInputElement>('input[value="3"]')?.checked).toBe(true);
  });

  it('keeps a value set from a script, as on a page that hands the change of one element to another', async () => {
    const key = freshKey();
    const el = await mountRubric(key);
    el.value = { ...emptyAssessment(), ratings: { team: { level: 2, ratedOn: '2026-03-10' } } };
    await expect.poll(async () => (await storedDraft(key))?.value).toMatchObject({ ratings: { team: { level: 2 } } });
    el.parentElement?.remove();

    const again = await mountRubric(key);
    await expect.element(button(again, 'Restore')).toBeVisible();
    await userEvent.click(button(again, 'Restore'));
    await expect.poll(() => again.value?.ratings['team']?.level).toBe(2);
  });

  it('deletes the draft on Discard and keeps the value shown', async () => {
    const key = freshKey();
    await set(
      key,
      createDraft({
        key,
        kind: 'sel-rubric',
        dataVersion: 'autosave-test@1.0.0',
        writer: 'another-page',
        value: { ...emptyAssessment(), ratings: { team: { level: 2, ratedOn: '2026-03-10' } } },
      }),
      drafts,
    );
    const el = await mountRubric(key);
    await expect.element(button(el, 'Discard')).toBeVisible();
    // The buttons are reached by keyboard: Restore, then Discard.
    (button(el, 'Restore').element() as HTMLElement).focus();
    await userEvent.keyboard('{Tab}');
    expect(shadowActiveElement(el)?.textContent.trim()).toBe('Discard');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => storedDraft(key)).toBeUndefined();
    expect(el.value).toBeUndefined();
    expect(shadowText(el)).toContain('The unsaved changes were discarded.');
  });

  it('keeps a draft of another rubric version aside, explains it and never applies it', async () => {
    const key = freshKey();
    const old = createDraft({
      key,
      kind: 'sel-rubric',
      dataVersion: 'autosave-test@0.9.0',
      writer: 'another-page',
      value: { ...emptyAssessment(), rubricVersion: '0.9.0', ratings: { team: { level: 2, ratedOn: '2026-03-10' } } },
    });
    await set(key, old, drafts);
    const el = await mountRubric(key);
    await expect.poll(() => shadowText(el)).toContain('were made on another version of this content');
    expect(el.value).toBeUndefined();
    expect(shadowText(el)).not.toContain('Restore your unsaved changes');
    await expectNoAxeViolations(el);
    // Typing now does not overwrite it: it was moved aside.
    await rateFirstIndicator(el);
    await expect
      .poll(async () => (await storedDraft(key))?.value)
      .toMatchObject({ ratings: { cabinet: { level: 3 } } });
    const aside = `${key}\u0000aside\u0000sel-rubric\u0000autosave-test@0.9.0`;
    expect(await get(aside, drafts)).toEqual(old);
    await del(aside, drafts);
  });

  it('asks in Spanish on a Spanish page', async () => {
    const key = freshKey();
    await set(
      key,
      createDraft({
        key,
        kind: 'sel-rubric',
        dataVersion: 'autosave-test@1.0.0',
        writer: 'another-page',
        value: { ...emptyAssessment(), ratings: { team: { level: 2, ratedOn: '2026-03-10' } } },
      }),
      drafts,
    );
    const el = await mountRubric(key, { lang: 'es' });
    await expect.element(button(el, 'Restaurar')).toBeVisible();
    expect(shadowText(el)).toMatch(/¿Restaurar los cambios sin enviar guardados a las \d{1,2}:\d{2}\?/);
    await expect.element(button(el, 'Descartar')).toBeVisible();
    await userEvent.click(button(el, 'Restaurar'));
    await expect.poll(() => el.value?.ratings['team']?.level).toBe(2);
    expect(shadowText(el)).toContain('Borrador guardado en este navegador');
  });

  it('deletes the draft when its form is submitted, and offers it again after a reset', async () => {
    const key = freshKey();
    const container = await fixture<HTMLDivElement>(
      html`<div>
        <iframe name="autosave-sink" title="Submitted form"></iframe>
        <form action="about:blank" target="autosave-sink">
          <sel-rubric autosave=${key} name="assessment"></sel-rubric>
          <button type="reset">Start over</button>
          <button>Send</button>
        </form>
      </div>`,
    );
    const el = container.querySelector<SelRubric>('sel-rubric');
    if (!el) throw new Error('no rubric');
    el.rubric = rubric;
    await el.dataSettled;
    await rateFirstIndicator(el);
    await expect.poll(() => storedDraft(key)).toBeDefined();

    await userEvent.click(page.getByRole('button', { name: 'Start over' }));
    expect(el.value).toBeUndefined();
    await expect.element(button(el, 'Restore')).toBeVisible();
    expect(await storedDraft(key)).toBeDefined();
    await userEvent.click(button(el, 'Restore'));
    await expect.poll(() => el.value?.ratings['cabinet']?.level).toBe(3);

    const cleared = nextEvent(el, 'sel-draft');
    await userEvent.click(page.getByRole('button', { name: 'Send' }));
    expect((await cleared).detail).toMatchObject({ action: 'cleared', key });
    await expect.poll(() => storedDraft(key)).toBeUndefined();
  });

  it('keeps a card sort draft of the same partners, whatever their order', async () => {
    const key = freshKey();
    const partners = samplePartners.slice(0, 3);
    const [first] = partners;
    if (!first) throw new Error('no sample partners');
    const mount = async (list: typeof partners): Promise<SelPartnerCardSort> => {
      const el = await fixture<SelPartnerCardSort>(
        html`<sel-partner-card-sort autosave=${key}></sel-partner-card-sort>`,
      );
      el.partners = list;
      await el.dataSettled;
      return el;
    };
    const el = await mount(partners);
    // A person's move by keyboard: lift the card, move it one column right, drop it.
    (button(el, `Move ${first.name}`).element() as HTMLElement).focus();
    await userEvent.keyboard('{ }{ArrowRight}{ }');
    await expect.poll(() => el.value?.[first.id]).toBe('clearly-supports');
    await expect.poll(async () => (await storedDraft(key))?.value).toMatchObject({ [first.id]: 'clearly-supports' });
    el.parentElement?.remove();
    const again = await mount([...partners].reverse());
    await userEvent.click(button(again, 'Restore'));
    await expect.poll(() => again.value?.[first.id]).toBe('clearly-supports');
  });
});

describe('autosave when storage fails', () => {
  it('says drafts are not kept when IndexedDB fails, and the element keeps working', async () => {
    // The page opened the database already (earlier tests): its connection now refuses every
    // transaction, as a closing or blocked database does. A refused open is the page test's.
    vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(() => {
      throw new DOMException('The database connection is closing.', 'InvalidStateError');
    });
    const el = await mountRubric(freshKey());
    await expect.poll(() => shadowText(el)).toContain('Drafts are not being kept in this browser');
    await rateFirstIndicator(el);
    await expect.poll(() => el.value?.ratings['cabinet']?.level).toBe(3);
    await expectNoAxeViolations(el);
  });

  it('says so when a write fails (storage full), without throwing', async () => {
    const key = freshKey();
    const el = await mountRubric(key);
    await expect.poll(() => (el as unknown as { autosave?: string }).autosave).toBe(key);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const unavailable = nextEvent(el, 'sel-draft');
    await rateFirstIndicator(el);
    expect((await unavailable).detail).toMatchObject({ action: 'unavailable', key });
    expect(shadowText(el)).toContain('Drafts are not being kept in this browser');
    expect(el.value?.ratings['cabinet']?.level).toBe(3);
  });
});

describe('autosaveKey', () => {
  it('uses the key given, derives one from the page and the element, and honours off', async () => {
    const el = await fixture('<sel-rubric id="district"></sel-rubric>');
    expect(autosaveKey(el, 'plan-2026')).toBe('plan-2026');
    expect(autosaveKey(el, '')).toBe(`${location.pathname}#sel-rubric:district`);
    expect(autosaveKey(el, 'off')).toBeUndefined();
    expect(autosaveKey(el, null)).toBeUndefined();
    const meta = document.createElement('meta');
    meta.name = 'sel-autosave';
    meta.content = 'on';
    document.head.append(meta);
    try {
      expect(autosaveKey(el, null)).toBe(`${location.pathname}#sel-rubric:district`);
      expect(autosaveKey(el, 'off')).toBeUndefined();
    } finally {
      meta.remove();
    }
  });
});

function emptyAssessment() {
  return {
    id: 'autosave-test-2026-03-10',
    rubricId: 'autosave-test',
    rubricVersion: '1.0.0',
    takenBy: 'unspecified',
    takenOn: '2026-03-10',
    ratings: {},
  };
}

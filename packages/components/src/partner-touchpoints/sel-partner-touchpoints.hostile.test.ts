import { describe, expect, it } from 'vitest';
import type { PartnerWorkbook } from '@sel/core';
import { nextEvent } from '../test/index.js';
import { chunks, expectShownAsText, visibleHostileStrings, watchPage, XSS_PAYLOADS } from '../test/hostile/hostile.js';
import { hostileWorkbook, MULTILINE_AND_NON_ASCII } from '../partner-workbook/test-hostile-workbook.js';
import { q, root } from '../partner-workbook/test-workbook-dom.js';
import './define.js';
import type { SelPartnerTouchpoints } from './sel-partner-touchpoints.js';

/** Mounts the touchpoints in a container of its own that {@link watchPage} watches, every row drawn. */
async function mountWatched(
  workbook: PartnerWorkbook,
): Promise<{ el: SelPartnerTouchpoints; watch: ReturnType<typeof watchPage>; done: () => void }> {
  const container = document.createElement('div');
  document.body.append(container);
  const watch = watchPage(container);
  const el: SelPartnerTouchpoints = document.createElement('sel-partner-touchpoints');
  el.setAttribute('today', '2026-11-15');
  el.workbook = workbook;
  container.append(el);
  await el.renderComplete;
  return {
    el,
    watch,
    done: () => {
      watch.stop();
      container.remove();
    },
  };
}

/** Chooses a partner in the partner filter, as its select does. */
async function showPartner(el: SelPartnerTouchpoints, id: string): Promise<void> {
  const select = q(el, 'select[name="filter-partner"]') as HTMLSelectElement;
  select.value = id;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

describe('<sel-partner-touchpoints> with hostile text', () => {
  it('shows hostile partner names, organisers and notes as text, runs no script and changes nothing outside', async () => {
    const visible = [...(await visibleHostileStrings()), ...MULTILINE_AND_NON_ASCII];
    for (const batch of chunks(visible, 150)) {
      const workbook = hostileWorkbook(batch);
      const { el, watch, done } = await mountWatched(workbook);
      try {
        watch.check(el);
        expect(root(el).querySelector('[role="alert"]'), 'the hostile workbook is valid').toBeNull();
        // Every partner is in tier 1 or 2: each heads its rows, by its exact name.
        const names = new Set([...root(el).querySelectorAll('tbody th')].map((th) => th.textContent));
        expect([...names].sort()).toEqual(workbook.partners.map((partner) => partner.name).sort());
        expectShownAsText(
          el,
          workbook.partners.map((partner) => partner.name),
        );
        // The history of a sample of partners shows its check-in's organiser and notes as text.
        for (const touchpoint of workbook.touchpoints.filter((_, i) => i % 40 === 0)) {
          await showPartner(el, touchpoint.partnerId);
          const history = q(el, '.history');
          expect(history.querySelector('.notes')?.textContent).toBe(touchpoint.notes);
          expect(history.textContent).toContain(`(${touchpoint.by ?? ''})`);
        }
        watch.check(el);
      } finally {
        done();
      }
    }
  }, 60_000);

  it('logs a check-in whose organiser and notes are XSS payloads, kept exactly', async () => {
    const workbook = hostileWorkbook(XSS_PAYLOADS);
    const { el, watch, done } = await mountWatched(workbook);
    try {
      for (const payload of XSS_PAYLOADS.filter((_, i) => i % 5 === 0)) {
        q(el, 'tbody tr:first-child [data-action="log"]').click();
        // The dialog's code loads on first use.
        await expect.poll(() => el.shadowRoot?.querySelector('#checkin-by')).toBeTruthy();
        // As pasted: the text boxes get the text, then an input event.
        for (const id of ['checkin-by', 'checkin-notes']) {
          const field = q(el, `#${id}`) as HTMLInputElement;
          field.value = payload;
          field.dispatchEvent(new Event('input', { bubbles: true }));
        }
        const logged = nextEvent(el, 'sel-workbook-change');
        (q(el, 'dialog form') as HTMLFormElement).requestSubmit();
        const { detail } = await logged;
        expect(detail.workbook.touchpoints.at(-1)).toMatchObject({ by: payload, notes: payload });
        await el.updateComplete;
        watch.check(el);
      }
    } finally {
      done();
    }
  }, 60_000);
});

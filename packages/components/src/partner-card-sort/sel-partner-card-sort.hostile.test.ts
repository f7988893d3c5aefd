import { html } from 'lit';
import { beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { TIERS, type Partner, type PartnerInventory, type Tier, type TierAssignments } from '@sel/core';
import { fixture, nextEvent } from '../test/index.js';
import {
  chunks,
  expectShownAsText,
  hostileStrings,
  visibleHostileStrings,
  watchPage,
  XSS_PAYLOADS,
} from '../test/hostile/hostile.js';
import { loadCardMoves } from './card-moves-loader.js';
import { loadPartnerDetails } from './details-loader.js';
import './define.js';
import type { SelPartnerCardSort, SelPartnerMoveDetail } from './sel-partner-card-sort.js';
import { samplePartners } from './test-partners.js';
import { hostileInventory, MULTILINE_AND_NON_ASCII } from '../partner-workbook/test-hostile-workbook.js';

// These tests make moves and open details at once, as on a page where a card sort was already
// used; sel-partner-card-sort.workbook.test.ts makes them before that code is loaded.
beforeAll(async () => {
  await Promise.all([loadCardMoves(), loadPartnerDetails()]);
});

/** Every text of a partner the details dialog shows, as it must appear there. */
function detailTexts(partner: Partner): string[] {
  const contact = (c: Partner['partnerContact']): string[] =>
    c ? [c.name, c.role, c.email, c.phone].filter((v): v is string => v !== undefined) : [];
  return [
    partner.name,
    partner.mission,
    ...(partner.outcomeGoals ?? []),
    ...contact(partner.partnerContact),
    ...contact(partner.schoolContact),
    partner.schedule,
    partner.duration,
    partner.location,
    partner.targetAudience,
    partner.notes,
    partner.history,
    partner.fundingSource,
  ].filter((v): v is string => v !== undefined);
}

/** The live region says `start` followed by "<n> of <m>." (a repeat gets an invisible no-break space). */
function expectAnnounced(el: SelPartnerCardSort, start: string): void {
  const said = announcement(el).replace(/\u00a0$/, '');
  expect(said.startsWith(start), `announced ${JSON.stringify(said)}`).toBe(true);
  expect(said.slice(start.length)).toMatch(/^\d+ of \d+\.$/);
}

function root(el: SelPartnerCardSort): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}

/**
 * What the live region says, exactly: the text Lit put in it (after its marker comment), without
 * the template's own indentation, since hostile names may begin or end with spaces.
 */
function announcement(el: SelPartnerCardSort): string {
  const region = root(el).querySelector('[aria-live="polite"]');
  const marker = [...(region?.childNodes ?? [])].find((node) => node.nodeType === Node.COMMENT_NODE);
  return marker?.nextSibling?.nodeType === Node.TEXT_NODE ? (marker.nextSibling.textContent ?? '') : '';
}

/** The card of a partner found by its exact id (ids may hold any character, so no selector is built from one). */
function card(el: SelPartnerCardSort, id: string): HTMLElement {
  const found = [...root(el).querySelectorAll<HTMLElement>('li.card')].find((li) => li.dataset['id'] === id);
  if (!found) throw new Error(`no card for ${JSON.stringify(id)}`);
  return found;
}

function button(scope: ParentNode, selector: string): HTMLElement {
  const found = scope.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

/**
 * The words a screen reader says for a card button, exactly: its visually hidden text (the shown
 * words are hidden from screen readers), and no `aria-label`, which would say something else.
 */
function said(control: HTMLElement): string {
  expect(control.hasAttribute('aria-label')).toBe(false);
  return control.querySelector('.visually-hidden')?.textContent ?? '';
}

/** Mounts a card sort in a container of its own that {@link watchPage} watches. */
async function mountWatched(
  partners: PartnerInventory,
): Promise<{ el: SelPartnerCardSort; watch: ReturnType<typeof watchPage>; done: () => void }> {
  const container = document.createElement('div');
  document.body.append(container);
  const watch = watchPage(container);
  const el: SelPartnerCardSort = document.createElement('sel-partner-card-sort');
  el.name = 'sort';
  el.partners = partners;
  container.append(el);
  await el.dataSettled;
  return {
    el,
    watch,
    done: () => {
      watch.stop();
      container.remove();
    },
  };
}

describe('<sel-partner-card-sort> with hostile text', () => {
  it('shows every naughty string and XSS payload as text on the cards, runs no script and changes nothing outside', async () => {
    const visible = [...(await visibleHostileStrings()), ...MULTILINE_AND_NON_ASCII];
    for (const batch of chunks(visible, 100)) {
      const partners = hostileInventory(batch);
      const { el, watch, done } = await mountWatched(partners);
      try {
        watch.check(el);
        expect(root(el).querySelector('[role="alert"]'), 'the hostile inventory is valid').toBeNull();
        // Each card carries its partner's exact id, in inventory order, and shows name and contact as text.
        const cards = [...root(el).querySelectorAll<HTMLElement>('li.card')];
        expect(cards.map((li) => li.dataset['id'])).toEqual(batch);
        cards.forEach((li, i) => {
          const partner = partners[i];
          expect(li.querySelector('.card__name')?.textContent).toBe(partner?.name);
          expect(li.querySelector('.card__meta')?.textContent).toContain(
            `Contact: ${partner?.partnerContact?.name ?? ''}`,
          );
          expect(said(button(li, '[data-action="grab"]'))).toBe(`Move ${partner?.name ?? ''}`);
          expect(said(button(li, '[data-action="details"]'))).toBe(`Details for ${partner?.name ?? ''}`);
          expect(said(button(li, '[data-action="menu"]'))).toBe(`Move to… (${partner?.name ?? ''})`);
        });
        expectShownAsText(el, batch);
        expect(el.value && Object.keys(el.value).sort()).toEqual([...batch].sort());
      } finally {
        done();
      }
    }
  }, 120_000);

  it('names hostile partners as text in the Move-to menu and in every announcement, and moves each one', async () => {
    const visible = [...(await visibleHostileStrings()), ...MULTILINE_AND_NON_ASCII];
    for (const batch of chunks(visible, 100)) {
      const partners = hostileInventory(batch);
      const { el, watch, done } = await mountWatched(partners);
      const moves: SelPartnerMoveDetail[] = [];
      el.addEventListener('sel-partner-move', (event) => moves.push(event.detail));
      try {
        for (const [i, partner] of partners.entries()) {
          button(card(el, partner.id), '[data-action="menu"]').click();
          await el.updateComplete;
          const menu = card(el, partner.id).querySelector('[role="menu"]');
          // The menu is named by its button, the partner's name in its words.
          const namedBy = root(el).getElementById(menu?.getAttribute('aria-labelledby') ?? '');
          expect(namedBy).toBe(button(card(el, partner.id), '[data-action="menu"]'));
          const to: Tier = TIERS[(i % 3) + 1] ?? 'could-support';
          button(menu ?? document, `[data-tier="${to}"]`).click();
          await el.updateComplete;
          const tierLabel = menu?.querySelector(`[data-tier="${to}"]`)?.textContent.trim() ?? '';
          expectAnnounced(el, `${partner.name} moved from Unsorted to ${tierLabel}, position `);
          // Undo and redo announce the same name.
          el.undo();
          await el.updateComplete;
          expectAnnounced(el, `Undone: ${partner.name} is back in Unsorted, position `);
          el.redo();
          await el.updateComplete;
          expectAnnounced(el, `Redone: ${partner.name} moved to ${tierLabel}, position `);
        }
        watch.check(el);
        expect(moves.map((move) => move.partnerId)).toEqual(batch.flatMap((id) => [id, id, id]));
        const expected = Object.fromEntries(partners.map((p, i) => [p.id, TIERS[(i % 3) + 1]]));
        expect(el.value).toEqual(expected);
      } finally {
        done();
      }
    }
  }, 180_000);

  it('shows every field of a hostile inventory entry as text in the details dialog', async () => {
    // Fifteen texts per partner: a partner for every fifteen strings shows them all.
    const visible = [...(await visibleHostileStrings()), ...MULTILINE_AND_NON_ASCII];
    for (const batch of chunks(visible, 150)) {
      const partners = hostileInventory(batch).filter((_, i) => i % 15 === 0);
      const { el, watch, done } = await mountWatched(hostileInventory(batch));
      try {
        for (const partner of partners) {
          button(card(el, partner.id), '[data-action="details"]').click();
          await el.updateComplete;
          const dialog = root(el).querySelector('dialog');
          expect(dialog?.open).toBe(true);
          expect(dialog?.querySelector('h2')?.textContent).toBe(partner.name);
          const shown = dialog?.textContent ?? '';
          const missing = detailTexts(partner).filter((text) => !shown.includes(text));
          expect(missing, `fields of ${JSON.stringify(partner.id)} not shown as text`).toEqual([]);
          const phone = dialog?.querySelector('a[href^="tel:"]')?.getAttribute('href') ?? '';
          expect(phone).toMatch(/^tel:[\d+]*$/);
          dialog?.close();
          await el.updateComplete;
        }
        watch.check(el);
      } finally {
        done();
      }
    }
  }, 120_000);

  it('submits and restores hostile, non-ASCII and multi-line partner ids and tiers without loss', async () => {
    const visible = [...(await visibleHostileStrings()), ...MULTILINE_AND_NON_ASCII];
    for (const batch of chunks(visible, 120)) {
      const partners = hostileInventory(batch);
      const tiers: TierAssignments = Object.fromEntries(
        partners.map((partner, i) => [partner.id, TIERS[i % TIERS.length] ?? 'unsorted']),
      );
      const form = await fixture<HTMLFormElement>(
        html`<form><sel-partner-card-sort name="sort" .partners=${partners}></sel-partner-card-sort></form>`,
      );
      const el = form.querySelector('sel-partner-card-sort');
      if (!el) throw new Error('not rendered');
      el.assignments = tiers;
      await el.updateComplete;
      expect(root(el).querySelector('[role="alert"]'), 'the hostile assignments are valid').toBeNull();
      expect(el.value).toEqual(tiers);
      // One entry, `sort`, with the sort as JSON text: every id exactly as given.
      expect(new FormData(form).getAll('sort')).toHaveLength(1);
      expect(submittedSort(el)).toEqual(tiers);

      // The browser restores the state the element saved (its sort as JSON) into a fresh element.
      const restored = await fixture<SelPartnerCardSort>(
        html`<sel-partner-card-sort name="sort" .partners=${partners}></sel-partner-card-sort>`,
      );
      restored.formStateRestoreCallback(JSON.stringify(el.value), 'restore');
      await restored.updateComplete;
      expect(restored.value).toEqual(tiers);
      // Or the submitted entry itself, as autofill may hand it over.
      const fromEntries = await fixture<SelPartnerCardSort>(
        html`<sel-partner-card-sort name="sort" .partners=${partners}></sel-partner-card-sort>`,
      );
      fromEntries.formStateRestoreCallback(new FormData(form), 'autocomplete');
      await fromEntries.updateComplete;
      expect(fromEntries.value).toEqual(tiers);
      // Restored before the data arrived, too.
      const early = document.createElement('sel-partner-card-sort');
      early.formStateRestoreCallback(JSON.stringify(el.value), 'restore');
      form.append(early);
      early.partners = partners;
      await early.updateComplete;
      expect(early.value).toEqual(tiers);
      form.parentElement?.remove();
    }
  }, 60_000);

  it('reads hostile ids and assignments from inline JSON and from a src file', async () => {
    const visible = [...(await visibleHostileStrings()), ...MULTILINE_AND_NON_ASCII];
    const partners = hostileInventory(visible);
    const tiers: TierAssignments = Object.fromEntries(
      partners.map((partner, i) => [partner.id, TIERS[(i + 1) % TIERS.length] ?? 'unsorted']),
    );
    const data = JSON.stringify({ partners, assignments: tiers });
    // Inline JSON as a CMS would paste it: `</script>` inside a string is escaped as `<\/script>`.
    const inline = await fixture<SelPartnerCardSort>(
      `<sel-partner-card-sort><script type="application/json">${data.replaceAll('<', '\\u003c')}</script></sel-partner-card-sort>`,
    );
    // Over 256 KB, inline JSON is parsed after a first render (see shared/data-source.ts).
    await expect.poll(() => inline.value, { timeout: 20_000 }).toEqual(tiers);
    expect(root(inline).querySelector('[role="alert"]')).toBeNull();

    const url = URL.createObjectURL(new Blob([data], { type: 'application/json' }));
    try {
      const fetched = await fixture<SelPartnerCardSort>(
        html`<sel-partner-card-sort src=${url}></sel-partner-card-sort>`,
      );
      // Fetching and rendering 500 hostile cards takes a few seconds in WebKit on a busy machine.
      await expect.poll(() => fetched.value, { timeout: 20_000 }).toEqual(tiers);
    } finally {
      URL.revokeObjectURL(url);
    }
  }, 30_000);
});

describe('<sel-partner-card-sort> given malformed data', () => {
  /** Mounts the sample inventory and makes three moves as a user would (keyboard and menu). */
  async function sortedByUser(): Promise<{ el: SelPartnerCardSort; entered: TierAssignments }> {
    const form = await fixture<HTMLFormElement>(
      html`<form><sel-partner-card-sort name="sort" .partners=${samplePartners}></sel-partner-card-sort></form>`,
    );
    const el = form.querySelector('sel-partner-card-sort');
    if (!el) throw new Error('not rendered');
    await el.updateComplete;
    const grip = button(card(el, 'bright-futures'), '[data-action="grab"]');
    grip.focus();
    await userEvent.keyboard('{ }{ArrowRight}{ }');
    button(card(el, 'corner-bakery'), '[data-action="menu"]').click();
    await el.updateComplete;
    button(card(el, 'corner-bakery'), '[data-tier="no-apparent-connection"]').click();
    await el.updateComplete;
    button(card(el, 'eastside-clinic'), '[data-action="menu"]').click();
    await el.updateComplete;
    button(card(el, 'eastside-clinic'), '[data-tier="could-support"]').click();
    await el.updateComplete;
    const entered = el.value;
    if (!entered) throw new Error('no value');
    expect(entered['bright-futures']).toBe('clearly-supports');
    expect(entered['corner-bakery']).toBe('no-apparent-connection');
    expect(entered['eastside-clinic']).toBe('could-support');
    return { el, entered };
  }

  it('rejects each invalid inventory with a path-bearing error and keeps the user’s sort', async () => {
    const { el, entered } = await sortedByUser();
    const blanks = (await hostileStrings()).filter((s) => !/\S/.test(s));
    const payload = XSS_PAYLOADS[1] ?? '<img>';
    const first = samplePartners[0];
    if (!first) throw new Error('no sample');
    const broken: readonly unknown[] = [
      // Blank names and ids: every blank string of the list.
      ...blanks.map((blank) => [{ ...first, name: blank }]),
      ...blanks.map((blank) => [{ ...first, id: blank }]),
      // A payload where a kind, a number, an email or a list goes.
      [{ ...first, kind: payload }],
      [{ ...first, years: payload }],
      [{ ...first, years: -1 }],
      [{ ...first, partnerContact: { name: 'Ana', email: payload } }],
      [{ ...first, outcomeGoals: payload }],
      [{ ...first, outcomeGoals: ['two\nlines'] }],
      [{ ...first, partnerContact: payload }],
      // Repeated ids, other JSON types, and a saved sort that names no partner of the inventory.
      [first, { ...first, name: payload }],
      [null],
      [payload],
      { partners: payload },
      { partners: samplePartners, assignments: { [payload]: 'could-support' } },
      { partners: samplePartners, assignments: { 'bright-futures': payload } },
      payload,
      42,
    ];
    for (const data of broken) {
      const where = JSON.stringify(data).slice(0, 120);
      const error = nextEvent(el, 'sel-error');
      el.partners = data as PartnerInventory;
      const { detail } = await error;
      await el.updateComplete;
      expect(detail.issues.length, where).toBeGreaterThan(0);
      for (const issue of detail.issues) {
        expect(issue.message, where).not.toBe('');
        expect(Array.isArray(issue.path), where).toBe(true);
      }
      // Errors inside the data point at where the problem is.
      if (typeof data === 'object' && data !== null) {
        expect(
          detail.issues.some((issue) => issue.path.length > 0),
          where,
        ).toBe(true);
      }
      const alert = root(el).querySelector('[role="alert"]');
      expect(alert, where).not.toBeNull();
      expect(el.value, where).toEqual(entered);
      expect(submittedSort(el), where).toEqual(entered);
      expect(globalThis.__selPwned, where).toBeUndefined();
    }
    // Good data again: the sort carries on from what the user entered.
    el.partners = [...samplePartners];
    await el.updateComplete;
    expect(root(el).querySelector('[role="alert"]')).toBeNull();
    expect(el.value).toEqual(entered);
  }, 60_000);

  it('rejects hostile text given as a src file or inline JSON, and hostile assignments, keeping the sort', async () => {
    const { el, entered } = await sortedByUser();
    const payloads = XSS_PAYLOADS.filter((s) => s.includes('<')).slice(0, 6);
    for (const text of payloads) {
      el.partners = undefined;
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      try {
        const error = nextEvent(el, 'sel-error', 5000);
        el.src = url;
        const { detail } = await error;
        await el.updateComplete;
        expect(detail.source).toBe('src');
        expect(detail.issues[0]?.code).toBe('invalid-json');
        expect(el.value).toEqual(entered);
      } finally {
        URL.revokeObjectURL(url);
      }
      const error = nextEvent(el, 'sel-error');
      el.setAttribute('assignments', text);
      const { detail } = await error;
      await el.updateComplete;
      expect(detail.issues[0]?.path).toEqual(['assignments']);
      expect(el.value).toEqual(entered);
      el.removeAttribute('assignments');
      await el.updateComplete;
    }
    el.src = undefined;
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '[{"id": "x", "name": "<script>globalThis.__selPwned=1<\\/script>", "kind": "bakery"}]';
    const error = nextEvent(el, 'sel-error');
    el.append(script);
    const { detail } = await error;
    await el.updateComplete;
    expect(detail.source).toBe('inline');
    expect(detail.issues.map((issue) => issue.path)).toEqual([[0, 'kind']]);
    expect(el.value).toEqual(entered);
    expect(globalThis.__selPwned).toBeUndefined();
  }, 30_000);
});

function formOf(el: HTMLElement): HTMLFormElement {
  const form = el.closest('form');
  if (!form) throw new Error('not in a form');
  return form;
}

/** The sort the element's form submits (one JSON entry under `sort`), read back. */
function submittedSort(el: HTMLElement): unknown {
  const entry = new FormData(formOf(el)).get('sort');
  return typeof entry === 'string' ? JSON.parse(entry) : entry;
}

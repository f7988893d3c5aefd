import fc from 'fast-check';
import { html } from 'lit';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PartnerInventory } from '@sel/core';
import { fixture, nextEvent } from '../test/index.js';
import { pathsOf, pointsAt, typeMutation, valueAt, withValueAt, type Mutation } from '../test/hostile/malformed.js';
import { loadCardMoves } from './card-moves-loader.js';
import { loadPartnerDetails } from './details-loader.js';
import './define.js';
import type { SelPartnerCardSort } from './sel-partner-card-sort.js';
import { samplePartners } from './test-partners.js';

// These tests make moves and open details at once, as on a page where a card sort was already
// used; sel-partner-card-sort.workbook.test.ts makes them before that code is loaded.
beforeAll(async () => {
  await Promise.all([loadCardMoves(), loadPartnerDetails()]);
});

const inventory: unknown = JSON.parse(JSON.stringify(samplePartners));
const paths = pathsOf(inventory);
const requiredKeys = new Set(['id', 'name', 'kind']);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // Another JSON type, or null, at any path.
  typeMutation(inventory, paths),
  // A text field made blank, or a kind that is no kind.
  fc
    .tuple(
      fc.constantFrom(...paths.filter((path) => typeof valueAt(inventory, path) === 'string')),
      fc.constantFrom('', '   ', '\n\t', '<img src=x onerror=globalThis.__selPwned=1>'),
    )
    .filter(([path, text]) => /\S/.test(text) === (path.at(-1) === 'kind' || path.at(-1) === 'email'))
    .map(([path, text]) => ({
      path,
      describe: `${JSON.stringify(text)} at ${JSON.stringify(path)}`,
      apply: (doc: unknown) => withValueAt(doc, path, text),
    })),
  // A required field left out.
  fc.tuple(fc.nat({ max: samplePartners.length - 1 }), fc.constantFrom(...requiredKeys)).map(([index, key]) => ({
    path: [index, key],
    describe: `no ${key} in partner ${String(index)}`,
    apply: (doc: unknown) => withValueAt(doc, [index, key], undefined, true),
  })),
  // A partner listed twice under one id.
  fc
    .tuple(fc.nat({ max: samplePartners.length - 1 }), fc.nat({ max: samplePartners.length - 1 }))
    .filter(([a, b]) => a < b)
    .map(([a, b]) => ({
      path: [b, 'id'],
      describe: `partner ${String(b)} repeats the id of partner ${String(a)}`,
      apply: (doc: unknown) => withValueAt(doc, [b, 'id'], samplePartners[a]?.id),
    })),
);

describe('<sel-partner-card-sort> given generated malformed inventories', () => {
  it('rejects each at the broken path, throws nothing, and keeps the user’s sort (property)', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><sel-partner-card-sort name="sort" .partners=${samplePartners}></sel-partner-card-sort></form>`,
    );
    const el = form.querySelector<SelPartnerCardSort>('sel-partner-card-sort');
    if (!el) throw new Error('not rendered');
    await el.updateComplete;
    // The user sorts three partners through the Move-to menu.
    for (const [id, tier] of [
      ['bright-futures', 'clearly-supports'],
      ['eastside-clinic', 'could-support'],
      ['corner-bakery', 'no-apparent-connection'],
    ] as const) {
      const card = [...(el.shadowRoot?.querySelectorAll<HTMLElement>('li.card') ?? [])].find(
        (li) => li.dataset['id'] === id,
      );
      card?.querySelector<HTMLElement>('[data-action="menu"]')?.click();
      await el.updateComplete;
      card?.querySelector<HTMLElement>(`[data-tier="${tier}"]`)?.click();
      await el.updateComplete;
    }
    const entered = el.value;
    expect(entered?.['corner-bakery']).toBe('no-apparent-connection');
    const submitted = [...new FormData(form).entries()];
    const uncaught: unknown[] = [];
    const onError = (event: ErrorEvent): void => {
      uncaught.push(event.error);
    };
    window.addEventListener('error', onError);
    let runs = 0;
    try {
      await fc.assert(
        fc.asyncProperty(mutation, async (m) => {
          runs += 1;
          const error = nextEvent(el, 'sel-error');
          el.partners = m.apply(inventory) as PartnerInventory;
          const { detail } = await error;
          await el.updateComplete;
          expect(detail.issues.length, m.describe).toBeGreaterThan(0);
          expect(
            detail.issues.some((issue) => pointsAt(issue, m.path) && issue.message !== ''),
            `${m.describe}: ${JSON.stringify(detail.issues)}`,
          ).toBe(true);
          expect(el.shadowRoot?.querySelector('[role="alert"]'), m.describe).not.toBeNull();
          expect(el.value, m.describe).toEqual(entered);
          expect([...new FormData(form).entries()], m.describe).toEqual(submitted);
          expect(globalThis.__selPwned, m.describe).toBeUndefined();
        }),
        { numRuns: 150 },
      );
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(runs).toBe(150);
    expect(uncaught).toEqual([]);
  }, 120_000);
});

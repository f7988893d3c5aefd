import fc from 'fast-check';
import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import type { PartnerInventory, SelIssue } from '@sel/core';
import { fixture, nextEvent } from '../test/index.js';
import './define.js';
import type { SelPartnerCardSort } from './sel-partner-card-sort.js';
import { samplePartners } from './test-partners.js';

type JsonPath = readonly (string | number)[];

/** Every path inside `value` (objects and arrays, not the root), parents before children. */
function pathsOf(value: unknown, prefix: JsonPath = []): JsonPath[] {
  if (typeof value !== 'object' || value === null) return [];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((item, index): [number, unknown] => [index, item])
    : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
}

/** A copy of `document` with the value at `path` replaced, or removed when `replacement` is `remove`. */
function withValueAt(document: unknown, path: JsonPath, replacement: unknown, remove = false): unknown {
  const copy = structuredClone(document);
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1) ?? 0;
  if (remove) Reflect.deleteProperty(node, last);
  else node[last] = replacement;
  return copy;
}

function valueAt(document: unknown, path: JsonPath): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], document);
}

/** A value of another JSON type than `value`, which no field of the inventory accepts in its place. */
function otherTypeThan(value: unknown): unknown {
  if (typeof value === 'string') return 42;
  if (typeof value === 'number') return 'forty-two';
  if (Array.isArray(value)) return { length: 0 };
  return ['not', 'an', 'object'];
}

/** Ways to break a valid inventory at one place, each of which the schema must refuse there. */
interface Mutation {
  readonly path: JsonPath;
  readonly describe: string;
  readonly apply: (inventory: unknown) => unknown;
}

const inventory: unknown = JSON.parse(JSON.stringify(samplePartners));
const paths = pathsOf(inventory);
const requiredKeys = new Set(['id', 'name', 'kind']);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // Another JSON type, or null, at any path.
  fc.tuple(fc.constantFrom(...paths), fc.boolean()).map(([path, asNull]) => ({
    path,
    describe: `${asNull ? 'null' : 'another type'} at ${JSON.stringify(path)}`,
    apply: (doc: unknown) => withValueAt(doc, path, asNull ? null : otherTypeThan(valueAt(doc, path))),
  })),
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

/** Whether an issue points at the broken place (or a place around or inside it). */
function pointsAt(issue: SelIssue, path: JsonPath): boolean {
  const n = Math.min(issue.path.length, path.length);
  return n > 0 && issue.path.slice(0, n).every((key, i) => String(key) === String(path[i]));
}

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

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TierAssignments } from './card-sort.js';
import { parseCsv } from './csv.js';
import { readJson, toJson } from './json.js';
import { parsePartnerInventory } from './partner.js';
import type { Partner } from './partner.js';
import { PARTNER_KINDS } from './partner.js';
import { partnersFromCsv, partnersToCsv } from './partner-csv.js';
import { visibleHostileText } from './test-hostile.js';
import { TIERS } from './tier.js';

const FORMULA_START = /^[=+\-@\t\r]/;

/** Text that starts the way a spreadsheet formula does (or with an apostrophe), then anything visible. */
const formulaLike = fc
  .tuple(
    fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'", "''", '=cmd|', '+1 ', '-2+'),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }),
    fc.constantFrom('', '\nsecond line', ' ñandú 中 😀'),
  )
  .map((parts) => parts.join(''))
  .filter((value) => /\S/.test(value));
const formulaLine = formulaLike.filter((value) => !/[\r\n]/.test(value));

const partner: fc.Arbitrary<Partner> = fc
  .record(
    {
      id: formulaLine,
      name: formulaLike,
      kind: fc.constantFrom(...PARTNER_KINDS),
      mission: formulaLike,
      outcomeGoals: fc.array(formulaLine, { minLength: 1, maxLength: 3 }),
      partnerContact: fc.record({ name: formulaLike, phone: formulaLike }, { requiredKeys: ['name'] }),
      notes: formulaLike,
      fundingSource: formulaLike,
    },
    { requiredKeys: ['id', 'name', 'kind'] },
  )
  // Plain objects, as parsed JSON or a form would give.
  .map((p) => JSON.parse(JSON.stringify(p)) as Partner);

describe('partner inventory CSV and spreadsheet formulas', () => {
  it('writes no cell a spreadsheet would run, and reads every partner back exactly (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(partner, { selector: (p) => p.id, minLength: 1, maxLength: 4 }), (partners) => {
        const text = partnersToCsv(partners);
        for (const row of parseCsv(text).slice(1)) {
          for (const cell of row) expect(cell).not.toMatch(FORMULA_START);
        }
        expect(partnersFromCsv(text).partners).toStrictEqual(partners);
      }),
      { numRuns: 60 },
    );
  }, 30_000);

  it('guards a formula in a partner name the way the assessment CSV guards notes', () => {
    const text = partnersToCsv([{ id: 'x', name: '=HYPERLINK("http://evil.example","Click")', kind: 'other' }]);
    expect(parseCsv(text)[1]?.[1]).toBe('\'=HYPERLINK("http://evil.example","Click")');
    expect(partnersFromCsv(text).partners[0]?.name).toBe('=HYPERLINK("http://evil.example","Click")');
  });
});

/** Hostile text that fits a single-line field (an id, an outcome goal). */
const hostileLine = visibleHostileText.filter((value) => !/[\r\n]/.test(value));

const hostilePartner: fc.Arbitrary<Partner> = fc
  .record(
    {
      id: hostileLine,
      name: visibleHostileText,
      kind: fc.constantFrom(...PARTNER_KINDS),
      mission: visibleHostileText,
      outcomeGoals: fc.array(hostileLine, { minLength: 1, maxLength: 3 }),
      schoolContact: fc.record({ name: visibleHostileText, role: visibleHostileText }, { requiredKeys: ['name'] }),
      schedule: visibleHostileText,
      location: visibleHostileText,
      notes: visibleHostileText,
      history: visibleHostileText,
      years: fc.nat(60),
    },
    { requiredKeys: ['id', 'name', 'kind'] },
  )
  .map((p) => JSON.parse(JSON.stringify(p)) as Partner);

describe('partner inventory JSON <-> model <-> CSV', () => {
  it('keeps every partner, tier and character through JSON and CSV (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(hostilePartner, { selector: (p) => p.id, maxLength: 5 }),
        fc.array(fc.constantFrom(...TIERS), { minLength: 5, maxLength: 5 }),
        (partners, tiers) => {
          const json = toJson(partners);
          const model = parsePartnerInventory(readJson(json));
          const assignments: TierAssignments = Object.fromEntries(model.map((p, i) => [p.id, tiers[i] ?? 'unsorted']));
          const read = partnersFromCsv(partnersToCsv(model, assignments));
          expect(toJson(read.partners)).toBe(json);
          expect(read.assignments).toStrictEqual(assignments);
          expect(read.ignoredColumns).toEqual([]);
        },
      ),
      { numRuns: 80 },
    );
  }, 60_000);
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PARTNER_KINDS } from './partner.js';
import type { Partner } from './partner.js';
import { parsePartnerWorkbook } from './partner-workbook.js';
import type { PartnerWorkbook } from './partner-workbook.js';
import { removePartner, restorePartner, setPartnerTier } from './partner-workbook-edits.js';
import { logCheckIn } from './touchpoint-edits.js';
import { importPartners } from './partner-workbook-import.js';
import { partnersToCsv } from './partner-csv.js';
import { goodPartnerRows, previewPartnerCsv } from './partner-csv-import.js';
import { visibleHostileText } from './test-hostile.js';
import { TIERS } from './tier.js';
import { TOUCHPOINT_TOPICS } from './touchpoint.js';

const oneLine = visibleHostileText.filter((value) => !/[\r\n]/.test(value));

const partnerArb: fc.Arbitrary<Partner> = fc.record(
  {
    id: visibleHostileText,
    name: visibleHostileText,
    kind: fc.constantFrom(...PARTNER_KINDS),
    mission: visibleHostileText,
    notes: visibleHostileText,
    outcomeGoals: fc.array(oneLine, { minLength: 1, maxLength: 3 }),
    years: fc.nat(60),
  },
  { requiredKeys: ['id', 'name', 'kind'] },
);

const workbookArb: fc.Arbitrary<PartnerWorkbook> = fc
  .uniqueArray(partnerArb, { selector: (partner) => partner.id, minLength: 1, maxLength: 8 })
  .chain((partners) =>
    fc.record({
      version: fc.constant(1 as const),
      partners: fc.constant(partners),
      assignments: fc
        .subarray(partners)
        .chain((some) => fc.tuple(...some.map((p) => fc.constant(p.id)), ...some.map(() => fc.constantFrom(...TIERS))))
        .map((flat) => {
          const half = flat.length / 2;
          const result: Record<string, (typeof TIERS)[number]> = {};
          for (let i = 0; i < half; i++) {
            Object.defineProperty(result, flat[i] as string, {
              value: flat[half + i],
              enumerable: true,
              writable: true,
              configurable: true,
            });
          }
          return result;
        }),
      touchpoints: fc.array(
        fc.record({
          partnerId: fc.constantFrom(...partners.map((p) => p.id)),
          topic: fc.constantFrom(...TOUCHPOINT_TOPICS),
          date: fc.constantFrom('2026-01-05', '2026-03-31', '2025-12-01'),
        }),
        { maxLength: 10 },
      ),
    }),
  );

describe('workbook edits, for any workbook', () => {
  it('removing any partner and restoring it gives the workbook back, and each step is a valid workbook', () => {
    fc.assert(
      fc.property(workbookArb, fc.nat(), (workbook, pick) => {
        const frozen = structuredClone(workbook);
        const target = workbook.partners[pick % workbook.partners.length] as Partner;
        const removed = removePartner(workbook, target.id);
        expect(parsePartnerWorkbook(removed.workbook).ok).toBe(true);
        expect(removed.workbook.partners.some((p) => p.id === target.id)).toBe(false);
        expect(removed.workbook.touchpoints.some((t) => t.partnerId === target.id)).toBe(false);
        if (removed.change.kind !== 'remove-partner') throw new Error('expected a removal');
        expect(restorePartner(removed.workbook, removed.change.removed).workbook).toEqual(workbook);
        expect(workbook).toEqual(frozen);
      }),
      { numRuns: 150 },
    );
  });

  it('tier changes and check-ins keep the workbook valid and leave the input untouched', () => {
    fc.assert(
      fc.property(
        workbookArb,
        fc.nat(),
        fc.constantFrom(...TIERS),
        fc.constantFrom(...TOUCHPOINT_TOPICS),
        (workbook, pick, tier, topic) => {
          const frozen = structuredClone(workbook);
          const id = (workbook.partners[pick % workbook.partners.length] as Partner).id;
          const tiered = setPartnerTier(workbook, id, tier).workbook;
          const logged = logCheckIn(tiered, { partnerId: id, topic, date: '2026-04-01' }).workbook;
          expect(parsePartnerWorkbook(logged).ok).toBe(true);
          expect(workbook).toEqual(frozen);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('exporting the inventory as CSV and importing it back into an empty workbook gives the same partners and tiers', () => {
    fc.assert(
      fc.property(workbookArb, (workbook) => {
        const csv = partnersToCsv(workbook.partners, workbook.assignments);
        const preview = previewPartnerCsv(csv, { partners: [] });
        expect(preview.issues).toEqual([]);
        expect(preview.rows.flatMap((row) => row.issues)).toEqual([]);
        const { workbook: imported } = importPartners(
          { version: 1, partners: [], assignments: {}, touchpoints: [] },
          goodPartnerRows(preview),
        );
        expect(imported.partners).toEqual(workbook.partners);
        for (const partner of workbook.partners) {
          const tier = Object.hasOwn(workbook.assignments, partner.id) ? workbook.assignments[partner.id] : 'unsorted';
          expect(imported.assignments[partner.id]).toBe(tier);
        }
      }),
      { numRuns: 100 },
    );
  });
});

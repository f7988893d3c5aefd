import { describe, expect, it } from 'vitest';
import { formatPath } from './errors.js';
import type { Partner } from './partner.js';
import {
  emptyPartnerWorkbook,
  migratePartnerWorkbook,
  parsePartnerWorkbook,
  parsePartnerWorkbookInSteps,
  workbookAssignments,
  workbookTier,
} from './partner-workbook.js';
import { finishSteps } from './validate-in-steps.js';

const ymca: Partner = { id: 'ymca', name: 'YMCA North', kind: 'out-of-school-time' };
const clinic: Partner = { id: 'clinic', name: 'Clínica Niños Sanos', kind: 'health-care' };

function paths(raw: unknown): string[] {
  const result = parsePartnerWorkbook(raw);
  if (result.ok) return [];
  return result.error.issues.map((issue) => formatPath(issue.path));
}

describe('partner workbook', () => {
  it('reads a workbook with every part', () => {
    const raw = {
      version: 1,
      partners: [ymca, clinic],
      assignments: { ymca: 'clearly-supports' },
      touchpoints: [{ partnerId: 'clinic', topic: 'spreading-the-word', date: '2026-09-01', by: 'Lee' }],
      cadence: { 'could-support': 2 },
      plans: [
        {
          partnerIds: ['ymca'],
          sharedGoal: 'Self-management',
          schoolDayPractices: [],
          partnerPractices: [],
          alignmentOpportunities: [],
          keyPersonnel: [],
          actionSteps: [],
        },
      ],
    };
    const result = parsePartnerWorkbook(raw);
    expect(result.ok && result.value).toEqual(raw);
  });

  it('migrates a bare inventory and a card sort document', () => {
    expect(migratePartnerWorkbook([ymca])).toEqual({ ...emptyPartnerWorkbook(), partners: [ymca] });
    const sorted = parsePartnerWorkbook({ partners: [ymca, clinic], assignments: { clinic: 'could-support' } });
    expect(sorted.ok && sorted.value).toEqual({
      version: 1,
      partners: [ymca, clinic],
      assignments: { clinic: 'could-support' },
      touchpoints: [],
    });
    const bare = parsePartnerWorkbook({ partners: [ymca] });
    expect(bare.ok && bare.value.assignments).toEqual({});
  });

  it('reports references to unknown partners and repeated ids at their paths', () => {
    expect(
      paths({
        version: 1,
        partners: [ymca, { ...clinic, id: 'ymca' }],
        assignments: {},
        touchpoints: [],
      }),
    ).toEqual(['partners[1].id']);
    expect(
      paths({
        version: 1,
        partners: [ymca],
        assignments: { ghost: 'could-support' },
        touchpoints: [
          { partnerId: 'ymca', topic: 'spreading-the-word', date: '2026-01-02' },
          { partnerId: 'nobody', topic: 'spreading-the-word', date: '2026-01-02' },
        ],
        plans: [
          {
            partnerIds: ['ymca', 'gone'],
            sharedGoal: 'Goal',
            schoolDayPractices: [],
            partnerPractices: [],
            alignmentOpportunities: [],
            keyPersonnel: [],
            actionSteps: [],
          },
        ],
      }),
    ).toEqual(['assignments.ghost', 'touchpoints[1].partnerId', 'plans[0].partnerIds[1]']);
  });

  it('reports a wrong version, a bad tier and a bad cadence', () => {
    expect(paths({ ...emptyPartnerWorkbook(), version: 7 })).toEqual(['version']);
    expect(paths({ ...emptyPartnerWorkbook(), partners: [ymca], assignments: { ymca: 'top' } })).toEqual([
      'assignments.ymca',
    ]);
    expect(paths({ ...emptyPartnerWorkbook(), cadence: { 'clearly-supports': 0.5 } })).toEqual([
      'cadence["clearly-supports"]',
    ]);
    expect(paths('not a workbook')).toEqual(['(root)']);
  });

  it('keeps a partner called __proto__ and its tier', () => {
    const raw = JSON.parse(
      '{"version":1,"partners":[{"id":"__proto__","name":"Proto","kind":"other"}],"assignments":{"__proto__":"could-support"},"touchpoints":[]}',
    ) as unknown;
    const result = parsePartnerWorkbook(raw);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.hasOwn(result.value.assignments, '__proto__')).toBe(true);
    expect(workbookTier(result.value, '__proto__')).toBe('could-support');
    expect(Object.getPrototypeOf(result.value.assignments)).toBe(Object.prototype);
  });

  it('reads a large inventory in steps with the same verdict', () => {
    const partners = Array.from({ length: 500 }, (_, n): Partner => ({ id: `p${n}`, name: `P ${n}`, kind: 'other' }));
    const raw = { partners, assignments: { p3: 'could-support' } };
    const steps = parsePartnerWorkbookInSteps(raw);
    let yields = 0;
    for (let next = steps.next(); !next.done; next = steps.next()) yields += 1;
    expect(yields).toBeGreaterThan(400);
    expect(finishSteps(parsePartnerWorkbookInSteps(raw))).toEqual(parsePartnerWorkbook(raw));
    const repeated = { partners: [...partners, { ...ymca, id: 'p7' }] };
    const bad = finishSteps(parsePartnerWorkbookInSteps(repeated));
    expect(!bad.ok && bad.error.issues.map((issue) => formatPath(issue.path))).toEqual(['partners[500].id']);
  });

  it('gives every partner a tier, unsorted when it has none', () => {
    expect(
      workbookAssignments({ partners: [ymca, clinic], assignments: { clinic: 'no-apparent-connection' } }),
    ).toEqual({ ymca: 'unsorted', clinic: 'no-apparent-connection' });
  });
});

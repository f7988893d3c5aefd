import { describe, expect, it } from 'vitest';
import { formatPath, SelRuleError, SelValidationError } from './errors.js';
import type { Partner } from './partner.js';
import { parsePartnerWorkbook } from './partner-workbook.js';
import type { PartnerWorkbook } from './partner-workbook.js';
import {
  addPartner,
  checkWorkbookPartner,
  editPartner,
  removePartner,
  restorePartner,
  setPartnerTier,
} from './partner-workbook-edits.js';
import { logCheckIn, setCadence } from './touchpoint-edits.js';
import { partnerIdFromName } from './partner-id.js';
import { importPartners, importPartnersInSteps } from './partner-workbook-import.js';

const ymca: Partner = { id: 'ymca', name: 'YMCA North', kind: 'out-of-school-time' };
const clinic: Partner = { id: 'clinic', name: 'Clínica Niños Sanos', kind: 'health-care' };
const plan = {
  partnerIds: ['clinic', 'ymca'],
  sharedGoal: 'Self-management',
  schoolDayPractices: [],
  partnerPractices: [],
  alignmentOpportunities: [],
  keyPersonnel: [],
  actionSteps: [],
};
const workbook: PartnerWorkbook = Object.freeze<PartnerWorkbook>({
  version: 1,
  partners: [ymca, clinic],
  assignments: { ymca: 'clearly-supports', clinic: 'could-support' },
  touchpoints: [
    { partnerId: 'ymca', topic: 'spreading-the-word', date: '2026-09-01' },
    { partnerId: 'clinic', topic: 'spreading-the-word', date: '2026-09-02' },
    { partnerId: 'ymca', topic: 'fostering-collaboration', date: '2026-09-03' },
  ],
  plans: [plan],
});

function problems(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof SelValidationError) return error.issues.map((issue) => formatPath(issue.path));
    if (error instanceof SelRuleError) return [error.code];
    throw error;
  }
  return [];
}

describe('workbook edits', () => {
  it('adds a partner with a tier, and refuses a taken id or a bad field at its path', () => {
    const { workbook: next, change } = addPartner(
      workbook,
      { id: 'cafe', name: 'Café Ñandú', kind: 'local-business' },
      'could-support',
    );
    expect(change).toEqual({ kind: 'add-partner', partnerId: 'cafe' });
    expect(next.partners.map((p) => p.id)).toEqual(['ymca', 'clinic', 'cafe']);
    expect(next.assignments['cafe']).toBe('could-support');
    expect(workbook.partners).toHaveLength(2);
    expect(problems(() => addPartner(workbook, { ...clinic, name: 'Other' }))).toEqual(['id']);
    expect(
      problems(() =>
        addPartner(workbook, { id: 'x', name: ' ', kind: 'spaceship', partnerContact: { name: 'A', email: 'no' } }),
      ),
    ).toEqual(['name', 'kind', 'partnerContact.email']);
  });

  it('checks a draft partner against the workbook, keeping the id of the partner edited', () => {
    expect(checkWorkbookPartner(workbook, { ...ymca, notes: 'More' }, 'ymca').ok).toBe(true);
    const taken = checkWorkbookPartner(workbook, { ...ymca, id: 'clinic' }, 'ymca');
    expect(!taken.ok && taken.error.issues.map((issue) => issue.code)).toEqual(['duplicate-id']);
  });

  it('edits a partner; a new id carries its tier, check-ins and plans', () => {
    const same = editPartner(workbook, 'ymca', { ...ymca, notes: 'Shares data' });
    expect(same.workbook.partners[0]).toEqual({ ...ymca, notes: 'Shares data' });
    expect(same.workbook.touchpoints).toBe(workbook.touchpoints);
    const renamed = editPartner(workbook, 'ymca', { ...ymca, id: 'ymca-north' });
    expect(renamed.change).toEqual({ kind: 'edit-partner', partnerId: 'ymca-north', previousId: 'ymca' });
    expect(renamed.workbook.assignments).toEqual({ clinic: 'could-support', 'ymca-north': 'clearly-supports' });
    expect(renamed.workbook.touchpoints.map((t) => t.partnerId)).toEqual(['ymca-north', 'clinic', 'ymca-north']);
    expect(renamed.workbook.plans?.[0]?.partnerIds).toEqual(['clinic', 'ymca-north']);
    expect(parsePartnerWorkbook(renamed.workbook).ok).toBe(true);
    expect(problems(() => editPartner(workbook, 'nobody', ymca))).toEqual(['unknown-partner']);
  });

  it('removes a partner with its tier, check-ins and plan places, and puts it all back', () => {
    const removed = removePartner(workbook, 'ymca');
    expect(removed.workbook.partners).toEqual([clinic]);
    expect(removed.workbook.assignments).toEqual({ clinic: 'could-support' });
    expect(removed.workbook.touchpoints.map((t) => t.partnerId)).toEqual(['clinic']);
    expect(removed.workbook.plans?.[0]?.partnerIds).toEqual(['clinic']);
    expect(parsePartnerWorkbook(removed.workbook).ok).toBe(true);
    if (removed.change.kind !== 'remove-partner') throw new Error('expected a removal');
    const restored = restorePartner(removed.workbook, removed.change.removed);
    expect(restored.workbook).toEqual(workbook);
    expect(restored.change).toEqual({ kind: 'restore-partner', partnerId: 'ymca' });
  });

  it('refuses to restore a partner whose id was taken meanwhile', () => {
    const removed = removePartner(workbook, 'clinic');
    if (removed.change.kind !== 'remove-partner') throw new Error('expected a removal');
    const gone = removed.change.removed;
    const retaken = addPartner(removed.workbook, { ...clinic, name: 'Another clinic' }).workbook;
    expect(problems(() => restorePartner(retaken, gone))).toEqual(['id']);
  });

  it('sets a tier, logs a check-in and sets a cadence', () => {
    expect(setPartnerTier(workbook, 'clinic', 'no-apparent-connection').change).toEqual({
      kind: 'set-tier',
      partnerId: 'clinic',
      from: 'could-support',
      to: 'no-apparent-connection',
    });
    const logged = logCheckIn(workbook, {
      partnerId: 'clinic',
      topic: 'creating-a-shared-vision',
      date: '2026-10-01',
      by: 'Lee',
      notes: 'Vision draft',
    });
    expect(logged.workbook.touchpoints).toHaveLength(4);
    expect(logged.change).toMatchObject({ kind: 'log-check-in', index: 3 });
    expect(problems(() => logCheckIn(workbook, { partnerId: 'clinic', topic: 'gossip', date: '2026-13-01' }))).toEqual([
      'topic',
      'date',
    ]);
    expect(
      problems(() => logCheckIn(workbook, { partnerId: 'ghost', topic: 'spreading-the-word', date: '2026-10-01' })),
    ).toEqual(['unknown-partner']);
    expect(setCadence(workbook, 'clearly-supports', 2).workbook.cadence).toEqual({ 'clearly-supports': 2 });
    expect(setCadence(workbook, 'could-support', null).workbook.cadence).toEqual({ 'could-support': null });
    expect(problems(() => setCadence(workbook, 'could-support', 0))).toEqual(['cadence["could-support"]']);
  });

  it('imports rows: known ids replace partners in place, new ones join the end', () => {
    const { workbook: next, change } = importPartners(workbook, [
      { partner: { ...clinic, notes: 'Updated' }, tier: 'clearly-supports' },
      { partner: { id: 'cafe', name: 'Café', kind: 'local-business' } },
    ]);
    expect(change).toEqual({ kind: 'import-partners', added: ['cafe'], updated: ['clinic'] });
    expect(next.partners.map((p) => p.id)).toEqual(['ymca', 'clinic', 'cafe']);
    expect(next.partners[1]?.notes).toBe('Updated');
    expect(next.assignments['clinic']).toBe('clearly-supports');
    expect(next.touchpoints).toBe(workbook.touchpoints);
    expect(
      problems(() =>
        importPartners(workbook, [
          { partner: { id: 'a', name: 'A', kind: 'other' } },
          { partner: { id: 'a', name: 'B', kind: 'other' } },
        ]),
      ),
    ).toEqual(['[1].id']);
  });

  it('imports in steps with the same result, and makes ids from names that are not taken', () => {
    const rows = Array.from({ length: 250 }, (_, n) => ({
      partner: { id: `p${n}`, name: `P ${n}`, kind: 'other' as const },
    }));
    const steps = importPartnersInSteps(workbook, rows);
    let yields = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) yields += 1;
    expect(yields).toBe(2);
    expect(next.value).toEqual(importPartners(workbook, rows));
    expect(partnerIdFromName('Clínica Niños Sanos', new Set(['clinica-ninos-sanos']))).toBe('clinica-ninos-sanos-2');
    expect(partnerIdFromName('!!!')).toBe('partner');
  });
});

import { describe, expect, it } from 'vitest';
import { SelValidationError } from './errors.js';
import { PARTNER_KINDS, parsePartnerInventory, partnerKindSchema, safeParsePartnerInventory } from './partner.js';
import type { Partner } from './partner.js';

const full: Partner = {
  id: 'ymca-north',
  name: 'YMCA North Branch',
  kind: 'out-of-school-time',
  mission: 'Youth development through after-school programs',
  outcomeGoals: ['Improve attendance', 'Grow self-management skills'],
  partnerContact: { name: 'Ana Ruiz', role: 'Site director', email: 'ana@ymca.example.org', phone: '555-0100' },
  schoolContact: { name: 'Lee Park', role: 'Assistant principal' },
  schedule: 'Mon-Thu 3:15-5:30 pm',
  duration: 'School year',
  location: 'Lincoln Elementary gym',
  targetAudience: 'Grades 3-5',
  notes: 'Shares attendance data monthly',
  history: 'Started as a summer camp',
  years: 6,
  fundingSource: '21st CCLC grant',
};

function issuesOf(input: unknown) {
  const result = safeParsePartnerInventory(input);
  if (result.ok) throw new Error('expected the inventory to be invalid');
  return result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
}

describe('partner kinds', () => {
  it('cover the nine kinds a school community works with, plus other', () => {
    expect(PARTNER_KINDS).toHaveLength(10);
    expect(PARTNER_KINDS.at(-1)).toBe('other');
    expect(partnerKindSchema.safeParse('health-care').success).toBe(true);
    expect(partnerKindSchema.safeParse('Health care').success).toBe(false);
  });
});

describe('parsePartnerInventory', () => {
  it('accepts a partner with every inventory field and one with only the required ones', () => {
    const minimal = { id: 'clinic', name: 'Eastside Clinic', kind: 'health-care' };
    expect(parsePartnerInventory([full, minimal])).toEqual([full, minimal]);
  });

  it('accepts an empty inventory', () => {
    expect(parsePartnerInventory([])).toEqual([]);
  });

  it('reports a repeated id at the path of the repeat', () => {
    expect(issuesOf([full, { ...full, name: 'Copy' }])).toEqual([
      { path: [1, 'id'], message: 'Expected a unique partner id, but "ymca-north" is already used by partner 0' },
    ]);
  });

  it('names each bad field and what it expected', () => {
    const issues = issuesOf([
      {
        id: 'x',
        name: '  ',
        kind: 'charity',
        years: 2.5,
        outcomeGoals: ['ok', 'two\nlines'],
        partnerContact: { name: 'A', email: 'not-an-email' },
      },
    ]);
    expect(issues).toEqual([
      { path: [0, 'name'], message: 'Expected the partner name (not empty)' },
      { path: [0, 'kind'], message: expect.stringContaining('Expected a partner kind: out-of-school-time,') as string },
      { path: [0, 'outcomeGoals', 1], message: 'Expected an outcome goal on a single line (one item per entry)' },
      { path: [0, 'partnerContact', 'email'], message: 'Expected an email address, e.g. "name@example.org"' },
      { path: [0, 'years'], message: 'Expected a whole number of years' },
    ]);
  });

  it('rejects negative years and input that is not a list', () => {
    expect(issuesOf([{ ...full, years: -1 }])).toEqual([
      { path: [0, 'years'], message: 'Expected a number of years of 0 or more' },
    ]);
    expect(() => parsePartnerInventory({ partners: [] })).toThrow(SelValidationError);
    expect(issuesOf(undefined)[0]?.path).toEqual([]);
  });
});

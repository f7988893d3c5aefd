import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignments as assignmentsOf, createCardSort } from './card-sort.js';
import type { TierAssignments } from './card-sort.js';
import { parseCsv } from './csv.js';
import { PARTNER_KINDS } from './partner.js';
import type { Partner } from './partner.js';
import { PARTNER_CSV_COLUMNS, partnersFromCsv, partnersToCsv } from './partner-csv.js';
import { TIERS } from './tier.js';
import { validationErrorOf } from './test-errors.js';

const ymca: Partner = {
  id: 'ymca-north',
  name: 'YMCA North, "Lincoln" site',
  kind: 'out-of-school-time',
  mission: 'Youth development\nthrough play',
  outcomeGoals: ['Improve attendance', 'Grow self-management skills'],
  partnerContact: { name: 'Ana Ruiz', role: 'Site director', email: 'ana@ymca.example.org', phone: '555-0100' },
  schoolContact: { name: 'Lee Park' },
  schedule: 'Mon-Thu 3:15-5:30 pm',
  duration: 'School year',
  location: 'Gym',
  targetAudience: 'Grades 3-5',
  notes: 'Shares attendance data',
  history: 'Began as a summer camp',
  years: 6,
  fundingSource: '21st CCLC grant',
};
const clinic: Partner = { id: 'clinic', name: 'Clínica Niños Sanos', kind: 'health-care' };

describe('partnersToCsv', () => {
  it('writes the inventory template columns, one row per partner', () => {
    const rows = parseCsv(partnersToCsv([ymca, clinic]));
    expect(rows[0]).toEqual(Object.values(PARTNER_CSV_COLUMNS).filter((c) => c !== 'SEL tier'));
    expect(rows[1]?.slice(0, 5)).toEqual([
      'ymca-north',
      'YMCA North, "Lincoln" site',
      'out-of-school-time',
      'Youth development\nthrough play',
      'Improve attendance\nGrow self-management skills',
    ]);
    expect(rows[2]?.slice(0, 4)).toEqual(['clinic', 'Clínica Niños Sanos', 'health-care', '']);
  });

  it('adds the tier column when given assignments, unsorted for partners without one', () => {
    const rows = parseCsv(partnersToCsv([ymca, clinic], { 'ymca-north': 'clearly-supports' }));
    expect(rows[0]?.at(-1)).toBe('SEL tier');
    expect(rows.slice(1).map((row) => row.at(-1))).toEqual(['clearly-supports', 'unsorted']);
  });

  it('writes a header alone for an empty inventory', () => {
    const text = partnersToCsv([]);
    expect(parseCsv(text)).toHaveLength(1);
    expect(partnersFromCsv(text)).toEqual({ partners: [], assignments: undefined, ignoredColumns: [] });
  });
});

describe('partnersFromCsv', () => {
  it('reads back what it wrote, tiers included', () => {
    const tiers: TierAssignments = { 'ymca-north': 'could-support', clinic: 'unsorted' };
    expect(partnersFromCsv(partnersToCsv([ymca, clinic], tiers))).toEqual({
      partners: [ymca, clinic],
      assignments: tiers,
      ignoredColumns: [],
    });
  });

  it('reads a hand-kept sheet: BOM, CRLF, loose headers, labels, blank cells, extra columns', () => {
    const text =
      '\uFEFFName of Community Partner ,kind,Outcome goals,SCHEDULE AND DURATION OF SUPPORTS,Tier,Budget code\r\n' +
      'YMCA North,Out-of-school time providers,"Attendance\r\n\r\nBelonging",Mon-Thu,1,X-12\r\n' +
      'Café Lumière,,,,Could potentially support SEL,\r\n' +
      '  ,,,,,\r\n' +
      'YMCA North,Government agencies,,,,\r\n' +
      'Corner Store,Local businesses,,,,\r\n';
    const result = partnersFromCsv(text);
    expect(result.partners).toEqual([
      {
        id: 'ymca-north',
        name: 'YMCA North',
        kind: 'out-of-school-time',
        outcomeGoals: ['Attendance', 'Belonging'],
        schedule: 'Mon-Thu',
      },
      { id: 'cafe-lumiere', name: 'Café Lumière', kind: 'other' },
      { id: 'ymca-north-2', name: 'YMCA North', kind: 'government-agency' },
      { id: 'corner-store', name: 'Corner Store', kind: 'local-business' },
    ]);
    expect(result.assignments).toEqual({
      'ymca-north': 'clearly-supports',
      'cafe-lumiere': 'could-support',
      'ymca-north-2': 'unsorted',
      'corner-store': 'unsorted',
    });
    expect(result.ignoredColumns).toEqual(['Budget code']);
  });

  it('never makes an id that a later row gives explicitly', () => {
    const text = 'ID,Name of community partner\r\n,Kids Club\r\nkids-club,Kids Club (East)\r\n';
    expect(partnersFromCsv(text).partners.map((p) => p.id)).toEqual(['kids-club-2', 'kids-club']);
  });

  it('feeds a card sort directly', () => {
    const { partners, assignments } = partnersFromCsv(
      partnersToCsv([ymca, clinic], { clinic: 'no-apparent-connection' }),
    );
    const state = createCardSort(
      partners.map((p) => p.id),
      assignments,
    );
    expect(assignmentsOf(state)).toEqual({ 'ymca-north': 'unsorted', clinic: 'no-apparent-connection' });
  });

  it('requires the name column', () => {
    const error = validationErrorOf(() => partnersFromCsv('ID,Mission\r\na,b\r\n'));
    expect(error.subject).toBe('partner inventory CSV');
    expect(error.issues).toEqual([
      {
        path: ['row', 1, 'column', 'Name of community partner'],
        message: 'Expected a column named "Name of community partner" in the header row',
        code: 'missing-column',
      },
    ]);
  });

  it('reports two headers for the same column', () => {
    const error = validationErrorOf(() => partnersFromCsv('Name,Partner name\r\na,b\r\n'));
    expect(error.issues[0]?.path).toEqual(['row', 1, 'column', 'Partner name']);
  });

  it('names the row and column of every bad cell, in row order', () => {
    const text = [
      'ID,Name of community partner,Kind of partner,Years of partnership,SEL tier,Community partner contact email,School contact role',
      'a,A,charity,three,4,ana@example.org,',
      'b,,health-care,2,,not-an-email,Principal',
      'a,C,,,,,',
    ].join('\r\n');
    const error = validationErrorOf(() => partnersFromCsv(text));
    expect(error.issues.map((i) => [i.path, i.message])).toEqual([
      [
        ['row', 2, 'column', 'Kind of partner'],
        expect.stringMatching(/^Expected a partner kind \(out-of-school-time, .*\), found "charity"$/),
      ],
      [['row', 2, 'column', 'Years of partnership'], 'Expected a whole number of years, e.g. 4, found "three"'],
      [
        ['row', 2, 'column', 'SEL tier'],
        expect.stringMatching(/^Expected a tier \(unsorted, .*or 1, 2, 3\), found "4"$/),
      ],
      [['row', 2, 'column', 'Community partner point of contact'], 'Expected a contact name as text'],
      [['row', 3, 'column', 'Name of community partner'], 'Expected the partner name as text'],
      [['row', 3, 'column', 'Community partner point of contact'], 'Expected a contact name as text'],
      [['row', 3, 'column', 'Community partner contact email'], 'Expected an email address, e.g. "name@example.org"'],
      [['row', 3, 'column', 'School community point of contact'], 'Expected a contact name as text'],
      [['row', 4, 'column', 'ID'], 'Expected a unique id, but "a" is already used in row 2'],
    ]);
    expect(error.message).toContain('row[2].column["Kind of partner"]');
  });

  it('reports malformed CSV with the inventory as subject', () => {
    const error = validationErrorOf(() => partnersFromCsv('Name of community partner\r\n"Unclosed'));
    expect(error.subject).toBe('partner inventory CSV');
    expect(error.issues[0]?.path).toEqual(['row', 2, 'column', 1]);
  });
});

const visible = fc
  .string({
    unit: fc.oneof(
      fc.constantFrom('"', ',', ' ', '\t', 'ñ', 'é', '中', '😀', '=', ';', '\u00a0'),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    ),
    minLength: 1,
    maxLength: 10,
  })
  .filter((s) => /\S/.test(s));
const cellText = fc.oneof(
  visible,
  fc.tuple(visible, fc.constantFrom('\n', '\r\n', '\r'), visible).map((parts) => parts.join('')),
);
const line = visible.filter((s) => !/[\r\n]/.test(s));
const email = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9]{0,7}$/), fc.stringMatching(/^[a-z]{1,8}$/))
  .map(([user, host]) => `${user}@${host}.org`);
const contact = fc.record({ name: cellText, role: cellText, email, phone: cellText }, { requiredKeys: ['name'] });
const partner: fc.Arbitrary<Partner> = fc
  .record(
    {
      id: line,
      name: cellText,
      kind: fc.constantFrom(...PARTNER_KINDS),
      mission: cellText,
      outcomeGoals: fc.array(line, { minLength: 1, maxLength: 4 }),
      partnerContact: contact,
      schoolContact: contact,
      schedule: cellText,
      duration: cellText,
      location: cellText,
      targetAudience: cellText,
      notes: cellText,
      history: cellText,
      years: fc.nat(80),
      fundingSource: cellText,
    },
    { requiredKeys: ['id', 'name', 'kind'] },
  )
  // Plain objects, as parsed JSON or a form would give.
  .map((p) => JSON.parse(JSON.stringify(p)) as Partner);

describe('round trip', () => {
  it('gives back any valid inventory and its tiers exactly', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(partner, { selector: (p) => p.id, maxLength: 6 }),
        fc.array(fc.constantFrom(...TIERS), { minLength: 6, maxLength: 6 }),
        (partners, tiers) => {
          const assignments: TierAssignments = Object.fromEntries(
            partners.map((p, i) => [p.id, tiers[i] ?? 'unsorted']),
          );
          const read = partnersFromCsv(partnersToCsv(partners, assignments));
          expect(read.partners).toStrictEqual(partners);
          expect(read.assignments).toStrictEqual(assignments);
          expect(partnersFromCsv(partnersToCsv(partners)).partners).toStrictEqual(partners);
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);

  it('reads an empty list of outcome goals as none', () => {
    const [read] = partnersFromCsv(partnersToCsv([{ ...clinic, outcomeGoals: [] }])).partners;
    expect(read).toEqual(clinic);
    expect(read && 'outcomeGoals' in read).toBe(false);
  });
});

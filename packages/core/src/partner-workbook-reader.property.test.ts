import fc from 'fast-check';
import { regexes } from 'zod/v4/core';
import { describe, expect, it } from 'vitest';
import { parsePartnerCardSortData, parsePartnerCardSortDataInSteps } from './card-sort-data.js';
import { checkPartnerCardSortData, checkPartnerCardSortDataInSteps } from './card-sort-data-reader.js';
import { safeParseTierAssignments } from './card-sort.js';
import type { ParseResult } from './errors.js';
import { parsePartnerWorkbook, parsePartnerWorkbookInSteps } from './partner-workbook.js';
import {
  checkPartner,
  checkPartnerWorkbook,
  checkPartnerWorkbookInSteps,
  checkTierAssignments,
  EMAIL_PATTERN,
} from './partner-workbook-reader.js';
import { brokenDocuments, expectSameReading } from './test-plain-reader.js';
import { finishSteps } from './validate-in-steps.js';
import { checkTouchpointCadence, checkWorkbookCadence } from './cadence-reader.js';
import { partnerSchema } from './partner.js';
import { touchpointCadenceSchema } from './touchpoint.js';
import { workbookCadenceSchema } from './partner-workbook.js';
import { safeParseWith } from './zod-parse.js';

/** Two partners with every optional field of the schema between them, and a key it does not know. */
const partners = [
  {
    id: 'prairie-youth',
    name: 'Prairie Youth Works',
    kind: 'out-of-school-time',
    mission: 'After-school programs',
    outcomeGoals: ['Students feel safe', 'Attendance rises'],
    partnerContact: { name: 'Dana Cole', role: 'Director', email: 'dana@example.org', phone: '555-0100' },
    schoolContact: { name: 'Ana Ruiz' },
    schedule: 'Mon-Thu 3:15-5:30 pm',
    duration: 'school year',
    location: 'Lincoln Elementary',
    targetAudience: 'Grades 3-5',
    notes: 'Strong partner',
    history: 'Since 2019',
    years: 6,
    fundingSource: '21st CCLC grant',
    website: 'a key the schema does not know',
  },
  { id: 'city-clinic', name: 'City Clinic', kind: 'health-care' },
];

/** A workbook with every part of the schema. */
const workbook = {
  version: 1,
  lang: 'en',
  partners,
  assignments: { 'prairie-youth': 'clearly-supports', 'city-clinic': 'could-support' },
  touchpoints: [
    { partnerId: 'prairie-youth', topic: 'spreading-the-word', date: '2026-10-01', notes: 'Newsletter', by: 'Ana' },
    { partnerId: 'city-clinic', topic: 'fostering-collaboration', date: '2026-11-01' },
  ],
  cadence: { 'clearly-supports': 2, unsorted: null },
  plans: [
    {
      partnerIds: ['prairie-youth'],
      sharedGoal: 'Students name their feelings',
      schoolDayPractices: ['Morning circle'],
      partnerPractices: ['Check-in at arrival'],
      alignmentOpportunities: [],
      keyPersonnel: [{ name: 'Ana Ruiz', role: 'SEL lead' }],
      actionSteps: [{ id: 's1', description: 'Share the chart', owner: 'Ana', due: '2026-10-01', status: 'done' }],
      communicationPlan: [{ audience: 'Families', message: 'SEL news', frequency: 'Monthly' }],
      dataSharingPlan: [{ data: 'Attendance', source: 'new', legallyShareable: 'no', frequency: 'Monthly' }],
    },
  ],
};

/** A card sort file: the inventory and where partners start. */
const cardSort = { lang: 'en', partners, assignments: { 'city-clinic': 'no-apparent-connection' } };

/** A reading in steps run to the end. */
function finished<T>(steps: Generator<void, ParseResult<T>, void>): ParseResult<T> {
  return finishSteps(steps);
}

describe('checkPartnerWorkbook', () => {
  it("gives the schema's value for a valid workbook, an older shape migrated, unknown keys left out", () => {
    for (const raw of [workbook, partners, { partners, assignments: cardSort.assignments }]) {
      const read = checkPartnerWorkbook(raw);
      expect(read.ok).toBe(true);
      expectSameReading(read, parsePartnerWorkbook(raw), 'valid');
    }
    const read = checkPartnerWorkbook(workbook);
    expect(read.ok && Object.keys(read.value.partners[0] ?? {})).not.toContain('website');
  });

  it('gives the same verdict, value and issues (paths, codes, messages, order) as parsePartnerWorkbook', () => {
    fc.assert(
      fc.property(brokenDocuments(workbook), ({ input, describe: what }) => {
        const schema = parsePartnerWorkbook(input);
        expectSameReading(checkPartnerWorkbook(input), schema, what);
        // In steps, the plain reader gives the schema's issues in the schema's order (the schema's own
        // reading in steps gives the same verdict, the items' issues last).
        const inSteps = finished(checkPartnerWorkbookInSteps(input));
        expectSameReading(inSteps, schema, what);
        expect(inSteps.ok).toBe(finished(parsePartnerWorkbookInSteps(input)).ok);
      }),
      { numRuns: 1_500 },
    );
  }, 60_000);

  it('keeps a partner called __proto__ as parsePartnerWorkbook does', () => {
    const raw = JSON.parse(
      '{"version":1,"partners":[{"id":"__proto__","name":"Proto","kind":"other"}],"assignments":{"__proto__":"could-support"},"touchpoints":[]}',
    ) as unknown;
    expectSameReading(checkPartnerWorkbook(raw), parsePartnerWorkbook(raw), '__proto__');
    const bad = JSON.parse('{"__proto__":"somewhere","a":"unsorted"}') as unknown;
    expectSameReading(
      checkTierAssignments(bad, 'x', ['assignments']),
      safeParseTierAssignments(bad, 'x', ['assignments']),
      'bad',
    );
  });

  it("reads emails with zod's own pattern", () => {
    expect(EMAIL_PATTERN.source).toBe(regexes.email.source);
    expect(EMAIL_PATTERN.flags).toBe(regexes.email.flags);
  });
});

describe('checkPartnerCardSortData', () => {
  it('gives the same verdict, value and issues as parsePartnerCardSortData, at once and in steps', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<unknown>(cardSort, partners).chain((data) => brokenDocuments(data as object)),
        ({ input, describe: what }) => {
          const schema = parsePartnerCardSortData(input);
          expectSameReading(checkPartnerCardSortData(input), schema, what);
          const inSteps = finished(checkPartnerCardSortDataInSteps(input));
          expectSameReading(inSteps, schema, what);
          expect(inSteps.ok).toBe(finished(parsePartnerCardSortDataInSteps(input)).ok);
        },
      ),
      { numRuns: 1_000 },
    );
  }, 60_000);
});

describe('the parts of a workbook read alone', () => {
  it('agree with partnerSchema, workbookCadenceSchema and touchpointCadenceSchema', () => {
    const cadence = { unsorted: null, 'clearly-supports': 1, 'could-support': 3, 'no-apparent-connection': 12 };
    fc.assert(
      fc.property(brokenDocuments({ partner: partners[0], cadence }), ({ input, describe: what }) => {
        const { partner, cadence: given } = input as { partner?: unknown; cadence?: unknown };
        expectSameReading(checkPartner(partner), safeParseWith(partnerSchema, partner, 'partner'), what);
        expectSameReading(checkWorkbookCadence(given), safeParseWith(workbookCadenceSchema, given, 'cadence'), what);
        expectSameReading(
          checkTouchpointCadence(given),
          safeParseWith(touchpointCadenceSchema, given, 'touchpoint cadence'),
          what,
        );
      }),
      { numRuns: 1_000 },
    );
  }, 60_000);
});

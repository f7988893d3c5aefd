import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeParseActionPlan } from './action-plan.js';
import { checkActionPlan } from './action-plan-reader.js';
import { brokenDocuments, expectSameReading } from './test-plain-reader.js';

const step = (id: string, status: string, extra: Record<string, string> = {}) => ({
  id,
  description: `Step ${id}`,
  owner: 'Ana Ruiz',
  due: '2026-10-01',
  status,
  ...extra,
});

/** A CASEL plan with every optional field of the schema, and a key it does not know. */
const caselPlan = {
  kind: 'casel',
  title: 'Springfield SEL action plan',
  sponsor: 'a key the schema does not know',
  goals: [
    {
      id: 'goal-1',
      statement: 'Every school names an SEL lead by October',
      measure: 'Leads named',
      indicatorIds: ['plan-written'],
      resourceIds: ['casel-guide'],
      steps: [step('s1', 'done', { updated: '2026-09-01' }), step('s2', 'blocked')],
    },
    { id: 'goal-2', statement: 'Families hear about SEL', steps: [step('s3', 'not-started')] },
  ],
};

/** A partner plan with every optional field of the schema. */
const partnerPlan = {
  kind: 'partner',
  title: 'Plan with Prairie Youth Works',
  resourceIds: ['casel-guide'],
  partnerIds: ['prairie-youth'],
  sharedGoal: 'Students name their feelings',
  schoolDayPractices: ['Morning circle'],
  partnerPractices: ['Check-in at arrival'],
  alignmentOpportunities: ['Shared feelings chart'],
  keyPersonnel: [{ name: 'Ana Ruiz', role: 'SEL lead', organization: 'Lincoln Elementary' }, { name: 'Ben' }],
  actionSteps: [step('p1', 'in-progress'), step('p2', 'done')],
  communicationPlan: [
    { audience: 'Families', message: 'What SEL is', channel: 'Newsletter', frequency: 'Monthly' },
    { audience: 'Staff', message: 'Progress', frequency: 'Each semester' },
  ],
  dataSharingPlan: [
    { data: 'Attendance', source: 'already-collected', legallyShareable: 'yes', frequency: 'Monthly', notes: 'FERPA' },
    { data: 'Survey', source: 'new', legallyShareable: 'unknown', frequency: 'Yearly' },
  ],
};

describe('checkActionPlan', () => {
  it("gives the schema's value for valid plans of both kinds, unknown keys left out", () => {
    for (const plan of [caselPlan, partnerPlan]) {
      const read = checkActionPlan(plan);
      expect(read.ok).toBe(true);
      expectSameReading(read, safeParseActionPlan(plan), plan.kind);
    }
    const read = checkActionPlan(caselPlan);
    expect(read.ok && Object.keys(read.value)).not.toContain('sponsor');
  });

  it('gives the same verdict, value and issues (paths, codes, messages, order) as the schema', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(caselPlan, partnerPlan).chain((plan) => brokenDocuments(plan)),
        ({ input, describe: what }) => {
          expectSameReading(checkActionPlan(input), safeParseActionPlan(input), what);
        },
      ),
      { numRuns: 2_000 },
    );
  }, 60_000);

  it('agrees with the schema on what is not a plan at all', () => {
    for (const input of [null, undefined, 'plan', 42, [], new Date(0), Object.create(null), {}, { kind: 'other' }]) {
      expectSameReading(checkActionPlan(input), safeParseActionPlan(input), Object.prototype.toString.call(input));
    }
  });
});

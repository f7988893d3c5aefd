import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { communitySchema } from './community.js';
import { checkCommunity, checkCommunityInSteps } from './community-reader.js';
import { checkIsoDate } from './date-reader.js';
import { isoDateSchema } from './dates-schema.js';
import { brokenDocuments, expectSameReading } from './test-plain-reader.js';
import { safeParseWith } from './zod-parse.js';

/** A community with every optional field of the schema, and a key it does not know. */
const community = {
  id: ' il ',
  name: 'Illinois SEL learning community',
  lang: 'en-US',
  scope: { kind: 'state', state: 'IL' },
  readiness: 'improving',
  charter: { start: '2026-07-01', end: '2031-06-30' },
  phase: 'launch',
  leadershipTeam: [
    { name: 'Ana Ruiz', role: 'Lead' },
    { name: 'Ben Okafor', role: 'Coordinator' },
  ],
  committees: ['advisory', 'events'],
  members: [{ kind: 'district-leader', name: 'Chris Lee' }],
  districts: [
    { id: 'springfield', name: 'Springfield District 186', state: 'IL', students: 13000 },
    { id: 'peoria', name: 'Peoria Public Schools', students: 0 },
  ],
  milestones: [
    {
      id: 'blueprint',
      title: 'Finalize the blueprint',
      phase: 'detailed-design',
      due: '2026-12-15',
      start: '2026-09-01',
      status: 'done',
      completedOn: '2026-12-10',
      owner: 'Ana Ruiz',
      description: 'Shared with the board',
      exitCriterion: true,
    },
    { id: 'launch-event', title: 'Launch event', phase: 'launch', due: '2027-02-01', status: 'planned' },
  ],
  history: [
    { from: 'detailed-design', to: 'launch', on: '2027-01-05' },
    { from: 'launch', to: 'scale-and-improve', on: '2028-01-05' },
    { from: 'scale-and-improve', to: 'launch', on: '2028-02-01' },
  ],
  sponsor: 'a key the schema does not know',
};

/** Both ways of reading in plain code: at once, and in steps run to the end. */
function plainReadings(input: unknown) {
  const steps = checkCommunityInSteps(input);
  let step = steps.next();
  let count = 0;
  while (!step.done) {
    count += 1;
    step = steps.next();
  }
  return { atOnce: checkCommunity(input), inSteps: step.value, steps: count };
}

describe('checkCommunity', () => {
  it("gives the schema's value for a valid community: unknown keys left out, text trimmed", () => {
    const { atOnce, inSteps, steps } = plainReadings(community);
    expect(atOnce.ok).toBe(true);
    expectSameReading(atOnce, safeParseWith(communitySchema, community, 'community'), 'valid');
    expectSameReading(inSteps, safeParseWith(communitySchema, community, 'community'), 'valid in steps');
    expect(atOnce.ok && atOnce.value.id).toBe('il');
    expect(atOnce.ok && Object.keys(atOnce.value)).not.toContain('sponsor');
    expect(steps).toBe(2);
    const national = { ...community, scope: { kind: 'national' } };
    expectSameReading(checkCommunity(national), safeParseWith(communitySchema, national, 'community'), 'national');
  });

  it('gives the same verdict, value and issues (paths, codes, messages, order) as the schema', () => {
    fc.assert(
      fc.property(brokenDocuments(community), ({ input, describe: what }) => {
        const schema = safeParseWith(communitySchema, input, 'community');
        const { atOnce, inSteps } = plainReadings(input);
        expectSameReading(atOnce, schema, what);
        expectSameReading(inSteps, schema, what);
      }),
      { numRuns: 2_000 },
    );
  }, 60_000);

  it('agrees with the schema on what is not a community at all', () => {
    for (const input of [null, undefined, 'community', 42, [], [community], new Date(0), Object.create(null), {}]) {
      expectSameReading(
        checkCommunity(input),
        safeParseWith(communitySchema, input, 'community'),
        Object.prototype.toString.call(input),
      );
    }
  });
});

describe('checkIsoDate', () => {
  it('agrees with isoDateSchema', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
          fc.constantFrom('2024-02-29', '2023-02-29', '2024-1-01', ' 2024-01-01', 20240101, null),
        ),
        (date) => {
          expectSameReading(checkIsoDate(date, 'today'), safeParseWith(isoDateSchema, date, 'today'), String(date));
        },
      ),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Community } from './community.js';
import { communitySchema } from './community.js';
import { type ParseResult } from './errors.js';
import { safeParseWith } from './zod-parse.js';
import { partnerInventorySchema, type PartnerInventory } from './partner.js';
import { type Rubric } from './rubric.js';
import { rubricSchema } from './rubric-schema.js';
import { pathsOf, removalMutation, typeMutation, withValueAt } from './test-malformed.js';
import { validateInSteps, type ListPath } from './validate-in-steps.js';

/** Runs the steps to the end, counting them. */
function run<T>(steps: Generator<void, ParseResult<T>, void>): { result: ParseResult<T>; steps: number } {
  let count = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) return { result: next.value, steps: count };
    count += 1;
  }
}

/** The issues of a result (none when valid), in a stable order. */
const issuesOf = (result: ParseResult<unknown>): string[] =>
  (result.ok ? [] : result.error.issues).map(({ path, code, message }) => JSON.stringify([path, code, message])).sort();

const rubric: Rubric = {
  id: 'district',
  version: '1',
  title: 'District rubric',
  scope: 'district',
  levels: [1, 2, 3].map((value) => ({ value, label: `Level ${String(value)}` })),
  focusAreas: [0, 1].map((a) => ({
    id: `fa-${String(a)}`,
    title: `Focus area ${String(a)}`,
    practices: [0, 1, 2].map((p) => ({
      id: `p-${String(a)}-${String(p)}`,
      title: `Practice ${String(p)}`,
      indicators: Array.from({ length: 4 }, (_, i) => ({
        id: `i-${String(a)}-${String(p)}-${String(i)}`,
        text: `Indicator ${String(i)}`,
        descriptors: ['Not yet', 'Partly', 'Fully'],
      })),
    })),
  })),
};
const rubricLists: ListPath = ['focusAreas', '*', 'practices', '*', 'indicators'];

const community: Community = {
  id: 'c',
  name: 'Learning community',
  scope: { kind: 'state', state: 'IL' },
  readiness: 'improving',
  charter: { start: '2026-07-01', end: '2031-06-30' },
  phase: 'launch',
  leadershipTeam: [],
  committees: [],
  members: [],
  districts: [],
  milestones: Array.from({ length: 6 }, (_, i) => ({
    id: `m-${String(i)}`,
    title: `Check-in ${String(i)}`,
    phase: 'launch',
    due: `2027-0${String(i + 1)}-15`,
    status: 'planned',
  })),
};

const partners: PartnerInventory = [
  {
    id: 'bright-futures',
    name: 'Bright Futures Afterschool',
    kind: 'out-of-school-time',
    mission: 'Give every child a safe, joyful place to learn and play after the bell.',
    outcomeGoals: ['Students build friendships across grades', 'Homework completion above 90%'],
    partnerContact: { name: 'Ana Ruiz', role: 'Program director', email: 'ana.ruiz@brightfutures.example' },
    schoolContact: { name: 'Marcus Lee', role: 'Assistant principal' },
    schedule: 'Mon–Thu 3:15–5:30 pm',
    years: 4,
  },
  { id: 'lincoln-clinic', name: 'Lincoln Family Clinic', kind: 'health-care', targetAudience: 'Families' },
  { id: 'parks', name: 'City Parks and Recreation', kind: 'government-agency' },
  { id: 'state-university', name: 'State University SEL Lab', kind: 'university-research-center', years: 2 },
  { id: 'corner-bakery', name: 'Corner Bakery', kind: 'local-business', notes: 'Donates breakfast' },
];

const cases = [
  { name: 'rubric', schema: rubricSchema, valid: rubric as unknown, lists: rubricLists },
  { name: 'community', schema: communitySchema, valid: community as unknown, lists: ['milestones'] },
  { name: 'partner inventory', schema: partnerInventorySchema, valid: partners as unknown, lists: [] },
] as const;

describe('validateInSteps', () => {
  for (const { name, schema, valid, lists } of cases) {
    it(`gives a valid ${name} exactly as safeParseWith does, a step per item`, () => {
      const { result, steps } = run(validateInSteps(schema, valid, name, lists));
      expect(result).toEqual(safeParseWith(schema, valid, name));
      expect(result.ok).toBe(true);
      expect(steps).toBeGreaterThan(3);
    });

    it(`refuses a ${name} broken at any one place with the issues safeParseWith gives`, () => {
      const paths = pathsOf(valid);
      fc.assert(
        fc.property(fc.oneof(typeMutation(valid, paths), removalMutation(paths)), (mutation) => {
          const broken = mutation.apply(valid);
          const expected = safeParseWith(schema, broken, name);
          const { result } = run(validateInSteps(schema, broken, name, lists));
          expect(result.ok).toBe(expected.ok);
          if (result.ok) expect(result).toEqual(expected);
          expect(issuesOf(result)).toEqual(issuesOf(expected));
        }),
        { numRuns: 300 },
      );
    });
  }

  it('finds rules across items once every item is valid: a repeated id in the last list', () => {
    const repeated = withValueAt(rubric, ['focusAreas', 1, 'practices', 2, 'indicators', 3, 'id'], 'i-0-0-0');
    const { result } = run(validateInSteps(rubricSchema, repeated, 'rubric', rubricLists));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.error.issues).toEqual([
      {
        path: ['focusAreas', 1, 'practices', 2, 'indicators', 3, 'id'],
        code: 'custom',
        message:
          'Expected a unique id: "i-0-0-0" is already used by indicator focusAreas[0].practices[0].indicators[0]',
      },
    ]);
    const twice = [...partners, { ...partners[0], name: 'Again' }];
    const inventory = run(validateInSteps(partnerInventorySchema, twice, 'partners', [])).result;
    expect(inventory.ok).toBe(false);
    expect(issuesOf(inventory)).toEqual(issuesOf(safeParseWith(partnerInventorySchema, twice, 'partners')));
  });

  it('keeps a list too short for its own rule an error, and an empty list valid where allowed', () => {
    const none = withValueAt(rubric, ['focusAreas', 0, 'practices', 1, 'indicators'], []);
    const { result } = run(validateInSteps(rubricSchema, none, 'rubric', rubricLists));
    expect(result.ok ? [] : result.error.issues.map((issue) => issue.path)).toEqual([
      ['focusAreas', 0, 'practices', 1, 'indicators'],
    ]);
    const empty = { ...community, milestones: [] };
    expect(run(validateInSteps(communitySchema, empty, 'community', ['milestones'])).result).toEqual(
      safeParseWith(communitySchema, empty, 'community'),
    );
  });

  it('validates at once when the schema has another shape than the path says', () => {
    const { result, steps } = run(validateInSteps(communitySchema, community, 'community', ['charter']));
    expect(steps).toBe(0);
    expect(result).toEqual(safeParseWith(communitySchema, community, 'community'));
  });
});

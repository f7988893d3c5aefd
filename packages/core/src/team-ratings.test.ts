import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessmentFromCsv, assessmentToCsv } from './assessment-csv.js';
import { parseAssessment, safeParseAssessment } from './assessment-parse.js';
import type { Assessment } from './assessment.js';
import { SelRuleError, SelValidationError } from './errors.js';
import { listIndicators } from './rubric.js';
import type { Rubric } from './rubric.js';
import { scoreAssessment } from './scoring.js';
import { visibleHostileText } from './test-hostile.js';
import { anyLevels, anyRubric, assessmentOf, districtRubric, sixLevelRubric } from './test-rubrics.js';
import {
  checkTeamRatingsOptions,
  consensusOrder,
  recordAgreement,
  startConsensus,
  teamRatings,
  teamRatingsOptionsSchema,
} from './team-ratings.js';
import { safeParseWith } from './zod-parse.js';

/** A member's own assessment of `rubric`: `takenBy` names the member. */
function member(rubric: Rubric, name: string, levels: Readonly<Record<string, number>>): Assessment {
  return { ...assessmentOf(rubric, levels, { id: `${rubric.id}-2026-02-02` }), takenBy: name };
}

// districtRubric: 4 levels (1-4); indicators fa1-p1-i1, fa1-p1-i2, fa1-p2-i1, fa2-p1-i1, fa2-p1-i2, fa2-p1-i3.
const team = [
  member(districtRubric, 'Rosa', { 'fa1-p1-i1': 3, 'fa1-p1-i2': 2, 'fa1-p2-i1': 4, 'fa2-p1-i1': 1 }),
  member(districtRubric, 'Ana', { 'fa1-p1-i1': 3, 'fa1-p1-i2': 3, 'fa1-p2-i1': 1, 'fa2-p1-i1': 1 }),
  member(districtRubric, 'Ben', { 'fa1-p1-i1': 3, 'fa1-p1-i2': 2, 'fa1-p2-i1': 2, 'fa2-p1-i2': 4 }),
];
const fields = { id: 'team-2026-02-10', takenBy: 'District SEL team', takenOn: '2026-02-10' };

describe('teamRatings', () => {
  const ratings = teamRatings(districtRubric, team);

  it('lists the members by name and every indicator in rubric order', () => {
    expect(ratings.members.map((m) => m.name)).toEqual(['Ana', 'Ben', 'Rosa']);
    expect(ratings.indicators.map((entry) => entry.indicatorId)).toEqual(
      listIndicators(districtRubric).map((entry) => entry.indicator.id),
    );
    expect(ratings).toMatchObject({ agreement: 'same-level', agreed: 3, disagreed: 2, unrated: 1 });
  });

  it('gives the distribution of levels, with who chose each, the median, the spread and who has not rated', () => {
    const [unanimous, split, wide, partial, single, none] = ratings.indicators;
    expect(unanimous).toMatchObject({ median: 3, spread: 0, agrees: true, rated: 3, notRated: [] });
    expect(split?.distribution).toEqual([
      { level: 1, label: 'Not yet planned', count: 0, members: [] },
      { level: 2, label: 'Partly in place', count: 2, members: ['Ben', 'Rosa'] },
      { level: 3, label: 'Mostly in place', count: 1, members: ['Ana'] },
      { level: 4, label: 'Fully in place', count: 0, members: [] },
    ]);
    expect(split).toMatchObject({ median: 2, spread: 1, agrees: false });
    expect(wide).toMatchObject({ median: 2, spread: 3, agrees: false });
    expect(wide?.ratings).toEqual([
      { member: 'Ana', level: 1 },
      { member: 'Ben', level: 2 },
      { member: 'Rosa', level: 4 },
    ]);
    expect(partial).toMatchObject({ median: 1, spread: 0, agrees: true, notRated: ['Ben'] });
    expect(single).toMatchObject({ rated: 1, median: 4, spread: 0, agrees: true, notRated: ['Ana', 'Rosa'] });
    expect(none).toMatchObject({ rated: 0, median: null, spread: null, agrees: null });
    expect(none?.notRated).toEqual(['Ana', 'Ben', 'Rosa']);
  });

  it('agrees within one level when asked', () => {
    const within = teamRatings(districtRubric, team, { agreement: 'within-one' });
    expect(within.indicators.map((entry) => entry.agrees)).toEqual([true, true, false, true, true, null]);
  });

  it('measures spread in level steps on a scale with uneven values', () => {
    const six = teamRatings(sixLevelRubric, [
      member(sixLevelRubric, 'A', { 'fa1-p1-i1': 4 }),
      member(sixLevelRubric, 'B', { 'fa1-p1-i1': 7 }),
    ]);
    expect(six.indicators[0]).toMatchObject({ spread: 1, median: 4, agrees: false });
    expect(
      teamRatings(
        sixLevelRubric,
        [member(sixLevelRubric, 'A', { 'fa1-p1-i1': 4 }), member(sixLevelRubric, 'B', { 'fa1-p1-i1': 7 })],
        { agreement: 'within-one' },
      ).indicators[0]?.agrees,
    ).toBe(true);
  });

  it('refuses no members, two assessments by one member, a misfit and bad options', () => {
    expect(() => teamRatings(districtRubric, [])).toThrow(SelRuleError);
    const twice = [...team, member(districtRubric, 'Ana', {})];
    expect(() => teamRatings(districtRubric, twice)).toThrow(/two are taken by "Ana"/);
    const misfit = { ...member(districtRubric, 'Zoe', {}), rubricVersion: 'old' };
    expect(() => teamRatings(districtRubric, [...team, misfit])).toThrow(/Member "Zoe"/);
    expect(() => teamRatings(districtRubric, team, { agreement: 'close' as 'same-level' })).toThrow(SelValidationError);
  });

  it('reads its options in plain code as the options schema reads them', () => {
    const agreement = fc.oneof(fc.constantFrom('same-level', 'within-one', 'close', '', undefined), fc.anything());
    const options = fc.oneof(
      fc.record({ agreement }, { requiredKeys: [] }),
      fc.record({ agreement, extra: fc.anything() }),
      fc.anything(),
    );
    fc.assert(
      fc.property(options, (given) => {
        const plain = checkTeamRatingsOptions(given);
        const schema = safeParseWith(teamRatingsOptionsSchema, given, 'options');
        expect(plain.ok).toBe(schema.ok);
        if (plain.ok && schema.ok) expect(plain.value).toStrictEqual(schema.value);
        if (!plain.ok && !schema.ok) expect(plain.error.issues).toEqual(schema.error.issues);
      }),
    );
  });
});

describe('consensusOrder', () => {
  it('puts the widest disagreement first, then agreement, then what nobody rated', () => {
    const order = consensusOrder(teamRatings(districtRubric, team)).map((entry) => entry.indicatorId);
    expect(order).toEqual(['fa1-p2-i1', 'fa1-p1-i2', 'fa1-p1-i1', 'fa2-p1-i1', 'fa2-p1-i2', 'fa2-p1-i3']);
  });
});

describe('startConsensus and recordAgreement', () => {
  it('starts the agreed assessment with the indicators every member rated alike', () => {
    const consensus = startConsensus(districtRubric, team, fields);
    expect(consensus).toMatchObject({ ...fields, rubricId: districtRubric.id, rubricVersion: districtRubric.version });
    expect(consensus.ratings).toEqual({
      'fa1-p1-i1': {
        level: 3,
        memberRatings: [
          { member: 'Ana', level: 3 },
          { member: 'Ben', level: 3 },
          { member: 'Rosa', level: 3 },
        ],
      },
    });
  });

  it('records the agreed level, the member ratings it came from and the discussion note', () => {
    const ratings = teamRatings(districtRubric, team);
    const start = startConsensus(districtRubric, team, fields);
    const agreed = recordAgreement(districtRubric, ratings, start, 'fa1-p2-i1', {
      level: 2,
      notes: 'Plans exist; only one school runs them. <b>"quoted"</b>',
    });
    expect(agreed.ratings['fa1-p2-i1']).toEqual({
      level: 2,
      notes: 'Plans exist; only one school runs them. <b>"quoted"</b>',
      memberRatings: [
        { member: 'Ana', level: 1 },
        { member: 'Ben', level: 2 },
        { member: 'Rosa', level: 4 },
      ],
    });
    expect(start.ratings).not.toHaveProperty('fa1-p2-i1');
    // The agreed assessment is an assessment like any other: it is checked, scored and written to CSV.
    expect(parseAssessment(JSON.parse(JSON.stringify(agreed)), districtRubric)).toEqual(agreed);
    expect(scoreAssessment(districtRubric, agreed).overall.rated).toBe(2);
    expect(assessmentFromCsv(assessmentToCsv(districtRubric, agreed), districtRubric)).toEqual(agreed);
    expect(() => recordAgreement(districtRubric, ratings, start, 'fa1-p2-i1', { level: 9 })).toThrow(
      SelValidationError,
    );
  });

  it('checks recorded member levels against the rubric at their path', () => {
    const bad = {
      ...startConsensus(districtRubric, team, fields),
      ratings: { 'fa1-p1-i1': { level: 3, memberRatings: [{ member: 'Ana', level: 7 }] } },
    };
    const result = safeParseAssessment(bad, districtRubric);
    expect(result.ok ? [] : result.error.issues.map((issue) => issue.path)).toEqual([
      ['ratings', 'fa1-p1-i1', 'memberRatings', 0, 'level'],
    ]);
  });
});

/** Up to 30 members with distinct hostile names, each rating `rubric` at random. */
function anyTeam(rubric: Rubric): fc.Arbitrary<Assessment[]> {
  return fc
    .uniqueArray(visibleHostileText, { minLength: 1, maxLength: 30 })
    .chain((names) =>
      fc.tuple(...names.map((name) => anyLevels(rubric).map((levels) => member(rubric, name, levels)))),
    );
}

const rubricAndTeam = anyRubric.chain((rubric) =>
  anyTeam(rubric).chain((members) =>
    fc.record({
      rubric: fc.constant(rubric),
      members: fc.constant(members),
      shuffled: fc.shuffledSubarray(members, { minLength: members.length, maxLength: members.length }),
      agreement: fc.constantFrom('same-level' as const, 'within-one' as const),
    }),
  ),
);

describe('team rules (properties)', () => {
  it('give the same result for any order of the members', () => {
    fc.assert(
      fc.property(rubricAndTeam, ({ rubric, members, shuffled, agreement }) => {
        const reversed = [...members].reverse();
        const ratings = teamRatings(rubric, members, { agreement });
        expect(teamRatings(rubric, shuffled, { agreement })).toEqual(ratings);
        expect(teamRatings(rubric, reversed, { agreement })).toEqual(ratings);
        expect(consensusOrder(teamRatings(rubric, shuffled, { agreement }))).toEqual(consensusOrder(ratings));
        const consensus = startConsensus(rubric, members, fields, { agreement });
        expect(startConsensus(rubric, shuffled, fields, { agreement })).toEqual(consensus);
        // Hostile member names survive the agreed assessment's CSV, as JSON in member_ratings.
        expect(assessmentFromCsv(assessmentToCsv(rubric, consensus), rubric)).toEqual(consensus);
      }),
      { numRuns: 60 },
    );
  });

  it('count every member once per indicator and keep median and agreement consistent with the ratings', () => {
    fc.assert(
      fc.property(rubricAndTeam, ({ rubric, members, agreement }) => {
        const ratings = teamRatings(rubric, members, { agreement });
        const values = rubric.levels.map((level) => level.value);
        for (const entry of ratings.indicators) {
          expect(entry.rated + entry.notRated.length).toBe(members.length);
          expect(entry.distribution.reduce((sum, count) => sum + count.count, 0)).toBe(entry.rated);
          expect(entry.distribution.map((count) => count.level)).toEqual(values);
          if (entry.rated === 0) {
            expect(entry).toMatchObject({ median: null, spread: null, agrees: null });
            continue;
          }
          const positions = entry.ratings.map((rating) => values.indexOf(rating.level));
          const median = values.indexOf(entry.median ?? Number.NaN);
          expect(median).toBeGreaterThanOrEqual(Math.min(...positions));
          expect(median).toBeLessThanOrEqual(Math.max(...positions));
          expect(entry.spread).toBe(Math.max(...positions) - Math.min(...positions));
          expect(entry.agrees).toBe((entry.spread ?? 0) <= (agreement === 'same-level' ? 0 : 1));
        }
        expect(ratings.agreed + ratings.disagreed + ratings.unrated).toBe(ratings.indicators.length);
        const order = consensusOrder(ratings);
        expect([...order].sort((a, b) => a.indicatorId.localeCompare(b.indicatorId))).toEqual(
          [...ratings.indicators].sort((a, b) => a.indicatorId.localeCompare(b.indicatorId)),
        );
        const firstAgreeing = order.findIndex((entry) => entry.agrees !== false);
        if (firstAgreeing >= 0) expect(order.slice(firstAgreeing).every((entry) => entry.agrees !== false)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

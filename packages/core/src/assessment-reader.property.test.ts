import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeParseAssessment } from './assessment-parse.js';
import { checkAssessment, checkIndicatorId, checkRating } from './assessment-reader.js';
import { ratingSchema } from './assessment-schema.js';
import { rubricItemIdSchema } from './rubric-schema.js';
import { districtRubric } from './test-rubrics.js';
import { brokenDocuments, expectSameReading } from './test-plain-reader.js';
import { safeParseWith } from './zod-parse.js';

const [first, second] = districtRubric.focusAreas[0]?.practices[0]?.indicators ?? [];

/** An assessment of the district rubric with every optional field of the schema, and a key it does not know. */
const assessment = {
  id: 'springfield-2026',
  rubricId: districtRubric.id,
  rubricVersion: districtRubric.version,
  takenBy: 'Springfield SEL team',
  takenOn: '2026-03-01',
  notes: 'First round',
  priorities: [districtRubric.focusAreas[0]?.practices[0]?.id],
  reviewer: 'a key the schema does not know',
  ratings: {
    [first?.id ?? 'a']: {
      level: 2,
      notes: 'Plan drafted',
      links: ['https://example.org/plan.pdf', 'http://example.org/minutes'],
      ratedBy: 'Ana',
      ratedOn: '2026-03-01',
      memberRatings: [
        { member: 'Ana', level: 2 },
        { member: 'Ben', level: 3 },
      ],
    },
    [second?.id ?? 'b']: { level: 1 },
  },
};

describe('checkAssessment', () => {
  it("gives the schema's value for a valid assessment, unknown keys left out", () => {
    const read = checkAssessment(assessment, districtRubric);
    expect(read.ok).toBe(true);
    expectSameReading(read, safeParseAssessment(assessment, districtRubric), 'valid');
    expect(read.ok && Object.keys(read.value)).not.toContain('reviewer');
  });

  it('gives the same verdict, value and issues as the schema, with and without the rubric', () => {
    fc.assert(
      fc.property(brokenDocuments(assessment), fc.boolean(), ({ input, describe: what }, withRubric) => {
        const rubric = withRubric ? districtRubric : undefined;
        expectSameReading(checkAssessment(input, rubric), safeParseAssessment(input, rubric), what);
      }),
      { numRuns: 1_500 },
    );
  }, 60_000);

  it('agrees with the schema on ratings given in any form', () => {
    const rating = assessment.ratings[first?.id ?? 'a'];
    fc.assert(
      fc.property(brokenDocuments({ rating }), ({ input, describe: what }) => {
        const given = (input as { rating: unknown }).rating;
        expectSameReading(checkRating(given), safeParseWith(ratingSchema, given, 'rating'), what);
      }),
      { numRuns: 800 },
    );
  }, 60_000);

  it('agrees with the schema on indicator ids', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom('a-b', 'A', '', 'a--b', 7, null)), (id) => {
        expectSameReading(checkIndicatorId(id), safeParseWith(rubricItemIdSchema, id, 'indicator id'), String(id));
      }),
    );
  });
});

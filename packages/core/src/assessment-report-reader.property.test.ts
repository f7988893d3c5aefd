import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeParseAssessmentReport } from './assessment-report.js';
import { checkAssessmentReport } from './assessment-report-reader.js';
import { brokenDocuments, expectSameReading } from './test-plain-reader.js';
import { districtRubric } from './test-rubrics.js';

/** A small rubric: two focus areas, three indicators. */
const rubric = {
  id: 'plan-for-sel',
  version: '2026.1',
  title: 'District SEL rubric',
  scope: 'district',
  levels: [
    { value: 1, label: 'Not yet' },
    { value: 2, label: 'Partly' },
    { value: 3, label: 'Fully' },
  ],
  focusAreas: [
    {
      id: 'shared-vision',
      title: 'Build shared vision',
      practices: [
        {
          id: 'plan',
          title: 'Plan for SEL',
          indicators: [
            { id: 'plan-written', text: 'A written plan exists', tags: ['planning'] },
            { id: 'plan-shared', text: 'The plan is shared' },
          ],
        },
      ],
    },
    {
      id: 'adult-sel',
      title: 'Strengthen adult SEL',
      practices: [{ id: 'staff', title: 'Staff learning', indicators: [{ id: 'staff-time', text: 'Time' }] }],
    },
  ],
};

/** A report with every optional field of the schema, and a key it does not know. */
const report = {
  rubric,
  assessments: [
    {
      id: 'fall-2025',
      rubricId: 'plan-for-sel',
      rubricVersion: '2026.1',
      takenBy: 'SEL team',
      takenOn: '2025-10-01',
      priorities: ['plan'],
      ratings: { 'plan-written': { level: 1, links: ['https://example.org/plan.pdf'] }, 'staff-time': { level: 2 } },
    },
    {
      id: 'spring-2026',
      rubricId: 'plan-for-sel',
      rubricVersion: '2026.1',
      takenBy: 'SEL team',
      takenOn: '2026-04-01',
      ratings: { 'plan-written': { level: 3 }, 'plan-shared': { level: 2, notes: 'Shared at the board' } },
    },
  ],
  targets: { overall: 0.8, focusAreas: { 'adult-sel': 0.5, 'shared-vision': 1 } },
  priorities: ['staff'],
  district: 'a key the schema does not know',
};

describe('checkAssessmentReport', () => {
  it("gives the schema's value for a valid report, unknown keys left out", () => {
    const read = checkAssessmentReport(report);
    expect(read.ok).toBe(true);
    expectSameReading(read, safeParseAssessmentReport(report), 'valid');
    expect(read.ok && Object.keys(read.value)).not.toContain('district');
    const district = {
      rubric: districtRubric,
      assessments: [
        { ...report.assessments[1], rubricId: districtRubric.id, rubricVersion: districtRubric.version, ratings: {} },
      ],
    };
    expectSameReading(checkAssessmentReport(district), safeParseAssessmentReport(district), 'district rubric');
  });

  it('gives the same verdict, value and issues (paths, codes, messages, order) as the schema', () => {
    fc.assert(
      fc.property(brokenDocuments(report), ({ input, describe: what }) => {
        expectSameReading(checkAssessmentReport(input), safeParseAssessmentReport(input), what);
      }),
      { numRuns: 1_500 },
    );
  }, 60_000);

  it('agrees with the schema on what is not a report at all', () => {
    for (const input of [null, undefined, 'report', 42, [], [report], new Date(0), Object.create(null), {}]) {
      expectSameReading(
        checkAssessmentReport(input),
        safeParseAssessmentReport(input),
        Object.prototype.toString.call(input),
      );
    }
  });
});

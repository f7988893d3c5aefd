import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessmentFromCsv, assessmentToCsv } from './assessment-csv.js';
import { createAssessment, setPracticePriority, setRating } from './assessment.js';
import { parseAssessment } from './assessment-parse.js';
import { parseCsv } from './csv.js';
import { readJson, toJson } from './json.js';
import { listIndicators } from './rubric.js';
import { hostileText, visibleHostileText } from './test-hostile.js';
import { rubricWithLevels } from './test-rubrics.js';

const FORMULA_START = /^[=+\-@\t\r]/;

/** Evidence written by anyone: naughty strings, script payloads, line breaks, non-ASCII. */
const evidence = fc.record({
  notes: fc.option(
    hostileText.filter((text) => text !== ''),
    { nil: undefined },
  ),
  ratedBy: fc.option(
    hostileText.filter((text) => text !== ''),
    { nil: undefined },
  ),
});

describe('assessment JSON <-> model <-> CSV', () => {
  it('keeps every rating, priority and character of hostile evidence through JSON and CSV (property)', () => {
    fc.assert(
      fc.property(
        rubricWithLevels,
        fc.array(evidence, { minLength: 1, maxLength: 8 }),
        visibleHostileText,
        hostileText,
        fc.array(fc.boolean(), { maxLength: 9 }),
        ({ rubric, levels }, evidences, takenBy, notes, marks) => {
          let assessment = createAssessment(rubric, { id: 'hostile', takenBy, takenOn: '2026-03-01' });
          if (notes !== '') assessment = { ...assessment, notes };
          Object.entries(levels).forEach(([id, level], index) => {
            const { notes: note, ratedBy } = evidences[index % evidences.length] ?? {};
            assessment = setRating(assessment, id, {
              level,
              ...(note === undefined ? {} : { notes: note }),
              ...(ratedBy === undefined ? {} : { ratedBy }),
            });
          });
          const practices = rubric.focusAreas.flatMap((area) => area.practices);
          practices.forEach((practice, index) => {
            if (marks[index] === true) assessment = setPracticePriority(rubric, assessment, practice.id, true);
          });
          // JSON text -> model -> CSV text -> model -> JSON text: the same text at both ends.
          const json = toJson(assessment);
          const model = parseAssessment(readJson(json), rubric);
          const csv = assessmentToCsv(rubric, model);
          const back = assessmentFromCsv(csv, rubric);
          expect(toJson(back)).toBe(json);
          // No cell of the spreadsheet starts like a formula, except the numeric level column.
          const [header = [], ...rows] = parseCsv(csv);
          const level = header.indexOf('level');
          for (const row of rows) {
            row.forEach((cell, index) => {
              if (index !== level) expect(cell).not.toMatch(FORMULA_START);
            });
          }
          expect(rows).toHaveLength(listIndicators(rubric).length);
        },
      ),
      { numRuns: 50 },
    );
  }, 60_000);
});

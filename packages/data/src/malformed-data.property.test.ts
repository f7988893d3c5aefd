/**
 * Malformed data, generated: every valid document the toolkit reads (the shipped rubrics, catalog
 * and lifecycle template, an assessment, a partner inventory, a learning community) is broken one
 * value at a time, and spreadsheets and JSON files are damaged the ways hand edits damage them.
 * Each broken input must be refused with a SelValidationError whose issues name where the problem
 * is; nothing may throw any other error.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessmentFromCsv,
  assessmentToCsv,
  communitySchema,
  createAssessment,
  lifecycleTemplateSchema,
  milestonesFromTemplate,
  parseCsv,
  partnersFromCsv,
  partnersToCsv,
  readJson,
  safeParseAssessment,
  safeParseCatalog,
  safeParsePartnerInventory,
  safeParseRubric,
  safeParseWith,
  SelValidationError,
  setRating,
  stringifyCsv,
  toJson,
} from '@sel/core';
import type { Community, JsonSyntaxIssue, ParseResult, Partner, Rubric } from '@sel/core';
import { catalog } from './catalog.js';
import { learningCommunityTemplate } from './lifecycle-template.js';
import { districtRubric } from './rubrics/district.js';
import { schoolPartnershipsRubric } from './rubrics/school.js';
import { describeRejection, mutationOf } from './test-mutation.js';

const ratedIds = districtRubric.focusAreas.flatMap((area) =>
  area.practices.flatMap((practice) => practice.indicators.map((indicator) => indicator.id)),
);
let assessment = createAssessment(districtRubric, {
  id: 'spring-2026',
  takenBy: 'Equipo SEL del distrito — “Nuestra” revisión',
  takenOn: '2026-04-15',
});
ratedIds.slice(0, 6).forEach((id, index) => {
  assessment = setRating(assessment, id, {
    level: districtRubric.levels[index % districtRubric.levels.length]?.value ?? 1,
    notes: index % 2 === 0 ? 'Línea uno\nLínea dos, "citada"' : '=HYPERLINK("http://evil.example")',
    links: ['https://example.org/plan.pdf'],
    ratedBy: 'Zoë',
    ratedOn: '2026-04-14',
  });
});

const inventory: Partner[] = [
  {
    id: 'ymca-north',
    name: 'YMCA North <script>alert(1)</script>',
    kind: 'out-of-school-time',
    mission: 'Juego y desarrollo\njuvenil',
    outcomeGoals: ['Asistencia', 'Autogestión'],
    partnerContact: { name: 'Ana Ruiz', email: 'ana@ymca.example.org', phone: '+1 555 0100' },
    schoolContact: { name: 'Lee Park', role: 'Counselor' },
    years: 6,
  },
  { id: 'clinic', name: 'Clínica Niños Sanos', kind: 'health-care', notes: '中文 😀 ‮RTL' },
];

const community: Community = {
  id: 'il-lc',
  name: 'Illinois SEL Learning Community',
  scope: { kind: 'state', state: 'IL' },
  readiness: 'improving',
  charter: { start: '2026-07-01', end: '2031-06-30' },
  phase: 'launch',
  leadershipTeam: [
    { name: 'A. Lead', role: 'Director' },
    { name: 'B. Lead', role: 'Coach' },
  ],
  committees: ['advisory', 'welcoming'],
  members: [{ kind: 'partner', name: 'YMCA North' }],
  districts: [{ id: 'd-1', name: 'District One', state: 'IL', students: 12000 }],
  milestones: milestonesFromTemplate(learningCommunityTemplate, '2026-07-01').map((m) =>
    m.phase === 'detailed-design' ? { ...m, status: 'done' as const, completedOn: '2026-12-20' } : m,
  ),
  history: [{ from: 'detailed-design', to: 'launch', on: '2027-01-05' }],
};

interface Subject {
  readonly name: string;
  readonly document: unknown;
  readonly parse: (input: unknown) => ParseResult<unknown>;
  readonly runs: number;
}

const subjects: Subject[] = [
  { name: 'district rubric', document: districtRubric, parse: safeParseRubric, runs: 150 },
  { name: 'school rubric', document: schoolPartnershipsRubric, parse: safeParseRubric, runs: 100 },
  {
    name: 'assessment',
    document: assessment,
    parse: (input) => safeParseAssessment(input, districtRubric),
    runs: 150,
  },
  { name: 'partner inventory', document: inventory, parse: safeParsePartnerInventory, runs: 150 },
  { name: 'learning community', document: community, parse: (i) => safeParseWith(communitySchema, i, 'c'), runs: 150 },
  { name: 'resource catalog', document: catalog, parse: safeParseCatalog, runs: 100 },
  {
    name: 'lifecycle template',
    document: learningCommunityTemplate,
    parse: (input) => safeParseWith(lifecycleTemplateSchema, input, 'lifecycle template'),
    runs: 100,
  },
];

describe('documents broken at one value', () => {
  for (const subject of subjects) {
    it(`rejects every broken ${subject.name} with an issue at the broken value (property)`, () => {
      // The valid document is accepted, so a rejection below is the mutation's doing.
      expect(subject.parse(structuredClone(subject.document)).ok).toBe(true);
      fc.assert(
        fc.property(mutationOf(subject.document), ({ path, document }) => {
          const result = subject.parse(document);
          if (result.ok) throw new Error(`accepted a document broken at ${JSON.stringify(path)}`);
          expect(result.error).toBeInstanceOf(SelValidationError);
          expect(describeRejection(result.error.issues, path)).toBeUndefined();
        }),
        { numRuns: subject.runs },
      );
    }, 30_000);
  }

  it('never throws for any value at all, only reports (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        for (const subject of subjects) {
          const result = subject.parse(input);
          if (!result.ok) expect(result.error.issues.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
  }, 30_000);
});

/** The issues of a refused read, or a failure naming what was accepted. */
function refusal(read: () => unknown): SelValidationError {
  try {
    read();
  } catch (error) {
    if (error instanceof SelValidationError) return error;
    throw error;
  }
  throw new Error('expected the input to be refused');
}

/** Rewrites one cell of CSV text; `row` counts as a spreadsheet does (the header is row 1). */
function editCell(text: string, row: number, column: number, value: string): string {
  const rows = parseCsv(text);
  const target = rows[row - 1];
  if (target === undefined) throw new Error(`no row ${row}`);
  target[column] = value;
  return stringifyCsv(rows);
}

describe('damaged spreadsheets', () => {
  const partnerCsv = partnersToCsv(inventory, { 'ymca-north': 'clearly-supports', clinic: 'unsorted' });
  const header = parseCsv(partnerCsv)[0] ?? [];
  const columnOf = (name: string): number => header.indexOf(name);

  it('refuses a partner inventory with a bad cell, naming its row and column (property)', () => {
    const damage = fc.constantFrom(
      { column: 'Kind of partner', value: 'charity' },
      { column: 'Years of partnership', value: 'six' },
      { column: 'Years of partnership', value: '-3' },
      { column: 'SEL tier', value: 'tier 9' },
      { column: 'Community partner contact email', value: 'ana at ymca' },
      { column: 'Name of community partner', value: '   ' },
      { column: 'ID', value: 'clinic' },
    );
    fc.assert(
      fc.property(fc.constantFrom(2, 3), damage, (row, { column, value }) => {
        // An id taken from the other row: the repeat is reported on the later row, 3.
        const cell = column === 'ID' ? (row === 2 ? 'clinic' : 'ymca-north') : value;
        const text = editCell(partnerCsv, row, columnOf(column), cell);
        const error = refusal(() => partnersFromCsv(text));
        expect(error.subject).toBe('partner inventory CSV');
        const at = column === 'ID' ? 3 : row;
        expect(error.issues.map((issue) => issue.path)).toContainEqual(['row', at, 'column', column]);
      }),
      { numRuns: 40 },
    );
  });

  it('refuses a spreadsheet with a stray quote or an unclosed one, at the row where it is (property)', () => {
    const lines = partnerCsv.split('\r\n');
    fc.assert(
      fc.property(fc.nat(), fc.constantFrom('stray', 'unclosed'), (seed, kind) => {
        const text =
          kind === 'unclosed'
            ? `${partnerCsv}"never closed,${'x'.repeat(seed % 50)}`
            : `${lines[0] ?? ''}\r\nplain ${'a'.repeat(seed % 5)}"quote,other\r\n`;
        const error = refusal(() => partnersFromCsv(text));
        const [issue] = error.issues;
        expect(issue?.path[0]).toBe('row');
        expect(issue?.message).toMatch(/^Expected /);
      }),
      { numRuns: 20 },
    );
  });

  it('refuses an assessment spreadsheet with a bad level, indicator or date at its row', () => {
    const text = assessmentToCsv(districtRubric, assessment);
    const rows = parseCsv(text);
    const head = rows[0] ?? [];
    const damage = fc.constantFrom(
      { column: 'level', value: '9' },
      { column: 'level', value: 'high' },
      { column: 'indicator_id', value: 'no-such-indicator' },
      { column: 'rated_on', value: '2026-02-30' },
      { column: 'links', value: 'javascript:alert(1)' },
      { column: 'assessment_id', value: 'another-assessment' },
    );
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 7 }), damage, (row, { column, value }) => {
        const damaged = editCell(text, row, head.indexOf(column), value);
        const error = refusal(() => assessmentFromCsv(damaged, districtRubric));
        expect(error.subject).toBe('assessment CSV');
        expect(error.issues.map((issue) => issue.path)).toContainEqual(['row', row, 'column', column]);
      }),
      { numRuns: 40 },
    );
  });

  it('reads or refuses any text at all as a spreadsheet, never failing otherwise (property)', () => {
    const text = fc.oneof(
      fc.string({
        unit: fc.constantFrom('"', ',', '\r', '\n', 'a', "'", '=', 'Name of community partner'),
        maxLength: 60,
      }),
      fc.string({ maxLength: 60 }),
    );
    fc.assert(
      fc.property(text, (input) => {
        for (const read of [() => partnersFromCsv(input), () => assessmentFromCsv(input, districtRubric)]) {
          try {
            read();
          } catch (error) {
            expect(error).toBeInstanceOf(SelValidationError);
            for (const issue of (error as SelValidationError).issues) expect(issue.path[0]).toBe('row');
          }
        }
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});

describe('damaged JSON files', () => {
  const documents: readonly [string, Rubric | Community | Partner[]][] = [
    ['rubric', districtRubric],
    ['community', community],
    ['inventory', inventory],
  ];

  it('reports a file cut short at the line and column where it ends (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...documents), fc.double({ min: 0, max: 1, noNaN: true }), ([name, doc], at) => {
        const text = toJson(doc).trimEnd();
        const cut = text.slice(0, Math.floor(at * (text.length - 1)));
        const error = refusal(() => readJson(cut, name));
        const [issue] = error.issues;
        expect(issue?.code).toBe('invalid-json');
        const { line, column } = issue as JsonSyntaxIssue;
        const lines = cut.split(/\r\n|\r|\n/);
        expect(line).toBeGreaterThanOrEqual(1);
        expect(line).toBeLessThanOrEqual(lines.length);
        expect(column).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 100 },
    );
  }, 30_000);

  it('reports a stray character at its place (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...documents),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom('}', ']', ',', ':', "'", '<'),
        ([name, doc], at, stray) => {
          const text = toJson(doc);
          // Inside a string a stray character is just text; insert only between tokens.
          const offsets = [...text.matchAll(/\n/g)].map((m) => m.index);
          const offset = offsets[Math.floor(at * (offsets.length - 1))] ?? 0;
          const damaged = `${text.slice(0, offset)}${stray}${text.slice(offset)}`;
          const error = refusal(() => readJson(damaged, name));
          expect(error.issues[0]?.code).toBe('invalid-json');
          expect(error.issues[0]?.message).toMatch(/^Expected /);
        },
      ),
      { numRuns: 100 },
    );
  }, 30_000);
});

import { describe, expect, it } from 'vitest';
import { SelValidationError } from './errors.js';
import {
  findIndicator,
  findLevel,
  findPractice,
  indicatorDescriptors,
  isLabelOnlyRubric,
  listIndicators,
} from './rubric.js';
import { parseRubric, rubricSchema, safeParseRubric } from './rubric-schema.js';
import {
  districtRubric,
  fiveLevelRubric,
  labelOnlyRubric,
  mixedFiveLevelRubric,
  schoolRubric,
  sixLevelRubric,
} from './test-rubrics.js';

/** A small valid 4-level district rubric as plain JSON-like data. */
function rawRubric() {
  return {
    id: 'district-sel',
    version: '2024',
    title: 'District SEL rubric',
    scope: 'district',
    source: 'Written for the tests',
    levels: [
      { value: 1, label: 'None' },
      { value: 2, label: 'Partial' },
      { value: 3, label: 'Mostly' },
      { value: 4, label: 'Full', description: 'The definition of full implementation is met.' },
    ],
    focusAreas: [
      {
        id: 'foundations',
        number: 1,
        title: 'Build support and plan',
        practices: [
          {
            id: 'collaboration',
            title: 'Organize for collaboration',
            indicators: [
              {
                id: 'cabinet-influence',
                text: 'The SEL lead takes part in cabinet decisions.',
                fullImplementation: 'The lead reports to the cabinet every month.',
                descriptors: ['a', 'b', 'c', 'd'],
                tags: ['district-organizational-charts'],
              },
              {
                id: 'all-students-department',
                text: 'The SEL team sits in a department for all students.',
                descriptors: ['a', 'b', 'c', 'd'],
              },
            ],
          },
        ],
      },
      {
        id: 'data',
        title: 'Reflect on data',
        practices: [
          {
            id: 'improvement-cycles',
            title: 'Run improvement cycles',
            indicators: [
              {
                id: 'review-twice-a-year',
                text: 'The team reviews data twice a year.',
                descriptors: ['a', 'b', 'c', 'd'],
              },
            ],
          },
        ],
      },
    ],
  };
}

/** The item at `index`; fails the test when there is none. */
function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`no item at ${index}`);
  return item;
}

function issuesOf(input: unknown) {
  const result = safeParseRubric(input);
  if (result.ok) throw new Error('expected the rubric to be rejected');
  return result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
}

describe('parseRubric', () => {
  it('accepts a valid district rubric and keeps its optional fields', () => {
    const rubric = parseRubric(rawRubric());
    expect(rubric.scope).toBe('district');
    expect(rubric.levels[3]?.description).toContain('full implementation');
    expect(rubric.focusAreas[0]?.practices[0]?.indicators[0]?.tags).toEqual(['district-organizational-charts']);
    expect(rubric.focusAreas[1]?.number).toBeUndefined();
  });

  it('accepts rubrics with 3, 5 and 6 levels and school scope', () => {
    expect(schoolRubric.levels.map((l) => l.value)).toEqual([0, 1, 2]);
    expect(schoolRubric.scope).toBe('school');
    expect(fiveLevelRubric.levels).toHaveLength(5);
    expect(sixLevelRubric.levels).toHaveLength(6);
    expect(districtRubric.levels).toHaveLength(4);
  });

  it('throws a SelValidationError with subject "rubric" naming the bad path', () => {
    const input = rawRubric();
    at(at(at(input.focusAreas, 0).practices, 0).indicators, 1).id = 'Not A Slug';
    expect(() => parseRubric(input)).toThrow(SelValidationError);
    try {
      parseRubric(input);
    } catch (error) {
      expect((error as SelValidationError).subject).toBe('rubric');
      expect((error as SelValidationError).message).toContain(
        'focusAreas[0].practices[0].indicators[1].id: Expected a slug',
      );
    }
  });

  it('rejects fewer than 3 or more than 6 levels', () => {
    const two = { ...rawRubric(), levels: rawRubric().levels.slice(0, 2) };
    expect(issuesOf(two)).toContainEqual({ path: ['levels'], message: 'Expected at least 3 levels' });
    const seven = { ...rawRubric(), levels: [1, 2, 3, 4, 5, 6, 7].map((value) => ({ value, label: `L${value}` })) };
    expect(issuesOf(seven)).toContainEqual({ path: ['levels'], message: 'Expected at most 6 levels' });
  });

  it('rejects level values that do not strictly increase, at the offending level', () => {
    const input = rawRubric();
    at(input.levels, 2).value = 2;
    expect(issuesOf(input)).toEqual([
      {
        path: ['levels', 2, 'value'],
        message: "Expected level values in strictly increasing order: 2 must be greater than the previous level's 2",
      },
    ]);
  });

  it('rejects non-integer level values and empty labels', () => {
    const input = rawRubric();
    at(input.levels, 0).value = 1.5;
    at(input.levels, 1).label = '  ';
    const issues = issuesOf(input);
    expect(issues).toContainEqual({ path: ['levels', 0, 'value'], message: 'Expected an integer level value' });
    expect(issues).toContainEqual({ path: ['levels', 1, 'label'], message: 'Expected non-empty text' });
  });

  it('requires one descriptor per level or none, reporting a partial list at the indicator', () => {
    const input = rawRubric();
    at(at(at(input.focusAreas, 1).practices, 0).indicators, 0).descriptors = ['a', 'b', 'c'];
    expect(issuesOf(input)).toEqual([
      {
        path: ['focusAreas', 1, 'practices', 0, 'indicators', 0, 'descriptors'],
        message: 'Expected 4 descriptors, one per rubric level, or none, but found 3',
      },
    ]);
  });

  it('accepts indicators with level labels only: descriptors left out or empty', () => {
    const input = rawRubric();
    const indicators: Record<string, unknown>[] = at(at(input.focusAreas, 0).practices, 0).indicators;
    const labelOnly = at(indicators, 0);
    delete labelOnly['descriptors'];
    labelOnly['fullImplementation'] = 'Every part of the item is in place.';
    at(indicators, 1)['descriptors'] = [];
    const rubric = parseRubric(input);
    const [first, second] = listIndicators(rubric);
    expect(first?.indicator.descriptors).toBeUndefined();
    expect(first && indicatorDescriptors(first.indicator)).toBeUndefined();
    expect(second && indicatorDescriptors(second.indicator)).toBeUndefined();
    expect(isLabelOnlyRubric(rubric)).toBe(false);
    expect(isLabelOnlyRubric(labelOnlyRubric)).toBe(true);
    expect(isLabelOnlyRubric(districtRubric)).toBe(false);
  });

  it('accepts a rubric that mixes indicators with and without descriptors', () => {
    const entries = listIndicators(mixedFiveLevelRubric);
    expect(entries.map((entry) => indicatorDescriptors(entry.indicator)?.length ?? 0)).toContain(0);
    expect(entries.map((entry) => indicatorDescriptors(entry.indicator)?.length ?? 0)).toContain(5);
  });

  it('finds a practice and its focus area by id', () => {
    expect(findPractice(districtRubric, 'fa1-p2')?.focusArea.id).toBe('fa1');
    expect(findPractice(districtRubric, 'fa1-p2-i1')).toBeUndefined();
  });

  it('requires ids to be unique across focus areas, practices and indicators', () => {
    const input = rawRubric();
    at(at(input.focusAreas, 1).practices, 0).id = 'collaboration';
    at(at(at(input.focusAreas, 1).practices, 0).indicators, 0).id = 'foundations';
    expect(issuesOf(input)).toEqual([
      {
        path: ['focusAreas', 1, 'practices', 0, 'id'],
        message: 'Expected a unique id: "collaboration" is already used by practice focusAreas[0].practices[0]',
      },
      {
        path: ['focusAreas', 1, 'practices', 0, 'indicators', 0, 'id'],
        message: 'Expected a unique id: "foundations" is already used by focus area focusAreas[0]',
      },
    ]);
  });

  it('requires at least one focus area, practice and indicator', () => {
    expect(issuesOf({ ...rawRubric(), focusAreas: [] })).toEqual([
      { path: ['focusAreas'], message: 'Expected at least one focus area' },
    ]);
    const noPractices = rawRubric();
    at(noPractices.focusAreas, 0).practices = [];
    expect(issuesOf(noPractices)).toEqual([
      { path: ['focusAreas', 0, 'practices'], message: 'Expected at least one practice' },
    ]);
    const noIndicators = rawRubric();
    at(at(noIndicators.focusAreas, 0).practices, 0).indicators = [];
    expect(issuesOf(noIndicators)).toEqual([
      { path: ['focusAreas', 0, 'practices', 0, 'indicators'], message: 'Expected at least one indicator' },
    ]);
  });

  it('names the scope values it expects and every missing field', () => {
    const issues = issuesOf({ ...rawRubric(), scope: 'state', version: '', title: undefined });
    expect(issues).toContainEqual({ path: ['scope'], message: 'Expected scope "district" or "school"' });
    expect(issues).toContainEqual({ path: ['version'], message: 'Expected non-empty text' });
    expect(issues.find((issue) => issue.path[0] === 'title')?.message).toContain('expected string');
  });

  it('reports non-object input at the root instead of throwing a TypeError', () => {
    for (const input of [null, undefined, 42, 'rubric', []]) {
      const issues = issuesOf(input);
      expect(issues[0]?.path).toEqual([]);
    }
  });

  it('is usable as a zod schema by other packages', () => {
    expect(rubricSchema.safeParse(rawRubric()).success).toBe(true);
  });
});

describe('listIndicators and findIndicator', () => {
  it('lists indicators in rubric order with their practice and focus area', () => {
    const entries = listIndicators(parseRubric(rawRubric()));
    expect(entries.map((e) => [e.indicator.id, e.practiceId, e.focusAreaId, e.position])).toEqual([
      ['cabinet-influence', 'collaboration', 'foundations', 0],
      ['all-students-department', 'collaboration', 'foundations', 1],
      ['review-twice-a-year', 'improvement-cycles', 'data', 2],
    ]);
    expect(entries[2]?.focusArea.title).toBe('Reflect on data');
  });

  it('finds an indicator by id, or returns undefined', () => {
    const rubric = parseRubric(rawRubric());
    expect(findIndicator(rubric, 'review-twice-a-year')?.practice.title).toBe('Run improvement cycles');
    expect(findIndicator(rubric, 'collaboration')).toBeUndefined();
    expect(findIndicator(rubric, 'constructor')).toBeUndefined();
  });

  it('finds a level by value', () => {
    expect(findLevel(schoolRubric, 0)?.label).toBe('Not started');
    expect(findLevel(schoolRubric, 3)).toBeUndefined();
  });
});

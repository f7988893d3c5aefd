/**
 * Rubrics for the tests of the rubric rules: a 4-level district rubric, a 3-level school rubric
 * whose scale starts at 0, a 5-level and a 6-level one, and rubrics without descriptors (level
 * labels only, as CASEL's online district rubric) or with some. They are deliberately not CASEL's content.
 */
import fc from 'fast-check';
import { parseAssessment } from './assessment-parse.js';
import type { Assessment } from './assessment.js';
import { listIndicators } from './rubric.js';
import { parseRubric } from './rubric-schema.js';
import type { Rubric, RubricLevel } from './rubric.js';

/** Builds a rubric whose shape is `practices[focusArea][practice] = number of indicators`. */
export function buildRubric(options: {
  id: string;
  version?: string;
  scope?: 'district' | 'school';
  levels: readonly RubricLevel[];
  practices: readonly (readonly number[])[];
  tags?: (indicatorId: string) => string[] | undefined;
  /**
   * Which indicators carry a descriptor per level (default: all); the others carry a
   * full-implementation statement instead.
   */
  descriptors?: (indicatorId: string, position: number) => boolean;
}): Rubric {
  let position = 0;
  const { levels } = options;
  return parseRubric({
    id: options.id,
    version: options.version ?? '1',
    title: `Rubric ${options.id}`,
    scope: options.scope ?? 'district',
    levels,
    focusAreas: options.practices.map((practiceSizes, a) => ({
      id: `fa${a + 1}`,
      number: a + 1,
      title: `Focus area ${a + 1}`,
      practices: practiceSizes.map((size, p) => ({
        id: `fa${a + 1}-p${p + 1}`,
        title: `Practice ${a + 1}.${p + 1}`,
        indicators: Array.from({ length: size }, (_, i) => {
          const id = `fa${a + 1}-p${p + 1}-i${i + 1}`;
          const tags = options.tags?.(id);
          const described = options.descriptors?.(id, position++) ?? true;
          return {
            id,
            text: `Indicator ${a + 1}.${p + 1}.${i + 1}`,
            ...(described
              ? { descriptors: levels.map((level) => `${id} at ${level.label}`) }
              : { fullImplementation: `${id} fully in place` }),
            ...(tags ? { tags } : {}),
          };
        }),
      })),
    })),
  });
}

export const FOUR_LEVELS: RubricLevel[] = [
  { value: 1, label: 'Not yet planned' },
  { value: 2, label: 'Partly in place' },
  { value: 3, label: 'Mostly in place' },
  { value: 4, label: 'Fully in place' },
];

export const THREE_LEVELS_FROM_ZERO: RubricLevel[] = [
  { value: 0, label: 'Not started' },
  { value: 1, label: 'Under way' },
  { value: 2, label: 'Established' },
];

export const FIVE_LEVELS: RubricLevel[] = [1, 2, 3, 4, 5].map((value) => ({ value, label: `Stage ${value}` }));

/** Uneven gaps on purpose: scores must use level positions, not assume consecutive values. */
export const SIX_LEVELS: RubricLevel[] = [0, 1, 2, 4, 7, 10].map((value) => ({ value, label: `Band ${value}` }));

/** 4 levels, district scope: focus area 1 has practices of 2 and 1 indicators, focus area 2 one of 3. */
export const districtRubric = buildRubric({
  id: 'district-test',
  version: '2025.1',
  levels: FOUR_LEVELS,
  practices: [[2, 1], [3]],
  tags: (id) => (id.endsWith('-i1') ? ['equity', 'professional-learning'] : undefined),
});

/** 3 levels (0 to 2), school scope, a single focus area with single-indicator practices. */
export const schoolRubric = buildRubric({
  id: 'school-test',
  scope: 'school',
  levels: THREE_LEVELS_FROM_ZERO,
  practices: [[1, 1, 1]],
});

/** 5 levels, three focus areas. */
export const fiveLevelRubric = buildRubric({ id: 'five-test', levels: FIVE_LEVELS, practices: [[1], [2, 2], [1]] });

/** 6 levels with uneven values. */
export const sixLevelRubric = buildRubric({
  id: 'six-test',
  scope: 'school',
  levels: SIX_LEVELS,
  practices: [[2], [1]],
});

/** 4 levels with labels only and a full-implementation statement per indicator (CASEL's online shape). */
export const labelOnlyRubric = buildRubric({
  id: 'label-only-test',
  levels: FOUR_LEVELS,
  practices: [[2, 1], [2], [1]],
  descriptors: () => false,
  tags: (id) => (id.endsWith('-i2') ? ['equity'] : undefined),
});

/** 5 levels, school scope, every other indicator with descriptors (the rest label-only). */
export const mixedFiveLevelRubric = buildRubric({
  id: 'mixed-five-test',
  scope: 'school',
  levels: FIVE_LEVELS,
  practices: [[2], [1, 2]],
  descriptors: (_id, position) => position % 2 === 0,
});

/** An assessment of `rubric` with the given levels (indicator id -> level value), checked against it. */
export function assessmentOf(
  rubric: Rubric,
  levels: Readonly<Record<string, number>>,
  fields: { id?: string; takenOn?: string } = {},
): Assessment {
  return parseAssessment(
    {
      id: fields.id ?? 'test-assessment',
      rubricId: rubric.id,
      rubricVersion: rubric.version,
      takenBy: 'Test team',
      takenOn: fields.takenOn ?? '2025-10-01',
      ratings: Object.fromEntries(Object.entries(levels).map(([id, level]) => [id, { level }])),
    },
    rubric,
  );
}

/** An assessment rating every indicator of `rubric` at `level`. */
export function assessmentAllAt(rubric: Rubric, level: number): Assessment {
  return assessmentOf(rubric, Object.fromEntries(listIndicators(rubric).map((entry) => [entry.indicator.id, level])));
}

/**
 * Any rubric: 3 to 6 increasing level values (not always from 1), a random shape, and descriptors on
 * every indicator, on none or on some.
 */
export const anyRubric: fc.Arbitrary<Rubric> = fc
  .record({
    values: fc.uniqueArray(fc.integer({ min: -5, max: 20 }), { minLength: 3, maxLength: 6 }),
    described: fc.constantFrom('all', 'none', 'some'),
    practices: fc.array(fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 3 }), {
      minLength: 1,
      maxLength: 3,
    }),
  })
  .map(({ values, practices, described }) =>
    buildRubric({
      id: 'random',
      levels: [...values].sort((a, b) => a - b).map((value) => ({ value, label: `Level ${value}` })),
      practices,
      descriptors: (_id, position) => described === 'all' || (described === 'some' && position % 2 === 1),
    }),
  );

/** A random partial rating of `rubric`: indicator id -> one of its level values, some left unrated. */
export function anyLevels(rubric: Rubric): fc.Arbitrary<Record<string, number>> {
  const ids = listIndicators(rubric).map((entry) => entry.indicator.id);
  const choice = fc.option(fc.constantFrom(...rubric.levels.map((level) => level.value)), { nil: undefined });
  return fc.tuple(...ids.map(() => choice)).map((chosen) => {
    const levels: Record<string, number> = {};
    ids.forEach((id, index) => {
      const level = chosen[index];
      if (level !== undefined) levels[id] = level;
    });
    return levels;
  });
}

/** Any rubric with a random partial rating of it. */
export const rubricWithLevels = anyRubric.chain((rubric) => anyLevels(rubric).map((levels) => ({ rubric, levels })));

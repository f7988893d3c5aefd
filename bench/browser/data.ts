import { listIndicators, milestonesFromTemplate, TIERS } from '@sel/core';
import type {
  AssessmentReport,
  Assessment,
  Community,
  Milestone,
  PartnerInventory,
  Rating,
  Rubric,
  StatusSnapshot,
  TierAssignments,
} from '@sel/core';
import { districtRubric, learningCommunityTemplate, usTileGrid } from '@sel/data';
import { largePartnerInventory } from '../../packages/components/src/partner-card-sort/test-partners.js';
import { randomInt, seededRandom } from '../harness/random.js';

/**
 * The district rubric grown to `perArea * 4` indicators: its four focus areas, each with three
 * practices of `perArea / 3` indicators whose texts, full-implementation statements and level
 * descriptors are the catalog's own, reused in turn.
 */
export function districtRubricWith(indicatorCount: number): Rubric {
  const source = listIndicators(districtRubric).map((entry) => entry.indicator);
  const areas = districtRubric.focusAreas;
  const perPractice = Math.ceil(indicatorCount / (areas.length * 3));
  let position = 0;
  return {
    ...districtRubric,
    id: `district-systemic-sel-${indicatorCount}`,
    focusAreas: areas.map((area, a) => ({
      ...area,
      practices: Array.from({ length: 3 }, (_, p) => {
        const practice = area.practices[p % area.practices.length];
        return {
          id: `${area.id}-practice-${p + 1}`,
          title: practice?.title ?? `Practice ${p + 1}`,
          ...(practice?.description === undefined ? {} : { description: practice.description }),
          indicators: Array.from({ length: perPractice }, () => {
            const template = source[position % source.length];
            position += 1;
            return {
              id: `indicator-${a + 1}-${p + 1}-${position}`,
              text: template?.text ?? `Indicator ${position}`,
              ...(template?.fullImplementation === undefined
                ? {}
                : { fullImplementation: template.fullImplementation }),
              descriptors: template?.descriptors ?? districtRubric.levels.map((level) => level.label),
            };
          }),
        };
      }),
    })),
  };
}

/** An assessment of `rubric` taken part way: about two thirds rated, some with evidence. */
export function partlyRatedAssessment(rubric: Rubric, seed = 3): Assessment {
  const next = seededRandom(seed);
  const ratings: Record<string, Rating> = {};
  for (const { indicator } of listIndicators(rubric)) {
    if (next() < 0.33) continue;
    const level = rubric.levels[randomInt(next, rubric.levels.length)]?.value ?? 1;
    ratings[indicator.id] = next() < 0.25 ? { level, notes: 'Shared with the cabinet in March.' } : { level };
  }
  return {
    id: `${rubric.id}-spring`,
    rubricId: rubric.id,
    rubricVersion: rubric.version,
    takenBy: 'District SEL team',
    takenOn: '2027-04-15',
    ratings,
  };
}

/** `count` partners, a little under half of them already sorted into the three tiers. */
export function partnerSort(count: number, seed = 5): { partners: PartnerInventory; assignments: TierAssignments } {
  const next = seededRandom(seed);
  const partners = largePartnerInventory(count);
  const assignments: TierAssignments = {};
  for (const partner of partners) {
    if (next() < 0.55) continue;
    assignments[partner.id] = TIERS[1 + randomInt(next, TIERS.length - 1)] ?? 'unsorted';
  }
  return { partners, assignments };
}

const isoDay = (day: Date) =>
  `${String(day.getFullYear())}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;

/**
 * A learning community over a five-year charter with the lifecycle template's exit milestones
 * plus district check-ins up to `count` milestones, every other day from the charter start.
 */
export function communityWithMilestones(count: number): Community {
  const start = '2026-07-01';
  const planned = milestonesFromTemplate(learningCommunityTemplate, start);
  const checkIns = Array.from({ length: Math.max(0, count - planned.length) }, (_, i): Milestone => {
    const phase = i < 150 ? 'detailed-design' : i < 400 ? 'launch' : 'scale-and-improve';
    return {
      id: `check-in-${i + 1}`,
      title: `District check-in ${i + 1}`,
      phase,
      due: isoDay(new Date(2026, 6, 1 + i * 2)),
      status: i < 300 ? 'done' : 'planned',
      ...(i % 4 === 0 ? { owner: 'Community SEL lead' } : {}),
    };
  });
  return {
    id: 'il-sel-community',
    name: 'Illinois SEL learning community',
    scope: { kind: 'state', state: 'IL' },
    readiness: 'improving',
    charter: { start, end: '2031-06-30' },
    phase: 'scale-and-improve',
    leadershipTeam: [],
    committees: [...learningCommunityTemplate.committees],
    members: [],
    districts: [],
    milestones: [...planned, ...checkIns],
  };
}

/**
 * A district rubric of about 5 MB of JSON, in one of two shapes: `long-text`, 600 indicators whose
 * four descriptors are pages of text (few, long strings: quick to parse), or `many-indicators`,
 * 16,000 indicators with one-line descriptors (many small values: slow to parse and validate).
 */
export function fiveMegabyteRubric(shape: 'long-text' | 'many-indicators'): Rubric {
  const [practices, indicators, repeat] = shape === 'long-text' ? [2, 300, 25] : [40, 400, 1];
  const sentence = 'The team meets monthly and adjusts its plan. ';
  return {
    id: 'large-district',
    version: '1',
    title: 'A very large district rubric',
    scope: 'district',
    levels: [1, 2, 3, 4].map((value) => ({ value, label: `Level ${String(value)}` })),
    focusAreas: [
      {
        id: 'area',
        title: 'Focus area',
        practices: Array.from({ length: practices }, (_, p) => ({
          id: `practice-${String(p)}`,
          title: `Practice ${String(p + 1)}`,
          indicators: Array.from({ length: indicators }, (_, i) => ({
            id: `indicator-${String(p)}-${String(i)}`,
            text: `Indicator ${String(i + 1)}`,
            descriptors: [1, 2, 3, 4].map((level) => `Level ${String(level)}: ${sentence.repeat(repeat)}`),
          })),
        })),
      },
    ],
  };
}

/**
 * A status snapshot of `count` communities spread over every square of the US tile grid (some
 * states with several), each with two to five districts and its template milestones, dated so
 * the communities are in every phase: what a large network's monthly snapshot would hold.
 */
export function statusSnapshotWith(count: number): StatusSnapshot {
  const states = usTileGrid.tiles.map((tile) => tile.state);
  const stages = ['initiating', 'improving', 'innovating'] as const;
  const random = seededRandom(2026);
  const communities = Array.from({ length: count }, (_, i): Community => {
    const state = states[i % states.length] ?? 'IL';
    const start = `${2022 + (i % 5)}-${String((i % 12) + 1).padStart(2, '0')}-01`;
    const milestones = milestonesFromTemplate(learningCommunityTemplate, start).map((milestone) =>
      milestone.due <= '2026-11-30' ? { ...milestone, status: 'done' as const, completedOn: milestone.due } : milestone,
    );
    const phase = milestones.find((m) => m.due > '2026-11-30')?.phase ?? 'leadership-transition';
    return {
      id: `community-${i + 1}`,
      name: `${state} learning community ${Math.floor(i / states.length) + 1}`,
      scope: i === 0 ? { kind: 'national' } : { kind: 'state', state },
      readiness: stages[i % stages.length] ?? 'improving',
      charter: { start, end: `${Number(start.slice(0, 4)) + 5}${start.slice(4)}` },
      phase,
      leadershipTeam: [],
      committees: [],
      members: [],
      districts: Array.from({ length: 2 + (i % 4) }, (_, d) => ({
        id: `community-${i + 1}-district-${d + 1}`,
        name: `District ${d + 1} of community ${i + 1}`,
        ...(i === 0 ? { state: states[d] ?? 'IL' } : {}),
        students: 2_000 + randomInt(random, 88_000),
      })),
      milestones,
    };
  });
  return { asOf: '2026-11-30', communities };
}

/**
 * Three rounds of `rubric` (fall, spring, the next fall), each partly rated with its own random
 * levels, with a target of 80% and the first practice a priority: an assessment report's data.
 */
export function reportWithRounds(rubric: Rubric): AssessmentReport {
  const rounds = [
    { id: 'fall-2026', takenOn: '2026-10-15', seed: 3 },
    { id: 'spring-2027', takenOn: '2027-04-15', seed: 4 },
    { id: 'fall-2027', takenOn: '2027-10-15', seed: 5 },
  ];
  const firstPractice = rubric.focusAreas[0]?.practices[0]?.id;
  return {
    rubric,
    assessments: rounds.map(({ id, takenOn, seed }) => ({ ...partlyRatedAssessment(rubric, seed), id, takenOn })),
    targets: { overall: 0.8 },
    ...(firstPractice === undefined ? {} : { priorities: [firstPractice] }),
  };
}

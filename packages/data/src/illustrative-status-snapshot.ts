import { COMMITTEES, milestonesFromTemplate } from '@sel/core';
import type { Community, District, Milestone, ReadinessStage, StatusSnapshot, UsState } from '@sel/core';
import { learningCommunityTemplate } from './lifecycle-template.js';
import { usStateNames } from './us-state-names.js';

/*
 * An invented month of the learning-communities plan at its full size, for examples, stories and
 * tests: 35 communities (one or more in each of 33 states, two in California, and a national one),
 * 150 districts and 6.6 million students, rolled out in order of readiness (innovating districts
 * first). Community names follow the plan; district names, sizes and progress are made up.
 */

const AS_OF = '2026-11-30';

/** One community of the plan: where, how ready, when its charter starts, its districts and students. */
interface Plan {
  readonly id: string;
  readonly name?: string;
  readonly state?: UsState;
  readonly readiness: ReadinessStage;
  readonly charterStart: string;
  readonly districts: number;
  readonly students: number;
  /** States of a national community's districts, one per district. */
  readonly districtStates?: readonly UsState[];
}

const plans: readonly Plan[] = [
  // Innovating: the first communities, chartered in 2022 and 2023.
  { id: 'il', state: 'IL', readiness: 'innovating', charterStart: '2022-07-01', districts: 6, students: 420_000 },
  { id: 'ca-north', name: 'Northern California SEL Learning Community', state: 'CA', readiness: 'innovating', charterStart: '2022-07-01', districts: 6, students: 390_000 },
  { id: 'ny', state: 'NY', readiness: 'innovating', charterStart: '2022-07-01', districts: 7, students: 560_000 },
  { id: 'tn', state: 'TN', readiness: 'innovating', charterStart: '2023-01-01', districts: 4, students: 180_000 },
  { id: 'oh', state: 'OH', readiness: 'innovating', charterStart: '2023-01-01', districts: 5, students: 210_000 },
  { id: 'mn', state: 'MN', readiness: 'innovating', charterStart: '2023-01-01', districts: 4, students: 150_000 },
  { id: 'nv', state: 'NV', readiness: 'innovating', charterStart: '2023-07-01', districts: 3, students: 200_000 },
  { id: 'wa', state: 'WA', readiness: 'innovating', charterStart: '2023-07-01', districts: 5, students: 230_000 },
  // Improving: chartered in 2024.
  { id: 'national', name: 'National SEL Learning Community', readiness: 'improving', charterStart: '2024-01-01', districts: 10, students: 100_000, districtStates: ['IL', 'NY', 'TX', 'FL', 'GA', 'CO', 'AZ', 'MA', 'KY', 'NM'] },
  { id: 'ca-south', name: 'Southern California SEL Learning Community', state: 'CA', readiness: 'improving', charterStart: '2024-01-01', districts: 7, students: 520_000 },
  { id: 'tx', state: 'TX', readiness: 'improving', charterStart: '2024-01-01', districts: 8, students: 560_000 },
  { id: 'fl', state: 'FL', readiness: 'improving', charterStart: '2024-01-01', districts: 6, students: 450_000 },
  { id: 'ga', state: 'GA', readiness: 'improving', charterStart: '2024-01-01', districts: 5, students: 260_000 },
  { id: 'nc', state: 'NC', readiness: 'improving', charterStart: '2024-01-01', districts: 5, students: 240_000 },
  { id: 'va', state: 'VA', readiness: 'improving', charterStart: '2024-01-01', districts: 4, students: 170_000 },
  { id: 'co', state: 'CO', readiness: 'improving', charterStart: '2024-01-01', districts: 4, students: 150_000 },
  { id: 'az', state: 'AZ', readiness: 'improving', charterStart: '2024-07-01', districts: 4, students: 160_000 },
  { id: 'ma', state: 'MA', readiness: 'improving', charterStart: '2024-07-01', districts: 4, students: 110_000 },
  { id: 'nj', state: 'NJ', readiness: 'improving', charterStart: '2024-07-01', districts: 4, students: 120_000 },
  { id: 'pa', state: 'PA', readiness: 'improving', charterStart: '2024-07-01', districts: 5, students: 170_000 },
  { id: 'mi', state: 'MI', readiness: 'improving', charterStart: '2024-07-01', districts: 4, students: 130_000 },
  { id: 'wi', state: 'WI', readiness: 'improving', charterStart: '2024-07-01', districts: 3, students: 90_000 },
  { id: 'md', state: 'MD', readiness: 'improving', charterStart: '2024-07-01', districts: 4, students: 180_000 },
  // Initiating: chartered from mid-2025.
  { id: 'or', state: 'OR', readiness: 'initiating', charterStart: '2025-07-01', districts: 3, students: 70_000 },
  { id: 'nm', state: 'NM', readiness: 'initiating', charterStart: '2025-07-01', districts: 2, students: 50_000 },
  { id: 'ut', state: 'UT', readiness: 'initiating', charterStart: '2025-07-01', districts: 3, students: 90_000 },
  { id: 'ct', state: 'CT', readiness: 'initiating', charterStart: '2025-07-01', districts: 3, students: 60_000 },
  { id: 'ky', state: 'KY', readiness: 'initiating', charterStart: '2026-01-01', districts: 3, students: 80_000 },
  { id: 'mo', state: 'MO', readiness: 'initiating', charterStart: '2026-01-01', districts: 3, students: 90_000 },
  { id: 'la', state: 'LA', readiness: 'initiating', charterStart: '2026-01-01', districts: 3, students: 80_000 },
  { id: 'al', state: 'AL', readiness: 'initiating', charterStart: '2026-01-01', districts: 3, students: 70_000 },
  { id: 'sc', state: 'SC', readiness: 'initiating', charterStart: '2026-07-01', districts: 3, students: 80_000 },
  { id: 'in', state: 'IN', readiness: 'initiating', charterStart: '2026-07-01', districts: 3, students: 90_000 },
  { id: 'ia', state: 'IA', readiness: 'initiating', charterStart: '2026-07-01', districts: 2, students: 40_000 },
  { id: 'ks', state: 'KS', readiness: 'initiating', charterStart: '2026-07-01', districts: 2, students: 50_000 },
]; // prettier-ignore

/** Invented place names: a first part and an ending, taken in turn so no two districts share one. */
const FIRST = ['Cedar', 'Pine', 'Maple', 'River', 'Stone', 'Clear', 'Red', 'Green', 'Silver', 'Fair', 'Spring', 'Mill', 'Oak', 'Elm', 'Bright', 'Willow', 'Aspen', 'Hollow', 'Sun', 'Birch'] as const; // prettier-ignore
const ENDING = ['brook', 'ridge', 'dale', 'haven', 'wood', 'view', 'ford', 'port', 'crest', 'field'] as const;
/** How a community's students are shared among its districts, largest first. */
const SHARES = [34, 22, 16, 11, 8, 5, 4];

function districtsOf(plan: Plan, first: number): District[] {
  const weights = SHARES.slice(0, plan.districts);
  while (weights.length < plan.districts) weights.push(3);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let left = plan.students;
  return weights.map((weight, i) => {
    const n = first + i;
    const place = `${FIRST[n % FIRST.length]}${ENDING[Math.floor(n / FIRST.length) % ENDING.length]}`;
    const state = plan.state ?? plan.districtStates?.[i];
    // Round to hundreds; the last district takes what is left, so the community's total is exact.
    const students = i === weights.length - 1 ? left : Math.round((plan.students * weight) / total / 100) * 100;
    left -= students;
    return {
      id: `${plan.id}-${place.toLowerCase()}`,
      name: `${place} ${state === 'TX' ? 'Independent School District' : state === 'CA' ? 'Unified School District' : 'Public Schools'}`,
      ...(state === undefined || plan.state !== undefined ? {} : { state }),
      students,
    };
  });
}

/**
 * The template's milestones from the charter start: those due by the snapshot day done (one in
 * four communities still working, late, on the last one due), the rest planned. The community's
 * phase is that of its first milestone not yet due.
 */
function progressOf(plan: Plan, index: number): { milestones: Milestone[]; phase: Community['phase'] } {
  const dated = milestonesFromTemplate(learningCommunityTemplate, plan.charterStart);
  const next = dated.find((milestone) => milestone.due > AS_OF);
  const phase = next?.phase ?? 'leadership-transition';
  const lastDue = dated.filter((milestone) => milestone.due <= AS_OF).at(-1);
  const milestones = dated.map((milestone): Milestone => {
    if (milestone.due > AS_OF) return milestone;
    if (milestone === lastDue && milestone.phase === phase && index % 4 === 1) {
      return { ...milestone, status: 'in-progress' };
    }
    return { ...milestone, status: 'done', completedOn: milestone.due };
  });
  return { milestones, phase };
}

/** The same day `years` later (charters start on the 1st, so there is no February 29 to move). */
function addYears(date: string, years: number): string {
  return `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
}

function communitiesOf(list: readonly Plan[]): Community[] {
  let districtNumber = 0;
  return list.map((plan, index) => {
    const districts = districtsOf(plan, districtNumber);
    districtNumber += districts.length;
    const { milestones, phase } = progressOf(plan, index);
    return {
      id: plan.id,
      name: plan.name ?? `${plan.state ? usStateNames[plan.state].en : ''} SEL Learning Community`,
      scope: plan.state === undefined ? { kind: 'national' } : { kind: 'state', state: plan.state },
      readiness: plan.readiness,
      charter: { start: plan.charterStart, end: addYears(plan.charterStart, 5) },
      phase,
      leadershipTeam: [],
      committees: plan.readiness === 'initiating' ? ['advisory', 'welcoming'] : [...COMMITTEES],
      members: [],
      districts,
      milestones,
    };
  });
}

/**
 * An ILLUSTRATIVE status snapshot, invented for examples and demos and marked
 * `illustrative: true`: the plan's 35 learning communities in 33 states plus a national one, 150
 * districts and 6.6 million students, as of 30 November 2026. Community names follow the plan;
 * the districts, their sizes and every community's progress are made up.
 */
export const illustrativeStatusSnapshot: StatusSnapshot = {
  asOf: AS_OF,
  title: 'Illustrative status snapshot (invented data)',
  source: 'Invented for the @sel examples: not real communities, districts or counts.',
  lang: 'en',
  illustrative: true,
  // Built when the module loads; marked pure so a bundle that does not use the snapshot drops it.
  communities: /* @__PURE__ */ communitiesOf(plans),
};

import type { Assessment, AssessmentReport, Rating } from '@sel/core';
import { districtRubric } from './rubrics/district.js';

/*
 * An invented district's three rounds of the district rubric, for examples, stories and tests: a
 * first self-assessment in the fall with three indicators not rated yet, a spring round, and the
 * next fall. Most indicators move up a level over the year, a few stay, and two slip. The district,
 * its team and its notes are made up.
 */

/** Per indicator of the district rubric, its level in each round (`null`: not rated that round). */
const levels: Readonly<Record<string, readonly [number | null, number | null, number | null]>> = {
  'sel-lead-cabinet-influence': [2, 3, 3],
  'sel-team-serves-all-students': [2, 2, 3],
  'cross-department-structures': [1, 2, 2],
  'sel-embedded-in-frameworks': [1, 1, 2],
  'implementation-plan': [2, 3, 4],
  'board-and-budget-support': [2, 2, 1],
  'ongoing-professional-learning': [1, 2, 3],
  'peer-learning-with-districts': [null, 1, 2],
  'adult-sel-routines': [1, 1, 1],
  'sel-through-equity-lens': [2, 2, 2],
  'school-leader-collaboration': [2, 3, 3],
  'tiered-supports-visible': [1, 2, 2],
  'partner-inventory': [1, 2, 3],
  'partners-sorted-by-sel-connection': [null, 1, 2],
  'joint-planning-with-partners': [1, 1, 1],
  'partner-communication-and-data': [null, null, 1],
  'regular-self-assessment': [2, 3, 4],
  'implementation-monitoring': [1, 2, 2],
  'review-collaboration': [2, 3, 2],
  'share-progress': [1, 2, 2],
};

const rounds = [
  { id: 'fall-2025', takenOn: '2025-10-14', notes: 'First self-assessment, taken by the district SEL team.' },
  { id: 'spring-2026', takenOn: '2026-04-21', notes: 'Spring round, with two principals joining the team.' },
  { id: 'fall-2026', takenOn: '2026-10-13', notes: 'Start of the second year.' },
] as const;

function round(index: 0 | 1 | 2): Assessment {
  const ratings: Record<string, Rating> = {};
  for (const [indicatorId, byRound] of Object.entries(levels)) {
    const level = byRound[index];
    if (level !== null) ratings[indicatorId] = { level, ratedOn: rounds[index].takenOn };
  }
  return {
    id: rounds[index].id,
    rubricId: districtRubric.id,
    rubricVersion: districtRubric.version,
    takenBy: 'Riverbend Unified SEL team',
    takenOn: rounds[index].takenOn,
    notes: rounds[index].notes,
    ratings,
  };
}

/**
 * An invented district's three rounds of the district rubric (fall 2025, spring 2026, fall 2026),
 * with a target of 80% of full implementation and two priority practices: what
 * `<sel-assessment-report>` shows in its stories and docs.
 */
export const illustrativeAssessmentReport: AssessmentReport = {
  rubric: districtRubric,
  assessments: [round(0), round(1), round(2)],
  targets: { overall: 0.8 },
  priorities: ['coordinate-with-community-partners', 'model-adult-sel'],
};

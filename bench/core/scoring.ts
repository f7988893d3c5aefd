import { isDeepStrictEqual } from 'node:util';
import { listIndicators, parseAssessment, parseRubric, scoreAssessment } from '@sel/core';
import type { Assessment, AssessmentScore, Rating, Rubric } from '@sel/core';
import { districtRubric } from '@sel/data';
import { compare } from '../harness/measure.js';
import { comparedRow } from '../harness/result.js';
import type { BenchResult } from '../harness/result.js';
import { randomInt, seededRandom } from '../harness/random.js';
import type { CoreProfile } from './profile.js';

export const ASSESSMENT_COUNT = 10_000;

/**
 * `count` assessments of `rubric`, as districts would save them: about nine in ten indicators
 * rated, levels spread over the whole scale, some with notes and evidence links.
 */
export function syntheticAssessments(rubric: Rubric, count: number, seed = 7): Assessment[] {
  const next = seededRandom(seed);
  const indicators = listIndicators(rubric).map((entry) => entry.indicator.id);
  return Array.from({ length: count }, (_, i): Assessment => {
    const ratings: Record<string, Rating> = {};
    for (const id of indicators) {
      if (next() < 0.1) continue;
      const level = rubric.levels[randomInt(next, rubric.levels.length)]?.value ?? 1;
      ratings[id] =
        next() < 0.3
          ? { level, notes: 'Discussed at the spring team meeting.', links: ['https://example.org/evidence.pdf'] }
          : { level };
    }
    return {
      id: `assessment-${i}`,
      rubricId: rubric.id,
      rubricVersion: rubric.version,
      takenBy: `District team ${i % 150}`,
      takenOn: `20${26 + (i % 5)}-0${1 + (i % 9)}-15`,
      ratings,
    };
  });
}

/**
 * The naive way: treat every call as if its inputs were untrusted, re-reading the rubric and the
 * assessment through their schemas before scoring. The design validates once, where data enters
 * (a file, a form, a fetch), and the rules only check that the assessment fits the rubric.
 */
function scoreRevalidatingEverything(rubric: unknown, assessment: unknown): AssessmentScore {
  const checkedRubric = parseRubric(rubric);
  return scoreAssessment(checkedRubric, parseAssessment(assessment, checkedRubric));
}

export async function scoringBench(profile: CoreProfile): Promise<BenchResult[]> {
  const rubric = districtRubric;
  const assessments = syntheticAssessments(rubric, ASSESSMENT_COUNT);
  const scoreAll = () => assessments.map((assessment) => scoreAssessment(rubric, assessment));
  const naiveScoreAll = () => assessments.map((assessment) => scoreRevalidatingEverything(rubric, assessment));
  if (!isDeepStrictEqual(scoreAll(), naiveScoreAll())) {
    throw new Error('Scoring: the naive implementation disagrees with scoreAssessment');
  }
  const indicators = listIndicators(rubric).length;
  const comparison = await compare(scoreAll, naiveScoreAll, profile.heavy);
  return [
    comparedRow(
      {
        group: 'core',
        name: 'scoreAssessment x 10,000',
        operation: `score ${ASSESSMENT_COUNT.toLocaleString('en-US')} assessments of the district rubric (${indicators} indicators x ${rubric.levels.length} levels)`,
        subjectName: 'scoreAssessment on validated data',
        baselineName: 'naive: parseRubric + parseAssessment on every call',
        target: { maxRatio: 1, source: 'floor' },
      },
      comparison,
    ),
  ];
}

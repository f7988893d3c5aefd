import {
  indicatorProgress,
  priorityPractices,
  reportNextSteps,
  reportRounds,
  reportTarget,
  type AssessmentReport,
  type FocusArea,
  type IndicatorProgress,
  type ReadinessStage,
  type ReportNextStep,
  type ReportRound,
  type Rubric,
  type ScoreSummary,
} from '@sel/core';

/** One line of the charts: the whole rubric or one focus area, in every round. */
export interface AreaSeries {
  /** `overall`, or the focus area's id. */
  readonly key: string;
  readonly title: string;
  /** The rubric or focus area `title` is the title of (its language is asked of it). */
  readonly of: Rubric | FocusArea;
  /** The focus area's number, when the rubric gives one. */
  readonly number: number | undefined;
  /** The score of each round, in round order. */
  readonly scores: readonly ScoreSummary[];
  /** The readiness stage of each round, in round order. */
  readonly stages: readonly (ReadinessStage | null)[];
  readonly target: number | null;
}

/** Everything the report shows, derived once per report from `@sel/core`'s rules. */
export interface ReportModel {
  readonly report: AssessmentReport;
  /** The rounds by date. */
  readonly rounds: readonly ReportRound[];
  readonly latest: ReportRound;
  /** The whole rubric first, then each focus area in rubric order. */
  readonly areas: readonly AreaSeries[];
  /** Every indicator across the rounds, in rubric order. */
  readonly progress: readonly IndicatorProgress[];
  /** The weakest indicators of the latest round, those of priority practices first. */
  readonly nextSteps: readonly ReportNextStep[];
  /** The practices given priority: the report's, and those the team marked in the latest round. */
  readonly priorities: ReadonlySet<string>;
}

/** How many weak indicators the report proposes as next steps. */
export const NEXT_STEP_COUNT = 5;

/** Builds the model of a report checked by `safeParseAssessmentReport`. */
export function reportModel(report: AssessmentReport): ReportModel {
  const rounds = reportRounds(report);
  const latest = rounds[rounds.length - 1];
  if (latest === undefined) throw new RangeError('A report has at least one round');
  const priorities = priorityPractices(report, latest.assessment);
  const areas: AreaSeries[] = [
    {
      key: 'overall',
      title: report.rubric.title,
      of: report.rubric,
      number: undefined,
      scores: rounds.map((round) => round.score.overall),
      stages: rounds.map((round) => round.stage),
      target: reportTarget(report),
    },
    ...report.rubric.focusAreas.map((area, a): AreaSeries => ({
      key: area.id,
      title: area.title,
      of: area,
      number: area.number,
      scores: rounds.map((round) => round.score.focusAreas[a] ?? round.score.overall),
      stages: rounds.map((round) => round.focusAreaStages[a] ?? null),
      target: reportTarget(report, area.id),
    })),
  ];
  return {
    report,
    rounds,
    latest,
    areas,
    progress: indicatorProgress(report.rubric, rounds),
    nextSteps: reportNextSteps(report.rubric, latest.assessment, priorities, NEXT_STEP_COUNT),
    priorities,
  };
}

/** Columns the growth table sorts by. */
export type GrowthColumn = 'indicator' | 'latest' | 'change';
export type SortDirection = 'ascending' | 'descending';

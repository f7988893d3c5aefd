import { describe, expect, it } from 'vitest';
import { indicatorProgress, listIndicators, reportRounds, safeParseAssessmentReport } from '@sel/core';
import { illustrativeAssessmentReport } from './illustrative-assessment-report.js';

describe('illustrativeAssessmentReport', () => {
  const report = illustrativeAssessmentReport;

  it('is a valid report of the district rubric with three rounds', () => {
    const result = safeParseAssessmentReport(report);
    expect(result.ok).toBe(true);
    expect(report.assessments.map((assessment) => assessment.takenOn)).toEqual([
      '2025-10-14',
      '2026-04-21',
      '2026-10-13',
    ]);
  });

  it('rates every indicator of the rubric by the last round, some not in the first', () => {
    const rounds = reportRounds(report);
    const indicators = listIndicators(report.rubric).length;
    expect(rounds.map((round) => round.completeness.total)).toEqual([indicators, indicators, indicators]);
    expect(rounds[0]?.completeness.rated).toBeLessThan(indicators);
    expect(rounds[2]?.completeness.rated).toBe(indicators);
  });

  it('shows growth, indicators that slipped and indicators that stayed', () => {
    const trends = indicatorProgress(report.rubric, reportRounds(report)).map((progress) => progress.trend);
    expect(trends).toContain('improved');
    expect(trends).toContain('slipped');
    expect(trends).toContain('unchanged');
  });
});

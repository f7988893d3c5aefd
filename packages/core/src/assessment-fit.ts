import type { Assessment } from './assessment-schema.js';
import { SelRuleError } from './errors.js';
import type { SelIssue } from './errors.js';
import { findLevel } from './rubric.js';
import type { Rubric } from './rubric.js';
import { rubricIndicators } from './rubric-indicators.js';

// Whether an assessment fits a rubric: its id and version, the indicators it rates and the levels
// it uses. Plain code over data already read, so the rules and the readers share it.

/**
 * Everything that makes `assessment` unfit for `rubric`, each at its path: a different rubric id or
 * version, ratings of indicators the rubric does not have, levels that are not on the rubric's scale,
 * priorities that name no practice of the rubric or name one twice.
 */
export function assessmentIssues(rubric: Rubric, assessment: Assessment): SelIssue[] {
  return [...ratingIssues(rubric, assessment), ...recordIssues(rubric, assessment)];
}

/** What keeps the rules from computing with `assessment`: another rubric or version, unknown indicators or levels. */
function ratingIssues(rubric: Rubric, assessment: Assessment): SelIssue[] {
  const issues: SelIssue[] = [];
  if (assessment.rubricId !== rubric.id) {
    issues.push({
      path: ['rubricId'],
      code: 'rubric-mismatch',
      message: `Expected rubric id "${rubric.id}" (the rubric given), got "${assessment.rubricId}"`,
    });
  }
  if (assessment.rubricVersion !== rubric.version) {
    issues.push({
      path: ['rubricVersion'],
      code: 'rubric-version-mismatch',
      message: `Expected rubric version "${rubric.version}" (the rubric given), got "${assessment.rubricVersion}"`,
    });
  }
  const indicatorIds = rubricIndicators(rubric).ids;
  const scale = () => rubric.levels.map((level) => level.value).join(', ');
  for (const [indicatorId, rating] of Object.entries(assessment.ratings)) {
    if (!indicatorIds.has(indicatorId)) {
      issues.push({
        path: ['ratings', indicatorId],
        code: 'unknown-indicator',
        message: `Expected an indicator of rubric "${rubric.id}" version "${rubric.version}"; it has no indicator "${indicatorId}"`,
      });
    } else if (findLevel(rubric, rating.level) === undefined) {
      issues.push({
        path: ['ratings', indicatorId, 'level'],
        code: 'unknown-level',
        message: `Expected one of the rubric's level values (${scale()}), got ${rating.level}`,
      });
    }
  }
  return issues;
}

/**
 * The problems with what an assessment records beside its ratings, which no rule computes with: a
 * priority that names no practice of the rubric (`unknown-practice`) or names one again
 * (`duplicate-priority`), and a member's level off the rubric's scale (`unknown-level`), each at its path.
 */
function recordIssues(rubric: Rubric, assessment: Assessment): SelIssue[] {
  const practiceIds = new Set(rubricIndicators(rubric).entries.map((entry) => entry.practiceId));
  const issues: SelIssue[] = [];
  for (const [indicatorId, rating] of Object.entries(assessment.ratings)) {
    (rating.memberRatings ?? []).forEach(({ level }, index) => {
      if (findLevel(rubric, level) === undefined) {
        issues.push({
          path: ['ratings', indicatorId, 'memberRatings', index, 'level'],
          code: 'unknown-level',
          message: `Expected one of the rubric's level values (${rubric.levels.map((l) => l.value).join(', ')}), got ${level}`,
        });
      }
    });
  }
  (assessment.priorities ?? []).forEach((practiceId, index, priorities) => {
    const known = practiceIds.has(practiceId);
    if (!known || priorities.indexOf(practiceId) < index) {
      issues.push({
        path: ['priorities', index],
        code: known ? 'duplicate-priority' : 'unknown-practice',
        message: known
          ? `Expected each priority practice once, but "${practiceId}" is listed again`
          : `Expected a practice of rubric "${rubric.id}" version "${rubric.version}"; it has no practice "${practiceId}"`,
      });
    }
  });
  return issues;
}

/**
 * Throws a `SelRuleError` unless the ratings of `assessment` fit `rubric` (see {@link assessmentIssues}).
 * The rules (scoring, growth, next steps) call it so that they never compute with levels off the
 * rubric's scale. Codes: `rubric-mismatch`, `rubric-version-mismatch`, `unknown-indicator`,
 * `unknown-level`. A priority naming no practice of the rubric marks nothing, so the rules leave it
 * be; the readers (`parseAssessment` with a rubric) report it.
 */
export function assertAssessmentFitsRubric(rubric: Rubric, assessment: Assessment): void {
  const [first, ...rest] = ratingIssues(rubric, assessment);
  if (first === undefined) return;
  const more = rest.length > 0 ? ` (and ${rest.length} more)` : '';
  throw new SelRuleError(first.code, `Assessment "${assessment.id}" does not fit the rubric: ${first.message}${more}`, {
    issues: [first, ...rest],
  });
}

import type { Assessment } from '@sel/core';
import { downloadText } from '../shared/download.js';

/** One part of a file name: letters and digits of any script, the rest as single hyphens. */
const namePart = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);

/**
 * The name of a member's exported assessment: the rubric, the member and the date
 * (`district-sel-rubric-ana-morales-2026-03-12.json`), so a facilitator who collects the files
 * of a whole team can tell them apart.
 */
export function memberFileName(assessment: Assessment): string {
  const parts = [assessment.rubricId, assessment.takenBy, assessment.takenOn].map(namePart).filter(Boolean);
  return `${parts.join('-').toLowerCase() || 'assessment'}.json`;
}

/**
 * Offers a member's own assessment as a JSON file, exactly the assessment the rubric holds:
 * the file a facilitator adds to the team view (the file picker or a drop) in team mode.
 */
export function exportAssessment(host: Element, assessment: Assessment): void {
  downloadText(host, `${JSON.stringify(assessment, null, 2)}\n`, memberFileName(assessment), 'application/json');
}

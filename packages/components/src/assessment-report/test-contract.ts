import { userEvent } from 'vitest/browser';
import { illustrativeAssessmentReport } from '@sel/data';
import type { ContractSubject } from '../test/contract/subject.js';

const report = () => structuredClone(illustrativeAssessmentReport);

/** `<sel-assessment-report>` in the contract suite (`test/contract/`). */
export const assessmentReportContract: ContractSubject = {
  tag: 'sel-assessment-report',
  define: () => import('./define.js'),
  property: 'report',
  valid: report,
  shows: 'Where we are',
  showsInSpanish: 'Dónde estamos',
  invalid: () => {
    const bad = report();
    const [, spring] = bad.assessments;
    if (spring) spring.ratings = { ...spring.ratings, 'partner-inventory': { level: 7 } };
    return bad;
  },
  invalidPath: ['assessments', 1, 'ratings', 'partner-inventory', 'level'],
  events: [
    {
      name: 'sel-resource-select',
      // Once the catalog is shown, "Add to plan" on the first resource, by keyboard.
      cause: async (el) => {
        await (el as HTMLElement & { renderComplete: Promise<void> }).renderComplete;
        el.shadowRoot?.querySelector<HTMLButtonElement>('.resource__add')?.focus();
        await userEvent.keyboard('{Enter}');
      },
    },
  ],
};

export default assessmentReportContract;

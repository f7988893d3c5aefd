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
  events: [],
};

export default assessmentReportContract;

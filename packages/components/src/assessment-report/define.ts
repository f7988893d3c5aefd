import { SelAssessmentReport } from './sel-assessment-report.js';

/** Registers `<sel-assessment-report>` once; importing this module twice (or after an app did) is harmless. */
if (!customElements.get('sel-assessment-report')) customElements.define('sel-assessment-report', SelAssessmentReport);

declare global {
  interface HTMLElementTagNameMap {
    'sel-assessment-report': SelAssessmentReport;
  }
}

export { SelAssessmentReport };

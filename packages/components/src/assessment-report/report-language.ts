import type { ReactiveElement } from 'lit';
import { mayTranslateRubric, type AssessmentReport, type LocalizedRubric } from '@sel/core';
import { onDemand } from '../shared/on-demand.js';

/** The code that puts a rubric's translation in place, loaded the first time one fits. */
const translation = /* @__PURE__ */ onDemand(() => import('../shared/rubric-translation.js'));

/** A report as shown: its rubric in the element's language where a translation gives its texts. */
export interface ShownReport {
  readonly report: AssessmentReport;
  /** The language each text of the report's rubric is in (a translation's, else the rubric's own `lang`). */
  readonly langOf: LocalizedRubric['langOf'];
}

/**
 * The report with its rubric in the element's language (its `lang`, or the nearest ancestor's)
 * where one of the rubric's `translations` fits it. A page whose rubric needs no translation never
 * fetches the code that puts one in place; a page that cannot fetch it shows the rubric as written.
 */
export class ReportLanguage {
  readonly #host: ReactiveElement;
  /** The last report shown, the language asked for, and the report as shown. */
  #last: readonly [AssessmentReport, string | undefined, ShownReport] | undefined;
  #failed = false;
  /** The translation code being loaded, if it is. */
  loading: Promise<void> | undefined;

  constructor(host: ReactiveElement) {
    this.#host = host;
  }

  /** `report` as shown in `lang`; `undefined` while the code that translates it is loading. */
  shown(report: AssessmentReport, lang: string | undefined): ShownReport | undefined {
    const wanted = !this.#failed && mayTranslateRubric(report.rubric, lang) ? lang : undefined;
    const last = this.#last;
    if (last && last[0] === report && last[1] === wanted) return last[2];
    const { rubric } = report;
    let shown: ShownReport = { report, langOf: () => rubric.lang };
    if (wanted !== undefined) {
      const code = translation.loaded();
      if (!code) {
        this.loading ??= translation.load().then(
          () => undefined,
          () => {
            this.#failed = true;
          },
        );
        void this.loading.then(() => {
          this.loading = undefined;
          this.#host.requestUpdate();
        });
        return undefined;
      }
      const localized = code.localizeRubric(rubric, wanted);
      shown = { report: { ...report, rubric: localized.rubric }, langOf: localized.langOf };
    }
    this.#last = [report, wanted, shown];
    return shown;
  }
}

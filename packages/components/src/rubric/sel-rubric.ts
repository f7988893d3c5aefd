import { html, LitElement, nothing, type PropertyValues } from 'lit';
// First, so that bundles place the Lit directives it brings beside Lit, where they compress best.
import { renderRubric } from './rubric-view.js';
import {
  assessmentIssues,
  completeness,
  listIndicators,
  ratingOf,
  rubricSchema,
  safeParseRubric,
  type Assessment,
  type AssessmentCompleteness,
  type AssessmentScore,
  type Rating,
  type ReadinessStage,
  type Rubric,
} from '@sel/core';
import { DataSourceController, loadingText } from '../shared/data-source.js';
import { validateInSteps } from '@sel/core';
import { renderErrorState } from '../shared/error-state.js';
import { dispatchSelEvent } from '../shared/events.js';
import { FormController, type SelValidity } from '../shared/form.js';
import { LocaleController, type SelStringOverrides } from '../shared/i18n.js';
import { progressStatus, ProgressiveController } from '../shared/progressive.js';
import { tokenStyles } from '../shared/tokens.styles.js';
import {
  blankAssessment,
  rateIndicator,
  readAssessment,
  readAssessmentJson,
  startAssessment,
  withEvidence,
} from './assessment-edits.js';
import { EvidenceDraftController } from './evidence-draft.js';
import { LevelRadioNames } from './level-radios.js';
import { describeFailure, RubricIssues } from './rubric-issues.js';
import { RubricViewModel, rubricWeight, stageOf } from './rubric-view-model.js';
import { ratingAnnouncement } from './rubric-words.js';
import { rubricStyles } from './sel-rubric.styles.js';

/** `detail` of `sel-rating-change`: one indicator was rated, re-rated or given new evidence. */
export interface SelRatingChangeDetail {
  readonly indicatorId: string;
  /** The indicator's rating as it is now. */
  readonly rating: Rating;
  /** The level before this change, or `null` when the indicator was unrated. */
  readonly previousLevel: number | null;
  /** The whole assessment after the change (also the element's `value`, as an object). */
  readonly assessment: Assessment;
}

/** `detail` of `sel-assessment-change`: the assessment after any change, with its running summary. */
export interface SelAssessmentChangeDetail {
  readonly assessment: Assessment;
  readonly completeness: AssessmentCompleteness;
  readonly score: AssessmentScore;
  /** Readiness stage of the whole rubric, or `null` while fewer than half of the indicators are rated. */
  readonly stage: ReadinessStage | null;
}

declare global {
  interface HTMLElementEventMap {
    'sel-rating-change': CustomEvent<SelRatingChangeDetail>;
    'sel-assessment-change': CustomEvent<SelAssessmentChangeDetail>;
  }
}

/**
 * A self-assessment rubric a district or school team fills in: focus areas as sections, one row per
 * indicator with the rubric's levels as columns (each with the indicator's descriptor), one native
 * radio group per indicator (arrow keys choose within a row, Tab moves on), an evidence note per
 * rating, and a running summary per focus area and for the whole rubric with its readiness stage.
 * Given a `previous` assessment, each row and summary also shows where things stood last time.
 *
 * The rubric comes from the `rubric` property, a `src` URL or an inline
 * `<script type="application/json">` child, and is validated with `@sel/core`'s rubric schema.
 * The element is form-associated: with a `name`, a `<form>` submits the assessment as JSON,
 * resets it to the `assessment` property, and the browser can restore it.
 *
 * @summary Rate every indicator of a rubric, with evidence, summaries, readiness stage and growth.
 * @tag sel-rubric
 *
 * @fires {SelRatingChangeDetail} sel-rating-change - An indicator got a level or new evidence.
 * @fires {SelAssessmentChangeDetail} sel-assessment-change - The assessment changed; carries completeness, scores and readiness stage.
 * @fires {SelErrorDetail} sel-error - The rubric, the assessment or the previous assessment is invalid; `issues` carry paths (paths about the assessments start with `assessment`, `previous` or `value`).
 *
 * @slot actions - Controls shown beside the rubric title, e.g. a "Save" or "Print" button (hidden in print).
 *
 * @csspart rubric - The wrapper around everything shown for a valid rubric.
 * @csspart summary - The running summary boxes (whole rubric and each focus area).
 * @csspart focus-area - One focus area section.
 * @csspart indicator - One indicator row (its group of levels, status and evidence).
 * @csspart level - One level cell (the large click target around each radio button).
 * @csspart level-chosen - Added to the level cell that is chosen.
 * @csspart level-previous - Added to the level cell chosen in the previous assessment.
 * @csspart evidence - The evidence text box of a row.
 * @csspart error-state - The alert listing problems with the data.
 *
 * @cssprop --sel-rubric-chosen-color - Border and radio colour of the chosen level (defaults to the accent colour).
 * @cssprop --sel-rubric-cell-min-block-size - Minimum height of a level cell.
 */
export class SelRubric extends LitElement {
  static override styles = [tokenStyles, rubricStyles];
  static formAssociated = true;

  static override properties = {
    rubric: { attribute: false },
    src: { type: String },
    assessment: { attribute: false },
    previous: { attribute: false },
    name: { type: String, reflect: true },
    readonly: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    required: { type: Boolean, reflect: true },
    takenBy: { type: String, attribute: 'taken-by' },
    takenOn: { type: String, attribute: 'taken-on' },
    assessmentId: { type: String, attribute: 'assessment-id' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    strings: { attribute: false },
  };

  /** The rubric to show, as a typed object (wins over `src` and inline JSON). */
  rubric: Rubric | undefined;
  /** URL of the rubric as JSON, fetched when no `rubric` property is set. */
  src: string | undefined;
  /**
   * The assessment to start from: shown when set, and what a form reset returns to. Checked against
   * the rubric; an invalid one is reported (`sel-error`) and the ratings on screen are kept.
   */
  assessment: Assessment | undefined;
  /** An earlier assessment of the same rubric version, shown beside the current ratings. */
  previous: Assessment | undefined;
  /** The form field name; the form submits the assessment as JSON under it. */
  name = '';
  /** Shows the ratings and evidence as text, with no controls (also the best layout for printing). */
  readonly = false;
  /** Disables every control (a disabled `<fieldset>` or form does the same). */
  disabled = false;
  /** The form will not submit until every indicator is rated. */
  required = false;
  /** Who takes a new assessment (the `takenBy` of an assessment started here; default "unspecified"). */
  takenBy: string | undefined;
  /** Date of a new assessment as `YYYY-MM-DD` (default: today on the user's device). */
  takenOn: string | undefined;
  /** Id of a new assessment (default: `<rubric id>-<taken-on>`). */
  assessmentId: string | undefined;
  /** Heading level of the rubric title (2 by default); focus areas and practices use the next two levels. */
  headingLevel = 2;
  /** Replacements for single UI strings, e.g. `{ 'rubric.evidence': 'Notes' }`. */
  strings: SelStringOverrides | undefined;

  /** Lets a test or an app control how `src` is fetched. */
  fetcher: typeof fetch = (input, init) => fetch(input, init);
  readonly #data = new DataSourceController<Rubric>(this, {
    parse: (raw) => safeParseRubric(raw),
    parseInSteps: (raw) =>
      validateInSteps(rubricSchema, raw, 'rubric', ['focusAreas', '*', 'practices', '*', 'indicators']),
    property: () => this.rubric,
    src: () => this.src,
    fetch: (input, init) => this.fetcher(input, init),
  });
  readonly #i18n = new LocaleController(this, { strings: () => this.strings });
  // An indicator is a tall block (its levels, their descriptors, an evidence box): ten rows of
  // ordinary weight fill the first screen, and a rubric of long text starts with two or three.
  readonly #progress = new ProgressiveController(this, { firstBatch: 10 });
  readonly #form = new FormController<Assessment | undefined>(this, {
    value: () => this.#current,
    toFormValue: (assessment) => (assessment ? JSON.stringify(assessment) : null),
    toState: (assessment) => (assessment ? JSON.stringify(assessment) : ''),
    fromState: (state) => {
      const read = readAssessmentJson(state, this.#data.value, 'value');
      return read.ok ? read.value : undefined;
    },
    setValue: (assessment) => {
      this.#current = assessment;
      this.#drafts.clear();
      this.#announcement = '';
    },
    defaultValue: () => this.#default,
    validate: (assessment) => this.#validity(assessment),
    validationAnchor: () => this.renderRoot.querySelector<HTMLElement>('input[type="radio"]:not(:disabled)'),
  });
  readonly #radios = new LevelRadioNames(this);
  readonly #issues = new RubricIssues();
  readonly #model = new RubricViewModel(this.#issues);
  // Added last: taken out of the document, the element saves evidence after its other controllers stopped.
  readonly #drafts = new EvidenceDraftController(this, {
    save: (indicatorId, text) => {
      this.#saveEvidence(indicatorId, text);
    },
    flush: () => {
      this.#form.sync();
    },
  });

  /** The assessment being edited. */
  #current: Assessment | undefined;
  /** The accepted `assessment` property: the value a form reset returns to. */
  #default: Assessment | undefined;
  #previous: Assessment | undefined;
  #announcement = '';

  /** The assessment on screen (with the user's ratings), as the JSON a form submits; `''` before any rating. */
  get value(): string {
    return this.#current ? JSON.stringify(this.#current) : '';
  }

  /**
   * Replaces the assessment on screen with one given as JSON (a form reset still returns to the
   * `assessment` property). Invalid JSON or an assessment that does not fit is reported with
   * `sel-error` (paths start with `value`) and the ratings on screen are kept.
   */
  set value(json: string) {
    const read = readAssessmentJson(json, this.#data.value, 'value');
    if (read.ok) {
      if (read.value) this.#drafts.clear();
      this.#current = read.value;
    }
    this.#issues.set('value', read.ok ? [] : read.issues);
    this.requestUpdate();
  }

  /** The assessment on screen as an object (`undefined` before any rating); read-only, see `value`. */
  get currentAssessment(): Assessment | undefined {
    return this.#current;
  }

  /** The rubric shown (the last valid one), or `undefined`. */
  get currentRubric(): Rubric | undefined {
    return this.#data.value;
  }

  /** The `<form>` the element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.#form.form;
  }

  /** Resolves once the data given has been read and checked (a `src` fetch, large data) and is rendered. */
  get dataSettled(): Promise<void> {
    return this.#data.settled;
  }

  /**
   * Resolves once the data given has been checked (large data is checked over frames) and every
   * indicator is drawn. A long rubric (over 150 indicators, or fewer with very long descriptors)
   * is drawn over several frames; its summaries and form value always cover every indicator.
   */
  get renderComplete(): Promise<void> {
    return this.#data.settled.then(() => this.#progress.complete);
  }

  /** Re-reads the rubric source (what the error state's "Try again" button does). */
  reload(): void {
    this.#data.reload();
  }

  checkValidity(): boolean {
    return this.#form.checkValidity();
  }

  reportValidity(): boolean {
    return this.#form.reportValidity();
  }

  get validity(): ValidityState {
    return this.#form.internals.validity;
  }

  get validationMessage(): string {
    return this.#form.internals.validationMessage;
  }

  formResetCallback(): void {
    this.#form.reset();
  }

  /** Browsers call this with the saved state and the reason (`'restore'` or `'autocomplete'`). */
  formStateRestoreCallback(state: unknown, _reason?: 'restore' | 'autocomplete'): void {
    this.#form.restore(state);
  }

  formDisabledCallback(disabled: boolean): void {
    this.#form.setFormDisabled(disabled);
  }

  #validity(assessment: Assessment | undefined): SelValidity | undefined {
    const rubric = this.#data.value;
    if (!this.required || !rubric) return undefined;
    const fits = assessment !== undefined && assessmentIssues(rubric, assessment).length === 0;
    const unrated = fits ? completeness(rubric, assessment).unrated.length : listIndicators(rubric).length;
    if (unrated === 0) return undefined;
    return { flags: { valueMissing: true }, message: this.#i18n.t('form.incomplete', { count: unrated }) };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const rubric = this.#data.value;
    if (changed.has('assessment')) {
      const read = readAssessment(this.assessment, rubric, 'assessment');
      if (read.ok) {
        this.#default = read.value;
        if (read.value) {
          this.#current = read.value;
          this.#drafts.clear();
        }
      }
      this.#issues.set('assessment', read.ok ? [] : read.issues);
    }
    if (changed.has('previous')) {
      const read = readAssessment(this.previous, rubric, 'previous');
      if (read.ok) this.#previous = read.value;
      this.#issues.set('previous', read.ok ? [] : read.issues);
    }
    this.#updateView(rubric);
    if (changed.has('required')) this.#form.sync();
  }

  #updateView(rubric: Rubric | undefined): void {
    this.#model.update(rubric, this.#current, this.#previous, (shown) => blankAssessment(shown, this));
  }

  protected override updated(): void {
    for (const issues of this.#issues.takeUnreported())
      dispatchSelEvent(this, 'sel-error', { issues, source: 'property' });
  }

  // ---- user actions (one delegated listener, not one per control; evidence typing: EvidenceDraftController) ----

  readonly #onChange = (event: Event): void => {
    const target = event.target;
    const indicatorId = target instanceof HTMLElement ? target.dataset['indicator'] : undefined;
    if (indicatorId === undefined) return;
    if (target instanceof HTMLInputElement && target.type === 'radio') this.#rate(target, indicatorId);
    else if (target instanceof HTMLTextAreaElement) this.#saveEvidence(indicatorId, target.value);
  };

  #rate(input: HTMLInputElement, indicatorId: string): void {
    const view = this.#model.view;
    if (!view || view.locked) return;
    try {
      const base = this.#current ?? startAssessment(view.rubric, this);
      const previousLevel = ratingOf(base, indicatorId)?.level ?? null;
      const next = rateIndicator(view.rubric, base, indicatorId, Number(input.value), {
        notes: this.#drafts.get(indicatorId),
        ratedBy: this.takenBy,
      });
      this.#drafts.delete(indicatorId);
      this.#issues.set('rating', []);
      this.#commit(view.rubric, next, indicatorId, previousLevel);
    } catch (error) {
      input.checked = false;
      this.#issues.set('rating', describeFailure(error, 'assessment'));
      this.requestUpdate();
    }
  }

  /** Saves evidence with its rating; an indicator with no level yet keeps it as a draft. */
  #saveEvidence(indicatorId: string, text: string): void {
    const view = this.#model.view;
    const current = this.#current;
    if (!view || view.locked || !current) return;
    const existing = ratingOf(current, indicatorId);
    if (!existing) return;
    try {
      const next = withEvidence(view.rubric, current, indicatorId, existing, text);
      this.#drafts.delete(indicatorId);
      if (next) this.#commit(view.rubric, next, indicatorId, existing.level);
    } catch (error) {
      this.#issues.set('rating', describeFailure(error, 'assessment'));
      this.requestUpdate();
    }
  }

  #commit(rubric: Rubric, next: Assessment, indicatorId: string, previousLevel: number | null): void {
    this.#current = next;
    this.#updateView(rubric);
    const view = this.#model.view;
    const rating = ratingOf(next, indicatorId);
    if (!view || !rating) return;
    this.#announcement = ratingAnnouncement(this.#i18n, view, indicatorId) ?? this.#announcement;
    this.requestUpdate();
    dispatchSelEvent(this, 'sel-rating-change', { indicatorId, rating, previousLevel, assessment: next });
    dispatchSelEvent(this, 'sel-assessment-change', {
      assessment: next,
      completeness: view.completeness,
      score: view.score,
      stage: stageOf(view.score.overall),
    });
  }

  protected override render(): unknown {
    const data = this.#data;
    // The data source reads a new `rubric` property after willUpdate: show it in this render.
    this.#updateView(data.value);
    const view = this.#model.view;
    const t = this.#i18n.t.bind(this.#i18n);
    const own = this.#issues.all;
    return html`
      ${
        data.status === 'error'
          ? renderErrorState({
              issues: data.issues,
              source: data.source,
              t,
              keptPrevious: data.value !== undefined,
              onRetry: () => {
                this.#data.reload();
              },
            })
          : nothing
      }
      ${
        own.length > 0
          ? renderErrorState({ issues: own, source: 'property', t, keptPrevious: view !== undefined })
          : nothing
      }
      ${data.status === 'loading' ? html`<p role="status">${loadingText(data, t)}</p>` : nothing}
      ${
        view
          ? renderRubric({
              view,
              i18n: this.#i18n,
              strings: this.strings,
              readonly: this.readonly,
              disabled: this.disabled || this.#form.formDisabled || view.locked,
              draftOf: (indicatorId) => this.#drafts.get(indicatorId),
              radios: this.#radios,
              headingLevel: this.headingLevel,
              drawn: this.#progress.draw(view.rubric, ...rubricWeight(view.rubric)),
              long: this.#progress.long,
              busy: this.#progress.busy,
              announcement: this.#announcement,
              onChange: this.#onChange,
            })
          : data.status === 'idle'
            ? html`<p>${t('data.empty')}</p>`
            : nothing
      }
      ${progressStatus(this.#progress.status, t, 'rubric.drawing', 'rubric.drawn')}
    `;
  }
}

import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import { classMap } from 'lit/directives/class-map.js';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { html as staticHtml } from 'lit/static-html.js';
import {
  assessmentIssues,
  compareAssessments,
  completeness,
  createAssessment,
  findLevel,
  listIndicators,
  ratingOf,
  readinessStage,
  safeParseAssessment,
  rubricSchema,
  safeParseRubric,
  scoreAssessment,
  SelRuleError,
  SelValidationError,
  setRating,
  toIsoDate,
  type Assessment,
  type AssessmentCompleteness,
  type AssessmentGrowth,
  type AssessmentScore,
  type FocusArea,
  type Indicator,
  type IndicatorGrowth,
  type Rating,
  type ReadinessStage,
  type Rubric,
  type RubricLevel,
  type ScoreSummary,
  type SelIssue,
} from '@sel/core';
import { DataSourceController, loadingText } from '../shared/data-source.js';
import { validateInSteps } from '../shared/validate-in-steps.js';
import { headingTag } from '../shared/heading.js';
import { renderErrorState } from '../shared/error-state.js';
import { dispatchSelEvent } from '../shared/events.js';
import { FormController } from '../shared/form.js';
import { LocaleController, type SelStringOverrides } from '../shared/i18n.js';
import { progressStatus, ProgressiveController } from '../shared/progressive.js';
import { tokenStyles } from '../shared/tokens.styles.js';
import { styleProperties } from '../shared/style-properties.js';
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

/** Where an element-level problem came from; each kind replaces its own earlier problems. */
type IssueGroup = 'assessment' | 'previous' | 'value' | 'assessment-fit' | 'previous-fit' | 'rating';

function prefixed(prefix: string, issues: readonly SelIssue[]): SelIssue[] {
  return issues.map((issue) => ({ ...issue, path: [prefix, ...issue.path] }));
}

function describeFailure(error: unknown, prefix: string): SelIssue[] {
  if (error instanceof SelValidationError) return prefixed(prefix, error.issues);
  if (error instanceof SelRuleError) return [{ path: [prefix], code: error.code, message: error.message }];
  return [{ path: [prefix], code: 'failed', message: error instanceof Error ? error.message : String(error) }];
}

/**
 * How many indicators a rubric has, and what drawing them costs in rows of ordinary weight: one
 * per indicator, or one per 1,000 characters of text where that is more (a 5 MB rubric's rows
 * carry pages of descriptors). Counted once per rubric.
 */
function rubricWeight(rubric: Rubric): [count: number, weight: number] {
  let weight = weights.get(rubric);
  if (!weight) {
    let count = 0;
    let characters = 0;
    for (const area of rubric.focusAreas) {
      for (const practice of area.practices) {
        for (const { text, fullImplementation = '', descriptors } of practice.indicators) {
          count += 1;
          characters += text.length + fullImplementation.length;
          for (const descriptor of descriptors) characters += descriptor.length;
        }
      }
    }
    weight = [count, Math.max(count, characters / 1000)];
    weights.set(rubric, weight);
  }
  return weight;
}
const weights = new WeakMap<Rubric, [count: number, weight: number]>();

/**
 * Collects each level radio as it is rendered (`${collect(list)}` on the `<input>`), so that
 * `updated()` names the new radios alone instead of searching the whole rubric after each frame.
 */
class CollectElement extends Directive {
  render(_into: Element[]): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [into]: [Element[]]): typeof nothing {
    into.push(part.element);
    return nothing;
  }
}
const collect = directive(CollectElement);

/** Everything shown for one rubric, derived from the data before each render. */
interface RubricView {
  readonly rubric: Rubric;
  /** The current assessment, or an empty one when nothing is rated or the current one does not fit. */
  readonly assessment: Assessment;
  /** True when the current assessment does not fit the rubric: ratings are hidden and locked. */
  readonly locked: boolean;
  readonly completeness: AssessmentCompleteness;
  readonly score: AssessmentScore;
  readonly previous: Assessment | undefined;
  readonly growth: AssessmentGrowth | undefined;
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
    fromState: (state) => this.#fromState(state),
    setValue: (assessment) => {
      this.#current = assessment;
      this.#drafts.clear();
      this.#announcement = '';
    },
    defaultValue: () => this.#default,
    validate: (assessment) => this.#validity(assessment),
    validationAnchor: () => this.renderRoot.querySelector<HTMLElement>('input[type="radio"]:not(:disabled)'),
  });

  /** The assessment being edited. */
  #current: Assessment | undefined;
  /** The accepted `assessment` property: the value a form reset returns to. */
  #default: Assessment | undefined;
  #previous: Assessment | undefined;
  /** Evidence typed for indicators that have no level yet, saved with the rating once one is chosen. */
  readonly #drafts = new Map<string, string>();
  readonly #issues = new Map<IssueGroup, SelIssue[]>();
  #pendingErrors: SelIssue[][] = [];
  /** Level radios rendered since the last update, still to be named (see {@link #groupRadios}). */
  #newRadios: Element[] = [];
  #announcement = '';
  #view: RubricView | undefined;
  #viewKey: readonly unknown[] = [];
  #assessmentFitKey: readonly unknown[] = [];
  #previousFitKey: readonly unknown[] = [];

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
    if (json.trim() === '') {
      this.#current = undefined;
      this.#setIssues('value', []);
      this.requestUpdate();
      return;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(json);
    } catch (error) {
      this.#setIssues('value', [
        { path: ['value'], code: 'invalid-json', message: `Expected assessment JSON: ${String(error)}` },
      ]);
      this.requestUpdate();
      return;
    }
    const result = safeParseAssessment(raw, this.#data.value);
    if (result.ok) {
      this.#current = result.value;
      this.#drafts.clear();
      this.#setIssues('value', []);
    } else this.#setIssues('value', prefixed('value', result.error.issues));
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

  /** Listens for the page being hidden or closed, to save evidence still being typed. */
  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.#onPageHide);
    document.addEventListener('visibilitychange', this.#onPageHide);
  }

  /**
   * Taken out of the document (a dialog or tab closed, a framework's view torn down), the element
   * saves evidence still being typed: the box leaves with it, with no `change` and, in some
   * browsers, no `focusout`.
   */
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.#onPageHide);
    document.removeEventListener('visibilitychange', this.#onPageHide);
    this.#saveDrafts();
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

  #fromState(state: string): Assessment | undefined {
    if (state === '') return undefined;
    let raw: unknown;
    try {
      raw = JSON.parse(state);
    } catch {
      return undefined;
    }
    const result = safeParseAssessment(raw, this.#data.value);
    return result.ok ? result.value : undefined;
  }

  #validity(assessment: Assessment | undefined): { flags: ValidityStateFlags; message: string } | undefined {
    const rubric = this.#data.value;
    if (!this.required || !rubric) return undefined;
    const fits = assessment !== undefined && assessmentIssues(rubric, assessment).length === 0;
    const unrated = fits ? completeness(rubric, assessment).unrated.length : listIndicators(rubric).length;
    if (unrated === 0) return undefined;
    return { flags: { valueMissing: true }, message: this.#i18n.t('form.incomplete', { count: unrated }) };
  }

  #setIssues(group: IssueGroup, issues: readonly SelIssue[]): void {
    if (issues.length === 0) {
      this.#issues.delete(group);
      return;
    }
    this.#issues.set(group, [...issues]);
    this.#pendingErrors.push([...issues]);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const rubric = this.#data.value;
    if (changed.has('assessment')) {
      const raw: unknown = this.assessment;
      if (raw === undefined || raw === null) {
        this.#default = undefined;
        this.#setIssues('assessment', []);
      } else {
        const result = safeParseAssessment(raw, rubric);
        if (result.ok) {
          this.#default = result.value;
          this.#current = result.value;
          this.#drafts.clear();
          this.#setIssues('assessment', []);
        } else this.#setIssues('assessment', prefixed('assessment', result.error.issues));
      }
    }
    if (changed.has('previous')) {
      const raw: unknown = this.previous;
      if (raw === undefined || raw === null) {
        this.#previous = undefined;
        this.#setIssues('previous', []);
      } else {
        const result = safeParseAssessment(raw, rubric);
        if (result.ok) {
          this.#previous = result.value;
          this.#setIssues('previous', []);
        } else this.#setIssues('previous', prefixed('previous', result.error.issues));
      }
    }
    this.#updateView(rubric);
    if (changed.has('required')) this.#form.sync();
  }

  #emptyAssessment(rubric: Rubric): Assessment {
    return {
      id: this.assessmentId ?? `${rubric.id}-new`,
      rubricId: rubric.id,
      rubricVersion: rubric.version,
      takenBy: this.takenBy ?? 'unspecified',
      takenOn: this.takenOn ?? toIsoDate(new Date()),
      ratings: {},
    };
  }

  #updateView(rubric: Rubric | undefined): void {
    if (!rubric) {
      this.#view = undefined;
      return;
    }
    const current = this.#current;
    const previous = this.#previous;
    const key = [rubric, current, previous];
    if (this.#view && key.every((part, i) => part === this.#viewKey[i])) return;
    this.#viewKey = key;

    const assessmentFitKey = [rubric, current];
    let fits = true;
    if (current) {
      const misfits = assessmentIssues(rubric, current);
      fits = misfits.length === 0;
      if (assessmentFitKey.some((part, i) => part !== this.#assessmentFitKey[i])) {
        this.#assessmentFitKey = assessmentFitKey;
        this.#setIssues('assessment-fit', prefixed('assessment', misfits));
      }
    } else this.#setIssues('assessment-fit', []);

    let previousFits = false;
    if (previous) {
      const misfits = assessmentIssues(rubric, previous);
      previousFits = misfits.length === 0;
      const previousFitKey = [rubric, previous];
      if (previousFitKey.some((part, i) => part !== this.#previousFitKey[i])) {
        this.#previousFitKey = previousFitKey;
        this.#setIssues('previous-fit', prefixed('previous', misfits));
      }
    } else this.#setIssues('previous-fit', []);

    const shown = current && fits ? current : this.#emptyAssessment(rubric);
    const shownPrevious = previous && previousFits ? previous : undefined;
    this.#view = {
      rubric,
      assessment: shown,
      locked: !fits,
      completeness: completeness(rubric, shown),
      score: scoreAssessment(rubric, shown),
      previous: shownPrevious,
      growth: shownPrevious ? compareAssessments(rubric, shownPrevious, shown) : undefined,
    };
  }

  protected override updated(): void {
    this.#groupRadios();
    const pending = this.#pendingErrors;
    this.#pendingErrors = [];
    for (const issues of pending) dispatchSelEvent(this, 'sel-error', { issues, source: 'property' });
  }

  /**
   * Gives each level radio rendered by this update its group name (`level-<indicator id>`), once it
   * is in the document; the radios are collected as they render, so no frame searches the rubric.
   *
   * Not in the template on purpose: Lit builds a first render in a fragment outside the document,
   * and WebKit finds the group of a named radio outside the document by walking the whole fragment,
   * once per radio inserted. With the names in the template, a 1,000-indicator rubric took 20-45 s to
   * render in WebKitGTK (under a second in Chromium and Firefox); named here, inside the document,
   * each radio joins its group through the shadow root's index.
   */
  #groupRadios(): void {
    const radios = this.#newRadios;
    this.#newRadios = [];
    for (const radio of radios) {
      if (radio instanceof HTMLInputElement && !radio.name) radio.name = `level-${radio.dataset['indicator'] ?? ''}`;
    }
  }

  // ---- user actions (one delegated listener each, not one per control) ----

  readonly #onChange = (event: Event): void => {
    const target = event.target;
    if (target instanceof HTMLInputElement && target.type === 'radio') this.#rate(target);
    else if (target instanceof HTMLTextAreaElement) this.#saveNote(target);
  };

  /**
   * Evidence is saved when the box loses focus too, not on `change` alone: WebKit fires `change`
   * only when focus moves inside the page and the text differs from what it recorded at the last
   * `change`, insertion or script write, so focus that leaves some other way carries no `change`.
   * Saving is idempotent: after a `change` has saved the text, this finds nothing new to save.
   */
  readonly #onFocusOut = (event: FocusEvent): void => {
    if (event.target instanceof HTMLTextAreaElement) this.#saveNote(event.target);
  };

  /**
   * Evidence still being typed is saved when the page is hidden (another tab or app, the page
   * closing or going into the back-forward cache): focus that leaves that way may bring
   * no `change` or `focusout`, and this is the last moment a page reliably gets to save its form.
   * The form value is sent at once, not after the next render.
   */
  readonly #onPageHide = (event: Event): void => {
    if (event.type === 'visibilitychange' && document.visibilityState !== 'hidden') return;
    this.#saveDrafts();
  };

  /** Saves the evidence typed into boxes of rated indicators and sends the form value at once. */
  #saveDrafts(): void {
    if (this.#drafts.size === 0) return;
    for (const textarea of this.renderRoot.querySelectorAll('textarea')) {
      const indicatorId = textarea.dataset['indicator'];
      if (indicatorId !== undefined && this.#drafts.has(indicatorId)) this.#saveNote(textarea);
    }
    this.#form.sync();
  }

  readonly #onInput = (event: Event): void => {
    const target = event.target;
    if (!(target instanceof HTMLTextAreaElement)) return;
    const indicatorId = target.dataset['indicator'];
    if (indicatorId !== undefined) this.#drafts.set(indicatorId, target.value);
  };

  #baseAssessment(rubric: Rubric): Assessment {
    if (this.#current) return this.#current;
    const takenOn = this.takenOn ?? toIsoDate(new Date());
    return createAssessment(rubric, {
      id: this.assessmentId ?? `${rubric.id}-${takenOn}`,
      takenBy: this.takenBy ?? 'unspecified',
      takenOn,
    });
  }

  #rate(input: HTMLInputElement): void {
    const view = this.#view;
    const indicatorId = input.dataset['indicator'];
    if (!view || view.locked || indicatorId === undefined) return;
    const level = Number(input.value);
    try {
      const base = this.#baseAssessment(view.rubric);
      const existing = ratingOf(base, indicatorId);
      const notes = this.#drafts.get(indicatorId) ?? existing?.notes;
      const rating: Rating = { ...existing, level, ratedOn: toIsoDate(new Date()) };
      if (notes !== undefined && notes.trim() !== '') rating.notes = notes;
      else delete rating.notes;
      if (this.takenBy !== undefined && this.takenBy.trim() !== '') rating.ratedBy = this.takenBy;
      const next = setRating(base, indicatorId, rating, view.rubric);
      this.#drafts.delete(indicatorId);
      this.#setIssues('rating', []);
      this.#commit(view.rubric, next, indicatorId, existing?.level ?? null);
    } catch (error) {
      input.checked = false;
      this.#setIssues('rating', describeFailure(error, 'assessment'));
      this.requestUpdate();
    }
  }

  #saveNote(textarea: HTMLTextAreaElement): void {
    const view = this.#view;
    const indicatorId = textarea.dataset['indicator'];
    const current = this.#current;
    if (!view || view.locked || indicatorId === undefined || !current) return;
    const existing = ratingOf(current, indicatorId);
    if (!existing) return; // kept as a draft until a level is chosen
    // Blank text is saved as no note, so it matches a rating without one (no second event for it).
    const text = textarea.value.trim() === '' ? '' : textarea.value;
    if ((existing.notes ?? '') === text) {
      this.#drafts.delete(indicatorId);
      return;
    }
    const { notes: _old, ...rest } = existing;
    const rating: Rating = text === '' ? rest : { ...rest, notes: text };
    try {
      const next = setRating(current, indicatorId, rating, view.rubric);
      this.#drafts.delete(indicatorId);
      this.#commit(view.rubric, next, indicatorId, existing.level);
    } catch (error) {
      this.#setIssues('rating', describeFailure(error, 'assessment'));
      this.requestUpdate();
    }
  }

  #commit(rubric: Rubric, next: Assessment, indicatorId: string, previousLevel: number | null): void {
    this.#current = next;
    this.#updateView(rubric);
    const view = this.#view;
    const rating = ratingOf(next, indicatorId);
    if (!view || !rating) return;
    const areaIndex = rubric.focusAreas.findIndex((area) =>
      area.practices.some((practice) => practice.indicators.some((indicator) => indicator.id === indicatorId)),
    );
    const area = rubric.focusAreas[areaIndex];
    const areaDone = view.completeness.focusAreas[areaIndex];
    if (area && areaDone) {
      this.#announcement = this.#i18n.t('rubric.announce', {
        area: this.#areaTitle(area),
        rated: areaDone.rated,
        total: areaDone.total,
        overallRated: view.completeness.rated,
        overallTotal: view.completeness.total,
      });
    }
    this.requestUpdate();
    dispatchSelEvent(this, 'sel-rating-change', { indicatorId, rating, previousLevel, assessment: next });
    dispatchSelEvent(this, 'sel-assessment-change', {
      assessment: next,
      completeness: view.completeness,
      score: view.score,
      stage: this.#stage(view.score.overall),
    });
  }

  // ---- rendering ----

  #stage(score: ScoreSummary): ReadinessStage | null {
    return readinessStage({ normalised: score.normalised, rated: score.rated, total: score.total });
  }

  #areaTitle(area: FocusArea): string {
    return area.number === undefined
      ? area.title
      : this.#i18n.t('rubric.focusArea', { number: area.number, title: area.title });
  }

  #levelName(level: RubricLevel): string {
    return this.#i18n.t('rubric.level', { value: level.value, label: level.label });
  }

  #date(date: string): string {
    try {
      return this.#i18n.formatDate(date, 'medium');
    } catch {
      return date;
    }
  }

  protected override render(): unknown {
    const data = this.#data;
    // The data source reads a new `rubric` property after willUpdate: show it in this render.
    this.#updateView(data.value);
    const t = this.#i18n.t.bind(this.#i18n);
    const own = [...this.#issues.values()].flat();
    const view = this.#view;
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
      ${view ? this.#renderRubric(view) : data.status === 'idle' ? html`<p>${t('data.empty')}</p>` : nothing}
      ${progressStatus(this.#progress.status, t, 'rubric.drawing', 'rubric.drawn')}
    `;
  }

  #renderRubric(view: RubricView): TemplateResult {
    const { rubric } = view;
    const t = this.#i18n.t.bind(this.#i18n);
    const level = this.headingLevel;
    const titleTag = headingTag(level);
    const interactive = !this.readonly;
    // Indicators are drawn in order; `left` counts down what this render may still draw.
    let left = this.#progress.draw(rubric, ...rubricWeight(rubric));
    const take = (indicators: readonly Indicator[]): readonly Indicator[] => {
      const drawn = indicators.slice(0, Math.max(0, left));
      left -= indicators.length;
      return drawn;
    };
    return html`<div
      class=${classMap({ rubric: true, 'rubric--long': this.#progress.long })}
      part="rubric"
      aria-busy=${this.#progress.busy ? 'true' : nothing}
      style=${styleProperties({ '--_levels': String(rubric.levels.length) })}
      @change=${this.#onChange}
      @input=${this.#onInput}
      @focusout=${this.#onFocusOut}
    >
      <div class="summary-header">
        ${staticHtml`<${titleTag} class="heading rubric-title">${rubric.title}</${titleTag}>`}
        <slot name="actions"></slot>
      </div>
      ${rubric.description ? html`<p class="area-description">${rubric.description}</p>` : nothing}
      <section class="summary" part="summary" aria-labelledby="overall-title">
        <p class="summary-title" id="overall-title">${t('rubric.summary.overall')}</p>
        ${this.#renderSummary(view.score.overall, view.growth?.overall, view.previous)}
      </section>
      ${rubric.focusAreas.map((area, a) => (left > 0 ? this.#renderFocusArea(view, area, a, level + 1, take) : nothing))}
      ${interactive ? html`<p role="status" class="visually-hidden">${this.#announcement}</p>` : nothing}
    </div>`;
  }

  #renderSummary(
    score: ScoreSummary,
    growth: AssessmentGrowth['overall'] | undefined,
    previous: Assessment | undefined,
  ): TemplateResult {
    const t = this.#i18n.t.bind(this.#i18n);
    const stage = this.#stage(score);
    const mean = (value: number | null): string =>
      value === null ? '–' : this.#i18n.formatNumber(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    return html`<ul>
      <li>${t('rubric.summary.rated', { rated: score.rated, total: score.total })}</li>
      <li>
        ${
          score.mean === null || score.levelLabel === null
            ? t('rubric.summary.noRatings')
            : t('rubric.summary.average', { mean: mean(score.mean), label: score.levelLabel })
        }
      </li>
      <li class="stage">
        ${stage === null ? t('rubric.stage.notEnough') : t('rubric.stage', { stage: t(`rubric.stage.${stage}`) })}
      </li>
      ${
        growth && previous
          ? html`<li>
                ${t('rubric.growth.average', {
                  date: this.#date(previous.takenOn),
                  before: mean(growth.before.mean),
                  after: mean(growth.after.mean),
                })}
              </li>
              <li>
                ${t('rubric.growth.counts', {
                  improved: growth.improved,
                  declined: growth.declined,
                  unchanged: growth.unchanged,
                })}
              </li>`
          : nothing
      }
    </ul>`;
  }

  #renderFocusArea(
    view: RubricView,
    area: FocusArea,
    index: number,
    headingLevel: number,
    take: (indicators: readonly Indicator[]) => readonly Indicator[],
  ): TemplateResult {
    const tag = headingTag(headingLevel);
    const practiceTag = headingTag(headingLevel + 1);
    const score = view.score.focusAreas[index];
    const growth = view.growth?.focusAreas[index];
    const titleId = `area-${area.id}`;
    const growthById = new Map<string, IndicatorGrowth>(
      (view.growth?.indicators ?? []).map((entry) => [entry.indicatorId, entry]),
    );
    return html`<section class="focus-area" part="focus-area" aria-labelledby=${titleId}>
      ${staticHtml`<${tag} class="heading area-title" id=${titleId}>${this.#areaTitle(area)}</${tag}>`}
      ${area.description ? html`<p class="area-description">${area.description}</p>` : nothing}
      ${score ? html`<div class="summary" part="summary">${this.#renderSummary(score, growth, view.previous)}</div>` : nothing}
      ${area.practices.map((practice) => {
        const drawn = take(practice.indicators);
        return drawn.length === 0 && practice.indicators.length > 0
          ? nothing
          : html`<div class="practice">
              ${staticHtml`<${practiceTag} class="heading practice-title">${practice.title}</${practiceTag}>`}
              ${practice.description ? html`<p class="practice-description">${practice.description}</p>` : nothing}
              ${repeat(
                drawn,
                (indicator) => indicator.id,
                (indicator) => this.#renderIndicatorGuarded(view, indicator, growthById.get(indicator.id)),
              )}
            </div>`;
      })}
    </section>`;
  }

  #renderIndicatorGuarded(view: RubricView, indicator: Indicator, growth: IndicatorGrowth | undefined): unknown {
    const rating = ratingOf(view.assessment, indicator.id);
    const previous = view.previous ? ratingOf(view.previous, indicator.id) : undefined;
    const disabled = this.disabled || this.#form.formDisabled || view.locked;
    return guard(
      [
        indicator,
        view.rubric.levels,
        rating,
        previous,
        view.previous?.takenOn,
        growth?.levelDelta,
        this.#drafts.get(indicator.id),
        this.readonly,
        disabled,
        this.#i18n.locale,
        this.strings,
      ],
      () => this.#renderIndicator(view, indicator, rating, previous, growth, disabled),
    );
  }

  #renderIndicator(
    view: RubricView,
    indicator: Indicator,
    rating: Rating | undefined,
    previous: Rating | undefined,
    growth: IndicatorGrowth | undefined,
    disabled: boolean,
  ): TemplateResult {
    const t = this.#i18n.t.bind(this.#i18n);
    const id = indicator.id;
    const levels = view.rubric.levels;
    const notes = this.#drafts.get(id) ?? rating?.notes ?? '';
    const statusId = `status-${id}`;
    const fullId = `full-${id}`;
    const describedBy = indicator.fullImplementation ? `${fullId} ${statusId}` : statusId;
    const full = indicator.fullImplementation
      ? html`<p class="full" id=${fullId}>
          <strong>${t('rubric.fullImplementation')}</strong> ${indicator.fullImplementation}
        </p>`
      : nothing;
    const status = this.#rowStatus(view, rating, previous, growth);

    if (this.readonly) {
      const textId = `text-${id}`;
      return html`<div
        class="indicator"
        part="indicator"
        role="group"
        aria-labelledby=${textId}
        aria-describedby=${describedBy}
      >
        <p class="indicator-text" id=${textId}>${indicator.text}</p>
        ${full}
        <ul class="levels">
          ${levels.map((level, i) => {
            const chosen = rating?.level === level.value;
            const wasChosen = previous?.level === level.value;
            return html`<li
              class=${classMap({ level: true, 'is-chosen': chosen, 'is-previous': wasChosen })}
              part=${this.#levelParts(chosen, wasChosen)}
            >
              <span class="level-name">${this.#levelName(level)}</span>
              <span class="descriptor">${indicator.descriptors[i] ?? ''}</span>
              ${this.#marks(chosen, wasChosen, false)}
            </li>`;
          })}
        </ul>
        <p class="row-status" id=${statusId}>${status}</p>
        <p class="notes">
          <strong>${t('rubric.evidence')}:</strong> ${notes === '' ? t('rubric.evidence.none') : notes}
        </p>
      </div>`;
    }

    const notesId = `notes-${id}`;
    const hintId = `hint-${id}`;
    return html`<fieldset class="indicator" part="indicator" ?disabled=${disabled} aria-describedby=${describedBy}>
      <legend class="indicator-text">${indicator.text}</legend>
      ${full}
      <div class="levels">
        ${levels.map((level, i) => {
          const chosen = rating?.level === level.value;
          const wasChosen = previous?.level === level.value;
          const inputId = `level-${id}-${i}`;
          return html`<label
            class=${classMap({ level: true, 'is-chosen': chosen, 'is-previous': wasChosen })}
            part=${this.#levelParts(chosen, wasChosen)}
          >
            <input
              type="radio"
              id=${inputId}
              value=${level.value}
              data-indicator=${id}
              ${collect(this.#newRadios)}
              .checked=${live(chosen)}
              aria-labelledby=${`${inputId}-name`}
              aria-describedby=${wasChosen ? `${inputId}-descriptor ${inputId}-marks` : `${inputId}-descriptor`}
            />
            <span class="level-name" id=${`${inputId}-name`}>${this.#levelName(level)}</span>
            <span class="descriptor" id=${`${inputId}-descriptor`}>${indicator.descriptors[i] ?? ''}</span>
            ${this.#marks(chosen, wasChosen, true, `${inputId}-marks`)}
          </label>`;
        })}
      </div>
      <p class="row-status" id=${statusId}>${status}</p>
      <div class="evidence">
        <label for=${notesId}>${t('rubric.evidence')}</label>
        <textarea
          id=${notesId}
          part="evidence"
          data-indicator=${id}
          rows="2"
          .value=${live(notes)}
          aria-describedby=${hintId}
        ></textarea>
        <p class="hint" id=${hintId}>${rating ? t('rubric.evidence.hint') : t('rubric.evidence.pending')}</p>
        ${notes === '' ? nothing : html`<p class="notes-print"><strong>${t('rubric.evidence')}:</strong> ${notes}</p>`}
      </div>
    </fieldset>`;
  }

  #levelParts(chosen: boolean, wasChosen: boolean): string {
    return ['level', chosen ? 'level-chosen' : '', wasChosen ? 'level-previous' : ''].filter(Boolean).join(' ');
  }

  /** Text marks on a cell, so "chosen" and "last time" never rest on colour or border alone. */
  #marks(chosen: boolean, wasChosen: boolean, interactive: boolean, id?: string): unknown {
    if (!chosen && !wasChosen) return nothing;
    const t = this.#i18n.t.bind(this.#i18n);
    return html`<span class="marks">
      ${
        chosen
          ? html`<span class="mark" aria-hidden=${interactive ? 'true' : nothing}>✓ ${t('rubric.chosen')}</span>`
          : nothing
      }
      ${wasChosen ? html`<span class="mark mark-previous" id=${id ?? nothing}>${t('rubric.previous.badge')}</span>` : nothing}
    </span>`;
  }

  #rowStatus(
    view: RubricView,
    rating: Rating | undefined,
    previous: Rating | undefined,
    growth: IndicatorGrowth | undefined,
  ): string {
    const t = this.#i18n.t.bind(this.#i18n);
    const parts: string[] = [];
    if (!rating) parts.push(t('rubric.notRated'));
    if (view.previous) {
      const date = this.#date(view.previous.takenOn);
      const level = previous ? findLevel(view.rubric, previous.level) : undefined;
      parts.push(
        level
          ? t('rubric.previous.rating', { date, value: level.value, label: level.label })
          : t('rubric.previous.unrated', { date }),
      );
      const delta = growth?.levelDelta;
      if (delta !== undefined && delta !== null) {
        const steps =
          view.rubric.levels.findIndex((l) => l.value === growth?.after) -
          view.rubric.levels.findIndex((l) => l.value === growth?.before);
        if (steps > 0) parts.push(t('rubric.growth.up', { count: steps }));
        else if (steps < 0) parts.push(t('rubric.growth.down', { count: -steps }));
        else parts.push(t('rubric.growth.same'));
      }
    }
    return parts.join(' ');
  }
}

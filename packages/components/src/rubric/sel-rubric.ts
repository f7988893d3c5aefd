import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
// First, so that bundles place the Lit directives it brings beside Lit, where they compress best.
import { renderRubric, renderSummary, type RubricViewContext } from './rubric-view.js';
import {
  checkAssessment,
  checkRubric,
  checkRubricInSteps,
  ratingOf,
  type Assessment,
  type ParseResult,
  type Rubric,
  type SelIssue,
} from '@sel/core';
import type { SelValidity } from '../shared/form.js';
import { warmOnUse } from '../shared/on-demand.js';
import { SelFormElement } from '../shared/sel-form-element.js';
import { tokenStyles } from '../shared/tokens.styles.js';
import { blankAssessment, readAssessment, startAssessment } from './assessment-edits.js';
import { LevelRadioNames } from './level-radios.js';
import { OnDemand } from './on-demand.js';
import { RubricExtras } from './rubric-extras.js';
import { RubricLanguage } from './rubric-language.js';
import { describeFailure } from './rubric-issues.js';
import { EarlyLevels } from './early-levels.js';
import type { RatingHost, RubricRating } from './rubric-rating.js';
import { RubricViewModel, rubricWeight, stageOf, type RubricView } from './rubric-view-model.js';
import { rubricStyles } from './sel-rubric.styles.js';
import { rubricStrings } from './rubric-strings.js';
import type { TeamHost, TeamMode } from './team-mode.js';

export type { SelAssessmentChangeDetail, SelRatingChangeDetail } from './rubric-events.js';
export type { SelTeamChangeDetail } from './team-events.js';

/** The inline member assessments of team mode. */
const TEAM_SCRIPT = ':scope > script[type="application/json"][data-sel="team"]';

/**
 * A self-assessment rubric a district or school team fills in: focus areas as sections, one row per
 * indicator with the rubric's levels as columns (each with the indicator's descriptor; a rubric with
 * level labels only is drawn as a compact scale under the level names, shown once per practice,
 * with each indicator's full-implementation statement), one native radio group per indicator (arrow
 * keys choose within a row, Tab moves on), an evidence note per rating, and a running summary per
 * focus area and for the whole rubric with its readiness stage (and the team's priority practices).
 * Given a `previous` assessment, each row and summary also shows where things stood last time.
 *
 * The rubric comes from the `rubric` property, a `src` URL or an inline
 * `<script type="application/json">` child, and is checked as `@sel/core`'s rubric schema checks it
 * (with `checkRubric`, which needs no zod).
 * The element is form-associated: with a `name`, a `<form>` submits the assessment as JSON,
 * resets it to the `assessment` property, and the browser can restore it.
 *
 * @summary Rate every indicator of a rubric, with evidence, summaries, readiness stage and growth.
 * @tag sel-rubric
 *
 * @fires {SelRatingChangeDetail} sel-rating-change - An indicator got a level or new evidence.
 * @fires {SelAssessmentChangeDetail} sel-assessment-change - The assessment changed; carries completeness, scores and readiness stage.
 * @fires {SelTeamChangeDetail} sel-team-change - Team mode: the facilitator added members from files, replaced or removed one, or undid that.
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
 * @csspart team - Team mode: the team's members, file picker, agreement counts, filter and reveal.
 * @csspart team-files - Team mode: the file picker for the members' exported assessments.
 * @csspart error-state - The alert listing problems with the data.
 * @csspart error-summary - A required rubric found incomplete: "There is a problem" and a link to each unrated indicator.
 *
 * @cssprop --sel-rubric-chosen-color - Border and radio colour of the chosen level (defaults to the accent colour).
 * @cssprop --sel-rubric-cell-min-block-size - Minimum height of a level cell.
 */
export class SelRubric extends SelFormElement<Rubric, Assessment> {
  static override styles = [tokenStyles, rubricStyles];
  // An indicator is a tall block (its levels, their descriptors, an evidence box): ten rows of
  // ordinary weight fill the first screen, and a rubric of long text starts with two or three.
  protected static override progressive = { firstBatch: 10 };
  protected static override messages = rubricStrings;

  static override properties: PropertyDeclarations = {
    rubric: { attribute: false },
    assessment: { attribute: false },
    previous: { attribute: false },
    takenBy: { type: String, attribute: 'taken-by' },
    takenOn: { type: String, attribute: 'taken-on' },
    assessmentId: { type: String, attribute: 'assessment-id' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    team: { attribute: false },
    teamSrc: { type: String, attribute: 'team-src' },
    agreement: { type: String },
  };

  /** The rubric to show, as a typed object (wins over `src` and inline JSON). */
  rubric: Rubric | undefined;
  /**
   * The assessment to start from: shown when set, and what a form reset returns to. Checked against
   * the rubric; an invalid one is reported (`sel-error`) and the ratings on screen are kept.
   */
  assessment: Assessment | undefined;
  /** An earlier assessment of the same rubric version, shown beside the current ratings. */
  previous: Assessment | undefined;
  /** Who takes a new assessment (the `takenBy` of an assessment started here; default "unspecified"). */
  takenBy: string | undefined;
  /** Date of a new assessment as `YYYY-MM-DD` (default: today on the user's device). */
  takenOn: string | undefined;
  /** Id of a new assessment (default: `<rubric id>-<taken-on>`). */
  assessmentId: string | undefined;
  /**
   * Team mode: the members' own assessments of this rubric (each `takenBy` a member), shown side by
   * side so the team can agree on one level per indicator; the element's value is then the agreed
   * assessment. An empty list starts team mode with no members yet (a facilitator adds their files).
   * Without it, read from the `team-src` URL, else from an inline
   * `<script type="application/json" data-sel="team">` child.
   */
  team: readonly Assessment[] | undefined;
  /** Team mode: the URL of the members' assessments (a JSON list), fetched through `fetcher`. */
  teamSrc: string | undefined;
  /**
   * Team mode: when the members' ratings agree, `same-level` (the default) or `within-one` (at
   * most one level apart); it decides the counts and "where we disagree".
   */
  agreement: string | undefined;
  /** Heading level of the rubric title (2 by default); focus areas and practices use the next two levels. */
  headingLevel = 2;

  readonly #radios = new LevelRadioNames(this);
  readonly #report = (group: string, issues: readonly SelIssue[]): void => {
    this.reportIssues(group, issues);
  };
  /** Parts loaded on demand (growth, team mode, navigation, marks); an update completes once they are here. */
  readonly #loading = new OnDemand(this, () => this.i18n.locale, this.#report);
  readonly #model = new RubricViewModel(this.#report, this.#loading);
  /** The rubric in the element's language, where one of its translations fits it. */
  readonly #language = new RubricLanguage(this.#loading, () => this.i18n.declared);
  /** A long rubric's navigation and a required rubric's marks, loaded when first needed. */
  readonly #extras = new RubricExtras(this, this.#loading);
  /** The first unrated indicator when the value is missing ratings: where the browser points. */
  #firstUnrated: string | undefined;
  /** What the rating code and team mode ask of the element. */
  readonly #parts: RatingHost & TeamHost = {
    element: this,
    i18n: this.i18n,
    view: () => this.#model.view,
    value: () => this.#current,
    start: (rubric) => startAssessment(rubric, this),
    ratedBy: () => this.takenBy,
    failed: (error) => {
      this.reportIssues('rating', error === undefined ? [] : describeFailure(error, 'assessment'));
    },
    commit: this.#commit.bind(this),
    inline: () => this.querySelector(TEAM_SCRIPT)?.textContent ?? undefined,
    wait: this.#loading.wait,
    summary: renderSummary,
    announcer: this.announcer,
    interactive: () => this.interactive,
    report: this.#report,
    flush: () => {
      this.syncForm();
    },
    typed: () => {
      this.draftChanged();
    },
  };
  /**
   * The rating code (rubric-rating.ts) with the evidence being typed, once loaded: at the first sign
   * of a person using the rubric (the pointer over it, a press, the focus in it), so a page that only
   * shows a rubric never fetches it. Taken out of the document, it saves that evidence after the element's other controllers stopped.
   */
  #rating: RubricRating | undefined;
  /** Ratings and evidence given before the rating code arrived, made in order once it is here. */
  readonly #ratingQueue: ((rating: RubricRating) => void)[] = [];
  /** Evidence typed before the rating code arrived, by indicator: a redraw meanwhile leaves it in its box. */
  readonly #typedEarly = new Map<string, string>();
  /** Levels chosen before the rating code arrived: drawn at once, so its arrival moves nothing. */
  readonly #chosenEarly = new EarlyLevels();

  /** The assessment being edited. */
  #current: Assessment | undefined;
  /** The accepted `assessment` property: the value a form reset returns to. */
  #default: Assessment | undefined;
  #previous: Assessment | undefined;
  /** Team mode, once loaded (on the first update with a team). */
  #team: TeamMode | undefined;
  /** Whether team mode was asked for (a team was given). */
  #teamMode = false;

  constructor() {
    super();
    // The first sign of a person using the rubric loads its rating code, ahead of their first change.
    warmOnUse(this, () => {
      if (this.interactive && this.dataSource.value) this.#useRating();
    });
    this.addEventListener('input', (event) => {
      const box = event.composedPath()[0];
      if (this.#rating || !(box instanceof HTMLTextAreaElement)) return;
      const indicatorId = box.dataset['indicator'];
      if (indicatorId !== undefined) this.#typedEarly.set(indicatorId, box.value);
    });
  }

  /** The rubric shown (the last valid one), or `undefined`. */
  get currentRubric(): Rubric | undefined {
    return this.dataSource.value;
  }

  protected override dataFromProperty(): unknown {
    return this.rubric;
  }

  // The plain-code readers give what the schemas give, so a page with a rubric downloads no zod.
  protected override parseData(raw: unknown): ParseResult<Rubric> {
    return checkRubric(raw);
  }

  protected override parseDataInSteps(raw: unknown): Iterator<unknown, ParseResult<Rubric>, undefined> {
    return checkRubricInSteps(raw);
  }

  /** A draft fits the same rubric version. */
  protected override draftIdentity(rubric: Rubric): unknown {
    return `${rubric.id}@${rubric.version}`;
  }

  /** The draft keeps evidence still being typed for rated indicators too. */
  protected override draftValue(): Assessment | undefined {
    return this.#rating ? this.#rating.typedValue() : this.#current;
  }

  protected override readValue(): Assessment | undefined {
    return this.#current;
  }

  protected override writeValue(assessment: Assessment | undefined): void {
    this.#current = assessment;
    this.#rating?.drafts.clear();
    this.#typedEarly.clear();
    this.announcer.clear();
  }

  protected override defaultValue(): Assessment | undefined {
    return this.#default;
  }

  protected override parseValue(raw: unknown, rubric: Rubric): ParseResult<Assessment> {
    return checkAssessment(raw, rubric);
  }

  /**
   * A `required` rubric needs every indicator rated. The form checks the value on screen, so its
   * view counts what is unrated (every indicator while that value does not fit the rubric; a level
   * chosen before the rating code arrived is not in the value yet).
   */
  protected override validateValue(): SelValidity | undefined {
    const unrated = (this.required && this.#updateView(true)?.completeness.unrated) || [];
    this.#firstUnrated = unrated[0];
    if (unrated.length === 0) return undefined;
    return { flags: { valueMissing: true }, message: this.t('form.incomplete', { count: unrated.length }) };
  }

  /** The first unrated indicator's first level (the first level shown while it is not drawn yet). */
  protected override validationAnchor(): HTMLElement | null {
    const first = this.#firstUnrated;
    const radio = 'input[type="radio"]:not(:disabled)';
    const unrated =
      first === undefined
        ? null
        : this.renderRoot.querySelector<HTMLElement>(`${radio}[data-indicator="${CSS.escape(first)}"]`);
    return unrated ?? this.renderRoot.querySelector<HTMLElement>(radio);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const rubric = this.dataSource.value;
    if (changed.has('assessment')) {
      const read = readAssessment(this.assessment, rubric, 'assessment');
      if (read.ok) {
        this.#default = read.value;
        if (read.value) {
          this.#current = read.value;
          this.#rating?.drafts.clear();
          this.#typedEarly.clear();
        }
      }
      this.reportIssues('assessment', read.ok ? [] : read.issues);
    }
    if (changed.has('previous')) {
      const read = readAssessment(this.previous, rubric, 'previous');
      if (read.ok) this.#previous = read.value;
      this.reportIssues('previous', read.ok ? [] : read.issues);
    }
    this.#updateView();
    if (changed.has('required')) this.syncForm();
    this.#loadTeam();
    this.#team?.update(rubric);
  }

  /** Loads team mode the first time a team is given. */
  #loadTeam(): void {
    if (this.#teamSource() === undefined) return;
    this.#teamMode = true;
    this.#loading.load(
      'team',
      () => import('./team-mode.js'),
      async ({ TeamMode }) => {
        const mode = new TeamMode(this.#parts);
        await mode.stringsReady();
        this.#team = mode;
      },
    );
    // What the team records is announced as a single rater's ratings are.
    this.#useRating();
  }

  /**
   * Runs `action` with the rating code: now when it is here, else once it loads (in the order
   * given; the element's update completes after that). Without `action`, loads it ahead of use. A
   * person's action tries a load that failed again, and the actions queued meanwhile run then.
   */
  #useRating(action?: (rating: RubricRating) => void): void {
    if (this.#rating) {
      action?.(this.#rating);
      return;
    }
    if (action) {
      this.#ratingQueue.push(action);
      this.#loading.retry('rating');
    }
    this.#loading.load(
      'rating',
      () => import('./rubric-rating.js'),
      ({ createRating }) => {
        // It takes over the evidence typed so far from the boxes.
        const rating = createRating(this.#parts);
        this.#rating = rating;
        this.#typedEarly.clear();
        this.#chosenEarly.clear();
        for (const queued of this.#ratingQueue.splice(0)) queued(rating);
      },
    );
  }

  #teamSource(): unknown {
    return this.team ?? (this.teamSrc || this.querySelector(TEAM_SCRIPT)?.textContent) ?? undefined;
  }

  /**
   * Waits before an update, as the element base does for its own strings, for the words of its
   * parts in the language it now speaks: after a language switch they are drawn in it at once.
   */
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- Lit's own signature
  protected override scheduleUpdate(): void | Promise<unknown> {
    const words = this.#loading.speak();
    return words === undefined ? super.scheduleUpdate() : words.then(() => super.scheduleUpdate());
  }

  /** What loads on demand is here before an update completes. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.#loading.settled(() => super.getUpdateComplete());
  }

  /** The view of the current rubric in the element's language, with the levels chosen early unless of the `value` only. */
  #updateView(value = false): RubricView | undefined {
    const rubric = this.dataSource.value;
    const shown = rubric && this.#language.shown(rubric);
    const blank = (of: Rubric): Assessment => blankAssessment(of, this);
    const drawn = value || !shown ? this.#current : this.#chosenEarly.drawn(this.#current, shown.rubric, blank);
    return this.#model.update(shown, drawn, this.#previous, blank);
  }

  // ---- user actions (one delegated listener, not one per control; evidence typing: EvidenceDraftController) ----

  readonly #onChange = (event: Event): void => {
    const target = event.target;
    const indicatorId = target instanceof HTMLElement ? target.dataset['indicator'] : undefined;
    if (indicatorId === undefined) return;
    if (target instanceof HTMLInputElement && target.type === 'radio') {
      if (!this.#rating) {
        this.#chosenEarly.choose(indicatorId, Number(target.value));
        this.requestUpdate();
      }
      this.#useRating((rating) => {
        rating.rate(target, indicatorId);
      });
    } else if (target instanceof HTMLTextAreaElement) this.#saveEvidence(indicatorId, target.value);
  };

  /** Offers the assessment, with evidence still being typed, as a JSON file (with the rating code). */
  readonly #onExport = (): void => {
    this.#useRating((rating) => {
      rating.exportFile();
    });
  };

  /** Saves evidence with its rating (with the rating code); an indicator with no level yet keeps it as a draft. */
  #saveEvidence(indicatorId: string, text: string): void {
    this.#useRating((rating) => {
      rating.saveEvidence(indicatorId, text);
    });
  }

  /** Puts `next` on screen and into the form; a person's change (not `quiet`) is announced and fires the change events. */
  #commit(
    _shown: Rubric,
    next: Assessment,
    indicatorId?: string,
    previousLevel: number | null = null,
    quiet = false,
  ): void {
    this.#current = next;
    const view = this.#updateView();
    this.syncForm();
    this.requestUpdate();
    if (!view || quiet) return;
    const rating = indicatorId === undefined ? undefined : ratingOf(next, indicatorId);
    if (indicatorId !== undefined && rating) {
      const announcement = this.#rating?.announcement(view, indicatorId, this.i18n);
      if (announcement !== undefined) this.announcer.announce(announcement);
      this.emit('sel-rating-change', { indicatorId, rating, previousLevel, assessment: next });
    }
    this.emit('sel-assessment-change', {
      assessment: next,
      completeness: view.completeness,
      score: view.score,
      stage: stageOf(view.score.overall),
    });
  }

  protected override render(): unknown {
    // The data source reads a new `rubric` property after willUpdate: show it in this render.
    const view = this.#updateView();
    const context: RubricViewContext | undefined = view && {
      view,
      i18n: this.i18n,
      strings: this.strings,
      readonly: this.readonly,
      disabled: this.formDisabled || view.locked,
      draftOf: (indicatorId) => (this.#rating ? this.#rating.drafts : this.#typedEarly).get(indicatorId),
      radios: this.#radios,
      headingLevel: this.headingLevel,
      drawn: this.progress.draw(view.rubric, ...rubricWeight(view.rubric)),
      long: this.progress.long,
      busy: this.progress.busy,
      onChange: this.#onChange,
      onExport: this.#onExport,
      marks: this.#extras.marks(view),
      navigation: this.readonly ? undefined : this.#extras.navigation,
    };
    // Once every row is drawn: the navigation's chunk never holds up the first rows.
    if (context && !context.busy) this.#extras.update(context.view.rubric, this.readonly || this.#teamMode);
    return html`${this.renderDataState()}
    ${context ? (this.#teamMode ? this.#team?.render(context) : renderRubric(context)) : nothing}
    ${this.readonly ? nothing : this.announcer.region()} ${this.renderProgressStatus('rubric.drawing', 'rubric.drawn')}`;
  }
}

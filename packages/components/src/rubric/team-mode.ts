import type { ReactiveElement, TemplateResult } from 'lit';
import {
  findLevel,
  isPriorityPractice,
  ratingOf,
  recordAgreement,
  setPracticePriority,
  setRating,
  startConsensus,
  teamRatings,
  type Agreement,
  type Assessment,
  type Rubric,
  type SelIssue,
  SelRuleError,
  SelValidationError,
  type TeamRatings,
} from '@sel/core';
import { dispatchSelEvent } from '../shared/events.js';
import { loadStrings, translate, type LocaleController, type SelStringOverrides } from '../shared/i18n.js';
import type { renderSummary, RubricViewContext } from './rubric-view.js';
import { checkMembers, readMemberFiles, teamSources, type MemberSource, type TeamWords } from './team-files.js';
import { rubricTeamStrings } from './team-strings.js';
import { renderTeam } from './team-view.js';
import { teamStyles } from './team.styles.js';

/** What team mode needs from `<sel-rubric>`. */
export interface TeamHost {
  readonly element: ReactiveElement & { readonly strings: SelStringOverrides | undefined };
  readonly i18n: LocaleController;
  /** The `team` property, else the inline `<script type="application/json" data-sel="team">` text. */
  source(): unknown;
  /** A new assessment of `rubric` as the element starts one (its `assessment-id`, `taken-by`, `taken-on`). */
  start(rubric: Rubric): Assessment;
  /** The rubric's running summary (`renderSummary` of rubric-view.ts). */
  readonly summary: typeof renderSummary;
  /** The value on screen. */
  value(): Assessment | undefined;
  /**
   * Puts `next` on screen as the value and into the form; a person's change (`quiet` false) fires
   * the element's change events (`sel-rating-change` too when `indicatorId` is given).
   */
  commit(
    rubric: Rubric,
    next: Assessment,
    indicatorId: string | undefined,
    previousLevel: number | null,
    quiet: boolean,
  ): void;
  readonly announcer: { announce(message: string): void };
  /** Whether a person may change the value (not read-only, not disabled). */
  interactive(): boolean;
  report(group: string, issues: readonly SelIssue[]): void;
}

/** The issues of an agreed assessment that could not be built, at `value`. */
function failure(error: unknown): SelIssue[] {
  if (error instanceof SelValidationError)
    return error.issues.map((issue) => ({ ...issue, path: ['value', ...issue.path] }));
  const code = error instanceof SelRuleError ? error.code : 'failed';
  return [{ path: ['value'], code, message: error instanceof Error ? error.message : String(error) }];
}

const same = (a: readonly unknown[], b: readonly unknown[]): boolean => a.every((part, i) => part === b[i]);

/**
 * `<sel-rubric>`'s team mode, loaded the first time a rubric is given a team: the members' own
 * assessments side by side, revealed on the facilitator's word, the disagreements first, and the
 * agreed assessment (the element's value) recorded indicator by indicator with a discussion note.
 *
 * The agreed assessment is rebuilt from the team whenever the members change: what everyone rated
 * alike starts agreed (`startConsensus`), and every level the facilitator recorded is kept with the
 * member ratings it now comes from (`recordAgreement`), with the priority practices.
 */
export class TeamMode {
  readonly #host: TeamHost;
  /** The members loaded from files, kept whatever the `team` property does. */
  #files: MemberSource[] = [];
  /** The members checked against the rubric: from `team` first, then from files. */
  members: Assessment[] = [];
  team: TeamRatings | undefined;
  /** Indicators whose ratings are shown. */
  readonly revealed = new Set<string>();
  disagreementsOnly = false;
  /** Discussion notes typed for indicators with no agreed level yet. */
  readonly notes = new Map<string, string>();
  /** What the facilitator recorded (or an assessment given to the element had), by indicator. */
  readonly #recorded = new Map<string, Agreement>();
  /** The assessment given to the element that the agreed one continues (its id, date, notes, priorities). */
  #basis: Assessment | undefined;
  #priorities: string[] = [];
  /** The agreed assessment this mode last put on screen. */
  #made: Assessment | undefined;
  #key: readonly unknown[] = [];
  #rubric: Rubric | undefined;

  constructor(host: TeamHost) {
    this.#host = host;
    const root = host.element.shadowRoot;
    const sheet = teamStyles.styleSheet;
    if (root && sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  /** Team mode's words in the element's language (its `strings` first). */
  readonly t: TeamWords = (key, params) =>
    translate(this.#host.i18n.locale, key, params, this.#host.element.strings, [rubricTeamStrings]);

  /** Resolves once team mode's words are here in the element's language; `undefined` when they are. */
  stringsReady(): Promise<void> | undefined {
    return loadStrings(this.#host.i18n.locale, [rubricTeamStrings]);
  }

  /** Brings the team and the agreed assessment up to date with the rubric, the team given and the value. */
  update(rubric: Rubric | undefined, quiet = true): void {
    void this.stringsReady()?.then(() => {
      this.#host.element.requestUpdate();
    });
    this.#rubric = rubric;
    if (!rubric) return;
    const given = this.#host.source();
    const key = [rubric, given, this.#files];
    let changed = false;
    if (!same(key, this.#key)) {
      this.#key = key;
      const fromTeam = teamSources(given, this.t);
      const checked = checkMembers(rubric, [...fromTeam.sources, ...this.#files], [], this.t);
      this.#host.report('team', [...fromTeam.issues, ...checked.issues]);
      this.members = checked.members;
      this.team = this.members.length > 0 ? teamRatings(rubric, this.members) : undefined;
      changed = true;
    }
    const value = this.#host.value();
    if (value !== this.#made) {
      this.#adopt(value);
      changed = true;
    }
    if (changed) this.#rebuild(rubric, undefined, null, quiet);
  }

  /** Takes an assessment given to the element (property, reset, restore) as what was agreed so far. */
  #adopt(value: Assessment | undefined): void {
    this.#basis = value;
    this.#priorities = [...(value?.priorities ?? [])];
    this.#recorded.clear();
    for (const [indicatorId, rating] of Object.entries(value?.ratings ?? {})) {
      this.#recorded.set(indicatorId, {
        level: rating.level,
        ...(rating.notes === undefined ? {} : { notes: rating.notes }),
      });
    }
  }

  /** Builds the agreed assessment again and puts it on screen. */
  #rebuild(rubric: Rubric, indicatorId: string | undefined, previousLevel: number | null, quiet: boolean): boolean {
    const { team } = this;
    const basis = this.#basis;
    if (!team && !basis && this.#recorded.size === 0 && this.#priorities.length === 0) {
      this.#made = this.#host.value();
      return false;
    }
    try {
      const start = basis ?? this.#host.start(rubric);
      const fields = { id: start.id, takenBy: start.takenBy, takenOn: start.takenOn };
      let next = team ? startConsensus(rubric, this.members, fields) : { ...start, ratings: {} };
      for (const [id, agreement] of this.#recorded) {
        next = team
          ? recordAgreement(rubric, team, next, id, agreement)
          : setRating(next, id, { ...ratingOf(start, id), ...agreement }, rubric);
      }
      if (start.notes !== undefined) next = { ...next, notes: start.notes };
      for (const practiceId of this.#priorities) next = setPracticePriority(rubric, next, practiceId, true);
      this.#made = next;
      this.#host.report('team-record', []);
      this.#host.commit(rubric, next, indicatorId, previousLevel, quiet);
      return true;
    } catch (error) {
      this.#host.report('team-record', failure(error));
      return false;
    }
  }

  /** Records the team's agreed level of an indicator, with the discussion note typed for it. */
  agree(rubric: Rubric, indicatorId: string, level: number): void {
    const current = this.#host.value();
    const previousLevel = (current && ratingOf(current, indicatorId)?.level) ?? null;
    const notes = this.notes.get(indicatorId) ?? this.#recorded.get(indicatorId)?.notes;
    this.#recorded.set(indicatorId, { level, ...(notes === undefined ? {} : { notes }) });
    this.notes.delete(indicatorId);
    if (!this.#rebuild(rubric, indicatorId, previousLevel, false)) return;
    const value = this.#host.value();
    const rated = value ? Object.keys(value.ratings).length : 0;
    const total = this.team?.indicators.length ?? rated;
    const label = findLevel(rubric, level)?.label ?? String(level);
    this.#host.announcer.announce(this.t('rubric.team.announce.agreed', { label, recorded: rated, total }));
  }

  /** Keeps a discussion note: with the agreed level when there is one, else until a level is chosen. */
  note(rubric: Rubric, indicatorId: string, text: string): void {
    const recorded = this.#recorded.get(indicatorId);
    if (!recorded) {
      this.notes.set(indicatorId, text);
      return;
    }
    if ((recorded.notes ?? '') === text) return;
    const { notes: _old, ...rest } = recorded;
    this.#recorded.set(indicatorId, text.trim() === '' ? rest : { ...rest, notes: text });
    this.#rebuild(rubric, indicatorId, recorded.level, false);
  }

  /** Marks a practice as a priority for the team, or no longer. */
  prioritize(rubric: Rubric, practiceId: string, priority: boolean, title: string): void {
    const current = this.#host.value();
    if (current && isPriorityPractice(current, practiceId) === priority) return;
    this.#priorities = priority
      ? [...this.#priorities, practiceId]
      : this.#priorities.filter((id) => id !== practiceId);
    if (!this.#rebuild(rubric, undefined, null, false)) return;
    this.#host.announcer.announce(
      this.t(priority ? 'rubric.team.announce.priority' : 'rubric.team.announce.notPriority', { practice: title }),
    );
  }

  /** Shows the members' ratings of `indicatorIds`; one row's revealed ratings take the focus from its button. */
  reveal(indicatorIds: readonly string[]): void {
    for (const id of indicatorIds) this.revealed.add(id);
    this.#host.announcer.announce(this.t('rubric.team.announce.revealed'));
    const { element } = this.#host;
    element.requestUpdate();
    const [only] = indicatorIds;
    if (indicatorIds.length === 1 && only !== undefined) {
      void element.updateComplete.then(() => {
        element.shadowRoot?.getElementById(`team-words-${only}`)?.focus();
      });
    }
  }

  /** Shows only the indicators where the ratings differ, most disagreement first, or all again. */
  filter(on: boolean): void {
    this.disagreementsOnly = on;
    const count = this.team?.disagreed ?? 0;
    if (on)
      this.#host.announcer.announce(
        this.t(count === 0 ? 'rubric.team.filter.none' : 'rubric.team.filter.shown', { count }),
      );
    this.#host.element.requestUpdate();
  }

  /**
   * Adds the members in `files`: the good ones join the team (whatever is wrong with the others),
   * each bad file is reported with its name and what is wrong, and nobody loaded before is lost.
   */
  async addFiles(rubric: Rubric, files: readonly File[]): Promise<void> {
    const read = await readMemberFiles(files, this.t);
    const checked = checkMembers(rubric, read.sources, this.members, this.t);
    const issues = [...read.issues, ...checked.issues];
    this.#host.report('team-files', issues);
    const failed = new Set(issues.map((issue) => issue.path[1])).size;
    const added = checked.members.map((member) => member.takenBy);
    if (added.length > 0) {
      this.#files = [...this.#files, ...checked.accepted];
      this.#key = [];
      this.update(rubric, false);
      const { team } = this;
      if (team) dispatchSelEvent(this.#host.element, 'sel-team-change', { team, added });
    }
    const words = [
      added.length > 0 ? this.t('rubric.team.files.added', { count: added.length }) : '',
      failed > 0 ? this.t('rubric.team.files.failed', { count: failed }) : '',
    ];
    this.#host.announcer.announce(words.filter(Boolean).join(' '));
    this.#host.element.requestUpdate();
  }

  /** The one listener of the team view's controls: files, filter, reveal, priorities, agreed levels and notes. */
  readonly handle = (event: Event): void => {
    const rubric = this.#rubric;
    if (!rubric) return;
    if (event instanceof DragEvent) {
      const transfer = event.dataTransfer;
      if (!transfer?.types.includes('Files') || !this.#host.interactive()) return;
      event.preventDefault();
      if (event.type === 'drop') void this.addFiles(rubric, [...transfer.files]);
      return;
    }
    const target = event.target;
    if (!(target instanceof HTMLElement)) return;
    const data = target.dataset;
    if (event.type === 'click') {
      if (data['revealAll'] !== undefined) this.reveal(this.team?.indicators.map((entry) => entry.indicatorId) ?? []);
      else if (data['reveal'] !== undefined) this.reveal([data['reveal']]);
    } else if (target instanceof HTMLTextAreaElement) {
      if (data['note'] !== undefined) this.note(rubric, data['note'], target.value);
    } else if (target instanceof HTMLInputElement) {
      if (target.type === 'file') {
        const files = [...(target.files ?? [])];
        target.value = '';
        void this.addFiles(rubric, files);
      } else if (data['filter'] !== undefined) this.filter(target.checked);
      else if (data['priority'] !== undefined) {
        const practiceId = data['priority'];
        const practice = rubric.focusAreas.flatMap((area) => area.practices).find((p) => p.id === practiceId);
        this.prioritize(rubric, practiceId, target.checked, practice?.title ?? practiceId);
      } else if (data['agree'] !== undefined) this.agree(rubric, data['agree'], Number(target.value));
    }
  };

  render(context: RubricViewContext): TemplateResult {
    const { view, i18n } = context;
    return renderTeam(this, context, this.#host.summary(i18n, view.score.overall, undefined, view.score.priorities));
  }
}

import type { ReactiveElement, TemplateResult } from 'lit';
import {
  AGREEMENT_RULES,
  findLevel,
  isPriorityPractice,
  ratingOf,
  recordAgreement,
  setPracticePriority,
  setRating,
  startConsensus,
  teamRatings,
  type Agreement,
  type AgreementRule,
  type Assessment,
  type Rubric,
  type SelIssue,
  SelRuleError,
  SelValidationError,
  type TeamRatings,
} from '@sel/core';
import { dispatchSelEvent } from '../shared/events.js';
import { loadStrings, translate, type LocaleController, type SelStringOverrides } from '../shared/i18n.js';
import { prefixed } from '../shared/issue-path.js';
import type { renderSummary, RubricViewContext } from './rubric-view.js';
import { checkMembers, readMemberFiles, teamSources, type MemberSource, type TeamWords } from './team-files.js';
import type { TeamSource } from './team-source.js';
import { rubricTeamStrings } from './team-strings.js';
import { renderTeam } from './team-view.js';
import { teamStyles } from './team.styles.js';

/** Team mode's words, had in the element's language before it is used, and again after a language switch. */
export const words = rubricTeamStrings;

/** What team mode needs from `<sel-rubric>`. */
export interface TeamHost {
  /**
   * The element, with its `strings`, its `team` property, the `team-src` URL (read when `team` is
   * not given), the `agreement` attribute (when the members' ratings agree) and its `fetcher` (for
   * `team-src`).
   */
  readonly element: ReactiveElement & {
    readonly strings: SelStringOverrides | undefined;
    readonly team: unknown;
    readonly teamSrc: string | undefined;
    readonly agreement: unknown;
    readonly fetcher: typeof fetch;
  };
  readonly i18n: LocaleController;
  /** The inline `<script type="application/json" data-sel="team">` text, read when neither is given. */
  inline(): string | undefined;
  /** Told of work under way (a fetch), so the element's update completes after it. */
  wait(loading: Promise<void>): void;
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
  if (error instanceof SelValidationError) return prefixed('value', error.issues);
  const code = error instanceof SelRuleError ? error.code : 'failed';
  return [{ path: ['value'], code, message: error instanceof Error ? error.message : String(error) }];
}

const same = (a: readonly unknown[], b: readonly unknown[]): boolean => a.every((part, i) => part === b[i]);

/** A member's file that joined the team, with the member's name. */
interface MemberFile extends MemberSource {
  readonly name: string;
}

/** The last change to the team's members, which "Undo" takes back. */
export interface TeamUndo {
  readonly message: string;
  readonly files: readonly MemberFile[];
  readonly removed: ReadonlySet<string>;
}

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
  #files: readonly MemberFile[] = [];
  /** Members of the team given (property, `team-src` or inline) that the facilitator removed. */
  #removed: ReadonlySet<string> = new Set();
  /** The names of the members that came from files. */
  #fromFiles = new Set<string>();
  /** The members checked against the rubric: from the team given first, then from files. */
  members: Assessment[] = [];
  team: TeamRatings | undefined;
  /** When the members' ratings agree (the `agreement` attribute, `same-level` unless it says otherwise). */
  rule: AgreementRule = 'same-level';
  /** The last change to the members, until the next one. */
  undo: TeamUndo | undefined;
  /** The team read from `team-src`, once a URL is given (its module loads then). */
  #source: TeamSource | undefined;
  #sourceLoad: Promise<void> | undefined;
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
    const host = this.#host;
    // The team property wins over `team-src`, and that over inline JSON, as for the rubric itself.
    const property = host.element.team ?? undefined;
    const url = property === undefined ? host.element.teamSrc : undefined;
    const source = this.#source;
    if (url) this.#loadSource();
    source?.read(url);
    const given = property ?? (url ? source?.raw : host.inline());
    const asked = host.element.agreement ?? 'same-level';
    const known = AGREEMENT_RULES.find((rule) => rule === asked);
    const key = [rubric, given, source?.status, this.#files, this.#removed, known];
    let changed = false;
    if (!same(key, this.#key)) {
      this.#key = key;
      this.rule = known ?? 'same-level';
      const fromTeam = teamSources(given, this.t);
      const checked = checkMembers(rubric, fromTeam.sources, [], this.t);
      const kept = checked.members.filter((member) => !this.#removed.has(member.takenBy));
      const files = checkMembers(rubric, this.#files, kept, this.t);
      this.#fromFiles = new Set(files.members.map((member) => member.takenBy));
      host.report('team', [...(source?.issues ?? []), ...fromTeam.issues, ...checked.issues, ...files.issues]);
      host.report(
        'agreement',
        known ? [] : [{ path: ['agreement'], code: 'invalid-value', message: this.t('rubric.team.rule.invalid') }],
      );
      this.members = [...kept, ...files.members];
      this.team = this.members.length > 0 ? teamRatings(rubric, this.members, { agreement: this.rule }) : undefined;
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
      let next = team
        ? startConsensus(rubric, this.members, fields, { agreement: this.rule })
        : { ...start, ratings: {} };
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

  /** Loads what reads `team-src` the first time a URL is given. */
  #loadSource(): void {
    if (this.#sourceLoad) return;
    const host = this.#host;
    this.#sourceLoad = import('./team-source.js').then(({ TeamSource }) => {
      this.#source = new TeamSource({
        fetcher: () => host.element.fetcher,
        wait: (loading) => {
          host.wait(loading);
        },
        changed: () => {
          host.element.requestUpdate();
        },
      });
    });
    host.wait(this.#sourceLoad);
  }

  /** Whether the team given is being fetched from `team-src`, or could not be. */
  get loading(): boolean {
    return this.#sourceLoad !== undefined && (this.#source?.status ?? 'loading') === 'loading';
  }

  get failed(): boolean {
    return this.#source?.status === 'error';
  }

  /**
   * Adds the members in `files`: the good ones join the team (whatever is wrong with the others)
   * and a file of a member already in the team replaces their ratings (with an "Undo"); each bad
   * file is reported with its name and what is wrong, and nobody loaded before is lost.
   */
  async addFiles(rubric: Rubric, files: readonly File[]): Promise<void> {
    const t = this.t;
    const read = await readMemberFiles(files, t);
    const checked = checkMembers(rubric, read.sources, [], t, 'rubric.team.files.twice');
    const issues = [...read.issues, ...checked.issues];
    this.#host.report('team-files', issues);
    const failed = new Set(issues.map((issue) => issue.path[1])).size;
    const names = checked.members.map((member) => member.takenBy);
    const before = new Set(this.members.map((member) => member.takenBy));
    const replaced = names.filter((name) => before.has(name));
    if (names.length > 0) {
      this.#keep(
        replaced.length > 0 ? t('rubric.team.replaced', { count: replaced.length, names: replaced.join(', ') }) : '',
      );
      for (const name of replaced) this.#drop(name);
      this.#files = [...this.#files, ...checked.accepted.map((source, i) => ({ ...source, name: names[i] ?? '' }))];
      this.#changed(rubric, before, replaced);
    }
    const added = names.length - replaced.length;
    const words = [
      added > 0 ? t('rubric.team.files.added', { count: added }) : '',
      this.undo?.message ?? '',
      failed > 0 ? t('rubric.team.files.failed', { count: failed }) : '',
    ];
    this.#host.announcer.announce(words.filter(Boolean).join(' '));
    this.#host.element.requestUpdate();
  }

  /** Takes a member's ratings out of the team, with an "Undo" that then holds the focus. */
  remove(rubric: Rubric, name: string): void {
    const before = new Set(this.members.map((member) => member.takenBy));
    if (!before.has(name)) return;
    this.#keep(this.t('rubric.team.removed', { member: name }));
    this.#drop(name);
    this.#changed(rubric, before, []);
    this.#host.announcer.announce(this.undo?.message ?? '');
    this.#focus('[data-undo]');
  }

  /** Puts the members back as they were before the last change. */
  restore(rubric: Rubric): void {
    const { undo } = this;
    if (!undo) return;
    const before = new Set(this.members.map((member) => member.takenBy));
    this.undo = undefined;
    this.#files = undo.files;
    this.#removed = undo.removed;
    this.#changed(rubric, before, []);
    this.#host.announcer.announce(this.t('rubric.team.restored'));
    this.#focus('.team-members summary');
  }

  /** Keeps the members as they are now for "Undo", with what the change about to be made did. */
  #keep(message: string): void {
    this.undo = message === '' ? undefined : { message, files: this.#files, removed: this.#removed };
  }

  /** Leaves a member out: their file goes, or their assessment in the team given is passed over. */
  #drop(name: string): void {
    if (this.#fromFiles.has(name)) this.#files = this.#files.filter((file) => file.name !== name);
    else this.#removed = new Set([...this.#removed, name]);
  }

  /** Builds the team again after its members changed and says who joined, was replaced or left. */
  #changed(rubric: Rubric, before: ReadonlySet<string>, replaced: readonly string[]): void {
    this.#key = [];
    this.update(rubric, false);
    const after = new Set(this.members.map((member) => member.takenBy));
    dispatchSelEvent(this.#host.element, 'sel-team-change', {
      team: this.team,
      added: [...after].filter((name) => !before.has(name)),
      replaced,
      removed: [...before].filter((name) => !after.has(name)),
    });
  }

  #focus(selector: string): void {
    const { element } = this.#host;
    element.requestUpdate();
    void element.updateComplete.then(() => {
      element.shadowRoot?.querySelector<HTMLElement>(selector)?.focus();
    });
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
    const data = (target.closest('button') ?? target).dataset;
    if (event.type === 'click') {
      if (data['revealAll'] !== undefined) this.reveal(this.team?.indicators.map((entry) => entry.indicatorId) ?? []);
      else if (data['reveal'] !== undefined) this.reveal([data['reveal']]);
      else if (data['remove'] !== undefined) this.remove(rubric, data['remove']);
      else if (data['undo'] !== undefined) this.restore(rubric);
      else if (data['retry'] !== undefined) {
        this.#source?.retry();
        this.#host.element.requestUpdate();
      }
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

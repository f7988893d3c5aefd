import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { guard } from 'lit/directives/guard.js';
import { html as staticHtml } from 'lit/static-html.js';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import {
  communitySchema,
  fromIsoDate,
  generateSchedule,
  isoDateSchema,
  communityTimeline,
  MILESTONE_STATES,
  safeParseWith,
  toIsoDate,
  type Community,
  type IsoDate,
  type Milestone,
  type MilestoneState,
  type PhaseSpan,
  type ScheduleEvent,
} from '@sel/core';
import { DataSourceController, loadingText } from '../shared/data-source.js';
import { validateInSteps } from '../shared/validate-in-steps.js';
import { headingTag } from '../shared/heading.js';
import { renderErrorState } from '../shared/error-state.js';
import { dispatchSelEvent } from '../shared/events.js';
import { LocaleController, type SelMessageKey, type SelStringOverrides } from '../shared/i18n.js';
import { progressStatus, ProgressiveController } from '../shared/progressive.js';
import { tokenStyles } from '../shared/tokens.styles.js';
import { styleProperties } from '../shared/style-properties.js';
import { milestoneTimelineStyles } from './sel-milestone-timeline.styles.js';
import { TimeScale } from './time-scale.js';

/** What made a milestone the selected one. */
export type SelMilestoneSelectTrigger = 'focus' | 'click';

/** `detail` of `sel-milestone-select`: the milestone whose details are now shown. */
export interface SelMilestoneSelectDetail {
  readonly milestone: Milestone;
  /** Where it stands on the element's `today` (core's `milestoneState`). */
  readonly state: MilestoneState;
  /** Its position in the timeline, 0-based, in due-date order. */
  readonly index: number;
  readonly trigger: SelMilestoneSelectTrigger;
}

declare global {
  interface HTMLElementEventMap {
    'sel-milestone-select': CustomEvent<SelMilestoneSelectDetail>;
  }
}

/** One milestone as the timeline shows it. */
interface TimelineItem {
  readonly milestone: Milestone;
  readonly state: MilestoneState;
  readonly index: number;
}

/** Everything derived from one community on one day, recomputed only when either changes. */
interface TimelineModel {
  readonly community: Community;
  readonly today: IsoDate;
  readonly items: readonly TimelineItem[];
  readonly counts: Readonly<Record<MilestoneState, number>>;
  readonly spans: readonly PhaseSpan[];
  /** Fall and Spring semesters over the charter (core's `generateSchedule`). */
  readonly semesters: readonly ScheduleEvent[];
  readonly scale: TimeScale;
  /** Index of the first milestone due on or after today: where the list shows the today line. */
  readonly firstFromToday: number;
  /** The milestone that takes the tab stop before the user picks one: the first one not done. */
  readonly defaultIndex: number;
}

/** The local calendar day, computed here in the element (core rules never read the clock). */
function localToday(): IsoDate {
  return toIsoDate(new Date());
}

function buildModel(community: Community, today: IsoDate): TimelineModel {
  // Core checks the community once for the states, counts and phase spans together.
  const timeline = communityTimeline(community, today);
  const items = timeline.milestones.map(({ milestone, state }, index): TimelineItem => ({ milestone, index, state }));
  const spans = timeline.spans;
  const dates: IsoDate[] = [community.charter.start, community.charter.end];
  for (const { milestone } of items) {
    dates.push(milestone.due);
    if (milestone.start !== undefined) dates.push(milestone.start);
  }
  for (const span of spans) dates.push(span.start, span.end);
  const semesters = generateSchedule(community.charter, { include: ['fall-semester', 'spring-semester'] });
  const firstFromToday = items.findIndex(({ milestone }) => milestone.due >= today);
  const firstOpen = items.findIndex(({ state }) => state !== 'done');
  return {
    community,
    today,
    items,
    counts: timeline.counts,
    spans,
    semesters,
    scale: new TimeScale(dates),
    firstFromToday: firstFromToday === -1 ? items.length : firstFromToday,
    defaultIndex: firstOpen === -1 ? 0 : firstOpen,
  };
}

/** Splits a translated message around placeholders filled with templates (e.g. a `<time>`). */
function withParts(
  translate: (key: SelMessageKey, params: Record<string, string>) => string,
  key: SelMessageKey,
  parts: Readonly<Record<string, TemplateResult>>,
): (string | TemplateResult)[] {
  const names = Object.keys(parts);
  const params = Object.fromEntries(names.map((name, i) => [name, `\u0000${i}\u0000`]));
  return translate(key, params)
    .split('\u0000')
    .map((piece, i) => (i % 2 === 0 ? piece : (parts[names[Number(piece)] ?? ''] ?? piece)));
}

const dateTime = (date: IsoDate, text: string): TemplateResult => html`<time datetime=${date}>${text}</time>`;

/** Points on the axis (each chunk its own box) and rows of the list are drawn in chunks of this many. */
const CHUNK = 64;

/** The chunks of the first `drawn` points or rows: `[start, end)` ranges of {@link CHUNK}. */
function chunks(drawn: number): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  for (let start = 0; start < drawn; start += CHUNK) ranges.push({ start, end: Math.min(drawn, start + CHUNK) });
  return ranges;
}

/**
 * A learning community's lifecycle on a time axis: one band per phase, shaded semesters,
 * milestones as points coloured and shaped by their state (done, overdue, at risk, upcoming) on
 * `today`, and a line marking today. For everyone, and for assistive technology in particular,
 * the same milestones form an ordered list in due-date order, each with its state in words and
 * its dates in `<time datetime>`; the list is one tab stop (arrow keys, Home and End move within
 * it), and the details of the milestone in focus or clicked open below it. On narrow containers
 * the axis gives way to the list alone. Not a form control: it holds no value.
 *
 * Data arrives as the `community` property, a `src` URL or an inline
 * `<script type="application/json">` child, and is checked with `@sel/core`'s `communitySchema`;
 * states come from core's `milestoneState` rules and phase bands from `phaseSpans`.
 *
 * @summary Lifecycle phases, semesters and milestones of a learning community on a time axis, with an accessible list.
 * @tag sel-milestone-timeline
 *
 * @attr src - URL of the community as JSON, used when the `community` property is not set.
 * @attr today - The day states are computed for, as `YYYY-MM-DD` (default: the local calendar day).
 * @attr heading-level - Level of the element's heading, 1 to 6 (default 2); the list heading is one below.
 *
 * @prop {Community | undefined} community - The learning community to show (wins over `src` and inline JSON).
 * @prop {string | undefined} src - See the `src` attribute.
 * @prop {string | undefined} today - See the `today` attribute.
 * @prop {number} headingLevel - See the `heading-level` attribute.
 * @prop {SelStringOverrides | undefined} strings - Replaces single strings of the English or Spanish catalog.
 *
 * @fires {SelMilestoneSelectDetail} sel-milestone-select - A milestone received focus or was clicked; its details are shown.
 * @fires {SelErrorDetail} sel-error - The data could not be loaded or is invalid; `detail.issues` has each path and message.
 *
 * @slot heading - Replaces the heading text ("Timeline of" and the community name).
 *
 * @csspart header - The heading and the lines about the charter, today and the milestone counts.
 * @csspart axis - The visual time axis (hidden from assistive technology, which reads the list).
 * @csspart band - One lifecycle phase band on the axis.
 * @csspart semester - One shaded semester on the axis.
 * @csspart point - One milestone point on the axis.
 * @csspart today-line - The line marking today on the axis.
 * @csspart legend - The key to the point shapes.
 * @csspart list - The ordered list of milestones.
 * @csspart item - One milestone in the list.
 * @csspart details - The details of the selected milestone.
 * @csspart error-state - The alert listing problems with the data.
 *
 * @cssprop --sel-timeline-done-color - Points of milestones that are done.
 * @cssprop --sel-timeline-overdue-color - Points of overdue milestones.
 * @cssprop --sel-timeline-at-risk-color - Points of milestones at risk.
 * @cssprop --sel-timeline-upcoming-color - Points of upcoming milestones.
 * @cssprop --sel-timeline-today-color - The today line and its label.
 * @cssprop --sel-timeline-semester-shade - Background of semesters on the axis.
 */
export class SelMilestoneTimeline extends LitElement {
  static override styles = [tokenStyles, milestoneTimelineStyles];

  static override properties = {
    community: { attribute: false },
    src: { type: String },
    today: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
    strings: { attribute: false },
    activeId: { state: true },
    selectedId: { state: true },
  };

  /** The learning community to show (wins over `src` and inline JSON). */
  community: Community | undefined;
  /** URL of the community as JSON. */
  src: string | undefined;
  /** The day states are computed for, as `YYYY-MM-DD`; the local calendar day when not set. */
  today: string | undefined;
  /** Level of the element's heading (1-6). */
  headingLevel = 2;
  /** Replaces single strings of the catalog. */
  strings: SelStringOverrides | undefined;

  /** The milestone holding the list's tab stop. */
  private activeId: string | undefined;
  /** The milestone whose details are shown. */
  private selectedId: string | undefined;

  readonly #data = new DataSourceController<Community>(this, {
    parse: (raw) => safeParseWith(communitySchema, raw, 'community'),
    parseInSteps: (raw) => validateInSteps(communitySchema, raw, 'community', ['milestones']),
    property: () => this.community,
    src: () => this.src,
    // The states, phase spans and scale of a thousand milestones take a frame of their own.
    prepare: (community) => this.#modelFor(community, this.#todayInfo().day),
  });
  readonly #i18n = new LocaleController(this, { strings: () => this.strings });
  // A milestone row is about 3rem tall: 20 fill the first screen below the axis.
  readonly #progress = new ProgressiveController(this, { firstBatch: 20, hostFrame: true });
  #model: TimelineModel | undefined;
  /** Set between a pointer press in the list and its click, so the focus it causes is not reported twice. */
  #pointerPressed = false;

  /** Resolves once the data given has been read and checked (a `src` fetch, large data) and is rendered. */
  get dataSettled(): Promise<void> {
    return this.#data.settled;
  }

  /**
   * Resolves once the data given has been checked (large data is checked over frames) and every
   * milestone is drawn. Over 150 milestones are drawn over several frames: the first twenty (and
   * any the user moved to) when the data is shown, the axis in the frame after, then the rest.
   */
  get renderComplete(): Promise<void> {
    return this.#data.settled.then(() => this.#progress.complete);
  }

  #todayInfo(): { readonly day: IsoDate; readonly invalid: string | undefined } {
    const raw = this.today?.trim();
    if (!raw) return { day: localToday(), invalid: undefined };
    const parsed = safeParseWith(isoDateSchema, raw, 'today');
    return parsed.ok ? { day: parsed.value, invalid: undefined } : { day: localToday(), invalid: raw };
  }

  #modelFor(community: Community, today: IsoDate): TimelineModel {
    if (this.#model?.community !== community || this.#model.today !== today) {
      this.#model = buildModel(community, today);
    }
    return this.#model;
  }

  /** The milestone the user moved the tab stop to, or -1 before they have (or once it is gone). */
  #chosenIndex(model: TimelineModel): number {
    return this.activeId === undefined ? -1 : model.items.findIndex((i) => i.milestone.id === this.activeId);
  }

  /**
   * The milestone that should hold the tab stop: the one the user chose, else the first one not
   * done (while a long list is drawn, the first milestone stands in until this one is drawn).
   */
  #activeIndex(model: TimelineModel): number {
    const chosen = this.#chosenIndex(model);
    return chosen === -1 ? model.defaultIndex : chosen;
  }

  #buttonAt(index: number): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>(`button.item__button[data-index="${String(index)}"]`);
  }

  #indexOf(target: EventTarget | null): number | undefined {
    if (!(target instanceof Element)) return undefined;
    const holder = target.closest<HTMLElement>('[data-index]');
    const index = Number(holder?.dataset['index']);
    return holder && Number.isInteger(index) ? index : undefined;
  }

  #select(index: number, trigger: SelMilestoneSelectTrigger | undefined): void {
    const item = this.#model?.items[index];
    if (!item) return;
    this.activeId = item.milestone.id;
    this.selectedId = item.milestone.id;
    if (trigger) {
      dispatchSelEvent(this, 'sel-milestone-select', {
        milestone: item.milestone,
        state: item.state,
        index,
        trigger,
      });
    }
  }

  readonly #onListPointerDown = (): void => {
    this.#pointerPressed = true;
  };

  readonly #onListFocusIn = (event: FocusEvent): void => {
    const index = this.#indexOf(event.target);
    if (index === undefined) return;
    // A press is reported by its click; focus from the keyboard or a script is reported here.
    this.#select(index, this.#pointerPressed ? undefined : 'focus');
  };

  readonly #onListClick = (event: MouseEvent): void => {
    this.#pointerPressed = false;
    const index = this.#indexOf(event.target);
    if (index !== undefined) this.#select(index, 'click');
  };

  readonly #onListKeyDown = (event: KeyboardEvent): void => {
    this.#pointerPressed = false;
    const model = this.#model;
    const current = this.#indexOf(event.target);
    if (!model || current === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    const last = model.items.length - 1;
    const page = 10;
    let next: number;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowRight':
        next = Math.min(last, current + 1);
        break;
      case 'ArrowUp':
      case 'ArrowLeft':
        next = Math.max(0, current - 1);
        break;
      case 'PageDown':
        next = Math.min(last, current + page);
        break;
      case 'PageUp':
        next = Math.max(0, current - page);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = last;
        break;
      default:
        return;
    }
    event.preventDefault();
    if (next === current) return;
    const button = this.#buttonAt(next);
    if (button) button.focus();
    else {
      // Not drawn yet: holding the tab stop draws it, then it takes the focus.
      this.activeId = model.items[next]?.milestone.id;
      void this.updateComplete.then(() => this.#buttonAt(next)?.focus());
    }
  };

  readonly #onAxisClick = (event: MouseEvent): void => {
    const index = this.#indexOf(event.target);
    if (index === undefined) return;
    // The point is a pointer shortcut: focus moves to the milestone in the list, where its details open.
    this.#pointerPressed = true;
    this.#buttonAt(index)?.focus();
    this.#pointerPressed = false;
    this.#select(index, 'click');
  };

  protected override render(): unknown {
    const { status, value, issues, source } = this.#data;
    const t = this.#i18n.t.bind(this.#i18n);
    const today = this.#todayInfo();
    return html`
      ${
        status === 'error'
          ? renderErrorState({
              issues,
              source,
              t,
              keptPrevious: value !== undefined,
              ...(source === 'src'
                ? {
                    onRetry: () => {
                      this.#data.reload();
                    },
                  }
                : {}),
            })
          : nothing
      }
      ${status === 'loading' ? html`<p role="status">${loadingText(this.#data, t)}</p>` : nothing}
      ${
        value === undefined
          ? status === 'idle'
            ? html`<p class="empty">${t('data.empty')}</p>`
            : nothing
          : this.#renderTimeline(this.#modelFor(value, today.day), today.invalid)
      }
      ${progressStatus(this.#progress.status, t, 'timeline.drawing', 'timeline.drawn')}
    `;
  }

  #renderTimeline(model: TimelineModel, invalidToday: string | undefined): TemplateResult {
    const t = this.#i18n.t.bind(this.#i18n);
    const date = (day: IsoDate): TemplateResult => dateTime(day, this.#i18n.formatDate(day));
    const { community, counts } = model;
    const level = Number.isFinite(this.headingLevel) ? this.headingLevel : 2;
    const { items } = model;
    const selected = items.findIndex((item) => item.milestone.id === this.selectedId);
    // The milestones in due-date order, with the one the user moved to and the selected one. The
    // first one not done is not drawn early (it may be the 900th): until it is, the first
    // milestone holds the tab stop, so the list is never left out of the tab order.
    const drawn = this.#progress.draw(
      items,
      items.length,
      items.length,
      Math.max(this.#chosenIndex(model), selected) + 1,
    );
    return html`<div class="timeline">
      <header class="header" part="header">
        ${staticHtml`<${headingTag(level)} class="heading"><slot name="heading">${t('timeline.heading', {
          name: community.name,
        })}</slot></${headingTag(level)}>`}
        <p class="meta">
          ${withParts(t, 'timeline.charter', {
            start: date(community.charter.start),
            end: date(community.charter.end),
            phase: html`<strong>${t(`timeline.phase.${community.phase}`)}</strong>`,
          })}
          ${withParts(t, 'timeline.today', { date: date(model.today) })}
        </p>
        ${
          invalidToday === undefined
            ? nothing
            : html`<p class="warning" role="alert">${t('timeline.todayInvalid', { value: invalidToday })}</p>`
        }
        <p class="summary" role="status">
          ${t('timeline.summary', {
            count: model.items.length,
            done: counts.done,
            overdue: counts.overdue,
            atRisk: counts['at-risk'],
            upcoming: counts.upcoming,
          })}
        </p>
      </header>
      ${items.length === 0 ? html`<p class="empty">${t('timeline.empty')}</p>` : this.#renderAxis(model, drawn)}
      ${items.length === 0 ? nothing : this.#renderList(model, level, drawn)}
    </div>`;
  }

  #renderAxis(model: TimelineModel, drawn: number): TemplateResult {
    const t = this.#i18n.t.bind(this.#i18n);
    // A long list shows its first milestones at once and fills in the axis in the frame after (the
    // axis pictures the list and is hidden from assistive technology). Its empty rows keep their
    // height, so nothing below moves when it is filled in.
    const filled = this.#progress.firstFramePassed;
    return html`<div class="axis" part="axis" aria-hidden="true" @click=${this.#onAxisClick}>
        <div class="axis__plot">
          ${
            filled
              ? this.#renderPlot(model, drawn)
              : html`<div class="axis__bands"></div>
                  <div class="axis__semesters"></div>
                  <div class="axis__track"></div>
                  <div class="axis__years"></div>`
          }
        </div>
      </div>
      <ul class="legend" part="legend" aria-hidden="true">
        ${MILESTONE_STATES.map(
          (state) =>
            html`<li><span class=${`point point--sample shape--${state}`}></span>${t(`timeline.state.${state}`)}</li>`,
        )}
        ${model.semesters.length > 0 ? html`<li><span class="swatch"></span>${t('timeline.semesters')}</li>` : nothing}
      </ul>`;
  }

  /** The rows of the axis: phase bands, semesters, the points of the `drawn` first milestones, years and today. */
  #renderPlot(model: TimelineModel, drawn: number): TemplateResult {
    const t = this.#i18n.t.bind(this.#i18n);
    const { scale } = model;
    const at = (day: IsoDate) => ({ insetInlineStart: `${String(scale.percent(day))}%` });
    const between = (start: IsoDate, end: IsoDate) => ({
      insetInlineStart: `${String(scale.percent(start))}%`,
      inlineSize: `${String(Math.max(scale.width(start, end), 0))}%`,
    });
    const selected = model.items.find((item) => item.milestone.id === this.selectedId);
    return html`<div class="axis__bands">
        ${model.spans.map(
          (span) =>
            html`<div
              class=${classMap({ band: true, [`band--${span.phase}`]: true, 'band--current': span.phase === model.community.phase })}
              part="band"
              style=${styleProperties(between(span.start, span.end))}
            >
              <span class="band__label">${t(`timeline.phase.${span.phase}`)}</span>
            </div>`,
        )}
      </div>
      <div class="axis__semesters">
        ${model.semesters.map(
          (semester) =>
            html`<div class="semester" part="semester" style=${styleProperties(between(semester.start, semester.end))}>
              <span class="semester__label">${this.#semesterName(semester)}</span>
            </div>`,
        )}
      </div>
      <div class="axis__track">
        ${chunks(drawn).map(({ start, end }) =>
          // A chunk is drawn again only when its own points change: a frame that adds rows
          // redraws the last chunk and adds new ones, not every point already there.
          guard(
            [model.items, end],
            () =>
              html`<span class="axis__points">
                ${model.items
                  .slice(start, end)
                  .map(
                    (item) =>
                      html`<span
                        class=${`point shape--${item.state}`}
                        part="point"
                        data-index=${item.index}
                        style=${styleProperties(at(item.milestone.due))}
                      ></span>`,
                  )}
              </span>`,
          ),
        )}
        ${
          selected
            ? html`<span class="selection-ring" style=${styleProperties(at(selected.milestone.due))}></span>`
            : nothing
        }
      </div>
      <div class="axis__years">
        ${scale
          .yearStarts()
          .map(
            (day) =>
              html`<span class="year" style=${styleProperties(at(day))}
                >${this.#i18n.formatNumber(Number(day.slice(0, 4)), { useGrouping: false })}</span
              >`,
          )}
      </div>
      ${
        scale.includes(model.today)
          ? html`<div class="today-line" part="today-line" style=${styleProperties(at(model.today))}>
              <span class="today-line__label">${t('timeline.todayMarker')}</span>
            </div>`
          : nothing
      }`;
  }

  #renderList(model: TimelineModel, level: number, drawn: number): TemplateResult {
    const t = this.#i18n.t.bind(this.#i18n);
    const holder = this.#activeIndex(model);
    const active = holder < drawn ? holder : 0;
    const selected = model.items.findIndex((item) => item.milestone.id === this.selectedId);
    const listHeading = headingTag(Math.min(6, level + 1));
    return html`${staticHtml`<${listHeading} class="list-heading" id="list-heading">${t('timeline.milestones')}</${listHeading}>`}
      <p class="hint" id="list-hint">${t('timeline.instructions')}</p>
      <ol
        class=${classMap({ list: true, 'list--long': this.#progress.long })}
        part="list"
        aria-labelledby="list-heading"
        aria-describedby="list-hint"
        aria-busy=${this.#progress.busy ? 'true' : nothing}
        @pointerdown=${this.#onListPointerDown}
        @focusin=${this.#onListFocusIn}
        @click=${this.#onListClick}
        @keydown=${this.#onListKeyDown}
      >
        ${chunks(drawn).map(({ start, end }) => {
          // The rows in chunks of 64: a frame that adds rows, or a key that moves the tab stop,
          // renders again only the chunks it changes, not every row drawn so far.
          const activeHere = active >= start && active < end ? active : -1;
          const selectedHere = selected >= start && selected < end ? selected : -1;
          return guard([model.items, end, activeHere, selectedHere, this.#i18n.locale, this.strings], () =>
            model.items
              .slice(start, end)
              .map((item) => this.#renderItem(model, item, item.index === selectedHere, item.index === activeHere)),
          );
        })}
      </ol>`;
  }

  #renderItem(model: TimelineModel, item: TimelineItem, isSelected: boolean, isActive: boolean): TemplateResult {
    const t = this.#i18n.t.bind(this.#i18n);
    const { milestone, state, index } = item;
    const fromToday = index === model.firstFromToday;
    return html`<li
      class=${classMap({
        item: true,
        [`item--${state}`]: true,
        'item--selected': isSelected,
        'item--from-today': fromToday,
      })}
      part="item"
    >
      ${fromToday ? html`<span class="item__today" aria-hidden="true">${t('timeline.todayMarker')}</span>` : nothing}
      <button
        type="button"
        class="item__button"
        data-index=${index}
        tabindex=${isActive ? 0 : -1}
        aria-current=${isSelected ? 'true' : nothing}
        aria-describedby=${isSelected ? 'details' : nothing}
      >
        <span class=${`point shape--${state}`} aria-hidden="true"></span>
        <span class="item__title">${milestone.title}</span><span class="visually-hidden">, </span>
        <span class="item__state">${t(`timeline.state.${state}`)}</span><span class="visually-hidden">, </span>
        <span class="item__due"
          >${withParts(t, 'timeline.due', { date: dateTime(milestone.due, this.#i18n.formatDate(milestone.due)) })}</span
        >
      </button>
      ${isSelected ? this.#renderDetails(item, model) : nothing}
    </li>`;
  }

  /** "Fall 2026" / "Otoño 2026": Fall is named by the year it starts, Spring by the year it ends. */
  #semesterName(semester: ScheduleEvent): string {
    const year = semester.kind === 'fall-semester' ? semester.start.slice(0, 4) : semester.end.slice(0, 4);
    return semester.kind === 'fall-semester'
      ? this.#i18n.t('timeline.semester.fall-semester', { year })
      : this.#i18n.t('timeline.semester.spring-semester', { year });
  }

  #renderDetails(item: TimelineItem, model: TimelineModel): TemplateResult {
    const today = model.today;
    const t = this.#i18n.t.bind(this.#i18n);
    const { milestone, state } = item;
    const date = (day: IsoDate): TemplateResult => dateTime(day, this.#i18n.formatDate(day));
    const semester = model.semesters.find((each) => each.start <= milestone.due && milestone.due <= each.end);
    const daysLeft = differenceInCalendarDays(fromIsoDate(milestone.due), fromIsoDate(today));
    let timing: unknown;
    if (state === 'done') {
      timing = milestone.completedOn
        ? withParts(t, 'timeline.detail.completed', { date: date(milestone.completedOn) })
        : nothing;
    } else if (daysLeft < 0) {
      timing = t('timeline.detail.overdueBy', { count: -daysLeft });
    } else if (daysLeft === 0) {
      timing = t('timeline.detail.dueToday');
    } else {
      timing = t('timeline.detail.dueIn', { count: daysLeft });
    }
    return html`<div class="details" part="details" id="details">
      <dl>
        <div>
          <dt>${t('timeline.detail.status')}</dt>
          <dd>${t(`timeline.status.${milestone.status}`)}${timing === nothing ? nothing : html` · `}${timing}</dd>
        </div>
        <div>
          <dt>${t('timeline.detail.phase')}</dt>
          <dd>${t(`timeline.phase.${milestone.phase}`)}</dd>
        </div>
        ${
          milestone.start === undefined
            ? nothing
            : html`<div>
                <dt>${t('timeline.detail.window')}</dt>
                <dd>
                  ${withParts(t, 'timeline.detail.windowRange', { start: date(milestone.start), due: date(milestone.due) })}
                </dd>
              </div>`
        }
        ${
          semester === undefined
            ? nothing
            : html`<div>
                <dt>${t('timeline.detail.semester')}</dt>
                <dd>${this.#semesterName(semester)}</dd>
              </div>`
        }
        ${
          milestone.owner === undefined
            ? nothing
            : html`<div>
                <dt>${t('timeline.detail.owner')}</dt>
                <dd>${milestone.owner}</dd>
              </div>`
        }
      </dl>
      ${milestone.description ? html`<p class="details__description">${milestone.description}</p>` : nothing}
      ${milestone.exitCriterion ? html`<p class="details__exit">${t('timeline.detail.exitCriterion')}</p>` : nothing}
    </div>`;
  }
}

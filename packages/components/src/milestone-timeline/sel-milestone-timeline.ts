import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { guard } from 'lit/directives/guard.js';
import { html as staticHtml } from 'lit/static-html.js';
import {
  checkCommunity,
  checkCommunityInSteps,
  checkIsoDate,
  type Community,
  type IsoDate,
  type Milestone,
  type MilestoneState,
  type ParseResult,
} from '@sel/core';
import { dataLang, inLang } from '../shared/data-language.js';
import { headingTag } from '../shared/heading.js';
import { listStep } from '../shared/list-navigation.js';
import { RovingFocusController } from '../shared/roving-focus.js';
import { SelElement } from '../shared/sel-element.js';
import { tokenStyles } from '../shared/tokens.styles.js';
import { renderMilestoneDetails } from './milestone-details.js';
import { milestoneTimelineStyles } from './sel-milestone-timeline.styles.js';
import { renderTimelineAxis } from './timeline-axis.js';
import { buildTimelineModel, chunks, localToday, type TimelineItem, type TimelineModel } from './timeline-model.js';
import { networkSchedule, renderCalendar, type TimelineSchedule } from './timeline-calendar.js';
import { dateTime, withParts } from './timeline-text.js';
import { timelineStrings } from './timeline-strings.js';

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

/**
 * A learning community's lifecycle on a time axis: one band per phase, shaded semesters,
 * milestones as points coloured and shaped by their state (done, overdue, at risk, upcoming) on
 * `today`, and a line marking today. For everyone, and for assistive technology in particular,
 * the same milestones form an ordered list in due-date order, each with its state in words and
 * its dates in `<time datetime>`; the list is one tab stop (arrow keys, Home and End move within
 * it), and the details of the milestone in focus or clicked open below it. On narrow containers
 * the axis gives way to the list alone. Below the list, the network's next events (meetings,
 * webinars, the cross-district meeting) and an "Add to calendar" button that downloads the
 * charter's calendar and milestones as an `.ics` file. Not a form control: it holds no value.
 *
 * Data arrives as the `community` property, a `src` URL or an inline
 * `<script type="application/json">` child, and is checked with `@sel/core`'s `checkCommunity`
 * (what `communitySchema` checks, without zod);
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
 * @csspart calendar - The network's next events and the "Add to calendar" button.
 * @csspart error-state - The alert listing problems with the data.
 *
 * @cssprop --sel-timeline-done-color - Points of milestones that are done.
 * @cssprop --sel-timeline-overdue-color - Points of overdue milestones.
 * @cssprop --sel-timeline-at-risk-color - Points of milestones at risk.
 * @cssprop --sel-timeline-upcoming-color - Points of upcoming milestones.
 * @cssprop --sel-timeline-today-color - The today line and its label.
 * @cssprop --sel-timeline-semester-shade - Background of semesters on the axis.
 */
export class SelMilestoneTimeline extends SelElement<Community> {
  static override styles = [tokenStyles, milestoneTimelineStyles];

  // A milestone row is about 3rem tall: 20 fill the first screen below the axis. The frame after
  // them is left to the axis.
  protected static override progressive = { firstBatch: 20, hostFrame: true };
  protected static override messages = timelineStrings;

  static override properties: PropertyDeclarations = {
    community: { attribute: false },
    today: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
    selectedId: { state: true },
  };

  /** The learning community to show (wins over `src` and inline JSON). */
  community: Community | undefined;
  /** The day states are computed for, as `YYYY-MM-DD`; the local calendar day when not set. */
  today: string | undefined;
  /** Level of the element's heading (1-6). */
  headingLevel = 2;

  /** The milestone whose details are shown. */
  private selectedId: string | undefined;

  /** The list's single tab stop, moved by the arrow, paging, Home and End keys (keys are milestone ids). */
  readonly #roving = new RovingFocusController<string>(this, {
    move: (key, fromId) => {
      const items = this.#model?.items ?? [];
      const from = items.findIndex((item) => item.milestone.id === fromId);
      const to = from === -1 ? undefined : listStep(key, from, items.length);
      return to === undefined ? undefined : items[to]?.milestone.id;
    },
    element: (id) => {
      const index = this.#model?.items.findIndex((item) => item.milestone.id === id) ?? -1;
      return index === -1 ? undefined : this.#buttonAt(index);
    },
  });
  #model: TimelineModel | undefined;
  /** Set between a pointer press in the list and its click, so the focus it causes is not reported twice. */
  #pointerPressed = false;

  /**
   * Resolves once the data given has been checked (large data is checked over frames) and every
   * milestone is drawn. Over 150 milestones are drawn over several frames: the first twenty (and
   * any the user moved to) when the data is shown, the axis in the frame after, then the rest.
   */
  override get renderComplete(): Promise<void> {
    // The network's upcoming events are drawn once their calendar has loaded.
    return super.renderComplete.then(() =>
      this.dataSource.value === undefined || networkSchedule.loaded()
        ? undefined
        : this.#withCalendar(() => this.updateComplete),
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The network's calendar loads beside the data; its events are drawn when it arrives.
    void this.#withCalendar(() => {
      this.requestUpdate();
    });
  }

  /** Uses the network's calendar once loaded; a failed load (offline, a blocked file) is reported and tried again on the next use. */
  #withCalendar(use: (schedule: TimelineSchedule) => unknown): Promise<void> {
    return networkSchedule
      .load()
      .then(use)
      .then(
        () => {
          this.reportIssues('calendar', []);
        },
        (error: unknown) => {
          this.reportIssues('calendar', [
            {
              path: ['calendar'],
              code: 'calendar-unavailable',
              message: `The calendar could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
            },
          ]);
        },
      );
  }

  protected override dataFromProperty(): unknown {
    return this.community;
  }

  protected override parseData(raw: unknown): ParseResult<Community> {
    return checkCommunity(raw);
  }

  protected override parseDataInSteps(raw: unknown): Iterator<unknown, ParseResult<Community>, undefined> {
    return checkCommunityInSteps(raw);
  }

  /** The states, phase spans and scale of a thousand milestones take a frame of their own. */
  protected override prepareData(community: Community): void {
    this.#modelFor(community, this.#todayInfo().day);
  }

  #todayInfo(): { readonly day: IsoDate; readonly invalid: string | undefined } {
    const raw = this.today?.trim();
    if (!raw) return { day: localToday(), invalid: undefined };
    const parsed = checkIsoDate(raw, 'today');
    return parsed.ok ? { day: parsed.value, invalid: undefined } : { day: localToday(), invalid: raw };
  }

  /** The model of `community` on `today`, rebuilt only when either changes. */
  #modelFor(community: Community, today: IsoDate): TimelineModel {
    if (this.#model?.community !== community || this.#model.today !== today) {
      this.#model = buildTimelineModel(community, today);
    }
    return this.#model;
  }

  /** The milestone the user moved the tab stop to, or -1 before they have (or once it is gone). */
  #chosenIndex(model: TimelineModel): number {
    const chosen = this.#roving.active;
    return chosen === undefined ? -1 : model.items.findIndex((i) => i.milestone.id === chosen);
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
    this.#roving.active = item.milestone.id;
    this.selectedId = item.milestone.id;
    if (trigger) this.emit('sel-milestone-select', { milestone: item.milestone, state: item.state, index, trigger });
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
    const index = this.#indexOf(event.target);
    const id = index === undefined ? undefined : this.#model?.items[index]?.milestone.id;
    if (id !== undefined) this.#roving.keydown(event, id);
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

  /** Writes the charter's calendar (its writer is loaded on the first press) and offers it as a download. */
  #downloadCalendar(community: Community): void {
    void this.#withCalendar(({ networkCalendarEvents }) =>
      import('./timeline-ics.js').then(({ downloadCommunityCalendar }) => {
        downloadCommunityCalendar(this, community, networkCalendarEvents(community.charter));
      }),
    );
  }

  protected override render(): unknown {
    const value = this.dataSource.value;
    const today = this.#todayInfo();
    return html`
      ${this.renderDataState()}
      ${value === undefined ? nothing : this.#renderTimeline(this.#modelFor(value, today.day), today.invalid)}
      ${this.renderProgressStatus('timeline.drawing', 'timeline.drawn')}
    `;
  }

  #renderTimeline(model: TimelineModel, invalidToday: string | undefined): TemplateResult {
    const { t } = this;
    const date = (day: IsoDate): TemplateResult => dateTime(day, this.i18n.formatDate(day));
    const { community, counts, items } = model;
    const lang = dataLang(community.lang, this.i18n);
    const level = Number.isFinite(this.headingLevel) ? this.headingLevel : 2;
    const selected = items.findIndex((item) => item.milestone.id === this.selectedId);
    // The milestones in due-date order, with the one the user moved to and the selected one. The
    // first one not done is not drawn early (it may be the 900th): until it is, the first
    // milestone holds the tab stop, so the list is never left out of the tab order.
    const drawn = this.progress.draw(
      items,
      items.length,
      items.length,
      Math.max(this.#chosenIndex(model), selected) + 1,
    );
    return html`<div class="timeline">
      <div class="header" part="header">
        ${staticHtml`<${headingTag(level)} class="heading"><slot name="heading">${withParts(t, 'timeline.heading', {
          name: inLang(community.name, lang),
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
          ${
            items.length === 0
              ? t('timeline.empty')
              : t('timeline.summary', {
                  count: items.length,
                  done: counts.done,
                  overdue: counts.overdue,
                  atRisk: counts['at-risk'],
                  upcoming: counts.upcoming,
                })
          }
        </p>
      </div>
      ${
        items.length === 0
          ? nothing
          : html`${renderTimelineAxis(model, {
              drawn,
              filled: this.progress.firstFramePassed,
              selectedId: this.selectedId,
              t,
              formatYear: (year) => this.i18n.formatNumber(year, { useGrouping: false }),
              onClick: this.#onAxisClick,
            })}${this.#renderList(model, level, drawn)}`
      }
      ${renderCalendar(
        networkSchedule.loaded()?.renderUpcoming(community.charter, model.today, {
          t,
          date,
          dates: (start, end) => withParts(t, 'timeline.upcoming.dates', { start: date(start), end: date(end) }),
        }),
        t,
        () => {
          this.#downloadCalendar(community);
        },
        staticHtml`<${headingTag(Math.min(6, level + 1))} class="list-heading" id="calendar-heading">${t(
          'timeline.upcoming.heading',
        )}</${headingTag(Math.min(6, level + 1))}>`,
      )}
    </div>`;
  }

  #renderList(model: TimelineModel, level: number, drawn: number): TemplateResult {
    const holder = this.#activeIndex(model);
    const active = holder < drawn ? holder : 0;
    const selected = model.items.findIndex((item) => item.milestone.id === this.selectedId);
    const listHeading = headingTag(Math.min(6, level + 1));
    return html`${staticHtml`<${listHeading} class="list-heading" id="list-heading">${this.t('timeline.milestones')}</${listHeading}>`}
      <p class="hint" id="list-hint">${this.t('timeline.instructions')}</p>
      <ol
        class=${classMap({ list: true, 'list--long': this.progress.long })}
        part="list"
        aria-labelledby="list-heading"
        aria-describedby="list-hint"
        aria-busy=${this.progress.busy ? 'true' : nothing}
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
          return guard([model.items, end, activeHere, selectedHere, this.i18n.locale, this.strings], () =>
            model.items
              .slice(start, end)
              .map((item) => this.#renderItem(model, item, item.index === selectedHere, item.index === activeHere)),
          );
        })}
      </ol>`;
  }

  #renderItem(model: TimelineModel, item: TimelineItem, isSelected: boolean, isActive: boolean): TemplateResult {
    const { t } = this;
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
        <span class="item__title" lang=${dataLang(model.community.lang, this.i18n)}>${milestone.title}</span
        ><span class="visually-hidden">, </span> <span class="item__state">${t(`timeline.state.${state}`)}</span
        ><span class="visually-hidden">, </span>
        <span class="item__due"
          >${withParts(t, 'timeline.due', { date: dateTime(milestone.due, this.i18n.formatDate(milestone.due)) })}</span
        >
      </button>
      ${isSelected ? renderMilestoneDetails(item, model, t, (day) => this.i18n.formatDate(day), dataLang(model.community.lang, this.i18n)) : nothing}
    </li>`;
  }
}

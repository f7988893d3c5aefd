import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { guard } from 'lit/directives/guard.js';
import { MILESTONE_STATES, type IsoDate } from '@sel/core';
import { styleProperties } from '../shared/style-properties.js';
import { chunks, type TimelineItem, type TimelineModel } from './timeline-model.js';
import { semesterName, type Translate } from './timeline-text.js';

/** What {@link renderTimelineAxis} needs from the element besides the model. */
export interface TimelineAxisOptions {
  /** How many milestones (in due-date order) have their points drawn. */
  readonly drawn: number;
  /** False only in the update that shows a long list's first rows: the axis is filled in a frame later. */
  readonly filled: boolean;
  /** The milestone whose details are open, ringed on the axis. */
  readonly selectedId: string | undefined;
  readonly t: Translate;
  /** Writes a year as a number of the element's locale, without grouping. */
  readonly formatYear: (year: number) => string;
  /** A click on the axis (a point carries its milestone's `data-index`). */
  readonly onClick: (event: MouseEvent) => void;
}

/**
 * The visual time axis and its legend: phase bands, shaded semesters, a point per milestone,
 * years and the today line. Hidden from assistive technology, which reads the list instead.
 */
export function renderTimelineAxis(model: TimelineModel, options: TimelineAxisOptions): TemplateResult {
  const { t } = options;
  // A long list shows its first milestones at once and fills in the axis in the frame after. Its
  // empty rows keep their height, so nothing below moves when it is filled in.
  return html`<div class="axis" part="axis" aria-hidden="true" @click=${options.onClick}>
      <div class="axis__plot">
        ${
          options.filled
            ? renderPlot(model, options)
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

/** Where each milestone's point sits among the points of its due date: `[place, count]`. */
const sameDayPlaces = new WeakMap<readonly TimelineItem[], readonly (readonly [number, number])[]>();

function placesOnTheirDay(items: readonly TimelineItem[]): readonly (readonly [number, number])[] {
  let places = sameDayPlaces.get(items);
  if (places === undefined) {
    const counts = new Map<IsoDate, number>();
    for (const { milestone } of items) counts.set(milestone.due, (counts.get(milestone.due) ?? 0) + 1);
    const seen = new Map<IsoDate, number>();
    places = items.map(({ milestone }) => {
      const place = seen.get(milestone.due) ?? 0;
      seen.set(milestone.due, place + 1);
      return [place, counts.get(milestone.due) ?? 1] as const;
    });
    sameDayPlaces.set(items, places);
  }
  return places;
}

/**
 * A point's place: at its date, and, when other milestones fall on the same day, one above the
 * other in the middle of the track, so no point hides another.
 */
function pointPlace(left: string, [place, count]: readonly [number, number]): Record<string, string> {
  if (count < 2) return { insetInlineStart: left };
  const offset = place - (count - 1) / 2;
  return { insetInlineStart: left, insetBlockStart: `calc(50% + ${String(offset)} * (var(--_sel-point-size) + 5px))` };
}

/** The rows of the axis: phase bands, semesters, the points of the first milestones drawn, years and today. */
function renderPlot(model: TimelineModel, options: TimelineAxisOptions): TemplateResult {
  const { t } = options;
  const { scale } = model;
  const at = (day: IsoDate) => ({ insetInlineStart: `${String(scale.percent(day))}%` });
  const between = (start: IsoDate, end: IsoDate) => ({
    insetInlineStart: `${String(scale.percent(start))}%`,
    inlineSize: `${String(Math.max(scale.width(start, end), 0))}%`,
  });
  const selected = model.items.find((item) => item.milestone.id === options.selectedId);
  const places = placesOnTheirDay(model.items);
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
            <span class="semester__label">${semesterName(semester, t)}</span>
          </div>`,
      )}
    </div>
    <div class="axis__track">
      ${chunks(options.drawn).map(({ start, end }) =>
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
                      style=${styleProperties(
                        pointPlace(at(item.milestone.due).insetInlineStart, places[item.index] ?? [0, 1]),
                      )}
                    ></span>`,
                )}
            </span>`,
        ),
      )}
      ${
        selected
          ? html`<span
              class="selection-ring"
              style=${styleProperties(pointPlace(at(selected.milestone.due).insetInlineStart, places[selected.index] ?? [0, 1]))}
            ></span>`
          : nothing
      }
    </div>
    <div class="axis__years">
      ${scale
        .yearStarts()
        .map(
          (day) =>
            html`<span class="year" style=${styleProperties(at(day))}
              >${options.formatYear(Number(day.slice(0, 4)))}</span
            >`,
        )}
    </div>
    ${
      scale.includes(model.today)
        ? html`<div
            class=${classMap({ 'today-line': true, 'today-line--end': scale.percent(model.today) > 85 })}
            part="today-line"
            style=${styleProperties(at(model.today))}
          >
            <span class="today-line__label">${t('timeline.todayMarker')}</span>
          </div>`
        : nothing
    }`;
}

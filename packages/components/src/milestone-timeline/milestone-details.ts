import { html, nothing, type TemplateResult } from 'lit';
import { dayNumber, type IsoDate } from '@sel/core';
import type { TimelineItem, TimelineModel } from './timeline-model.js';
import { dateTime, semesterName, withParts, type Translate } from './timeline-text.js';

/**
 * The details of the selected milestone, opened below it in the list: its status and how far it
 * is from today, its phase, window, semester and owner, its description, and whether it is an
 * exit criterion of its phase.
 */
export function renderMilestoneDetails(
  item: TimelineItem,
  model: TimelineModel,
  t: Translate,
  formatDate: (date: IsoDate) => string,
): TemplateResult {
  const { milestone, state } = item;
  const date = (day: IsoDate): TemplateResult => dateTime(day, formatDate(day));
  const semester = model.semesters.find((each) => each.start <= milestone.due && milestone.due <= each.end);
  const daysLeft = dayNumber(milestone.due) - dayNumber(model.today);
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
              <dd>${semesterName(semester, t)}</dd>
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

import { html, nothing, type TemplateResult } from 'lit';
import { dayNumber, type IsoDate } from '@sel/core';
import type { TimelineItem, TimelineModel } from './timeline-model.js';
import { dateTime, semesterName, withParts, type Translate } from './timeline-text.js';

/**
 * The details of the selected milestone, opened below it in the list: its recorded status and its
 * due day from today (or the day it was completed), its phase, window, semester and owner, its description, and whether it is an
 * exit criterion of its phase.
 */
export function renderMilestoneDetails(
  item: TimelineItem,
  model: TimelineModel,
  t: Translate,
  formatDate: (date: IsoDate) => string,
  /** The `lang` of the community's texts (`dataLang`). */
  lang: string | typeof nothing,
): TemplateResult {
  const { milestone, state } = item;
  const date = (day: IsoDate): TemplateResult => dateTime(day, formatDate(day));
  const semester = model.semesters.find((each) => each.start <= milestone.due && milestone.due <= each.end);
  const daysLeft = dayNumber(milestone.due) - dayNumber(model.today);
  // The row above says the milestone's state (done, overdue...); here are the facts behind it, each
  // once: what the team recorded, and the due day from today, or the day it was completed.
  const timing =
    state === 'done'
      ? milestone.completedOn === undefined
        ? nothing
        : html`<div>
            <dt>${t('timeline.detail.completed')}</dt>
            <dd>${date(milestone.completedOn)}</dd>
          </div>`
      : html`<div>
          <dt>${t('timeline.detail.due')}</dt>
          <dd>
            ${
              daysLeft < 0
                ? t('timeline.detail.dueAgo', { count: -daysLeft })
                : daysLeft === 0
                  ? t('timeline.detail.dueToday')
                  : t('timeline.detail.dueIn', { count: daysLeft })
            }
          </dd>
        </div>`;
  return html`<div class="details" part="details" id="details">
    <dl>
      <div>
        <dt>${t('timeline.detail.status')}</dt>
        <dd>${t(`timeline.status.${milestone.status}`)}</dd>
      </div>
      ${timing}
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
              <dd lang=${lang}>${milestone.owner}</dd>
            </div>`
      }
    </dl>
    ${milestone.description ? html`<p class="details__description" lang=${lang}>${milestone.description}</p>` : nothing}
    ${milestone.exitCriterion ? html`<p class="details__exit">${t('timeline.detail.exitCriterion')}</p>` : nothing}
  </div>`;
}

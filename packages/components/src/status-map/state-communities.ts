import { html, type TemplateResult } from 'lit';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import type { MapTile } from './status-map-model.js';
import type { StatusMapText } from './status-map-text.js';

/** What the panel needs besides the square: its heading tag, dates in words and how to close. */
export interface StatePanelView {
  readonly heading: StaticValue;
  readonly place: string;
  readonly formatDate: (date: string) => string;
  readonly close: () => void;
}

/**
 * The communities of one square, opened from the map or the table: each with its phase,
 * readiness, districts, students and charter dates, in a table with a caption.
 */
export function renderStateCommunities(tile: MapTile, view: StatePanelView, text: StatusMapText): TemplateResult {
  const date = (value: string) => html`<time datetime=${value}>${view.formatDate(value)}</time>`;
  return html`<section class="panel" part="state-panel" id="state-panel">
    ${staticHtml`<${view.heading} class="panel__heading" id="state-panel-heading">${text.t('statusMap.panel.heading', {
      place: view.place,
    })}</${view.heading}>`}
    ${
      tile.communities.length === 0
        ? html`<p>${text.t('statusMap.panel.none', { place: view.place })}</p>`
        : html`<div class="scroll">
            <table class="table">
              <thead>
                <tr>
                  <th scope="col">${text.t('statusMap.panel.name')}</th>
                  <th scope="col">${text.t('statusMap.panel.phase')}</th>
                  <th scope="col">${text.t('statusMap.panel.readiness')}</th>
                  <th scope="col">${text.t('statusMap.panel.districts')}</th>
                  <th scope="col">${text.t('statusMap.panel.students')}</th>
                  <th scope="col">${text.t('statusMap.panel.charter')}</th>
                </tr>
              </thead>
              <tbody>
                ${tile.communities.map(
                  ({ status, charter }) =>
                    html`<tr>
                      <th scope="row" lang=${text.lang}>${status.name}</th>
                      <td>${text.t(`timeline.phase.${status.phase}`)}</td>
                      <td>${text.t(`rubric.stage.${status.readiness}`)}</td>
                      <td class="number">${text.formatNumber(status.districts)}</td>
                      <td class="number">${text.formatNumber(status.students)}</td>
                      <td>
                        ${text
                          .t('statusMap.panel.charterDates', { start: '\uE000', end: '\uE001' })
                          .split(/([\uE000\uE001])/)
                          .map((piece) =>
                            piece === '\uE000' ? date(charter.start) : piece === '\uE001' ? date(charter.end) : piece,
                          )}
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
    }
    <button type="button" class="close" @click=${view.close}>${text.t('statusMap.panel.close')}</button>
  </section>`;
}

import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { live } from 'lit/directives/live.js';
import { html as staticHtml } from 'lit/static-html.js';
import {
  consensusOrder,
  isPriorityPractice,
  ratingOf,
  type Indicator,
  type IndicatorTeamRatings,
  type Practice,
  type AgreementRule,
  type Rubric,
  type RubricLevel,
  type RubricTextField,
  type RubricTextOwner,
  type TeamRatings,
} from '@sel/core';
import { dataLang, inLang, withParts } from '../shared/data-language.js';
import { headingTag } from '../shared/heading.js';
import { styleProperties } from '../shared/style-properties.js';
import type { LocaleController } from '../shared/i18n.js';
import type { RubricViewContext } from './rubric-view.js';
import type { TeamWords } from './team-files.js';

/** What the team view shows of team mode's state. */
export interface TeamViewState {
  readonly members: readonly unknown[];
  readonly team: TeamRatings | undefined;
  readonly revealed: ReadonlySet<string>;
  readonly disagreementsOnly: boolean;
  readonly notes: ReadonlyMap<string, string>;
  /** When the members' ratings agree. */
  readonly rule: AgreementRule;
  /** The last change to the members, with its "Undo", until the next one. */
  readonly undo: { readonly message: string } | undefined;
  /** Whether the team is being fetched from `team-src`, or could not be. */
  readonly loading: boolean;
  readonly failed: boolean;
  readonly t: TeamWords;
  /** The one listener of the view's controls. */
  readonly handle: (event: Event) => void;
}

// The rubric's own words, written here as the rubric writes them (rubric-words.ts), so that team
// mode's chunk imports nothing of the rubric's chunk: the rubric's texts in its language (`lang`,
// from `dataLang`), inside the element's sentences.
const levelName = (
  i18n: LocaleController,
  level: { readonly value: number; readonly label: string },
  lang: string | typeof nothing,
): unknown =>
  withParts((key, params) => i18n.t(key, params), 'rubric.level', {
    value: level.value,
    label: inLang(level.label, lang),
  });
const areaTitle = (
  i18n: LocaleController,
  title: string,
  number: number | undefined,
  lang: string | typeof nothing,
): unknown =>
  number === undefined
    ? inLang(title, lang)
    : withParts((key, params) => i18n.t(key, params), 'rubric.focusArea', { number, title: inLang(title, lang) });

/** The level of a count of ratings as shown (a translation's label), else as the ratings carry it. */
const shownLevel = (ctx: TeamViewContext, count: { readonly level: number; readonly label: string }): RubricLevel =>
  ctx.rubric.levels.find((l) => l.value === count.level) ?? { value: count.level, label: count.label };

/** A level's name in the team view, its label in the language it is in. */
const shownLevelName = (ctx: TeamViewContext, level: RubricLevel): unknown =>
  levelName(ctx.i18n, level, ctx.lang(level, 'label'));

/** What every part of the team view is drawn from. */
interface TeamViewContext extends RubricViewContext {
  readonly mode: TeamViewState;
  readonly rubric: Rubric;
  readonly entries: ReadonlyMap<string, IndicatorTeamRatings>;
  readonly members: number;
  /** The `lang` of a text of the rubric shown (`dataLang` of the language it is in). */
  readonly lang: (owner: RubricTextOwner, field: RubricTextField) => string | typeof nothing;
}

/**
 * The team view: the rubric's title and the agreed assessment's summary, the team (members, each
 * with "Remove", the file picker and drop target, the last change with its "Undo", agreement
 * counts and rule, the filter and "reveal all"), then each
 * indicator's spread of member ratings and the agreed level with its discussion note, grouped by
 * focus area and practice (each practice with its priority mark), or only the disagreements in
 * the order to discuss them.
 */
export function renderTeam(mode: TeamViewState, context: RubricViewContext, summary: unknown): TemplateResult {
  const { view, i18n } = context;
  const { rubric } = view;
  const { team } = mode;
  const t = mode.t;
  const ctx: TeamViewContext = {
    ...context,
    mode,
    rubric,
    entries: new Map(team?.indicators.map((entry) => [entry.indicatorId, entry])),
    members: mode.members.length,
    lang: (owner, field) => dataLang(view.langOf(owner, field), i18n),
  };
  const titleTag = headingTag(context.headingLevel);
  const teamTag = headingTag(context.headingLevel + 1);
  const interactive = !context.readonly && !context.disabled;
  return html`<div
    class="rubric team-mode"
    part="rubric"
    style=${styleProperties({ '--_levels': String(rubric.levels.length) })}
    @change=${mode.handle}
    @click=${mode.handle}
    @dragover=${mode.handle}
    @drop=${mode.handle}
  >
    <div class="summary-header">
      ${staticHtml`<${titleTag} class="heading rubric-title" lang=${ctx.lang(rubric, 'title')}>${rubric.title}</${titleTag}>`}
      <slot name="actions"></slot>
    </div>
    <section class="summary" part="summary">
      <p class="summary-title" id="overall-title">${i18n.t('rubric.summary.overall')}</p>
      ${summary}
    </section>
    <section class="team" part="team">
      ${staticHtml`<${teamTag} class="heading" id="team-title">${t('rubric.team.title')}</${teamTag}>`}
      ${renderMembers(mode, team, interactive)}
      ${mode.loading ? html`<p role="status">${t('rubric.team.loading')}</p>` : nothing}
      ${mode.failed ? html`<button type="button" data-retry>${i18n.t('action.retry')}</button>` : nothing}
      ${
        interactive
          ? html`<div class="team-files" part="team-files">
              <label for="team-files">${t('rubric.team.files')}</label>
              <input
                id="team-files"
                type="file"
                multiple
                accept=".json,application/json"
                aria-describedby="team-files-hint"
              />
              <p class="hint" id="team-files-hint">${t('rubric.team.files.hint')}</p>
            </div>`
          : nothing
      }
      ${
        interactive && mode.undo
          ? html`<p class="team-undo">
              ${mode.undo.message} <button type="button" data-undo>${t('rubric.team.undo')}</button>
            </p>`
          : nothing
      }
      ${
        team
          ? html`<p>
                ${t('rubric.team.counts', { agreed: team.agreed, disagreed: team.disagreed, unrated: team.unrated })}
                ${t(mode.rule === 'within-one' ? 'rubric.team.rule.withinOne' : 'rubric.team.rule.sameLevel')}
              </p>
              <p>${t('rubric.team.recorded', { recorded: view.completeness.rated, total: view.completeness.total })}</p>
              ${
                context.readonly
                  ? nothing
                  : html`<div class="team-tools">
                      <label class="team-filter"
                        ><input type="checkbox" data-filter .checked=${live(mode.disagreementsOnly)} />
                        ${t('rubric.team.filter')}</label
                      >
                      <button type="button" data-reveal-all>${t('rubric.team.revealAll')}</button>
                    </div>`
              }`
          : nothing
      }
    </section>
    ${team ? (mode.disagreementsOnly ? renderDisagreements(ctx) : rubric.focusAreas.map((area) => renderArea(ctx, area))) : nothing}
  </div>`;
}

/** Who is in the team: a sentence, and (when the members may be changed) a list with "Remove" for each. */
function renderMembers(mode: TeamViewState, team: TeamRatings | undefined, interactive: boolean): TemplateResult {
  const t = mode.t;
  if (!team) return html`<p>${t('rubric.team.empty')}</p>`;
  const names = team.members.map((member) => member.name);
  const sentence = t('rubric.team.members', { count: names.length, names: names.join(', ') });
  if (!interactive) return html`<p>${sentence}</p>`;
  return html`<details class="team-members">
    <summary>${sentence}</summary>
    <ul>
      ${names.map(
        (name) =>
          html`<li>
            ${name}
            <button type="button" data-remove=${name}>
              ${t('rubric.team.remove')}<span class="visually-hidden"> ${name}</span>
            </button>
          </li>`,
      )}
    </ul>
  </details>`;
}

function renderArea(ctx: TeamViewContext, area: Rubric['focusAreas'][number]): TemplateResult {
  const tag = headingTag(ctx.headingLevel + 1);
  const titleId = `team-area-${area.id}`;
  return html`<section class="focus-area" part="focus-area">
    ${staticHtml`<${tag} class="heading area-title" id=${titleId}>${areaTitle(ctx.i18n, area.title, area.number, ctx.lang(area, 'title'))}</${tag}>`}
    ${area.practices.map((practice) => renderPractice(ctx, practice))}
  </section>`;
}

function renderPractice(ctx: TeamViewContext, practice: Practice): TemplateResult {
  const tag = headingTag(ctx.headingLevel + 2);
  const titleId = `team-practice-${practice.id}`;
  const priority = isPriorityPractice(ctx.view.assessment, practice.id);
  return html`<div class="practice">
    ${staticHtml`<${tag} class="heading practice-title" id=${titleId} lang=${ctx.lang(practice, 'title')}>${practice.title}</${tag}>`}
    ${
      ctx.readonly
        ? priority
          ? html`<p class="priority"><span aria-hidden="true">★</span> ${ctx.i18n.t('rubric.priority')}</p>`
          : nothing
        : html`<label class="priority-toggle"
            ><input
              type="checkbox"
              data-priority=${practice.id}
              .checked=${live(priority)}
              ?disabled=${ctx.disabled}
              aria-describedby=${titleId}
            />
            <span aria-hidden="true">★</span> ${ctx.mode.t('rubric.priority.mark')}</label
          >`
    }
    ${practice.indicators.map((indicator) => renderRow(ctx, indicator))}
  </div>`;
}

/** The indicators where the ratings differ, in the order a team should discuss them. */
function renderDisagreements(ctx: TeamViewContext): TemplateResult {
  const { team } = ctx.mode;
  const differing = team ? consensusOrder(team).filter((entry) => entry.agrees === false) : [];
  const found = new Map<string, { indicator: Indicator; practice: Practice }>();
  for (const area of ctx.rubric.focusAreas) {
    for (const practice of area.practices) {
      for (const indicator of practice.indicators) found.set(indicator.id, { indicator, practice });
    }
  }
  const t = ctx.mode.t;
  return html`<section class="focus-area">
    <p id="team-disagreements" class="summary-title">
      ${
        differing.length === 0
          ? t('rubric.team.filter.none')
          : t('rubric.team.filter.shown', { count: differing.length })
      }
    </p>
    ${differing.map((entry) => {
      const place = found.get(entry.indicatorId);
      return place ? renderRow(ctx, place.indicator, place.practice) : nothing;
    })}
  </section>`;
}

/** One indicator: its text, whether the ratings agree, their spread (once revealed) and the agreed level. */
function renderRow(ctx: TeamViewContext, indicator: Indicator, practice?: Practice): TemplateResult {
  const { mode, i18n } = ctx;
  const t = mode.t;
  const id = indicator.id;
  const entry = ctx.entries.get(id);
  const rating = ratingOf(ctx.view.assessment, id);
  const revealed = ctx.readonly || mode.revealed.has(id);
  const textId = `team-text-${id}`;
  const state = entry?.agrees === true ? 'agree' : entry?.agrees === false ? 'differ' : 'nobody';
  const notes = mode.notes.get(id) ?? rating?.notes ?? '';
  return html`<div class="indicator team-row" part="indicator" role="group" aria-labelledby=${textId}>
    ${practice === undefined ? nothing : html`<p class="team-practice" lang=${ctx.lang(practice, 'title')}>${practice.title}</p>`}
    <p class="indicator-text" id=${textId} lang=${ctx.lang(indicator, 'text')}>${indicator.text}</p>
    ${
      indicator.fullImplementation
        ? html`<p class="full">
            <strong>${i18n.t('rubric.fullImplementation')}</strong>
            ${inLang(indicator.fullImplementation, ctx.lang(indicator, 'fullImplementation'))}
          </p>`
        : nothing
    }
    <p class=${`team-state team-state--${state}`}>
      <span aria-hidden="true">${state === 'agree' ? '=' : state === 'differ' ? '≠' : '–'}</span>
      ${t(`rubric.team.${state}`)}
    </p>
    ${entry && entry.rated > 0 ? renderSpread(ctx, entry, revealed) : nothing}
    ${
      entry && !revealed && entry.rated > 0
        ? html`<p class="hint">${t('rubric.team.hidden')}</p>
            <button type="button" data-reveal=${id} aria-describedby=${textId}>${t('rubric.team.reveal')}</button>`
        : nothing
    }
    ${ctx.readonly ? renderAgreedText(ctx, id, notes) : renderAgreeControls(ctx, id, notes)}
  </div>`;
}

/**
 * How the members rated: a sentence, then every level with its count and a bar of its share; the
 * names of who chose what only once `revealed` (a planning-poker reveal: the counts come first).
 */
function renderSpread(ctx: TeamViewContext, entry: IndicatorTeamRatings, revealed: boolean): TemplateResult {
  const t = ctx.mode.t;
  const chosen = entry.distribution.filter((count) => count.count > 0).sort((a, b) => b.count - a.count);
  const words = chosen.map((count, i) => {
    const level = shownLevel(ctx, count);
    const choice = html`${withParts(t, i === 0 ? 'rubric.team.spread.first' : 'rubric.team.spread.more', {
      count: count.count,
      total: ctx.members,
      label: inLang(level.label, ctx.lang(level, 'label')),
    })}`;
    return [
      i === 0 ? '' : revealed ? '; ' : ', ',
      revealed ? withParts(t, 'rubric.team.spread.who', { choice, names: count.members.join(', ') }) : choice,
    ];
  });
  return html`<p class="team-words" id=${`team-words-${entry.indicatorId}`} tabindex="-1">${words}</p>
    <ul class="spread">
      ${entry.distribution.map(
        (count) =>
          html`<li class=${classMap({ 'spread-level': true, 'is-empty': count.count === 0 })}>
            <span class="spread-name">${shownLevelName(ctx, shownLevel(ctx, count))}</span>
            <span
              class="spread-bar"
              aria-hidden="true"
              style=${styleProperties({ '--_share': String(count.count / Math.max(1, ctx.members)) })}
            ></span>
            <span class="spread-count">${ctx.i18n.formatNumber(count.count)}</span>
            ${revealed && count.count > 0 ? html`<span class="spread-members">${count.members.join(', ')}</span>` : nothing}
          </li>`,
      )}
    </ul>
    ${entry.notRated.length > 0 ? html`<p class="hint">${t('rubric.team.notRated', { names: entry.notRated.join(', ') })}</p>` : nothing}`;
}

/** The agreed level as radios under the level names, and the discussion note. */
function renderAgreeControls(ctx: TeamViewContext, id: string, notes: string): TemplateResult {
  const t = ctx.mode.t;
  const rating = ratingOf(ctx.view.assessment, id);
  const notesId = `team-notes-${id}`;
  return html`<fieldset class="team-agree" ?disabled=${ctx.disabled}>
      <legend>${t('rubric.team.agreed')}</legend>
      <div class="levels">
        ${ctx.rubric.levels.map((level) => {
          const chosen = rating?.level === level.value;
          return html`<label class=${classMap({ level: true, 'is-chosen': chosen })}>
            <input
              type="radio"
              name=${`team-agree-${id}`}
              value=${level.value}
              data-agree=${id}
              .checked=${live(chosen)}
            />
            <span class="level-name">${shownLevelName(ctx, level)}</span>
          </label>`;
        })}
      </div>
    </fieldset>
    <div class="evidence">
      <label for=${notesId}>${t('rubric.team.note')}</label>
      <textarea
        id=${notesId}
        part="evidence"
        data-note=${id}
        rows="2"
        .value=${live(notes)}
        ?disabled=${ctx.disabled}
        aria-describedby=${`${notesId}-hint`}
      ></textarea>
      <p class="hint" id=${`${notesId}-hint`}>${t('rubric.team.note.hint')}</p>
    </div>`;
}

function renderAgreedText(ctx: TeamViewContext, id: string, notes: string): TemplateResult {
  const t = ctx.mode.t;
  const rating = ratingOf(ctx.view.assessment, id);
  const level = rating ? ctx.rubric.levels.find((l) => l.value === rating.level) : undefined;
  return html`<p class="row-status">
      <strong>${t('rubric.team.agreed')}:</strong>
      ${level ? shownLevelName(ctx, level) : t('rubric.team.agreed.none')}
    </p>
    ${notes === '' ? nothing : html`<p class="notes"><strong>${t('rubric.team.note')}:</strong> ${notes}</p>`}`;
}

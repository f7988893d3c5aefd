import { ratingOf, type Assessment, type FocusArea, type Rubric } from '@sel/core';
import type { LocaleController } from '../shared/i18n.js';
import { EvidenceDraftController, type EvidenceDraftHost } from './evidence-draft.js';
import { exportAssessment } from './member-export.js';
import { rateIndicator, withEvidence, withTypedEvidence } from './rating-edits.js';
import type { RubricView } from './rubric-view-model.js';

/*
 * `<sel-rubric>`'s rating code, loaded on the first sign of a person using a rubric
 * to be filled in (the pointer over it, a press, the focus in it): a page that only shows a rubric,
 * or a read-only one, never downloads it. It makes the ratings, keeps and saves the evidence
 * a person types, words what the live region says of a rating, and exports the assessment. It imports nothing of the element's own modules but types and its own (what it
 * needs of the element comes through `RatingHost`), so the bundler keeps them in the element's chunk.
 */

/** What the rating code asks of `<sel-rubric>`. */
export interface RatingHost {
  /** The element, whose shadow root holds the evidence boxes (`<textarea data-indicator>`). */
  readonly element: EvidenceDraftHost;
  /** The view on screen; `undefined` without a rubric. */
  view(): RubricView | undefined;
  /** The value on screen. */
  value(): Assessment | undefined;
  /** A new assessment of `rubric` as the element starts one (its `assessment-id`, `taken-by`, `taken-on`). */
  start(rubric: Rubric): Assessment;
  /** Who rates (`taken-by`), named in each rating when given. */
  ratedBy(): string | undefined;
  /** A rating or evidence that could not be saved (`undefined`: the last one was). */
  failed(error: unknown): void;
  /** Puts `next` on screen and into the form, and fires the change events of `indicatorId`. */
  commit(rubric: Rubric, next: Assessment, indicatorId: string, previousLevel: number | null): void;
  /** Sends what was saved on at once (the form value). */
  flush(): void;
  /** Evidence was typed and not saved yet: the element may keep a draft of it. */
  typed(): void;
}

/** The rating code of one `<sel-rubric>`. */
export interface RubricRating {
  /** The evidence typed and not saved yet. */
  readonly drafts: EvidenceDraftController;
  /** Rates `indicatorId` at the level of the radio `input`, with the evidence typed for it; unchecks it if that fails. */
  rate(input: HTMLInputElement, indicatorId: string): void;
  /** Saves evidence with its rating; an indicator with no level yet keeps it as a draft. */
  saveEvidence(indicatorId: string, text: string): void;
  /** The value with the evidence still being typed, for a draft or an export. */
  typedValue(): Assessment | undefined;
  /** Offers the assessment, with the evidence still being typed, as a JSON file (a member's own ratings, for the facilitator). */
  exportFile(): void;
  /** What the live region says after `indicatorId` was rated. */
  announcement(view: RubricView, indicatorId: string, i18n: LocaleController): string | undefined;
}

/** The rating code of the rubric `host`, with the evidence typed before it arrived kept as drafts. */
export function createRating(host: RatingHost): RubricRating {
  const saveEvidence = (indicatorId: string, text: string): void => {
    const view = host.view();
    const current = host.value();
    if (!view || view.locked || !current) return;
    const existing = ratingOf(current, indicatorId);
    if (!existing) return;
    try {
      const next = withEvidence(view.rubric, current, indicatorId, existing, text);
      drafts.delete(indicatorId);
      if (next) host.commit(view.rubric, next, indicatorId, existing.level);
    } catch (error) {
      host.failed(error);
    }
  };
  const drafts = new EvidenceDraftController(host.element, {
    save: saveEvidence,
    flush: () => {
      host.flush();
    },
    typed: () => {
      host.typed();
    },
  });
  // Text typed while this code loaded is in its box, not saved: a draft, as if it had been heard,
  // saved at once from a box the focus has left (an indicator with no level yet keeps it).
  const current = host.value();
  let typed = false;
  for (const box of host.element.renderRoot.querySelectorAll('textarea')) {
    const indicatorId = box.dataset['indicator'];
    if (indicatorId === undefined || box.value === ((current && ratingOf(current, indicatorId)?.notes) ?? '')) continue;
    drafts.keep(indicatorId, box.value);
    typed = true;
    if (!box.matches(':focus')) saveEvidence(indicatorId, box.value);
  }
  if (typed) host.typed();
  const typedValue = (): Assessment | undefined => {
    const rubric = host.view()?.rubric;
    const value = host.value();
    return rubric && value ? withTypedEvidence(rubric, value, drafts.entries()) : value;
  };
  return {
    drafts,
    typedValue,
    saveEvidence,
    rate(input, indicatorId) {
      const view = host.view();
      if (!view || view.locked) return;
      try {
        const base = host.value() ?? host.start(view.rubric);
        const previousLevel = ratingOf(base, indicatorId)?.level ?? null;
        const next = rateIndicator(view.rubric, base, indicatorId, Number(input.value), {
          notes: drafts.get(indicatorId),
          ratedBy: host.ratedBy(),
        });
        drafts.delete(indicatorId);
        host.failed(undefined);
        host.commit(view.rubric, next, indicatorId, previousLevel);
      } catch (error) {
        input.checked = false;
        host.failed(error);
      }
    },
    exportFile() {
      const rubric = host.view()?.rubric;
      if (rubric) exportAssessment(host.element, typedValue() ?? host.start(rubric));
    },
    announcement: ratingAnnouncement,
  };
}

/** A focus area's title as spoken: "Focus area 2: Title" when it is numbered. */
function areaTitle(i18n: LocaleController, area: FocusArea): string {
  return area.number === undefined
    ? area.title
    : i18n.t('rubric.focusArea', { number: area.number, title: area.title });
}

/**
 * What the live region says after `indicatorId` was rated: how many indicators of its focus area
 * and of the whole rubric are rated; `undefined` when the indicator is not in the rubric.
 */
function ratingAnnouncement(view: RubricView, indicatorId: string, i18n: LocaleController): string | undefined {
  const { rubric, completeness } = view;
  const index = rubric.focusAreas.findIndex((area) =>
    area.practices.some((practice) => practice.indicators.some((indicator) => indicator.id === indicatorId)),
  );
  const area = rubric.focusAreas[index];
  const done = completeness.focusAreas[index];
  if (!area || !done) return undefined;
  return i18n.t('rubric.announce', {
    area: areaTitle(i18n, area),
    rated: done.rated,
    total: done.total,
    overallRated: completeness.rated,
    overallTotal: completeness.total,
  });
}

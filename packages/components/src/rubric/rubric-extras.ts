import type { ReactiveElement } from 'lit';
import type { Rubric } from '@sel/core';
import type * as Marks from './missing-ratings.js';
import type { OnDemand } from './on-demand.js';
import type * as Navigation from './rubric-navigation.js';
import { rubricWeight, type RubricView } from './rubric-view-model.js';

/** A rubric of more indicators than this, filled in, gets a progress bar and folding focus areas. */
const LONG_RUBRIC = 12;

/**
 * The parts of `<sel-rubric>` loaded when they are first needed: a long rubric's navigation (the
 * progress bar with "Next unrated indicator", and folding focus areas) and a required rubric's
 * marks once its form found it incomplete (the `invalid` event): the unrated rows marked, in words
 * and with `aria-invalid`, and the error summary, GOV.UK style, until every indicator is rated.
 */
export class RubricExtras {
  /** The navigation of a long rubric, once loaded. */
  navigation: typeof Navigation | undefined;
  readonly #loading: OnDemand;
  /** Whether unrated rows are to be marked (the form found the rubric incomplete). */
  #marking = false;
  #marks: typeof Marks | undefined;

  constructor(host: ReactiveElement, loading: OnDemand) {
    this.#loading = loading;
    host.addEventListener('invalid', () => {
      this.#marking = true;
      host.requestUpdate();
      loading.load(
        'marks',
        () => import('./missing-ratings.js'),
        (marks) => {
          this.#marks = marks;
        },
      );
    });
  }

  /** Loads the navigation the first time a long rubric is shown to be filled in. */
  update(rubric: Rubric, readonly: boolean): void {
    if (readonly || rubricWeight(rubric)[0] <= LONG_RUBRIC) return;
    this.#loading.load(
      'navigation',
      () => import('./rubric-navigation.js'),
      (navigation) => {
        this.navigation = navigation;
      },
    );
  }

  /** The marks of unrated rows and their error summary while they are shown; they go once every indicator is rated. */
  marks(view: RubricView): typeof Marks | undefined {
    if (view.completeness.unrated.length === 0) this.#marking = false;
    return this.#marking ? this.#marks : undefined;
  }
}

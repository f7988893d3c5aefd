import { nothing, type CSSResult, type ReactiveElement } from 'lit';
import type { Rubric, SelIssue } from '@sel/core';
import type { LocaleController } from '../shared/i18n.js';
import type * as Missing from './missing-ratings.js';
import type * as Navigation from './rubric-navigation.js';
import { describeFailure } from './rubric-issues.js';
import { rubricWeight, type RubricView } from './rubric-view-model.js';

/** A rubric of more indicators than this, filled in, gets a progress bar and folding focus areas. */
const LONG_RUBRIC = 12;

/** Adds `styles` to the shadow root of `host` (the styles of a part loaded on demand). */
function adopt(host: ReactiveElement, styles: readonly CSSResult[]): void {
  const root = host.shadowRoot;
  const sheets = styles.flatMap((style) => style.styleSheet ?? []);
  if (root) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
}

/**
 * The parts of `<sel-rubric>` loaded when they are first needed: a long rubric's navigation (the
 * progress bar with "Next unrated indicator", and folding focus areas) and a required rubric's
 * marks once its form found it incomplete (the `invalid` event): the unrated rows marked, in words
 * and with `aria-invalid`, and the error summary, GOV.UK style, until every indicator is rated.
 */
export class RubricExtras {
  /** Whether unrated rows are marked now. */
  missing = false;
  /** The navigation of a long rubric, once loaded. */
  navigation: typeof Navigation | undefined;
  readonly #host: ReactiveElement;
  readonly #wait: (loading: Promise<void>) => void;
  readonly #report: (group: string, issues: readonly SelIssue[]) => void;
  #renderMissing: typeof Missing.renderMissing | undefined;
  readonly #loads = new Set<string>();

  constructor(
    host: ReactiveElement,
    wait: (loading: Promise<void>) => void,
    report: (group: string, issues: readonly SelIssue[]) => void,
  ) {
    this.#host = host;
    this.#wait = wait;
    this.#report = report;
    host.addEventListener('invalid', () => {
      this.missing = true;
      host.requestUpdate();
      this.#load('missing', () =>
        import('./missing-ratings.js').then((module) => {
          adopt(host, module.missingStyles);
          this.#renderMissing = module.renderMissing;
        }),
      );
    });
  }

  /** Loads `part` once; a failure is reported in the group of its name. */
  #load(part: string, load: () => Promise<void>): void {
    if (this.#loads.has(part)) return;
    this.#loads.add(part);
    this.#wait(
      load().catch((error: unknown) => {
        this.#report(part, describeFailure(error, 'rubric'));
      }),
    );
  }

  /** Loads the navigation the first time a long rubric is shown to be filled in. */
  update(rubric: Rubric | undefined, readonly: boolean): void {
    if (readonly || !rubric || rubricWeight(rubric)[0] <= LONG_RUBRIC) return;
    this.#load('navigation', () =>
      import('./rubric-navigation.js').then((module) => {
        adopt(this.#host, [module.navigationStyles]);
        this.navigation = module;
      }),
    );
  }

  /** The error summary while unrated rows are marked; the marks go once every indicator is rated. */
  errors(view: RubricView, i18n: LocaleController, headingLevel: number): unknown {
    if (view.completeness.unrated.length === 0) this.missing = false;
    return this.missing && this.#renderMissing ? this.#renderMissing(view, i18n, headingLevel) : nothing;
  }
}

import type { SelIssue } from '@sel/core';
import type { SelLocale } from '../shared/i18n.js';
import { onDemand, type OnDemandModule } from '../shared/on-demand.js';

// What `<sel-status-map>` loads with `import()`: what a first render of the map does not draw.

export type StatusMapViews = typeof import('./status-map-views.js');
export type LayoutCheck = typeof import('./layout-check.js');
export type NumericMeasures = typeof import('./numeric-measures.js');

/** The table, its sorting, the place panel and the arrow keys' moves, with their words' loader. */
const viewsPart = onDemand<StatusMapViews>(() => import('./status-map-views.js'));
/** The legends of the numeric measures (communities, districts, students). */
const numericPart = onDemand<NumericMeasures>(() => import('./numeric-measures.js'));
/** The check of a page's own tile layout (core's `tileGridLayoutSchema`). */
const layoutPart = onDemand<LayoutCheck>(() => import('./layout-check.js'));
let viewsPreloaded = false;

/** The table of states, its sorting and the panel of a place's communities, once loaded. */
export const loadedViews = viewsPart.loaded;

/**
 * Loads the table, its sorting and the place panel, once per page: the first time an element
 * needs them (the table view, a narrow screen, print, an opened place). A failed load is tried
 * again the next time.
 */
export const loadViews = viewsPart.load;

/** The legends of the numeric measures, once loaded. */
export const loadedNumericMeasures = numericPart.loaded;

/**
 * `part` loaded, then `then` run, for an update that needs it; a failed load is reported through
 * `report` as the issue of `what` (an empty list once it loads).
 */
function ready<M>(
  part: OnDemandModule<M>,
  then: (module: M) => unknown,
  report: (issues: SelIssue[]) => void,
  [path, code, what]: readonly [string, string, string],
): Promise<void> {
  return part.load().then(
    async (module) => {
      await then(module);
      report([]);
    },
    (error: unknown) => {
      report([loadFailure(path, code, what, error)]);
    },
  );
}

/**
 * The table's and the place panel's code and their words in `locale`, for an update that draws
 * them: `undefined` when both are here. A failed load of the code is reported through `report`.
 */
export function viewsReady(locale: SelLocale, report: (issues: SelIssue[]) => void): Promise<void> | undefined {
  return (
    viewsPart.loaded()?.loadViewWords(locale) ??
    ready(viewsPart, (views) => views.loadViewWords(locale), report, ['view', 'views-unavailable', 'The table'])
  );
}

/** Loads the views when the browser is idle after a map is drawn, so printing and a first click find them at hand. */
export function preloadViews(): void {
  if (viewsPreloaded) return;
  viewsPreloaded = true;
  // Safari has no requestIdleCallback: a short wait leaves the first frames to the page.
  if ('requestIdleCallback' in globalThis) requestIdleCallback(viewsPart.warm);
  else setTimeout(viewsPart.warm, 200);
}

/**
 * The legends of the numeric measures, for an update that colours the map by `measure`:
 * `undefined` when it does not need them or they are here. A failed load is reported through
 * `report`; the phase legend stands in meanwhile.
 */
export function numericMeasuresReady(measure: string, report: (issues: SelIssue[]) => void): Promise<void> | undefined {
  if (numericPart.loaded() !== undefined || measure === 'phase' || measure === 'readiness') return undefined;
  return ready(numericPart, () => undefined, report, ['measure', 'measure-unavailable', 'The legend of the measure']);
}

/**
 * Checks a page's own `layout` with the layout check, loaded the first time a page sets one, and
 * gives the result to `use`; a failed load is reported through `report` (and tried again on the
 * next update).
 */
export function layoutChecked(
  layout: unknown,
  use: (checked: ReturnType<LayoutCheck['checkLayout']>) => void,
  report: (issues: SelIssue[]) => void,
): Promise<void> {
  return layoutPart.load().then(
    ({ checkLayout }) => {
      use(checkLayout(layout));
    },
    (error: unknown) => {
      report([loadFailure('layout', 'layout-unchecked', 'The layout check', error)]);
    },
  );
}

/** The issue an element reports when the code for `what` could not be loaded (offline, a blocked chunk). */
export function loadFailure(path: string, code: string, what: string, error: unknown): SelIssue {
  return {
    path: [path],
    code,
    message: `${what} could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
  };
}

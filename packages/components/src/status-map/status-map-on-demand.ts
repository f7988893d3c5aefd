import type { SelIssue } from '@sel/core';
import type { SelLocale } from '../shared/i18n.js';
import { onDemand } from '../shared/on-demand.js';

// What `<sel-status-map>` loads with `import()`: what a first render of the map does not draw.

export type StatusMapViews = typeof import('./status-map-views.js');
export type LayoutCheck = typeof import('./layout-check.js');
export type NumericMeasures = typeof import('./numeric-measures.js');

const viewsPart = onDemand<StatusMapViews>(() => import('./status-map-views.js'));
let viewsPreloaded = false;
let layoutCheck: Promise<LayoutCheck> | undefined;
const numericPart = onDemand<NumericMeasures>(() => import('./numeric-measures.js'));

/** The table of states, its sorting and the panel of a place's communities, once loaded. */
export function loadedViews(): StatusMapViews | undefined {
  return viewsPart.loaded();
}

/**
 * Loads the table, its sorting and the place panel, once per page: the first time an element
 * needs them (the table view, a narrow screen, print, an opened place). A failed load is tried
 * again the next time.
 */
export function loadViews(): Promise<StatusMapViews> {
  return viewsPart.load();
}

/**
 * The table's and the place panel's code and their words in `locale`, for an update that draws
 * them: `undefined` when both are here. A failed load of the code is reported through `report`
 * (an empty list once it loads).
 */
export function viewsReady(locale: SelLocale, report: (issues: SelIssue[]) => void): Promise<void> | undefined {
  const views = viewsPart.loaded();
  if (views !== undefined) return views.loadViewWords(locale);
  return loadViews().then(
    async (loaded) => {
      await loaded.loadViewWords(locale);
      report([]);
    },
    (error: unknown) => {
      report([loadFailure('view', 'views-unavailable', 'The table', error)]);
    },
  );
}

/** Loads the views when the browser is idle after a map is drawn, so printing and a first click find them at hand. */
export function preloadViews(): void {
  if (viewsPreloaded || viewsPart.loaded() !== undefined) return;
  viewsPreloaded = true;
  const load = () => {
    loadViews().catch(() => undefined);
  };
  // Safari has no requestIdleCallback: a short wait leaves the first frames to the page.
  if ('requestIdleCallback' in globalThis) requestIdleCallback(load);
  else setTimeout(load, 200);
}

/** Loads the check of a page's own tile layout (core's `tileGridLayoutSchema`), only when a page sets one. */
export function loadLayoutCheck(): Promise<LayoutCheck> {
  layoutCheck ??= import('./layout-check.js').catch((error: unknown) => {
    layoutCheck = undefined;
    throw error;
  });
  return layoutCheck;
}

/** The legends of the numeric measures, once loaded. */
export function loadedNumericMeasures(): NumericMeasures | undefined {
  return numericPart.loaded();
}

/**
 * Loads the legends of the numeric measures (communities, districts, students), once per page:
 * when a map is first coloured by one. A failed load is tried again the next time.
 */
export function loadNumericMeasures(): Promise<NumericMeasures> {
  return numericPart.load();
}

/**
 * The legends of the numeric measures, for an update that colours the map by `measure`:
 * `undefined` when it does not need them or they are here. A failed load is reported through
 * `report` (an empty list once they load); the phase legend stands in meanwhile.
 */
export function numericMeasuresReady(measure: string, report: (issues: SelIssue[]) => void): Promise<void> | undefined {
  if (numericPart.loaded() !== undefined || measure === 'phase' || measure === 'readiness') return undefined;
  return loadNumericMeasures().then(
    () => {
      report([]);
    },
    (error: unknown) => {
      report([loadFailure('measure', 'measure-unavailable', 'The legend of the measure', error)]);
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

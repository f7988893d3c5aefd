import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SelIssue } from '@sel/core';
import type { CatalogIndex } from '@sel/data/query';

/** The "What next" module, loaded with the catalog. */
export type NextStepsView = typeof import('./report-next-steps.js');
type LoadedCatalog = Awaited<ReturnType<NextStepsView['loadCatalog']>>;

/** Where the catalog stands: being loaded, ready (indexed), or failed. */
export type CatalogStatus = 'loading' | 'ready' | 'failed';

/** What the controller reads from its element. */
export interface ReportCatalogOptions {
  /** The element's `catalog` property. */
  readonly catalog: () => unknown;
  /** The element's `catalog-src` attribute. */
  readonly src: () => string | undefined;
  readonly fetch: typeof fetch;
  /** Whether the catalog is needed yet (a report is shown). */
  readonly wanted: () => boolean;
  /** Called with the catalog's problems (empty once it is fine), paths starting with `catalog`. */
  readonly issues: (issues: readonly SelIssue[]) => void;
}

const DEFAULT = Symbol('default catalog');

/** The "What next" module once imported: later reports on the page use it at once. */
let loadedView: NextStepsView | undefined;

/**
 * Loads the resource catalog of the report's "What next" part when a report is first shown: from
 * the `catalog` property, the `catalog-src` URL, or else `@sel/data`'s catalog. The code that
 * reads and queries it is a module of its own (`report-next-steps.ts`), imported then, so a page
 * that never shows a report never downloads it.
 */
export class ReportCatalogController implements ReactiveController {
  status: CatalogStatus = 'loading';
  index: CatalogIndex | undefined;
  view: NextStepsView | undefined;

  #key: unknown;
  #generation = 0;
  #settled: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ReportCatalogOptions,
  ) {
    host.addController(this);
  }

  /** Settles once the catalog given last has loaded or failed. */
  get settled(): Promise<void> {
    return this.#settled;
  }

  hostUpdate(): void {
    if (!this.options.wanted()) return;
    const catalog = this.options.catalog() ?? undefined;
    const src = catalog === undefined ? this.options.src()?.trim() || undefined : undefined;
    const key = catalog ?? src ?? DEFAULT;
    if (key === this.#key) return;
    this.#key = key;
    const generation = ++this.#generation;
    const apply = (loaded: LoadedCatalog): void => {
      if (generation !== this.#generation) return;
      this.view = loadedView;
      this.status = loaded.ok ? 'ready' : 'failed';
      this.index = loaded.ok ? loaded.index : undefined;
      this.options.issues(loaded.ok ? [] : loaded.issues);
    };
    // A catalog given as data, or the default one already loaded, shows in this very update.
    const now = src === undefined ? loadedView?.catalogNow(catalog) : undefined;
    if (now !== undefined) {
      apply(now);
      this.#settled = Promise.resolve();
      return;
    }
    this.status = 'loading';
    this.#settled = import('./report-next-steps.js')
      .then((view) => {
        loadedView = view;
        return view.loadCatalog({ catalog, src, fetch: this.options.fetch });
      })
      .catch((error: unknown): LoadedCatalog => ({
        ok: false,
        issues: [
          {
            path: ['catalog'],
            code: 'load-failed',
            message: `The resource catalog could not be loaded: ${String(error)}`,
          },
        ],
      }))
      .then((loaded) => {
        apply(loaded);
        this.host.requestUpdate();
      });
  }
}

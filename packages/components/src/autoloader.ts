// The CDN autoloader (dist/cdn/autoloader.js): one small module script that registers nothing
// itself. It looks for `sel-*` tags in the document, and in the open shadow roots it is given,
// and imports the chunk of each element it finds, once; tags a CMS inserts later are found as they
// arrive. The CDN build (vite.cdn.config.mjs) writes the entry that calls `autoload` with one
// loader per element, taken from each element's `define` module, so an element joins by having one,
// and with the shared chunks each element's chunk imports, which are preloaded beside it.

/** Imports the module that defines one element. */
export type SelElementLoader = () => Promise<unknown>;

/** What {@link autoload} returns: a way to watch more roots, and the loads under way. */
export interface SelAutoloader {
  /**
   * Loads the elements used in `root` now and watches it for elements added later. Call it with
   * the open shadow root of an element of your own whose template holds `sel-*` tags.
   */
  observe(root: Document | ShadowRoot | Element): Promise<void>;
  /** Settles when every element found so far is defined or has failed to load. */
  ready(): Promise<void>;
}

/** The modules each element's chunk imports, relative to `base` (the autoloader's own URL). */
export interface SelElementPreloads {
  readonly base: string;
  readonly modules: Readonly<Record<string, readonly string[]>>;
}

/** Where a second copy of the autoloader on the page finds the first. */
const GLOBAL_KEY = Symbol.for('sel.autoloader');

interface AutoloaderGlobal {
  [GLOBAL_KEY]?: SelAutoloader;
}

/**
 * Starts the autoloader for `loaders` (tag name -> loader), or returns the one already running on
 * the page: loading the script twice watches the document once. A tag that is already defined
 * (by a bundler build, or by an app under the same name) is left alone.
 *
 * `preloads` lists, per tag, the modules its chunk imports (URLs relative to `preloads.base`):
 * they are requested with `<link rel="modulepreload">` as the chunk is, instead of after it
 * arrives, which saves the page a round trip per element.
 */
export function autoload(
  loaders: Readonly<Record<string, SelElementLoader>>,
  preloads?: SelElementPreloads,
): SelAutoloader {
  const host = globalThis as AutoloaderGlobal;
  const running = host[GLOBAL_KEY];
  if (running !== undefined) return running;

  const loads = new Map<string, Promise<void>>();
  const preloaded = new Set<string>();
  const preload = (tag: string): void => {
    if (preloads === undefined || !Object.hasOwn(preloads.modules, tag)) return;
    for (const path of preloads.modules[tag] ?? []) {
      const href = new URL(path, preloads.base).href;
      if (preloaded.has(href)) continue;
      preloaded.add(href);
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = href;
      document.head.append(link);
    }
  };
  const watched = new WeakSet<Node>();
  const selector = Object.keys(loaders).join(',');

  const load = (tag: string): Promise<void> => {
    let pending = loads.get(tag);
    if (pending === undefined) {
      const loader = Object.hasOwn(loaders, tag) ? loaders[tag] : undefined;
      if (loader === undefined || customElements.get(tag) !== undefined) pending = Promise.resolve();
      else {
        preload(tag);
        pending = loader().then(
          () => undefined,
          (error: unknown) => {
            // Left for the page's error reporting, and never thrown at the page itself.
            console.error(`@sel autoloader: could not load <${tag}>`, error);
            loads.delete(tag);
          },
        );
      }
      loads.set(tag, pending);
    }
    return pending;
  };

  const discover = (root: ParentNode): Promise<void> => {
    const tags = new Set<string>();
    if (root instanceof Element && Object.hasOwn(loaders, root.localName)) tags.add(root.localName);
    if (selector !== '') for (const element of root.querySelectorAll(selector)) tags.add(element.localName);
    return Promise.all([...tags].map(load)).then(() => undefined);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) void discover(node);
    }
  });

  const autoloader: SelAutoloader = {
    observe(root) {
      if (!watched.has(root)) {
        watched.add(root);
        observer.observe(root, { childList: true, subtree: true });
      }
      return discover(root);
    },
    ready() {
      return Promise.all(loads.values()).then(() => undefined);
    },
  };
  host[GLOBAL_KEY] = autoloader;
  void autoloader.observe(document);
  return autoloader;
}

// The CDN builds of @sel/components, both into dist/cdn/ (scripts/build-cdn.mjs runs them in turn):
//
// - The code-split build: dist/cdn/autoloader.js, one entry per element in dist/cdn/elements/
//   (`sel-rubric.js`, ...), and shared chunks in dist/cdn/chunks/ whose names carry a hash of their
//   content, so a browser keeps Lit, the foundation, the core rules and zod across elements and
//   releases. The autoloader's tag -> chunk map is written here from the elements' `define`
//   modules (src/<folder>/define.ts): an element joins by having one.
// - The single file, dist/cdn/sel-components.js: every element, Lit, core rules and data defaults
//   in one request (src/cdn.ts).
//
// Both bundle tsc's output (dist/*.js), not the TypeScript sources, so the classes are compiled
// exactly as npm consumers get them (useDefineForClassFields: false matters for Lit properties).
// Run `tsc -b` first; `pnpm run build` does both.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyCssTemplatesPlugin } from '../../scripts/minify-css-templates.mjs';
import { minifyHtmlTemplatesPlugin } from '../../scripts/minify-html-templates.mjs';

const packageDir = fileURLToPath(new URL('.', import.meta.url));

/**
 * @typedef {object} ElementEntry
 * @property {string} tag the element's tag name, e.g. `sel-rubric`
 * @property {string} folder its folder under src/ and dist/, e.g. `rubric`
 * @property {string} define its built `define` module, e.g. `dist/rubric/define.js`
 */

/**
 * Every element of the package: each folder of src/ with a `define.ts` that registers one `sel-*`
 * tag. The tag is read from the module itself, so a folder name never has to match its tag.
 * @returns {ElementEntry[]}
 */
export function findElementEntries() {
  const source = join(packageDir, 'src');
  return readdirSync(source, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(source, entry.name, 'define.ts')))
    .map((entry) => {
      const text = readFileSync(join(source, entry.name, 'define.ts'), 'utf8');
      const tags = new Set([...text.matchAll(/customElements\.define\(\s*['"](sel-[a-z0-9-]+)['"]/g)].map((m) => m[1]));
      if (tags.size !== 1) {
        throw new Error(
          `src/${entry.name}/define.ts must register exactly one sel-* tag with customElements.define('sel-...', ...); found ${tags.size}`,
        );
      }
      const [tag] = tags;
      return { tag: /** @type {string} */ (tag), folder: entry.name, define: `dist/${entry.name}/define.js` };
    })
    .sort((a, b) => a.tag.localeCompare(b.tag));
}

/** The autoloader entry's name as given to the build (library mode makes it a path), and its module id. */
const AUTOLOADER_ENTRY = 'sel-autoloader-entry';
const AUTOLOADER_MODULE = '\0sel-autoloader-entry';
/**
 * Stands in the autoloader entry for the preload map, which exists only once chunks are named; the
 * minifier may write the string with any kind of quotes.
 */
const PRELOADS_PLACEHOLDER = '"__SEL_ELEMENT_PRELOADS__"';
const PRELOADS_IN_OUTPUT = /(["'`])__SEL_ELEMENT_PRELOADS__\1/;

/**
 * The modules a chunk imports, and theirs in turn, as paths relative to the output folder.
 * @param {string} fileName
 * @param {Record<string, { type: string, imports?: string[] }>} bundle
 * @returns {string[]}
 */
function staticImports(fileName, bundle) {
  const seen = new Set();
  const queue = [...(bundle[fileName]?.imports ?? [])];
  while (queue.length > 0) {
    const next = /** @type {string} */ (queue.shift());
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...(bundle[next]?.imports ?? []));
  }
  return [...seen].sort();
}

/**
 * The autoloader entry: `autoload()` from dist/autoloader.js with one dynamic import per element,
 * which the bundler turns into the URL of that element's chunk, and, written once the chunks are
 * named, the shared chunks each element's chunk imports, to preload beside it.
 * @param {ElementEntry[]} elements
 * @returns {import('vite').Plugin}
 */
function autoloaderEntryPlugin(elements) {
  return {
    name: 'sel-autoloader-entry',
    resolveId(id) {
      return id.endsWith(AUTOLOADER_ENTRY) ? AUTOLOADER_MODULE : undefined;
    },
    load(id) {
      if (id !== AUTOLOADER_MODULE) return undefined;
      const loaders = elements
        .map(
          ({ tag, define }) => `  ${JSON.stringify(tag)}: () => import(${JSON.stringify(join(packageDir, define))}),`,
        )
        .join('\n');
      return [
        `import { autoload } from ${JSON.stringify(join(packageDir, 'dist/autoloader.js'))};`,
        `export const selAutoloader = autoload({\n${loaders}\n}, { base: import.meta.url, modules: ${PRELOADS_PLACEHOLDER} });`,
      ].join('\n');
    },
    generateBundle(_options, bundle) {
      const autoloader = bundle['autoloader.js'];
      if (autoloader?.type !== 'chunk' || !PRELOADS_IN_OUTPUT.test(autoloader.code)) {
        throw new Error('the autoloader chunk has no preload placeholder to fill in');
      }
      const preloads = Object.fromEntries(
        elements.map(({ tag }) => [
          tag,
          staticImports(`elements/${tag}.js`, /** @type {never} */ (bundle)).map((file) => `./${file}`),
        ]),
      );
      autoloader.code = autoloader.code.replace(PRELOADS_IN_OUTPUT, () => JSON.stringify(preloads));
    },
  };
}

/** The specifiers of `import ... from '...'` and `export ... from '...'` in tsc's output. */
const IMPORT_FROM = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]/g;
/** Whether a built module may bring zod, itself or through what it imports (memoized by path). */
const bringsZod = new Map();
/** @param {string} file @returns {boolean} */
function mayBringZod(file) {
  const known = bringsZod.get(file);
  if (known !== undefined) return known;
  bringsZod.set(file, false); // an import cycle adds nothing
  const result = [...readFileSync(file, 'utf8').matchAll(IMPORT_FROM)].some(([, specifier = '']) => {
    if (specifier.startsWith('.')) return mayBringZod(join(dirname(file), specifier));
    // Of the packages core and data import, only date-fns is known to bring no zod.
    return !/^date-fns(?:\/|$)/.test(specifier);
  });
  bringsZod.set(file, result);
  return result;
}

/**
 * A small module of @sel/core or @sel/data (under 4 kB as tsc wrote it) that brings no zod, even
 * through what it imports.
 * @param {string} id
 */
function smallZodFreeCore(id) {
  return /[\\/]packages[\\/](?:core|data)[\\/]dist[\\/].*\.js$/.test(id) && !mayBringZod(id);
}

/** The foundation's modules (src/shared), and those of them loaded on demand only. */
const foundationModule = /[\\/]packages[\\/]components[\\/]dist[\\/]shared[\\/]/;
const onDemandShared = /[\\/]shared[\\/]error-summary\.js$/;

/**
 * The shared chunks of the first pass, each named for what it holds: Lit; zod; the @sel/core rules
 * (and @sel/data defaults) that two or more elements use; the parts of the element foundation
 * (src/shared) that two or more elements use. What only one element uses stays in that element's
 * chunk. Zod and the core rules are split further by the set of entries that use them (elements
 * and the parts they load on first use), so a page with one element does not fetch another's rules.
 */
const firstPassGroups = [
  {
    name: 'lit',
    test: /[\\/]node_modules[\\/].*?[\\/](?:lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/,
    priority: 4,
  },
  { name: 'zod', test: /[\\/]node_modules[\\/].*?[\\/]zod[\\/]/, priority: 3, entriesAware: true },
  // The small core modules that bring no zod (the plain readers' parts, dates, errors, language
  // tags) used by six elements or more, in one chunk: gzipped alone, each would be a file of a few
  // hundred bytes that compresses badly, and a page would fetch several. Six is where every page
  // measured lightest (three or four put rules that few elements use on every page).
  { name: 'core-base', test: smallZodFreeCore, priority: 2.5, minShareCount: 6, maxModuleSize: 4000 },
  {
    name: 'core',
    test: /[\\/]packages[\\/](?:core|data)[\\/]dist[\\/]/,
    priority: 2,
    minShareCount: 2,
    entriesAware: true,
  },
  {
    name: 'foundation',
    // The error summary is loaded on demand, by the rubric and the action plan when a form finds
    // them invalid: it stays out of the foundation every page fetches.
    test: /** @param {string} id */ (id) => foundationModule.test(id) && !onDemandShared.test(id),
    priority: 1,
    minShareCount: 2,
  },
];

/** Under this length of minified code, a planned chunk joins a larger one (see `planSharedChunks`). */
const SMALL_PLANNED_CHUNK = 1500;

/**
 * The modules the second pass places by the first pass's plan: the foundation, the workbook
 * elements' shared views and words, core, data, date-fns.
 */
const plannedModule =
  /[\\/]packages[\\/](?:components[\\/]dist[\\/](?:shared|partner-workbook)|core[\\/]dist|data[\\/]dist)[\\/]|[\\/]node_modules[\\/].*?[\\/]date-fns[\\/]/;

/** date-fns's modules, as pnpm installs them. */
const dateFnsModule = /[\\/]node_modules[\\/].*?[\\/]date-fns[\\/]/;

/** Static imports of relative modules in tsc's output: `import ... from './x.js'`, `import './x.js'`, `export ... from`. */
const RELATIVE_IMPORT = /(?:^|\n)\s*(?:(?:import|export)\s[^'"]*?from\s*|import\s*)['"](\.[^'"]+)['"]/g;

/**
 * The package's own modules an element's first render runs: those its `define` module imports
 * statically, and theirs in turn (not what they load with `import()`).
 * @param {ElementEntry[]} elements
 * @returns {Set<string>} module ids (absolute paths of tsc's output)
 */
function firstRenderModules(elements) {
  const reached = new Set();
  const queue = elements.map(({ define }) => join(packageDir, define));
  while (queue.length > 0) {
    const file = /** @type {string} */ (queue.pop());
    if (reached.has(file) || !existsSync(file)) continue;
    reached.add(file);
    for (const [, specifier = ''] of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) {
      queue.push(join(dirname(file), specifier));
    }
  }
  return reached;
}

/**
 * Where the second pass puts each shared module the elements' first renders fetch, read from the
 * first pass's chunks. The first pass splits the core rules by the set of entries that use them,
 * the parts loaded on first use included, so a page that shows several elements fetches many small
 * chunks that compress badly one by one. The plan joins the chunks that the same elements fetch
 * before their first render, as long as no part loaded on first use by another element needs them
 * (such a part would then fetch rules it does not use); and the shared chunks every element
 * fetches (the foundation and the core rules of six elements or more) become one file.
 * @param {{ output: ReadonlyArray<{ type: string, fileName: string, imports?: string[], dynamicImports?: string[], name?: string, moduleIds?: string[], code?: string }> }} firstPass
 * @param {ElementEntry[]} elements
 * @returns {Map<string, string>} module id -> chunk name (`foundation`, or the first pass's name,
 *   e.g. `core`, with `~` and what uses it)
 */
export function planSharedChunks(firstPass, elements) {
  const chunks = new Map(
    firstPass.output.filter((file) => file.type === 'chunk').map((chunk) => [chunk.fileName, chunk]),
  );
  /** @param {string} fileName @returns {string[]} the chunk and every chunk it imports statically */
  const closure = (fileName) => [
    fileName,
    ...staticImports(fileName, /** @type {never} */ (Object.fromEntries(chunks))),
  ];
  const tags = elements.map(({ tag }) => tag);
  const firstRender = firstRenderModules(elements);
  /** Each part loaded on first use -> the elements that may load it. */
  const loadedBy = new Map();
  for (const tag of tags) {
    const seen = new Set();
    const queue = [`elements/${tag}.js`];
    while (queue.length > 0) {
      for (const file of closure(/** @type {string} */ (queue.pop()))) {
        for (const part of chunks.get(file)?.dynamicImports ?? []) {
          if (seen.has(part)) continue;
          seen.add(part);
          queue.push(part);
          loadedBy.set(part, (loadedBy.get(part) ?? new Set()).add(tag));
        }
      }
    }
  }
  /** Each chunk -> the elements whose first render fetches it, and the parts loaded later that do. */
  const users = new Map();
  const use = (/** @type {string} */ file, /** @type {'first' | 'later'} */ kind, /** @type {string} */ by) => {
    const entry = users.get(file) ?? { first: new Set(), later: new Set() };
    entry[kind].add(by);
    users.set(file, entry);
  };
  for (const tag of tags) for (const file of closure(`elements/${tag}.js`)) use(file, 'first', tag);
  for (const part of loadedBy.keys()) for (const file of closure(part)) use(file, 'later', part);
  /** @typedef {{ name: string, length: number, neededLater: boolean }} PlannedChunk */
  /** @type {Map<string, PlannedChunk[]>} the planned chunks by the elements that fetch them first */
  const byElements = new Map();
  /** @type {Map<string, PlannedChunk>} */
  const planned = new Map();
  for (const [file, { first, later }] of users) {
    if (!file.startsWith('chunks/') || first.size === 0) continue;
    // A part loaded later by an element whose first render does not fetch this chunk.
    const others = [...later].filter((part) => [...loadedBy.get(part)].some((tag) => !first.has(tag)));
    const elementsKey = [...first].sort().join('+');
    const name =
      first.size === tags.length && others.length === 0
        ? 'foundation'
        : `${chunks.get(file)?.name ?? 'core'}~${elementsKey}${others
            .map((part) => `+${part}`)
            .sort()
            .join('')}`;
    const chunk = { name, length: chunks.get(file)?.code?.length ?? 0, neededLater: others.length > 0 };
    planned.set(file, chunk);
    byElements.set(elementsKey, [...(byElements.get(elementsKey) ?? []), chunk]);
  }
  const plan = new Map();
  for (const [file, chunk] of planned) {
    // A small chunk that no other element's later part needs joins the largest one the same
    // elements fetch first, or when there is none, the largest one that these and one more element
    // fetch first: the later parts that fetch that one, or that one element's page, fetch a few
    // hundred bytes more, and every page with those elements one file less.
    const first = [...users.get(file).first];
    const withOneMore = [...byElements]
      .filter(
        ([key]) => key.split('+').length === first.length + 1 && first.every((tag) => key.split('+').includes(tag)),
      )
      .flatMap(([, list]) => list);
    const same = byElements.get(first.sort().join('+')) ?? [chunk];
    const siblings = same.length === 1 && withOneMore.length > 0 ? withOneMore : same;
    const largest = siblings.reduce((a, b) => (b.length > a.length ? b : a));
    const name = chunk.length < SMALL_PLANNED_CHUNK && !chunk.neededLater ? largest.name : chunk.name;
    for (const id of chunks.get(file)?.moduleIds ?? []) {
      // A part of the foundation that only parts loaded later use (the download of a file) goes
      // with them.
      if (plannedModule.test(id) && (!foundationModule.test(id) || firstRender.has(id))) plan.set(id, name);
    }
  }
  // date-fns's modules that the foundation does not hold go in one chunk: apart, by the elements
  // and later parts that use each, they made files of two or three hundred bytes that compress
  // badly and cost a request each, and a later part needing one fetches the few others too.
  for (const [id, name] of plan) if (dateFnsModule.test(id) && name !== 'foundation') plan.set(id, 'core~dates');
  return plan;
}

/**
 * The shared chunks of the second pass: Lit and zod as in the first, and the foundation, core and
 * data modules as `planSharedChunks` placed them; a module the plan leaves out (only parts loaded
 * on first use fetch it) is chunked as the bundler sees fit.
 * @param {Map<string, string>} plan
 */
function plannedGroups(plan) {
  return [
    ...firstPassGroups.slice(0, 2),
    {
      name: (/** @type {string} */ id) => plan.get(id) ?? null,
      debugName: 'planned shared chunks',
      test: (/** @type {string} */ id) => plan.has(id),
      priority: 2,
    },
  ];
}

/**
 * Names shared chunks `chunks/<group>-<hash>.js`, e.g. `chunks/core-<hash>.js`: a chunk's content
 * hash tells the parts of a group apart. Every element chunk and the autoloader's preload map name
 * the chunks they import, so the names stay short rather than listing the elements that share them.
 * @returns {(chunk: { name: string }) => string}
 */
function chunkFileNames() {
  return ({ name }) => `chunks/${name.split('~')[0] ?? name}-[hash].js`;
}

/** The package's own modules as tsc wrote them: the only ones whose templates the build minifies. */
const ownModules = /[\\/]packages[\\/]components[\\/]dist[\\/].*\.js$/;

/** What both builds share: production Lit, minified output and CSS, tsc's output as input. */
function baseConfig() {
  return /** @type {const} */ ({
    root: packageDir,
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    // The JavaScript minifier leaves template text alone: minify the elements' CSS and markup here
    // (our own modules only; Lit has no stylesheets or templates of its own).
    plugins: [minifyCssTemplatesPlugin(ownModules), minifyHtmlTemplatesPlugin(ownModules)],
    // Production builds of Lit (no dev-mode warnings); never the `source` condition used by tests.
    mode: 'production',
    resolve: { conditions: ['module', 'browser', 'production'] },
  });
}

/**
 * The code-split build: the autoloader, one entry per element, shared hashed chunks. It runs twice
 * (scripts/build-cdn.mjs): a first pass, not written, chunks by the groups above; the second is
 * given the plan made from it (`planSharedChunks`) and writes dist/cdn.
 * @param {Map<string, string>} [plan]
 */
export function splitConfig(plan) {
  const elements = findElementEntries();
  const base = baseConfig();
  return {
    ...base,
    plugins: [...base.plugins, autoloaderEntryPlugin(elements)],
    build: {
      outDir: 'dist/cdn',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: true,
      reportCompressedSize: false,
      // Library mode: no module-preload helper in the autoloader, exports kept as written.
      lib: {
        entry: {
          autoloader: AUTOLOADER_ENTRY,
          ...Object.fromEntries(elements.map(({ tag, define }) => [`elements/${tag}`, define])),
        },
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
      rolldownOptions: {
        // The plan places every module itself, so a module joins a chunk without what it imports
        // (else a rule read by a first render would bring the schemas only a later part uses);
        // entry chunks may then export what a shared chunk needs of them.
        preserveEntrySignatures: /** @type {const} */ ('allow-extension'),
        output: {
          minify: true,
          // A page runs these files as they are: pure annotations, kept for a later bundler, would
          // only add bytes (67 of them in the rubric's chunk).
          comments: { legal: true, annotation: false, jsdoc: false },
          chunkFileNames: chunkFileNames(),
          codeSplitting:
            plan === undefined
              ? { groups: firstPassGroups }
              : { groups: plannedGroups(plan), includeDependenciesRecursively: false },
        },
      },
    },
  };
}

/** The single file: every element in one request, as before the split build. */
export function singleFileConfig() {
  return {
    ...baseConfig(),
    build: {
      outDir: 'dist/cdn',
      // The split build wrote the rest of dist/cdn first.
      emptyOutDir: false,
      target: 'es2022',
      sourcemap: true,
      reportCompressedSize: false,
      lib: {
        entry: 'dist/cdn.js',
        formats: ['es'],
        fileName: () => 'sel-components.js',
      },
      // Library mode leaves ES output unminified unless Rolldown's output minify is set.
      rolldownOptions: {
        output: { minify: true, comments: { legal: true, annotation: false, jsdoc: false }, codeSplitting: false },
      },
    },
  };
}

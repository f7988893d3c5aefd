// Size budgets, checked by `npm test` (scripts/test.sh) and `pnpm run size` on the built `dist`.
// Every entry is minified and gzipped at level 9; "kB" is 1,000 bytes. An entry over its `limit`
// fails the run. Budgets sit about 3% above what the code measures, so a regression shows at once.
// How to read them: docs/guides/performance.mdx ("Download size") and docs/guides/cdn.mdx (the CDN).
import { autoloadedPage, autoloadedTags } from './scripts/cdn-chunks.mjs';

/** Lit and its parts: the one runtime every element shares. */
const lit = ['lit', 'lit/*', '@lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*'];
/** Code shared by every element: the foundation in `shared/`, @sel/core and @sel/data with their zod and date-fns. */
const sharedCode = ['../shared/*', '@sel/*', 'zod', 'zod/*', 'date-fns', 'date-fns/*'];

/**
 * What a bundler's output loads up front: what the element imports with `import()` (the Spanish
 * strings, loaded the first time an element speaks Spanish) is a chunk of its own in a bundler's
 * output, so it is left out here as it is in a page's first download.
 */
const upFront = {
  /** @param {import('esbuild').BuildOptions} config */
  modifyEsbuildConfig: (config) => ({
    ...config,
    plugins: [
      ...(config.plugins ?? []),
      {
        name: 'loaded-later',
        /** @param {import('esbuild').PluginBuild} build */
        setup(build) {
          build.onResolve({ filter: /.*/ }, (args) =>
            args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
          );
        },
      },
    ],
  }),
};

/**
 * Two budgets per element, both bundled by size-limit's esbuild from tsc's output (what an npm
 * consumer's bundler starts from): everything the element brings to a page that already has Lit,
 * and its own code beyond Lit and the shared code (the issue asks for 8 kB at most).
 * @param {string} tag
 * @param {string} folder
 * @param {{ alone: string, own?: string }} limits
 */
function element(tag, folder, { alone, own = '8 kB' }) {
  const path = `packages/components/dist/${folder}/define.js`;
  return [
    { name: `<${tag}> alone, beyond Lit`, path, ignore: lit, gzip: true, limit: alone, ...upFront },
    {
      name: `<${tag}> own code, beyond Lit and shared code`,
      path,
      ignore: [...lit, ...sharedCode],
      gzip: true,
      limit: own,
      ...upFront,
    },
  ];
}

/** @param {string} names */
function coreImport(names) {
  return { path: 'packages/core/dist/index.js', import: `{ ${names} }`, gzip: true };
}

/**
 * The budget of each element's own chunk in the code-split CDN build (dist/cdn/elements/<tag>.js):
 * its code and the @sel/core rules no other element uses. What it adds to a page that already
 * shows another element is this chunk and, at most, a shared chunk split off for it. An element
 * added to the package (a folder with a `define.ts`) gets its chunk from the build and must have
 * a line here, or size-limit stops with an error naming it.
 * @type {Readonly<Record<string, string>>}
 */
const elementChunkLimits = {
  // Each chunk, measured with all nine elements in the build (min+gz). The ceiling is 8 kB;
  // the chunks over it say what they hold.
  // 7.88 kB, under the 8 kB. Each module gzipped alone (so the parts add up to more than the
  // whole): the element 2.06 (its form value and validity, the loaders of team mode and of the
  // rating code, the host object both share), styles 1.51 (print 0.14), the rows with controls and
  // read-only 1.35, the view with its summaries and focus areas 1.15, the view model (scores,
  // drawing weight, the growth hook) 0.66, its English strings 0.59, the loader of the parts on
  // demand 0.36, the hooks of the navigation and the required marks 0.29, the assessment started,
  // blank or read 0.25, level and area words with the data's language 0.23, the radio names 0.23,
  // its issues 0.17, imports 0.25. The rating code (ratings and evidence saves, the evidence being
  // typed, the rating's announcement, the member export: 1.59 kB) is a chunk fetched at the first
  // pointer, press or focus in a rubric to be filled in.
  // Team mode, growth, the navigation and the required marks with their error summary load on
  // first use, each with its own words.
  // Then 8.06 kB with a rubric's translations, over the 8 kB by them: the loader of the code that
  // puts one in place (core's localizeRubric, a 0.95 kB chunk fetched only then) and each text marked
  // with the language it is in (a translation's or the rubric's own). The quick test of whether one
  // may fit (core's mayTranslateRubric) is in the core chunk the rubric shares with the report.
  // Then 8.25 kB with the levels chosen before the rating code arrives drawn at once (0.19 kB), so
  // that the code's arrival moves no row from under the pointer of a person about to type evidence.
  'sel-rubric': '8.3 kB',
  // 7.65 kB, template markup and CSS minified: the timeline (element 1.9, styles 2.1 with its
  // dark scheme's fills and marks and labels that wrap instead of being cut, axis 0.6, strings
  // 0.95, details 0.3, model and scale 0.5). Its semesters come from core's charterSemesters (in
  // the chunk of community rules it shares with the status map). The network calendar (core's
  // generateSchedule and the upcoming-events list, 2.1 kB) is a chunk loaded beside the data, and
  // the .ics writer one loaded on the first "Add to calendar"; day counts use core's dayNumber.
  'sel-milestone-timeline': '8 kB',
  // 7.99 kB (min+gz, the ceiling): the element 2.02 with the search field above the board
  // and its hooks, the board 2.0, styles 1.17, the loader of moves that keeps a press or keys made
  // while they load 0.79, its English strings 0.64, the session 0.55, core's card sort data and its
  // plain reader 0.91, its reconciling of a file's tiers 0.18, the partner index 0.27, the details
  // loader 0.25, the workbook link 0.16, the imports of shared chunks 0.27 (each part's code
  // gzipped alone, so the parts add up to more than the whole). Drag, keyboard lift, the
  // "Move to…" menu, undo and redo, the announcements, the search with its words and the workbook a
  // move sends, and the details dialog, are chunks loaded on first use. Next to move out if the
  // chunk grows: the details dialog's words (used only by the dialog).
  'sel-partner-card-sort': '8 kB',
  // 11.56 kB with template markup and CSS minified, over the 8 kB. Each module gzipped on
  // its own (together they compress to less): the element 2.07 with its selected-state, language
  // marks and the on-demand waits of an update, styles 1.32, squares cloned from one set prepared
  // per layout with their places 1.03, header, controls and grid views 0.91, model 0.85, English
  // strings 0.79, on-demand loaders 0.53, the tab stop with the keys kept while the moves load
  // 0.51, legend of phases and stages 0.43, text 0.42, summary 0.33, place names 0.09; core's
  // status snapshot quick check 1.53 (it reads a valid snapshot without copying it), roll-up 1.24
  // and snapshot reader 0.35 that only it uses; @sel/data's English state names 0.45 and tile grid
  // 0.46; imports 0.25. A first render needs all but the reader (for a snapshot the quick check
  // cannot vouch for). Over the ceiling by core's quick check: core's plain reader (shared with the
  // other elements) reads the same 200-community snapshot about six times slower in Chromium, which
  // the first-render bench cannot afford. The table, its sorting, the place panel, their
  // words and the arrow keys' moves (status-map-views, 3.1 kB with their styles), the legends of
  // the numeric measures, the Spanish strings with the Spanish state names, and the check of a
  // page's own layout load on first use. 12.33 kB for a first render with 200 communities within
  // 1.5 times a clone of its markup (the bench): core's roll-up +0.34 (its lines and group
  // totals as classes sharing one getter, each state counted on one record), the English order of
  // plain names +0.31, the model's layout geometry kept per layout +0.17, the quick check's id list
  // +0.15 (each module minified and gzipped alone, before and after).
  'sel-status-map': '12.4 kB',
  // 7.95 kB, under the 8 kB. Each module gzipped alone (so the parts add up to more than the
  // whole): the element 1.75, styles 1.38, the summaries, weakest list and growth table 1.61, its
  // English strings 1.09, the charts 0.89, the catalog's loader 0.53, core's plain reader of a
  // report 0.48 (its rounds and targets and the checks that they fit the rubric; the rubric and
  // assessment readers are in a chunk shared with the rubric, so no zod), the names of areas,
  // rounds and scores 0.37, the model 0.33, imports 0.25. The charts' tables and the growth table's
  // other orders with their words (0.96) load at the first pointer, press or focus in a report;
  // "What next" (the query API, the catalog and its styles) and the CSV download load on demand.
  // Then 8.33 kB with a rubric's translations, over the 8 kB by them: the loader of the code that
  // puts one in place (core's localizeRubric, a 0.95 kB chunk fetched only then) and each of the
  // rubric's texts marked with the language it is in; the quick test of whether one may fit is core's
  // mayTranslateRubric, in the core chunk the report shares with the rubric.
  'sel-assessment-report': '8.4 kB',
  // 6.45 kB, under the 8 kB: the finder (its element, styles, results, filters, facets,
  // on-demand loads and search) and its English strings (34 keys, 0.7 kB; the resource kinds stay
  // shared with the report). The query API and core's plain-code catalog reader are in a chunk it
  // shares with the report's "What next", so no zod; the default catalog, the district rubric and
  // the weakest-indicators mode load on demand.
  'sel-resource-finder': '6.65 kB',
  // 7.18 kB, under the 8 kB (each part's code gzipped alone): the element 2.3, the view
  // 2.01, styles 1.24, its English strings 1.14 (65 keys), the loader of the plan's edits that
  // keeps a change made while they load 0.28, the resources a finder offers 0.3, dates 0.2, imports
  // 0.2. A page that follows a plan also fetches core's plan reader and the action-plan rules that
  // only the plan uses; core's plan edits (a step's status, a resource from a finder) load when a
  // person first reaches the plan's controls, the editor with its words (27 keys) when first
  // opened, and the CSV/iCalendar export on first use.
  'sel-action-plan': '7.4 kB',
  // 6.13 kB (each part's code gzipped alone): the element 2.38 (with its pages of a hundred rows),
  // the table with filters, column chooser and pager 1.42, the rows' filter and sort 0.95, its
  // English strings 0.59, styles 0.53, the words of parts loaded on first use 0.2, the loaders of
  // those parts 0.15, imports 0.23. The add and edit dialog with its save, the import panel with
  // core's spreadsheet import, both with their words (48 keys), the deletion and its undo with
  // core's workbook edits, and the CSV export load on first use.
  'sel-partner-inventory': '6.3 kB',
  // 4.43 kB (each part's code gzipped alone): the element 1.65, the table, filters, history and
  // cadence fields 1.14, its English strings 0.66, the rows (core's touchpointsDue is in the chunk it
  // shares with the card sort and the inventory) 0.6, styles 0.25, the loader of the check-in part
  // 0.11, imports 0.25. The check-in dialog with its words, and core's workbook edits behind a
  // logged check-in or a changed cadence, load on first use.
  'sel-partner-touchpoints': '4.55 kB',
};

/** @param {string} tag */
function elementChunk(tag) {
  const limit = elementChunkLimits[tag];
  if (limit === undefined) {
    throw new Error(`<${tag}> has a CDN chunk but no budget: add it to elementChunkLimits in .size-limit.mjs`);
  }
  return {
    name: `CDN: <${tag}>'s own chunk (dist/cdn/elements/${tag}.js)`,
    path: `packages/components/dist/cdn/elements/${tag}.js`,
    disablePlugins: ['@size-limit/esbuild'],
    gzip: true,
    limit,
  };
}

/**
 * Everything a page fetches through the autoloader when it shows `tags`: the autoloader, each
 * element's chunk and every shared chunk these import (scripts/cdn-chunks.mjs walks the imports
 * of the built files), each gzipped on its own as a browser receives it.
 * @param {string} name
 * @param {readonly string[]} tags
 * @param {string} limit
 */
function autoloadedPageBudget(name, tags, limit) {
  return { name, path: autoloadedPage(tags), disablePlugins: ['@size-limit/esbuild'], gzip: true, limit };
}

const cdnElements = autoloadedTags();

export default [
  {
    name: 'CDN autoloader alone (dist/cdn/autoloader.js): registers nothing, loads what the page uses',
    path: 'packages/components/dist/cdn/autoloader.js',
    disablePlugins: ['@size-limit/esbuild'],
    gzip: true,
    // The autoloader and, for each of the nine tags, its chunk and the shared chunks that chunk
    // imports, preloaded beside it to save a round trip. The ceiling is 1.5 kB.
    limit: '1.46 kB',
  },
  autoloadedPageBudget(
    'CDN: a page with one <sel-rubric> through the autoloader, every chunk it fetches',
    ['sel-rubric'],
    // 33.23 kB, under the 35 kB, no zod: the autoloader 1.07, Lit 7.54, the foundation with
    // core-base 13.24 (one file: the shared chunks are planned from a first pass of the build, see
    // vite.cdn.config.mjs), the rubric's chunk 7.82, and the core chunk it shares with the report
    // 3.56: the plain-code rubric and assessment readers with the rubric, assessment and scoring
    // rules and the readiness rule. The element reads with checkRubric and checkAssessment (held to
    // the schemas by property tests), so zod (10.96 kB) and its English messages load only for
    // elements that validate with a schema. @sel/core's JSON reader (1.78 kB, for large or broken
    // JSON only) loads on demand, and the rubric's rating code (1.59 kB) is fetched at the first
    // pointer, press or focus in the rubric, so a page that only shows a rubric never fetches it.
    // See docs/guides/cdn.mdx.
    '35 kB',
  ),
  ...cdnElements.map(elementChunk),
  autoloadedPageBudget(
    `CDN: every element (${cdnElements.length}) on one page through the autoloader`,
    cdnElements,
    // 109.95 kB for nine elements in 23 files, over the 90 kB: the nine element chunks
    // (66.71 kB, each measured above), the foundation with core-base 13.24, Lit 7.54, the
    // autoloader 1.07, the workbook's shared row blocks 1.49, date-fns's helpers 0.35, and
    // @sel/core's rules and plain
    // readers and @sel/data's query API in shared chunks planned from a first pass of the build
    // (vite.cdn.config.mjs): the chunks the same elements fetch before their first render are one
    // file unless another element's later part needs them, and a small one joins the chunk of one
    // more element. No zod: every element reads its data with core's plain-code readers. The rules
    // only an interaction needs stay out of first renders: the partner spreadsheet import and
    // export with csv.js, the partners' edits (the inventory's dialog and the card sort's moves load
    // them), the card sort's moves, undo and redo, the plan's edits and its editor's; the report's
    // chart tables and sorting; the file download loads with the parts that save a file. 111.35 kB
    // with a rubric's translations: their plain readers and checks (shared by the rubric and the
    // report), and in each of the two elements the quick test and loader of the code that puts
    // one in place (fetched only when one may fit) and each text's language mark. 111.1 kB once the
    // finder, the plan and the workbook's styles use the shared dark tokens (not their own copies),
    // with the rubric's levels chosen before its rating code arrives drawn at once (0.19 kB).
    // 111.94 kB with the status map's quicker first render (its chunk +0.73, above).
    '112 kB',
  ),
  {
    // The published CDN file itself, exactly as a page's one script tag downloads it (Vite builds
    // it from src/cdn.ts with vite.cdn.config.mjs): measured as it is, not bundled again.
    name: '@sel/components CDN bundle (dist/cdn/sel-components.js): every element, Lit, core rules, data defaults',
    path: 'packages/components/dist/cdn/sel-components.js',
    disablePlugins: ['@size-limit/esbuild'],
    gzip: true,
    // 176.35 kB: the single file keeps inline everything the autoloaded elements load on demand,
    // among them the default catalog (about 8 kB as a chunk), the query API with the resource list
    // (about 5.3 kB), the district rubric (5.6 kB), the plan's editor (about 8 kB), the draft keeper
    // of autosave (5.1 kB), the rubric's team mode with its `team-src` reader, the Spanish strings of
    // every element, and the nine elements with their rules. It also carries what only saves weight
    // in the code-split build: the loaders of the on-demand parts (the card sort's, the inventory's,
    // the status map's table words and arrow keys' moves), and zod for the parts that still validate
    // with a schema beside core's plain-code readers. Pages that mind the weight use the autoloader.
    // Parts that moved out of first renders cost it their loaders: the report's tables and sorting
    // 0.44 kB (their loader, their words apart with a Spanish module, the namespace objects of the
    // modules inlined from import(), the locale controller's addWords) and the plan's edits and
    // editor's words 0.37 kB (the loader that keeps a change made while they load); the
    // nine-element page is 1.1 kB lighter for both with date-fns's helpers in one chunk.
    // Quicker reading and map drawing bring it to 176.52 kB (each module gzipped alone): core's
    // plain readers handing each list and object one path 0.03, the community reader's field lists
    // made once and its milestones read at once 0.05, the status map's squares prepared per layout
    // with their places 0.09, its on-demand helper 0.02, its element -0.04.
    // A rubric's translations bring it to 178.45 kB: their readers and checks, core's
    // localizeRubric (inline here) and each text's language mark. 179.28 kB with the status
    // map's quicker first render (+0.68: its roll-up, name order, layout geometry and id list).
    limit: '179.4 kB',
  },
  {
    name: "CDN: <sel-rubric>'s team mode, fetched only for a rubric given a team (dist/cdn/chunks/team-mode-*.js)",
    path: 'packages/components/dist/cdn/chunks/team-mode-*.js',
    disablePlugins: ['@size-limit/esbuild'],
    gzip: true,
    // 8.23 kB: the team's state and actions (members removed with an undo, the agreement rule), its
    // view (the members list, the undo and the rule), core's team ratings and consensus, its English
    // words, styles and the member files' reader. Its Spanish words are a chunk of their own, and so
    // is what reads `team-src` (below).
    limit: '8.4 kB',
  },
  {
    name: "CDN: the reader of <sel-rubric>'s `team-src`, fetched only for a team given by URL (dist/cdn/chunks/team-source-*.js)",
    path: 'packages/components/dist/cdn/chunks/team-source-*.js',
    disablePlugins: ['@size-limit/esbuild'],
    gzip: true,
    // 0.76 kB: the fetch, its errors at `team` and the JSON reading.
    limit: '0.85 kB',
  },
  {
    name: "CDN: <sel-rubric>'s error summary, fetched when a form first finds it incomplete (dist/cdn/chunks/missing-ratings-*.js)",
    path: 'packages/components/dist/cdn/chunks/missing-ratings-*.js',
    disablePlugins: ['@size-limit/esbuild'],
    gzip: true,
    // The rubric's list of unrated indicators with the marks' styles, and their English words (each
    // unrated row's "Required" and the summary's title and items; the Spanish ones are a chunk of
    // their own). The shared error summary (GOV.UK style) it shows them in is a chunk of its own,
    // shared with the action plan.
    limit: '1.2 kB',
  },
  {
    name: "CDN: a long <sel-rubric>'s navigation, fetched once it is drawn (dist/cdn/chunks/rubric-navigation-*.js)",
    path: 'packages/components/dist/cdn/chunks/rubric-navigation-*.js',
    disablePlugins: ['@size-limit/esbuild'],
    gzip: true,
    // 1.18 kB: the progress bar with "Next unrated indicator" and its English words (0.08; the
    // Spanish ones are a chunk of their own), the folding focus areas and their styles.
    limit: '1.25 kB',
  },
  {
    name: "CDN: <sel-rubric>'s rating code, fetched at the first pointer, press or focus in a rubric to be filled in (dist/cdn/chunks/rubric-rating-*.js)",
    path: 'packages/components/dist/cdn/chunks/rubric-rating-*.js',
    disablePlugins: ['@size-limit/esbuild'],
    gzip: true,
    // 1.59 kB: the ratings and evidence saves with what the live region says of them 0.7, the
    // evidence being typed 0.49, the assessment's edits 0.28, the member export (file name and
    // download) 0.25, imports 0.14 (each part gzipped alone). A rubric that is only read never
    // fetches it.
    limit: '1.65 kB',
  },
  {
    name: 'CDN: autosave, fetched only for an element that autosaves (dist/cdn/chunks/draft-keeper-*.js)',
    path: 'packages/components/dist/cdn/chunks/draft-keeper-*.js',
    disablePlugins: ['@size-limit/esbuild'],
    gzip: true,
    // 5.11 kB: idb-keyval 0.6 kB, the draft store (IndexedDB, BroadcastChannel between tabs) and
    // core's draft envelope rules, the question's view and styles, and its words in English and
    // Spanish (about 1.2 kB).
    limit: '5.3 kB',
  },
  // The npm budgets, bundled by size-limit's esbuild from tsc's output, measured with all nine
  // elements in the package. "Alone" is everything the element brings to a page that already has
  // Lit; each includes the shared English strings (data states, errors, forms and the domain words
  // several elements show) and the form base with its autosave controller, and loads the Spanish
  // strings, the draft keeper and on-demand parts with `import()`, left out here. @sel/core's JSON
  // reader (for large or broken JSON only) is one of those: the data source loads it on demand. Own
  // code counts the element's own strings, which live beside it.
  // 22.91 kB alone, own code 8.93 kB: the rubric with its compact scale, priorities, the member's
  // export button, a required rubric's marks, rows that do not move, and the hooks that load team
  // mode, growth since a previous assessment and a long rubric's navigation on first use (those,
  // the export and the error summary are dynamic imports, left out). It reads its data with core's
  // plain-code readers: no zod. 24.11 kB alone with the retry of a rating code that could not be
  // loaded, at a person's next choice (0.04 kB: the parts that failed, and taking their error away).
  ...element('sel-rubric', 'rubric', { alone: '24.2 kB', own: '9.9 kB' }),
  // 22 kB alone: the timeline with the plain community reader, no zod; the network calendar and
  // the calendar download's writer are dynamic imports.
  ...element('sel-milestone-timeline', 'milestone-timeline', { alone: '22.3 kB', own: '9.7 kB' }),
  // 21.42 kB alone: the card sort's board, its sort, strings and the plain reader of its file, no
  // zod; drag, keyboard lift, the move menu, undo and redo, the announcements and the details
  // dialog are dynamic imports, left out.
  ...element('sel-partner-card-sort', 'partner-card-sort', { alone: '21.7 kB', own: '8.35 kB' }),
  // 24.24 kB alone: the status map with the plain snapshot and community readers, no zod; the
  // table, its sorting, the place panel with their words, the arrow keys' moves and the layout
  // check are dynamic imports. 24.77 kB alone, own code 9.31 kB, with a quicker first render:
  // core's roll-up +0.34 (its lines and group totals as classes sharing one getter, each state
  // counted on one record), the English order of plain names +0.31, the model's layout geometry
  // kept per layout +0.17, the quick check's id list +0.15
  // (each module minified and gzipped alone, before and after).
  // 24.81 kB with the empty list of states shared by lines that reach none frozen (0.01).
  ...element('sel-status-map', 'status-map', { alone: '24.85 kB', own: '9.35 kB' }),
  // 22.55 kB alone: the report with the plain report reader (with the reader of a rubric's
  // translations and their checks, 0.52), no zod; its tables and sorting, catalog, query API, CSV
  // writer and the code that puts a rubric's translation in place load on demand. Own code 8.91 kB,
  // of which marking the rubric's texts in the language each is in, with the quick test and loader
  // of a translation, is 0.55.
  ...element('sel-assessment-report', 'assessment-report', { alone: '22.8 kB', own: '9.2 kB' }),
  // 20.14 kB alone: the finder and the query API, with its catalog read by core's plain-code reader
  // (checkCatalog), no zod; the default catalog, the district rubric and the weakest-indicators mode
  // are dynamic imports, left out.
  ...element('sel-resource-finder', 'resource-finder', { alone: '20.7 kB' }),
  // 20.1 kB alone: the plan's element, view and styles with the plain plan reader, no zod; the
  // editor, export and evidence are imported on first use and left out here.
  ...element('sel-action-plan', 'action-plan', { alone: '20.4 kB' }),
  // 22.04 kB alone: the inventory with the workbook's shared table styles and row blocks and core's
  // plain workbook reader, no zod; the dialog, the import panel, the deletion with core's workbook
  // edits and the CSV export are dynamic imports, left out.
  ...element('sel-partner-inventory', 'partner-inventory', { alone: '24.2 kB', own: '9.2 kB' }),
  // 19.27 kB alone: the touchpoints with the workbook's shared table styles and core's plain
  // workbook reader, no zod.
  ...element('sel-partner-touchpoints', 'partner-touchpoints', { alone: '20.2 kB' }),
  {
    // Schemas in the same modules are marked pure and the zod locale is built on first parse,
    // so these bring no zod at all.
    name: '@sel/core: date helpers and SelRuleError, without zod',
    ...coreImport('compareIsoDates, fromIsoDate, toIsoDate, SelRuleError'),
    limit: '0.5 kB',
  },
  {
    // Every schema built at a module's top level is marked pure and its messages are functions, so
    // a rule brings only the code it runs (tree-shaking.test.ts in @sel/core keeps it that way), no
    // zod: the scoring with the team's priority practices (the score over them and each practice's
    // flag); their check against the rubric stays in the readers.
    name: '@sel/core: scoreAssessment (one rubric rule)',
    ...coreImport('scoreAssessment'),
    limit: '1.3 kB',
  },
  {
    // 10.36 kB: zod with its object, array and string checks, its record (0.68, for the
    // translations by language tag, level value and id), the rubric's schemas with those of its
    // translations, and the checks of a whole rubric with those of its translations (0.57).
    name: '@sel/core: parseRubric (one schema reader)',
    ...coreImport('parseRubric'),
    limit: '10.6 kB',
  },
  {
    // The readers a page that shows and rates a rubric uses: plain code, no zod. 4.43 kB: the
    // readers' parts (records among them, shared with the report's reader) and the rubric reader
    // 1.7, the assessment reader with its link and date checks
    // 0.5, the checks of a whole rubric and the messages 0.55, the reader of a rubric's
    // translations with their checks 0.52, whether an assessment fits its rubric 0.65, error
    // classes and rubric rules they report with.
    name: '@sel/core: checkRubric and checkAssessment (plain-code readers)',
    ...coreImport('checkRubric, checkAssessment'),
    limit: '4.55 kB',
  },
  {
    name: '@sel/core: card sort with undo and redo',
    ...coreImport('createCardSortHistory, applyMove, undo, redo'),
    // The rules of a card sort's moves and history only: its schemas are marked pure, so no zod.
    limit: '0.76 kB',
  },
  { name: '@sel/core: generateSchedule (one lifecycle rule)', ...coreImport('generateSchedule'), limit: '12 kB' },
  {
    name: '@sel/core: everything',
    path: 'packages/core/dist/index.js',
    import: '*',
    gzip: true,
    // 56.87 kB: every schema with zod, and every rule: rubrics of every shape with priority
    // practices and translations (their schemas, checks and localizeRubric, 1.2), assessments and
    // their scores, the team's ratings, consensus order and agreed
    // assessment, the assessment report's rules and CSV, learning communities, lifecycles and
    // schedules, action plans of two kinds with their rules and edits, the partner workbook (schema
    // and migration, edits with undo, the row-by-row spreadsheet import with separator detection and
    // Spanish headers), the status snapshot's quick check, the draft envelope rules, and the
    // plain-code readers beside the schemas (of a rubric, an assessment, an assessment report, a
    // learning community, a status snapshot, an action plan, a partner workbook with its parts and a
    // resource catalog). 57.74 kB with the status report's quicker roll-up: its lines and group
    // totals as classes, states counted on one record each, the English order of plain names
    // and the quick check's id list.
    limit: '57.8 kB',
  },
  {
    name: '@sel/data: query API without the catalog',
    path: 'packages/data/dist/index.js',
    import: '{ createCatalogIndex }',
    gzip: true,
    // 4.16 kB: the index (it caches folded text chunks in its own hash table and sorts flat postings
    // once), the query with `search` and the facet counts a finder shows (criteria by field, a
    // population count), and parseResourceQuery, which checks a query by hand with the schema's
    // messages (a property test keeps it in agreement with the schema), so the query API brings no zod.
    limit: '4.35 kB',
  },
];

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
  // Measured 9.19 kB: the rubric (6.7 kB) with the scoring, growth and readiness rules only it uses.
  // Split into named modules beside the element: 9.64 kB (see the rubric's npm budgets below).
  'sel-rubric': '9.7 kB',
  // Measured 10.5 kB: the timeline with core's community timeline, phase spans and calendar export
  // (toICalendar and its converters); the element base went to a shared chunk when the status map
  // moved onto it too.
  'sel-milestone-timeline': '10.9 kB',
  // Measured 11.97 kB: the card sort (10 kB) with core's card sort rules and partner kind labels.
  // 12.32 kB with <sel-assessment-report> in the build: its imports of the shared chunks, split again.
  // 12.31 kB with the partner list as the identity of its autosaved drafts (12 B).
  // 12.3 kB with five elements: the names of the shared chunks it imports grew.
  // 12.31 kB once a fifth element (<sel-action-plan>) split the shared chunks again.
  'sel-partner-card-sort': '12.4 kB',
  // Measured 9.96 kB: the status map (7.9 kB) with core's status snapshot roll-up, the state
  // names and the tile grid.
  'sel-status-map': '10.4 kB',
  // Measured 7.53 kB: the report (its charts, tables and summaries) with core's report rules
  // (assessmentReportToCsv, indicatorProgress, reportRounds); scoring, readiness and next steps
  // went to a chunk it shares with the rubric. The issue's ceiling is 8 kB. 6.85 kB with "What
  // next" and the CSV download as chunks loaded on demand (report-next-steps 5.28 kB with the
  // query API, report-export 0.9 kB).
  'sel-assessment-report': '8 kB',
  // Measured 10.06 kB, over the 8 kB: the finder's own code 5.5 kB (the element 1.9, its
  // styles 1.0, results 0.9, filters 0.9, facets 0.8, on-demand loads 0.3, search 0.2), and
  // @sel/data's query API with the counts of each filter value (query 1.5, word index 1.1, sets and
  // facets 0.6, folding 0.2) with core's catalog schema (1.2) and query check (0.9), which no other
  // element uses yet: about 4.5 kB that moves to a shared chunk when the assessment report's next
  // steps use the same query API and schema. The default catalog (8 kB), the district rubric
  // (5.6 kB) and the weakest-indicators mode (1.7 kB) are chunks of their own, loaded on demand.
  'sel-resource-finder': '10.4 kB',
  // names and the tile grid. 11.08 kB with core's quick check of a status snapshot (+1.13 kB),
  // which reads a valid snapshot's thousands of milestones several times faster than the schema.
  // 11.89 kB with its squares and table rows written by cloning one prepared row each
  // (tile-buttons.ts, state-table-rows.ts: +0.81 kB) instead of a Lit template instance per row.
  'sel-status-map': '12.3 kB',
  // Measured 6.04 kB: the plan's view with core's action-plan schema and rules (the ceiling).
  // Measured 6.07 kB: the element, its view and styles. A page that follows a plan also fetches two
  // chunks only the plan uses (core's action-plan schema 1.66 kB, its rules and edits 1.05 kB), so
  // its own code on such a page is 8.78 kB, over the 8 kB; the editor (4.6 kB, with its
  // styles) and the CSV/iCalendar export (0.46 kB, core's writers 1.47 kB) load on first use.
  'sel-action-plan': '8 kB',
  // Measured 9.29 kB, over the 8 kB. Its modules, each min+gz alone: the element 2.75,
  // the add and edit dialog 1.97, the table with its filters and column chooser 1.77, the import
  // panel 1.73, the rows' filter and sort 1.01, its styles 0.56; with them, core's spreadsheet
  // import and export that only it uses (previewPartnerCsv, partnersToCsv). The import panel and
  // the export could load on first use to bring it under 8 kB.
  'sel-partner-inventory': '9.6 kB',
  // Measured 4.58 kB: the touchpoints' table, check-in form and cadence fields (core's
  // touchpointsDue sits in the chunk it shares with the card sort and the inventory).
  'sel-partner-touchpoints': '4.8 kB',
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
    // Measured 0.89 kB: the autoloader 0.63 kB, and the list of the shared chunks each element's
    // chunk imports, preloaded beside it to save a round trip, 0.26 kB. The ceiling is 1.5 kB.
    // 0.96 kB with <sel-status-map> in the list.
    // 1.04 kB with <sel-assessment-report>: the chunks its chunk imports in the preload list.
    limit: '1.1 kB',
    // 0.96 kB with <sel-status-map> in the list; 1.01 kB with <sel-resource-finder> (its tag, chunk
    // and preloads).
    limit: '1.05 kB',
    // 1.05 kB with <sel-action-plan> and its two chunks in the list.
    // 0.96 kB with <sel-status-map> in the list; 1.07 kB with the partner inventory and touchpoints.
    limit: '1.1 kB',
  },
  autoloadedPageBudget(
    'CDN: a page with one <sel-rubric> through the autoloader, every chunk it fetches',
    ['sel-rubric'],
    // Measured 42.86 kB: autoloader 0.89, Lit 7.41, zod 10.55 (what the three elements use of it:
    // one module), foundation 11.55 (with the strings of every element in both languages, about 5),
    // core rules shared with other elements 3.27, the rubric's chunk 9.19. The goal is
    // 35 kB; see docs/guides/cdn.mdx. The rubric split into modules: 43.32 -> 43.77 kB; on the
    // element base, whose form layer (SelFormElement) only the rubric uses so far: 44.43 kB. 46.42 kB
    // with <sel-status-map> in the build: its strings in the foundation chunk (about 1.4 kB) and the
    // shared chunks split again for four elements; 47.21 kB with the timeline's calendar strings.
    // 44.62 kB with the Spanish strings in a chunk of their own that only a Spanish page loads
    // (4.04 kB alone; the foundation chunk 14.9 -> 12.1 kB, as English and Spanish compressed
    // together): autoloader 0.94, Lit 7.43, zod 10.75, foundation 12.1, core 4.54, rubric 8.95.
    // 46.36 kB with <sel-assessment-report> in the build: foundation 13.08 (the report's English
    // strings, about 0.8 kB, and the download helper it shares with the timeline), core 7.13 in four
    // chunks (scoring, readiness and next steps moved out of the rubric's chunk, now 6.91, into a
    // chunk of 2.64 kB the rubric shares with the report), autoloader 1.0.
    '47.8 kB',
    // 45.45 kB with opt-in autosave in the form base (its controller in the foundation; the draft
    // keeper is fetched only for an element that autosaves, budgeted below).
    '45.9 kB',
    // 46.66 kB with <sel-resource-finder> in the build: its English strings in the foundation chunk
    // (about 0.75 kB) and the autoloader's longer list.
    '47.2 kB',
    // 46.83 kB with <sel-action-plan>'s editor and export strings in the foundation chunk (0.93 kB).
    '47.8 kB',
    // 46.2 kB with the partner inventory and touchpoints in the build: their English strings in the
    // foundation chunk (12.1 -> 13.41 kB) and two more entries in the autoloader (+0.13 kB).
    '47.2 kB',
  ),
  ...cdnElements.map(elementChunk),
  autoloadedPageBudget(
    `CDN: every element (${cdnElements.length}) on one page through the autoloader`,
    cdnElements,
    // Measured 65.49 kB for three elements (the single file holds the same in 59.1 kB); 66.43 kB
    // with the rubric split into modules; 78.86 kB for four with <sel-status-map> (the single
    // file 70.17 kB); 82.3 kB with the timeline's calendar download and upcoming events (core's
    // toICalendar and its converters, the timeline's calendar module and strings). 79.88 kB with
    // the Spanish strings loaded only on a Spanish page. 89.11 kB for five with
    // <sel-assessment-report>: its chunk 7.53 kB, its English strings about 0.8 kB, core's report
    // rules and CSV it shares with no other element, and the shared chunks split again.
    '91.8 kB',
    // the Spanish strings loaded only on a Spanish page. 80.66 kB with opt-in autosave in the form
    // base (the draft keeper is not fetched: no element autosaves).
    '82.3 kB',
    // the Spanish strings loaded only on a Spanish page. 92.06 kB for five with
    // <sel-resource-finder> (its chunk 10.06 kB, its strings in the foundation chunk 0.75 kB, the
    // shared chunks split again for five elements); its default catalog, rubric and weakest-indicators
    // mode load only when a finder needs them.
    '94.8 kB',
    // the Spanish strings loaded only on a Spanish page. 87.18 kB for five with <sel-action-plan>
    // (its chunk 6.04 kB, its English strings in the foundation chunk, core's action-plan rules).
    // 91.4 kB with its editor's strings (the editor itself loads on first use).
    '93.5 kB',
    // the Spanish strings loaded only on a Spanish page. 103.34 kB for six with the partner
    // inventory (its chunk 9.29, core's spreadsheet import and workbook edits), the touchpoints (4.58),
    // the workbook's shared table (1.5) and core's workbook schema shared with the card sort (7.53).
    '105.5 kB',
  ),
  {
    // The published CDN file itself, exactly as a page's one script tag downloads it (Vite builds
    // it from src/cdn.ts with vite.cdn.config.mjs): measured as it is, not bundled again.
    name: '@sel/components CDN bundle (dist/cdn/sel-components.js): every element, Lit, core rules, data defaults',
    path: 'packages/components/dist/cdn/sel-components.js',
    disablePlugins: ['@size-limit/esbuild'],
    gzip: true,
    // 54.98 kB with the stepped JSON reader (createJsonReader, about 1.7 kB) that reads large
    // JSON in slices of a few milliseconds instead of one JSON.parse task of 50-80 ms; 55.91 kB
    // with validation in steps (validateInSteps), a milestone or indicator at a time. 57.4 kB with
    // long lists drawn in frames (ProgressiveController and its use in the three elements, +1.05 kB).
    // 57.71 kB with long lists contained off screen (content-visibility rules in two
    // elements, the timeline's axis points in chunks) and the "Checking the data" status.
    // 58.24 kB with data of any source checked over frames past its first 150 items, work derived
    // from it in a frame of its own, core's communityTimeline, and cached date positions and texts.
    // 58.47 kB with the timeline's axis filled in the frame after its first milestones, the card
    // sort's starting tiers checked in the data's own frame, and data work stopped when an element
    // leaves the page.
    // Includes the shared element base (shared/sel-element.ts) and its roving-focus,
    // list-navigation and announcer controllers. The rubric split into named modules beside its
    // element: 59.57 -> 60.09 kB. 70.17 kB with <sel-status-map> (its code, the state names and
    // tile grid, core's status snapshot roll-up) and its strings in the shared catalog (1.4 kB);
    // 73.51 kB with the timeline's calendar download and upcoming events (+3.3 kB). 74.28 kB with
    // the Spanish strings behind an `import()` that this one file keeps inline (+0.77 kB: the
    // module wrapper and the load that the elements wait for before rendering in Spanish).
    // 81.59 kB with <sel-assessment-report> (its code 6.1 kB, strings in both languages about
    // 1.6 kB, core's report schema, rules and CSV). 99.11 kB with its "What next": this one file
    // keeps inline what the autoloaded report loads on demand, the default catalog (7.96 kB as a
    // chunk) and the query API with the resource list (5.28 kB), and the CSV writer (0.9 kB).
    limit: '102.1 kB',
    // 82.68 kB with opt-in autosave: the single file has no chunks, so what the split build fetches
    // only for an element that autosaves is inside it (minified: the draft keeper 5 kB, the draft
    // store 2.6 kB, its words in both languages 2.8 kB, core's draft rules 1.7 kB, the prompt's
    // styles 1.3 kB and view 1.1 kB, idb-keyval 0.9 kB) and the form base's autosave controller
    // (1.5 kB). Pages that mind the weight use the autoloader.
    limit: '84.4 kB',
  },
  {
    name: 'CDN: autosave, fetched only for an element that autosaves (dist/cdn/chunks/draft-keeper-*.js)',
    path: 'packages/components/dist/cdn/chunks/draft-keeper-*.js',
    disablePlugins: ['@size-limit/esbuild'],
    gzip: true,
    // Measured 5.15 kB: idb-keyval 0.6 kB, the draft store (IndexedDB, BroadcastChannel between
    // tabs) and core's draft envelope rules, the question's view and styles, and its words in
    // English and Spanish (about 1.2 kB).
    limit: '5.45 kB',
    // 101.82 kB with <sel-resource-finder> (+27.5 kB), whose on-demand imports this one file keeps
    // inline: the finder and the query API 10.1, the weakest-indicators mode 1.7, the default
    // catalog 8, the district rubric 5.6, its strings and the import wrappers the rest.
    limit: '104.9 kB',
    // With the status map's quick snapshot check (+1.13 kB) and rows written by cloning (+0.8 kB).
    limit: '76.6 kB',
    // 76.46 kB with the status map's quick snapshot check (+1.13 kB) and its rows written by
    // cloning (+0.8 kB).
    limit: '76.9 kB',
    // 80.4 kB with <sel-action-plan> (its code, core's action-plan schema and rules, its strings).
    // 90.88 kB with the plan's editor, CSV and iCalendar export and goals from evidence (the single
    // file keeps the editor inline: +8.1 kB).
    limit: '93.2 kB',
    // 93.61 kB with <sel-partner-inventory> and <sel-partner-touchpoints>, core's partner workbook
    // (schema, edits, spreadsheet import) and their strings in both languages.
    limit: '95.5 kB',
  },
  // Each element draws a long list in frames (shared/progressive.ts, about 0.6 kB, plus its own
  // batching): rubric 31.34 -> 32.14 kB, timeline 31.6 -> 32.24 kB, card sort 31.47 -> 32.23 kB
  // (own code 10.32 -> 10.63 kB, with the cards spread across columns row by row). The timeline's
  // axis points drawn in chunks, so a frame redraws one chunk, not every point: 32.24 -> 32.65 kB
  // with the content-visibility rules and the loading status that says the data is checked.
  // Property data checked over frames past its first 150 items (shared/data-source.ts) and the
  // smoothed batch sizes: rubric 32.71 kB, card sort 32.76 kB; the timeline, with its model built
  // in a frame of its own (core's communityTimeline), its rows in chunks and cached date
  // positions, 32.99 kB. The rubric's descriptors contained off screen on a long rubric and
  // evidence saved when the element is taken out of the page: 32.71 -> 32.93 kB. The card sort's
  // starting tiers checked in the frame before the board is shown (its own code 10.86 -> 10.92 kB).
  // The rubric split into named modules beside its element (view and row templates, view model,
  // issue groups, assessment edits, the evidence-draft and radio-naming controllers): alone
  // 33.32 -> 33.68 kB, own code 7.25 -> 7.79 kB, about 0.45 kB in every bundle that holds the
  // rubric. Measured by leaving each piece out: the
  // evidence-draft controller about 0.14 kB more than the element's own listeners were, the view
  // functions and the render context they share about 0.2 kB, the view model, issue groups and
  // the new modules' imports the rest.
  // Built on the element base (shared/sel-element.ts, sel-form-element.ts, the announcer): alone
  // 33.68 -> 34.46 kB, own code 7.79 -> 6.97 kB.
  // The status map's strings in the shared catalog add about 1.4 kB to every element (measured with
  // them: rubric 35.9 kB, timeline 35.16 kB, card sort 34.56 kB).
  // The Spanish strings imported with `import()`, a chunk of their own in a bundler's output and left
  // out of these up-front budgets: rubric 37.67 -> 33.72 kB, timeline 39.5 -> 35.54 kB, card sort
  // 38.38 -> 34.47 kB, status map 37.58 -> 33.67 kB (the Spanish catalog, 4 kB, and its wrapper).
  // The report's "What next" strings and the resource kind labels (about 0.3 kB): rubric 34.78 kB,
  // timeline 36.6 kB, card sort 35.57 kB, status map 34.81 kB.
  ...element('sel-rubric', 'rubric', { alone: '35.9 kB' }),
  // The timeline is built on the shared element base (shared/sel-element.ts) and its controllers.
  // The calendar download and upcoming events: 35.16 -> 38.26 kB (own code 6.68 -> 7.46 kB, core's
  // toICalendar and converters about 1.9 kB, strings 0.5 kB, which the other elements carry too).
  ...element('sel-milestone-timeline', 'milestone-timeline', { alone: '37.7 kB' }),
  // <sel-action-plan>'s editor and export strings add about 0.13 kB to every element (the English
  // catalog): rubric 34.93 kB, timeline 36.71 kB, card sort 35.71 kB, status map 34.94 kB.
  ...element('sel-rubric', 'rubric', { alone: '35.3 kB' }),
  // The timeline is built on the shared element base (shared/sel-element.ts) and its controllers.
  // The calendar download and upcoming events: 35.16 -> 38.26 kB (own code 6.68 -> 7.46 kB, core's
  // toICalendar and converters about 1.9 kB, strings 0.5 kB, which the other elements carry too).
  ...element('sel-milestone-timeline', 'milestone-timeline', { alone: '37.1 kB' }),
  // 35.04 kB with the English strings of the partner inventory and touchpoints (+1.32 kB).
  ...element('sel-rubric', 'rubric', { alone: '35.8 kB' }),
  // The timeline is built on the shared element base (shared/sel-element.ts) and its controllers.
  // The calendar download and upcoming events: 35.16 -> 38.26 kB (own code 6.68 -> 7.46 kB, core's
  // toICalendar and converters about 1.9 kB, strings 0.5 kB, which the other elements carry too).
  // 36.81 kB with the English strings of the partner inventory and touchpoints (+1.32 kB).
  ...element('sel-milestone-timeline', 'milestone-timeline', { alone: '37.6 kB' }),
  // The card sort on the element base and its form layer (sel-element, sel-form-element, roving
  // focus, list navigation, announcer, in place of its own data, form and announcement code) and
  // in named modules beside its element (its own code 20.4 kB minified, as it was as one class):
  // 37.3 kB; its own code beyond the shared code 10.3 kB, its data schema being in @sel/core.
  ...element('sel-partner-card-sort', 'partner-card-sort', { alone: '36.7 kB', own: '11.2 kB' }),
  // 35.77 kB alone (own code 7.95 kB: the element, its tile grid model, measures, table and panel).
  ...element('sel-status-map', 'status-map', { alone: '35.9 kB' }),
  // 32.86 kB alone (own code 6.1 kB: the element, its model, charts, tables and summaries); 33.51 kB
  // with "What next" (own code 7.46 kB), whose catalog, query API and CSV writer load on demand.
  ...element('sel-assessment-report', 'assessment-report', { alone: '33.9 kB' }),
  ...element('sel-status-map', 'status-map', { alone: '34.7 kB' }),
  // 31.04 kB alone (own code 6.43 kB: the element, its filters, facets, results and on-demand
  // loads, and the query API); the default catalog, the district rubric and the
  // weakest-indicators mode are dynamic imports, left out.
  ...element('sel-resource-finder', 'resource-finder', { alone: '32 kB' }),
  // 36.39 -> 37.53 kB with core's quick check of a status snapshot (status-snapshot-check.ts).
  // 38.49 kB, own code 7.95 -> 8.93 kB, with the squares and table rows written by cloning one
  // prepared row each (tile-buttons.ts, state-table-rows.ts): the map's first render no longer
  // makes a template instance, two markers and nine parts for each of a hundred rows.
  ...element('sel-status-map', 'status-map', { alone: '39.2 kB', own: '9.3 kB' }),
  // With core's quick check of a status snapshot (status-snapshot-check.ts, +1.14 kB) and the
  // squares and table rows written by cloning one prepared row each (tile-buttons.ts,
  // state-table-rows.ts, +0.96 kB): 35.76 kB, own code 7.95 -> 8.93 kB. The map's first render no
  // longer makes a template instance, two markers and nine parts for each of a hundred rows.
  ...element('sel-status-map', 'status-map', { alone: '36.4 kB', own: '9.3 kB' }),
  ...element('sel-action-plan', 'action-plan', { alone: '40 kB' }),
  // 28.37 kB alone (own code 4.76 kB: the element and its view).
  ...element('sel-action-plan', 'action-plan', { alone: '29.3 kB' }),
  ...element('sel-partner-card-sort', 'partner-card-sort', { alone: '36.1 kB', own: '11.2 kB' }),
  // 35.77 kB alone (own code 7.95 kB: the element, its tile grid model, measures, table and panel).
  ...element('sel-status-map', 'status-map', { alone: '35.3 kB' }),
  // 30.26 kB alone, up front (own code 6.49 kB: the element, its view, styles and the hooks of the
  // editor, export and evidence, whose code is imported on first use and left out here).
  ...element('sel-action-plan', 'action-plan', { alone: '31.2 kB' }),
  // 36.05 kB with the English strings of the partner inventory and touchpoints (+1.32 kB) and the
  // workbook's setPartnerTier.
  ...element('sel-partner-card-sort', 'partner-card-sort', { alone: '36.8 kB', own: '11.2 kB' }),
  // 35.77 kB alone (own code 7.95 kB: the element, its tile grid model, measures, table and panel).
  // 34.96 kB with the English strings of the partner inventory and touchpoints (+1.32 kB).
  ...element('sel-status-map', 'status-map', { alone: '35.7 kB' }),
  // Measured 39.91 kB alone and 9.39 kB own (with the workbook's shared table styles and row
  // blocks, 1.5 kB, in partner-workbook/; see its CDN chunk above for the rest).
  ...element('sel-partner-inventory', 'partner-inventory', { alone: '40.8 kB', own: '9.7 kB' }),
  // Measured 31.65 kB alone and 6.08 kB own (with the workbook's shared table styles and row blocks).
  ...element('sel-partner-touchpoints', 'partner-touchpoints', { alone: '32.3 kB' }),
  {
    // Schemas in the same modules are marked pure and the zod locale is built on first parse,
    // so these bring no zod at all.
    name: '@sel/core: date helpers and SelRuleError, without zod',
    ...coreImport('compareIsoDates, fromIsoDate, toIsoDate, SelRuleError'),
    limit: '0.5 kB',
  },
  {
    // Every schema built at a module's top level is marked pure and its messages are functions, so
    // a rule brings only the code it runs (tree-shaking.test.ts in @sel/core keeps it that way):
    // 10.55 -> 1.15 kB, no zod. 1.15 -> 1.21 kB with the team's priority practices (the score over
    // them and each practice's flag); their check against the rubric stays in the readers.
    name: '@sel/core: scoreAssessment (one rubric rule)',
    ...coreImport('scoreAssessment'),
    limit: '1.3 kB',
  },
  { name: '@sel/core: parseRubric (one schema reader)', ...coreImport('parseRubric'), limit: '9.3 kB' },
  {
    name: '@sel/core: card sort with undo and redo',
    ...coreImport('createCardSortHistory, applyMove, undo, redo'),
    // 6.52 -> 0.73 kB with the schemas marked pure.
    limit: '0.76 kB',
  },
  { name: '@sel/core: generateSchedule (one lifecycle rule)', ...coreImport('generateSchedule'), limit: '12 kB' },
  {
    name: '@sel/core: everything',
    path: 'packages/core/dist/index.js',
    import: '*',
    gzip: true,
    // 36.19 kB with the iCalendar export (toICalendar, its text escaping and line folding, and the
    // schedule, milestone and action-step converters: +1.81 kB) and the status map's tile grid and
    // snapshot schemas (+0.32 kB). 37.35 kB with the card sort's data schema (moved from
    // @sel/components), partnerPlace and parseCardSortTiers. 38.05 kB with rubrics of every shape and
    // the team's priority practices (+0.7 kB: optional descriptors and their helpers, the priorities
    // in the assessment schema with their checks and setPracticePriority, the CSV column, the
    // priority score and the priority-first order of the weakest indicators). 39.25 kB with the team
    // rules (+1.2 kB: teamRatings, consensusOrder, startConsensus and recordAgreement with their
    // options schema, the member ratings in the rating schema with their check, and the CSV's
    // member_ratings column). The assessment report's schema, rules and CSV add 1.17 kB
    // (assessment-report.ts, assessment-report-csv.ts).
    limit: '40.6 kB',
    // @sel/components), partnerPlace and parseCardSortTiers. 38.13 kB with the draft envelope
    // schema and the rules that judge a draft (+0.78 kB).
    limit: '38.3 kB',
    // @sel/components), partnerPlace and parseCardSortTiers. 38.55 kB with the quick check of a
    // status snapshot (status-snapshot-check.ts, +1.2 kB) that safeParseStatusSnapshot tries first.
    limit: '38.7 kB',
    // @sel/components), partnerPlace and parseCardSortTiers.
    // 38.67 kB with action plans (their schema of two kinds, the rules for following a plan and
    // the edits, +1.3 kB).
    limit: '39.9 kB',
    // @sel/components), partnerPlace and parseCardSortTiers. 41.0 kB with the partner workbook
    // (+3.6 kB: its schema and migration 0.9, its edits with undo 1.0, the row-by-row spreadsheet
    // import with separator detection and Spanish headers 1.7).
    limit: '42.2 kB',
  },
  {
    name: '@sel/data: query API without the catalog',
    path: 'packages/data/dist/index.js',
    import: '{ createCatalogIndex }',
    gzip: true,
    // 13.44 kB since the index caches folded text chunks in its own hash table and sorts flat
    // postings once (a build about 5x faster). 3.88 kB since parseResourceQuery checks a query by
    // hand with the schema's messages (a property test keeps it in agreement with the schema), so
    // the query API brings no zod (minified: the query 6.2 kB, the check 2 kB, errors and rules 1.2).
    // 4.19 kB with `search`: the facet counts a finder shows (criteria by field, a population count).
    limit: '4.35 kB',
  },
];

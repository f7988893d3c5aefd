// Size budgets, checked by `npm test` (scripts/test.sh) and `pnpm run size` on the built `dist`.
// size-limit bundles each entry with esbuild (minified, tree-shaken) and gzips it at level 9;
// "kB" is 1,000 bytes. An entry over its `limit` fails the run. See README, "Performance".

/** Lit and its parts: the one runtime every element shares. */
const lit = ['lit', 'lit/*', '@lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*'];
/** Code shared by every element: the foundation in `shared/`, @sel/core and @sel/data with their zod and date-fns. */
const sharedCode = ['../shared/*', '@sel/*', 'zod', 'zod/*', 'date-fns', 'date-fns/*'];

/**
 * Two budgets per element: everything it brings to a page that already has Lit, and its own code
 * beyond Lit and the shared code (the 8 kB budget).
 * @param {string} tag
 * @param {string} folder
 * @param {string} alone
 */
function element(tag, folder, alone) {
  const path = `packages/components/dist/${folder}/define.js`;
  return [
    { name: `<${tag}> alone, beyond Lit`, path, ignore: lit, gzip: true, limit: alone },
    {
      name: `<${tag}> own code, beyond Lit and shared code`,
      path,
      ignore: [...lit, ...sharedCode],
      gzip: true,
      limit: '8 kB',
    },
  ];
}

/** @param {string} names */
function coreImport(names) {
  return { path: 'packages/core/dist/index.js', import: `{ ${names} }`, gzip: true };
}

export default [
  {
    // The entry of the CDN bundle (src/cdn.ts): registers every element and exports everything.
    // Vite builds the published file from it; esbuild here gives the same modules, minified.
    name: '@sel/components: every element with Lit, core rules and data defaults (CDN entry)',
    path: 'packages/components/dist/cdn.js',
    import: '*',
    gzip: true,
    limit: '70 kB',
  },
  ...element('sel-rubric', 'rubric', '38 kB'),
  ...element('sel-milestone-timeline', 'milestone-timeline', '38 kB'),
  { name: '@sel/core: compareIsoDates (one date helper)', ...coreImport('compareIsoDates'), limit: '4.5 kB' },
  { name: '@sel/core: scoreAssessment (one rubric rule)', ...coreImport('scoreAssessment'), limit: '12.5 kB' },
  { name: '@sel/core: parseRubric (one schema reader)', ...coreImport('parseRubric'), limit: '10 kB' },
  {
    name: '@sel/core: card sort with undo and redo',
    ...coreImport('createCardSortHistory, applyMove, undo, redo'),
    limit: '8.5 kB',
  },
  { name: '@sel/core: generateSchedule (one lifecycle rule)', ...coreImport('generateSchedule'), limit: '15.5 kB' },
  {
    name: '@sel/core: everything',
    path: 'packages/core/dist/index.js',
    import: '*',
    gzip: true,
    limit: '36 kB',
  },
  {
    name: '@sel/data: query API without the catalog',
    path: 'packages/data/dist/index.js',
    import: '{ createCatalogIndex }',
    gzip: true,
    limit: '13.5 kB',
  },
];

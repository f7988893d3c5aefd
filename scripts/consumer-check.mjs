#!/usr/bin/env node
// Installs the packed @sel packages into a fresh project, the way an app developer would, and
// uses them from there:
//   1. Node ESM: `node --input-type=module -e "import ... from '@sel/core'"` validates the packaged
//      district rubric from @sel/data and checks that bad input is reported at a path;
//   2. TypeScript: the workspace's tsc (`nodenext`, strict, no skipLibCheck) typechecks a file
//      against the installed declarations, including `@ts-expect-error` lines that only hold
//      when the types are real rather than `any`;
//   3. a bundler: esbuild bundles a page that imports one element's `define` subpath and checks
//      that the element is registered in the output.
// Only the npm registry is needed: lit, zod and date-fns install from it (npm's cache first).
//
// Usage: node scripts/consumer-check.mjs [--no-build] [--reuse-pack] [--keep]   (run through pnpm)
//   --reuse-pack installs the tarballs the pack check just made instead of building and packing.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import {
  buildWorkspace,
  defineSubpaths,
  PACK_CHECK_DIR,
  packedManifest,
  packedTarballs,
  packPackages,
  ROOT,
  run,
  tagOfDefineSubpath,
} from './pack-check.mjs';

/** Node ESM: imports the installed packages and uses them. */
const NODE_CHECK = `
import assert from 'node:assert/strict';
import { parseRubric, safeParseRubric, listIndicators, SelValidationError } from '@sel/core';
import { districtRubric, resources, createCatalogIndex } from '@sel/data';

const rubric = parseRubric(JSON.parse(JSON.stringify(districtRubric)));
assert.equal(rubric.focusAreas.length, 4, 'the district rubric has four focus areas');
const indicators = listIndicators(rubric);
assert.ok(indicators.length > 0, 'the district rubric has indicators');

const bad = safeParseRubric({ ...rubric, levels: 'four' });
assert.equal(bad.ok, false, 'a rubric with levels as a string is rejected');
assert.ok(bad.error instanceof SelValidationError, 'errors are SelValidationError');
assert.ok(bad.error.issues.some((issue) => issue.path[0] === 'levels'), 'the issue names the levels path');

const index = createCatalogIndex(resources);
assert.ok(index.query({}).length === resources.length, 'an empty query returns every resource');
console.log('node ESM: @sel/core and @sel/data import and run (' + indicators.length + ' indicators, ' + resources.length + ' resources)');
`;

/**
 * A TypeScript file that only compiles when the published declarations are precise.
 * @param {readonly string[]} defines
 */
function typeCheckSource(defines) {
  const elementChecks = defines.map((subpath) => {
    const tag = tagOfDefineSubpath(subpath);
    return [
      `import '@sel/components/${subpath}';`,
      `{`,
      `  const element = document.createElement('${tag}');`,
      `  // The tag map names the element's own class, not a bare HTMLElement.`,
      `  const specific: HTMLElement extends HTMLElementTagNameMap['${tag}'] ? false : true = true;`,
      `  console.log(element.localName, specific);`,
      `}`,
    ].join('\n');
  });
  return `import { parseRubric, safeParseRubric, type Rubric, type SelIssue } from '@sel/core';
import { districtRubric } from '@sel/data';
import { dispatchSelEvent } from '@sel/components';

const rubric: Rubric = parseRubric(districtRubric);
const title: string = rubric.title;
const result = safeParseRubric({});
const issues: readonly SelIssue[] = result.ok ? [] : result.error.issues;

// @ts-expect-error a rubric's title is a string, so the declarations are not \`any\`
const wrong: number = rubric.title;

// @ts-expect-error parseRubric takes one argument
parseRubric(districtRubric, 'extra');

dispatchSelEvent(document.body, 'sel-error', { issues, source: 'inline' });

${elementChecks.join('\n\n')}

console.log(title, wrong);
`;
}

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'nodenext',
    moduleResolution: 'nodenext',
    lib: ['ES2023', 'DOM', 'DOM.Iterable'],
    types: [],
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    verbatimModuleSyntax: true,
    skipLibCheck: false,
    noEmit: true,
  },
  files: ['check.ts'],
};

/**
 * What the bundled page imports: one element's define module, or the package root before any exists.
 * @param {readonly string[]} defines
 */
function pageSource(defines) {
  const first = defines[0];
  if (first === undefined) return `export * from '@sel/components';\n`;
  return `import '@sel/components/${first}';\n`;
}

function main() {
  const started = Date.now();
  const keep = process.argv.includes('--keep');
  const reusePack = process.argv.includes('--reuse-pack');
  if (!reusePack && !process.argv.includes('--no-build')) buildWorkspace();
  const work = mkdtempSync(join(tmpdir(), 'sel-consumer-'));
  try {
    const packed = reusePack ? packedTarballs(PACK_CHECK_DIR) : packPackages(join(work, 'tarballs'));
    const app = join(work, 'app');
    mkdirSync(app);
    const dependencies = Object.fromEntries(packed.map((pkg) => [pkg.name, `file:${relative(app, pkg.tarball)}`]));
    writeFileSync(
      join(app, 'package.json'),
      `${JSON.stringify({ name: 'sel-consumer-check', private: true, type: 'module', dependencies }, null, 2)}\n`,
    );
    run(['npm', 'install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], { cwd: app });
    console.log(`installed ${packed.map((pkg) => pkg.name).join(', ')} from their tarballs into ${app}`);

    // 1. Node ESM, exactly as the issue describes it.
    process.stdout.write(run(['node', '--input-type=module', '-e', NODE_CHECK], { cwd: app }));

    const components = packed.find((pkg) => pkg.name === '@sel/components');
    if (components === undefined) throw new Error('@sel/components was not packed');
    const defines = defineSubpaths(packedManifest(components.tarball));

    // 2. TypeScript against the installed declarations.
    writeFileSync(join(app, 'check.ts'), typeCheckSource(defines));
    writeFileSync(join(app, 'tsconfig.json'), `${JSON.stringify(TSCONFIG, null, 2)}\n`);
    run(['node', join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { cwd: app });
    console.log(
      `typescript: check.ts compiles against the installed declarations (${String(defines.length)} element(s))`,
    );

    // 3. A bundler: one component's define module into a page script.
    writeFileSync(join(app, 'page.js'), pageSource(defines));
    const bundle = join(app, 'page.bundle.js');
    run(
      [
        join(ROOT, 'node_modules', '.bin', 'esbuild'),
        'page.js',
        '--bundle',
        '--format=esm',
        '--minify',
        '--platform=browser',
        `--outfile=${bundle}`,
        '--log-level=warning',
      ],
      { cwd: app },
    );
    const output = readFileSync(bundle, 'utf8');
    const first = defines[0];
    if (first !== undefined) {
      const tag = tagOfDefineSubpath(first);
      if (!output.includes(`"${tag}"`) && !output.includes(`'${tag}'`) && !output.includes(`\`${tag}\``)) {
        throw new Error(`the bundle of @sel/components/${first} does not register <${tag}>`);
      }
      if (!output.includes('customElements')) throw new Error('the bundle never calls customElements');
    }
    console.log(
      `bundler: esbuild bundled ${first === undefined ? '@sel/components' : `@sel/components/${first}`} (${(output.length / 1024).toFixed(1)} KB minified)`,
    );
    console.log(`consumer check passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    if (keep) console.log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

main();

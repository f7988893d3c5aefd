#!/usr/bin/env node
// Installs the packed @sel packages into a fresh project, the way an app developer would, and
// uses them from there:
//   1. Node ESM: `node --input-type=module -e "import ... from '@sel/core'"` validates the packaged
//      district rubric from @sel/data and checks that bad input is reported at a path;
//   2. TypeScript: the workspace's tsc (`nodenext`, strict, no skipLibCheck) typechecks a file
//      against the installed declarations, including `@ts-expect-error` lines that only hold
//      when the types are real rather than `any`;
//   3. a bundler: esbuild bundles a page that imports one element's `define` subpath and checks
//      that the element is registered in the output;
//   4. React 19: a TSX file (in the same tsc run) renders every element the packed manifest
//      declares with each of its properties and an `on<event>` handler per event, through
//      `@sel/components/custom-elements-jsx`; each event's `detail` must be exactly its type;
//   5. Vue 3: vue-tsc (strict templates) checks an SFC that does the same through
//      `@sel/components/custom-elements-vue`.
// Both framework files hold a misspelled property and a wrong use of each event's detail under
// `@ts-expect-error` / `@vue-expect-error`: when the generated types stop catching them, the
// directive is unused and the check fails.
// Only the npm registry is needed: lit, zod, date-fns, @types/react, vue and vue-tsc install from
// it (npm's cache first).
//
// Usage: node scripts/consumer-check.mjs [--no-build] [--reuse-pack] [--keep]   (run through pnpm)
//   --reuse-pack installs the tarballs the pack check just made instead of building and packing.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { customElements, writableProperties } from './manifest/framework-types.mjs';
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
    jsx: 'react-jsx',
  },
  files: ['check.ts', 'react.tsx'],
};

/** What the framework consumers install beside the packed packages (the checks' compilers). */
const FRAMEWORK_DEV_DEPENDENCIES = {
  '@types/react': '^19.2.0',
  vue: '^3.5.0',
  'vue-tsc': '^3.1.0',
};

/** `sel-rating-change` -> `SelRatingChange`. @param {string} name */
const pascal = (name) =>
  name
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');

/** `headingLevel` -> `heading-level`. @param {string} name */
const kebab = (name) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/**
 * What the framework files need to know of each element, from the packed manifest.
 * @param {Parameters<typeof customElements>[0]} manifest
 */
export function frameworkSubjects(manifest) {
  return customElements(manifest).map((element) => {
    const properties = writableProperties(element).map((property) => property.name);
    const first = properties[0] ?? 'label';
    return {
      tag: element.tagName,
      className: element.name,
      values: `${element.name.charAt(0).toLowerCase()}${element.name.slice(1)}Values`,
      properties,
      misspelled: `${first}${first.slice(-1)}`,
      readonly: (element.members ?? []).find((member) => member.kind === 'field' && member.readonly === true)?.name,
      events: (element.events ?? []).map((event) => ({ name: event.name, detail: event.type?.text ?? 'never' })),
    };
  });
}

/** @typedef {ReturnType<typeof frameworkSubjects>[number]} FrameworkSubject */

/**
 * The type names a framework file imports from @sel/components.
 * @param {readonly FrameworkSubject[]} subjects
 */
function importedTypes(subjects) {
  const names = new Set(subjects.map((subject) => subject.className));
  for (const subject of subjects) {
    for (const event of subject.events) for (const name of event.detail.match(/\b[A-Z]\w*/g) ?? []) names.add(name);
  }
  return [...names].sort().join(', ');
}

/**
 * `const selRubricValues = {} as { [K in 'rubric' | 'src']: SelRubric[K] };`
 * @param {FrameworkSubject} subject
 */
function valuesDeclaration(subject) {
  const keys = subject.properties.map((name) => `'${name}'`).join(' | ') || 'never';
  return `const ${subject.values} = {} as { [K in ${keys}]: ${subject.className}[K] };`;
}

const TYPE_HELPERS = `type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
declare const brand: unique symbol;
/** Takes nothing an event's detail is, unless the detail is \`any\` or \`never\`. */
function notTheDetail(value: { readonly [brand]: true }): void {
  console.log(value);
}`;

/**
 * A React 19 TSX file that uses every element with every property and event.
 * @param {readonly FrameworkSubject[]} subjects
 */
export function reactSource(subjects) {
  const uses = subjects.map((subject) => {
    const props = subject.properties.map((name) => `    ${name}={${subject.values}.${name}}`);
    const handlers = subject.events.map(
      (event) =>
        `    on${event.name}={(event) => {\n      const exact: Equal<typeof event.detail, ${event.detail}> = true;\n      console.log(exact);\n    }}`,
    );
    const wrong = subject.events.map(
      (event) =>
        `    // @ts-expect-error the ${event.name} detail is typed\n    on${event.name}={(event) => notTheDetail(event.detail)}`,
    );
    // TypeScript names only the first unknown property of an element, so each mistake has its own.
    const readonly =
      subject.readonly === undefined
        ? ''
        : `\n  <${subject.tag}\n    // @ts-expect-error ${subject.readonly} is read-only\n    ${subject.readonly}={undefined}\n  />`;
    return `${valuesDeclaration(subject)}
export const ${subject.values}Use = (
  <${subject.tag}
${[...props, ...handlers].join('\n')}
  />
);
export const ${subject.values}Mistakes = (
  <>
  <${subject.tag}
    // @ts-expect-error a misspelled property
    ${subject.misspelled}={${subject.values}.${subject.properties[0] ?? 'label'}}
  />
  <${subject.tag}
${wrong.join('\n')}
  />${readonly}
  </>
);`;
  });
  return `import type {} from '@sel/components/custom-elements-jsx';
import type { ${importedTypes(subjects)} } from '@sel/components';

${TYPE_HELPERS}

${uses.join('\n\n')}
`;
}

/**
 * `onSelRubricSelError`: the SFC's handler of one element's event.
 * @param {FrameworkSubject} subject
 * @param {string} event
 */
const handlerName = (subject, event) => `on${subject.className}${pascal(event)}`;

/**
 * A Vue 3 SFC that uses every element with every property and event.
 * @param {readonly FrameworkSubject[]} subjects
 */
export function vueSource(subjects) {
  const handlers = subjects.flatMap((subject) =>
    subject.events.map(
      (event) =>
        `function ${handlerName(subject, event.name)}(event: CustomEvent<${event.detail}>): void {\n  console.log(event.detail);\n}`,
    ),
  );
  const uses = subjects.map((subject) => {
    const props = subject.properties.map((name) => ` :${kebab(name)}="${subject.values}.${name}"`).join('');
    const events = subject.events.map((event) => ` @${event.name}="${handlerName(subject, event.name)}"`).join('');
    const wrong = subject.events.map(
      (event) =>
        `  <!-- @vue-expect-error the ${event.name} detail is typed -->\n  <${subject.tag} @${event.name}="(event) => notTheDetail(event.detail)" />`,
    );
    return [
      `  <${subject.tag}${props}${events} />`,
      `  <!-- @vue-expect-error a misspelled property -->`,
      `  <${subject.tag} :${kebab(subject.misspelled)}="${subject.values}.${subject.properties[0] ?? 'label'}" />`,
      ...wrong,
    ].join('\n');
  });
  return `<script setup lang="ts">
import type { ${importedTypes(subjects)} } from '@sel/components';

${TYPE_HELPERS.replace(/^type Equal.*\n/, '')}

${subjects.map(valuesDeclaration).join('\n')}

${handlers.join('\n\n')}
</script>

<template>
${uses.join('\n')}
</template>
`;
}

const VUE_TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'esnext',
    moduleResolution: 'bundler',
    lib: ['ES2023', 'DOM', 'DOM.Iterable'],
    types: [],
    strict: true,
    skipLibCheck: false,
    noEmit: true,
    verbatimModuleSyntax: true,
    jsx: 'preserve',
  },
  // Without strict templates Vue lets any unknown attribute fall through to the element.
  vueCompilerOptions: { strictTemplates: true },
  include: ['vue/*.vue', 'vue/*.d.ts'],
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
    const typescript = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'typescript', 'package.json'), 'utf8'));
    const devDependencies = { ...FRAMEWORK_DEV_DEPENDENCIES, typescript: typescript.version };
    writeFileSync(
      join(app, 'package.json'),
      `${JSON.stringify({ name: 'sel-consumer-check', private: true, type: 'module', dependencies, devDependencies }, null, 2)}\n`,
    );
    run(['npm', 'install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], { cwd: app });
    console.log(`installed ${packed.map((pkg) => pkg.name).join(', ')} from their tarballs into ${app}`);

    // 1. Node ESM, exactly as the issue describes it.
    process.stdout.write(run(['node', '--input-type=module', '-e', NODE_CHECK], { cwd: app }));

    const components = packed.find((pkg) => pkg.name === '@sel/components');
    if (components === undefined) throw new Error('@sel/components was not packed');
    const defines = defineSubpaths(packedManifest(components.tarball));

    // 2. TypeScript against the installed declarations, and 4. React 19 TSX in the same run.
    const installed = join(app, 'node_modules', '@sel', 'components');
    const subjects = frameworkSubjects(JSON.parse(readFileSync(join(installed, 'custom-elements.json'), 'utf8')));
    if (subjects.length === 0) throw new Error('the packed custom-elements.json declares no element');
    writeFileSync(join(app, 'check.ts'), typeCheckSource(defines));
    writeFileSync(join(app, 'react.tsx'), reactSource(subjects));
    writeFileSync(join(app, 'tsconfig.json'), `${JSON.stringify(TSCONFIG, null, 2)}\n`);
    run(['node', join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { cwd: app });
    console.log(
      `typescript: check.ts compiles against the installed declarations (${String(defines.length)} element(s))`,
    );
    const tags = subjects.map((subject) => `<${subject.tag}>`).join(', ');
    console.log(`react 19: react.tsx type-checks ${tags} with every property and event, and catches the mistakes`);

    // 5. Vue 3 + vue-tsc on a single-file component.
    mkdirSync(join(app, 'vue'));
    writeFileSync(join(app, 'vue', 'Consumer.vue'), vueSource(subjects));
    writeFileSync(join(app, 'vue', 'env.d.ts'), `import type {} from '@sel/components/custom-elements-vue';\n`);
    writeFileSync(join(app, 'tsconfig.vue.json'), `${JSON.stringify(VUE_TSCONFIG, null, 2)}\n`);
    run(['node', join(app, 'node_modules', 'vue-tsc', 'bin', 'vue-tsc.js'), '-p', 'tsconfig.vue.json'], { cwd: app });
    console.log(`vue 3: vue-tsc checks Consumer.vue with ${tags}, every property and event, and catches the mistakes`);

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

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();

#!/usr/bin/env node
// Packs @sel/core, @sel/data and @sel/components exactly as `pnpm publish` would (workspace:*
// dependencies become real versions) and checks every tarball:
//   - publint in strict mode (warnings fail too), on the tarball itself;
//   - @arethetypeswrong/cli with the esm-only profile, each package packed into a folder of its own;
//   - the tarball's file list: every `exports` target and `types` entry is inside, no tests,
//     fixtures, stories, benchmarks or build-info files leak in, no `workspace:` ranges remain.
//
// Usage: node scripts/pack-check.mjs [--no-build]   (run through pnpm, e.g. `pnpm run pack-check`)
// The tarballs stay in .tmp/pack-check/ (`consumer-check --reuse-pack` installs those).
// The other scripts reuse `packPackages` and friends from this module.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The published packages, in dependency order. */
export const PACKAGES = [
  { name: '@sel/core', dir: 'packages/core', short: 'core' },
  { name: '@sel/data', dir: 'packages/data', short: 'data' },
  { name: '@sel/components', dir: 'packages/components', short: 'components' },
];

const PNPM_VERSION = '10.34.8';

/**
 * Files that must never be published, whatever their extension: tests and their helpers and
 * fixtures, stories, benchmarks, tsc build info.
 */
const FORBIDDEN_FILES = [
  { pattern: /\.(test|spec)\.[^/]+$/, why: 'a test' },
  { pattern: /\.bench\.[^/]+$/, why: 'a benchmark' },
  { pattern: /\.stories\.[^/]+$/, why: 'a Storybook story' },
  { pattern: /(^|\/)test-[^/]*$/, why: 'a test helper or fixture' },
  { pattern: /(^|\/)[^/]*fixtures?([-_.][^/]*)?$/i, why: 'a test fixture' },
  { pattern: /(^|\/)(test|tests|__tests__|fixtures|__fixtures__|__mocks__)\//, why: 'test code or data' },
  { pattern: /\.tsbuildinfo$/, why: 'TypeScript build info' },
];

/** The pnpm command: the one on PATH when it is pnpm 10 (as under `pnpm run`), else through npx. */
export function pnpmCommand() {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  if (probe.status === 0 && probe.stdout.trim().startsWith('10.')) return ['pnpm'];
  return ['npx', '-y', `pnpm@${PNPM_VERSION}`];
}

/**
 * Runs a command and returns its stdout; throws with the command's own output when it fails.
 * @param {string[]} command
 * @param {{ cwd?: string, quiet?: boolean, env?: NodeJS.ProcessEnv }} [options]
 */
export function run(command, options = {}) {
  const [file, ...args] = command;
  if (file === undefined) throw new Error('run: empty command');
  const result = spawnSync(file, args, {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false', ...options.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw new Error(`${command.join(' ')}: ${result.error.message}`);
  if (result.status !== 0) {
    const output = `${result.stdout}${result.stderr}`.trim();
    throw new Error(`${command.join(' ')} failed with exit code ${String(result.status)}\n${output}`);
  }
  if (!options.quiet && result.stderr.trim() !== '') {
    const noise = /^npm warn Unknown (user|env) config/;
    const lines = result.stderr.split('\n').filter((line) => line.trim() !== '' && !noise.test(line));
    if (lines.length > 0) process.stderr.write(`${lines.join('\n')}\n`);
  }
  return result.stdout;
}

/** Builds every package (tsc, data JSON, CDN bundle, manifest) through the root `build` script. */
export function buildWorkspace() {
  run([...pnpmCommand(), 'run', 'build']);
}

/**
 * Packs each package into `<destination>/<short>/` and returns where the tarballs are.
 * @param {string} destination
 */
export function packPackages(destination) {
  const pnpm = pnpmCommand();
  return PACKAGES.map((pkg) => {
    const folder = join(destination, pkg.short);
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    run([...pnpm, 'pack', '--pack-destination', folder], { cwd: join(ROOT, pkg.dir), quiet: true });
    const tarballs = readdirSync(folder).filter((file) => file.endsWith('.tgz'));
    if (tarballs.length !== 1 || tarballs[0] === undefined) {
      throw new Error(`expected one tarball for ${pkg.name} in ${folder}, found ${String(tarballs.length)}`);
    }
    return { ...pkg, tarball: join(folder, tarballs[0]) };
  });
}

/** Where `pack-check` leaves its tarballs for the consumer check to reuse. */
export const PACK_CHECK_DIR = join(ROOT, '.tmp', 'pack-check');

/**
 * The tarballs an earlier `packPackages(destination)` left, in the same shape it returns.
 * @param {string} destination
 */
export function packedTarballs(destination) {
  return PACKAGES.map((pkg) => {
    const folder = join(destination, pkg.short);
    const tarball = existsSync(folder) ? readdirSync(folder).find((file) => file.endsWith('.tgz')) : undefined;
    if (tarball === undefined) throw new Error(`no packed ${pkg.name} in ${folder}: run the pack check first`);
    return { ...pkg, tarball: join(folder, tarball) };
  });
}

/**
 * The files inside a tarball, relative to its `package/` folder.
 * @param {string} tarball
 */
export function tarballFiles(tarball) {
  return run(['tar', '-tzf', tarball], { quiet: true })
    .split('\n')
    .filter((line) => line !== '' && !line.endsWith('/'))
    .map((line) => line.replace(/^package\//, ''));
}

/**
 * The package.json as it was packed (workspace ranges already replaced).
 * @param {string} tarball
 * @returns {Record<string, unknown>}
 */
export function packedManifest(tarball) {
  return JSON.parse(run(['tar', '-xzOf', tarball, 'package/package.json'], { quiet: true }));
}

/**
 * Every file path an `exports` map points to, with the subpath and conditions that lead there.
 * @param {unknown} exportsField
 * @returns {{ subpath: string, conditions: string[], target: string }[]}
 */
export function exportTargets(exportsField) {
  /** @type {{ subpath: string, conditions: string[], target: string }[]} */
  const targets = [];
  /** @param {string} subpath @param {string[]} conditions @param {unknown} value */
  const walk = (subpath, conditions, value) => {
    if (typeof value === 'string') targets.push({ subpath, conditions, target: value });
    else if (Array.isArray(value)) for (const item of value) walk(subpath, conditions, item);
    else if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key.startsWith('.')) walk(key, conditions, inner);
        else walk(subpath, [...conditions, key], inner);
      }
    }
  };
  walk('.', [], exportsField);
  return targets;
}

/**
 * Whether a file list has a file an exports target names (a `*` matches any run of characters).
 * @param {readonly string[]} files
 * @param {string} target
 */
export function targetExists(files, target) {
  const path = target.replace(/^\.\//, '');
  if (!path.includes('*')) return files.includes(path);
  const escaped = path.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`^${escaped.join('.+')}$`);
  return files.some((file) => pattern.test(file));
}

/**
 * Problems with a tarball's contents and packed manifest; empty when it is fit to publish.
 * @param {readonly string[]} files
 * @param {Record<string, unknown>} manifest
 */
export function contentProblems(files, manifest) {
  const problems = [];
  for (const file of files) {
    const forbidden = FORBIDDEN_FILES.find(({ pattern }) => pattern.test(file));
    if (forbidden) problems.push(`${file} is ${forbidden.why} and must not be published`);
  }
  for (const { subpath, conditions, target } of exportTargets(manifest['exports'])) {
    if (!targetExists(files, target)) {
      const via = conditions.length > 0 ? ` (conditions: ${conditions.join(' > ')})` : '';
      problems.push(`exports["${subpath}"]${via} points to ${target}, which is not in the tarball`);
    }
  }
  for (const field of ['types', 'main', 'module', 'customElements']) {
    const value = manifest[field];
    if (typeof value === 'string' && !targetExists(files, value)) {
      problems.push(`"${field}" points to ${value}, which is not in the tarball`);
    }
  }
  for (const field of ['license', 'repository', 'sideEffects', 'exports', 'types', 'files']) {
    if (manifest[field] === undefined) problems.push(`package.json has no "${field}" field`);
  }
  if (!files.includes('LICENSE')) problems.push('the tarball has no LICENSE file');
  if (!files.includes('README.md')) problems.push('the tarball has no README.md');
  for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
    const deps = manifest[field];
    if (deps === null || typeof deps !== 'object') continue;
    for (const [dep, range] of Object.entries(deps)) {
      if (typeof range === 'string' && range.startsWith('workspace:')) {
        problems.push(`${field}["${dep}"] is still "${range}" after packing`);
      }
    }
  }
  return problems;
}

/**
 * The `./<name>/define` subpaths of the packed @sel/components, e.g. `rubric/define`.
 * @param {Record<string, unknown>} manifest
 */
export function defineSubpaths(manifest) {
  const exportsField = manifest['exports'];
  if (exportsField === null || typeof exportsField !== 'object') return [];
  return Object.keys(exportsField)
    .filter((key) => /^\.\/[a-z0-9-]+\/define$/.test(key))
    .map((key) => key.slice(2))
    .sort();
}

/**
 * The tag a `define` subpath registers: `partner-card-sort/define` -> `sel-partner-card-sort`.
 * @param {string} subpath
 */
export function tagOfDefineSubpath(subpath) {
  return `sel-${subpath.replace(/\/define$/, '')}`;
}

/** What a package with custom elements ships beside its manifest, generated from it. */
export const MANIFEST_COMPANIONS = [
  'vscode.html-custom-data.json',
  'vscode.css-custom-data.json',
  'web-types.json',
  'custom-elements-jsx.d.ts',
  'custom-elements-vue.d.ts',
];

/**
 * When a package ships a Custom Elements Manifest that declares elements, editors and frameworks
 * need what is generated from it beside it: VS Code's HTML and CSS data, JetBrains' web-types and
 * the React and Vue types, each describing every element.
 * @param {string} tarball
 * @param {readonly string[]} files
 * @param {Record<string, unknown>} manifest
 */
function customDataProblems(tarball, files, manifest) {
  const field = manifest['customElements'];
  if (typeof field !== 'string' || !targetExists(files, field)) return [];
  /** @param {string} file */
  const read = (file) => run(['tar', '-xzOf', tarball, `package/${file}`], { quiet: true });
  const cem = JSON.parse(read(field.replace(/^\.\//, '')));
  const tags = (cem.modules ?? []).flatMap((/** @type {{ declarations?: { tagName?: string }[] }} */ module) =>
    (module.declarations ?? []).map((declaration) => declaration.tagName).filter((tag) => typeof tag === 'string'),
  );
  if (tags.length === 0) return [];
  const missing = MANIFEST_COMPANIONS.filter((file) => !files.includes(file));
  if (missing.length > 0)
    return missing.map((file) => `${field} declares ${tags.join(', ')} but ${file} is not in the tarball`);
  const html = JSON.parse(read('vscode.html-custom-data.json'));
  const vscodeTags = new Set((html.tags ?? []).map((/** @type {{ name: string }} */ tag) => tag.name));
  const webTypes = JSON.parse(read('web-types.json'));
  const webTypesTags = new Set(
    (webTypes.contributions?.html?.elements ?? []).map((/** @type {{ name: string }} */ element) => element.name),
  );
  const jsx = read('custom-elements-jsx.d.ts');
  const vue = read('custom-elements-vue.d.ts');
  return tags.flatMap((tag) => [
    ...(vscodeTags.has(tag) ? [] : [`vscode.html-custom-data.json does not describe <${tag}>`]),
    ...(webTypesTags.has(tag) ? [] : [`web-types.json does not describe <${tag}>`]),
    ...(jsx.includes(`'${tag}':`) ? [] : [`custom-elements-jsx.d.ts has no JSX type for <${tag}>`]),
    ...(vue.includes(`'${tag}':`) ? [] : [`custom-elements-vue.d.ts has no Vue type for <${tag}>`]),
  ]);
}

/** @param {string} tarball */
async function publintProblems(tarball) {
  const { publint } = await import('publint');
  const { formatMessage } = await import('publint/utils');
  const buffer = readFileSync(tarball);
  const tarballBytes = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
  const { messages, pkg } = await publint({ pack: { tarball: tarballBytes }, level: 'suggestion', strict: true });
  return messages.map((message) => `publint ${message.type}: ${formatMessage(message, pkg) ?? message.code}`);
}

/** @param {string} tarball */
function attwProblems(tarball) {
  const attw = join(ROOT, 'node_modules', '.bin', 'attw');
  try {
    run([attw, '--profile', 'esm-only', '--format', 'table-flipped', '--no-color', tarball], { quiet: true });
    return [];
  } catch (error) {
    return [`@arethetypeswrong/cli: ${error instanceof Error ? error.message : String(error)}`];
  }
}

async function main() {
  const started = Date.now();
  if (!process.argv.includes('--no-build')) buildWorkspace();
  const packed = packPackages(PACK_CHECK_DIR);
  let failures = 0;
  for (const pkg of packed) {
    const files = tarballFiles(pkg.tarball);
    const manifest = packedManifest(pkg.tarball);
    const problems = [
      ...contentProblems(files, manifest),
      ...customDataProblems(pkg.tarball, files, manifest),
      ...(await publintProblems(pkg.tarball)),
      ...attwProblems(pkg.tarball),
    ];
    const where = relative(ROOT, pkg.tarball);
    if (problems.length === 0) {
      console.log(`ok   ${pkg.name}: ${String(files.length)} files, publint and attw clean (${where})`);
    } else {
      failures += problems.length;
      console.error(`FAIL ${pkg.name} (${where}):`);
      for (const problem of problems) console.error(`  - ${problem.replace(/\n/g, '\n    ')}`);
    }
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (failures > 0) {
    console.error(`pack check: ${String(failures)} problem(s) in ${seconds} s`);
    process.exitCode = 1;
  } else {
    console.log(`pack check: all ${String(packed.length)} packages fit to publish (${seconds} s)`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}

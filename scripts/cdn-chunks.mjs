// What a page fetches from the code-split CDN build (packages/components/dist/cdn/): the files an
// entry imports, and theirs in turn, read from the built modules' import statements. The size
// budgets (.size-limit.mjs) count a page's weight with it, and the CDN tests check the build with it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const cdnDir = resolve(fileURLToPath(new URL('../packages/components/dist/cdn', import.meta.url)));

/** `import ... from "./x.js"`, `import "./x.js"` and `export ... from "./x.js"` in minified output. */
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;
/** `import("./x.js")`, as the autoloader loads an element. */
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g;

/**
 * @param {string} file absolute path of a built module
 * @param {RegExp} pattern
 * @returns {string[]} absolute paths of the modules it imports this way
 */
function importsOf(file, pattern) {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(pattern)].map((match) => join(dirname(file), /** @type {string} */ (match[1])));
}

/**
 * The modules a browser fetches to run `entries`: each of them and everything they import
 * statically, transitively (not what they may import later with `import()`).
 * @param {readonly string[]} entries paths relative to dist/cdn, e.g. `elements/sel-rubric.js`
 * @returns {string[]} paths relative to the repository root, sorted
 */
export function staticClosure(entries) {
  const seen = new Set();
  const queue = entries.map((entry) => join(cdnDir, entry));
  while (queue.length > 0) {
    const file = /** @type {string} */ (queue.pop());
    if (seen.has(file)) continue;
    if (!existsSync(file)) throw new Error(`${relative(cdnDir, file)} is imported but not built; run pnpm run build`);
    seen.add(file);
    queue.push(...importsOf(file, STATIC_IMPORT));
  }
  const root = resolve(cdnDir, '../../../..');
  return [...seen].map((file) => relative(root, file)).sort();
}

/**
 * The modules a page fetches when the autoloader finds `tags` on it: the autoloader, then each
 * element's chunk with what it imports.
 * @param {readonly string[]} tags e.g. `['sel-rubric']`
 * @returns {string[]} paths relative to the repository root
 */
export function autoloadedPage(tags) {
  const loaded = new Map(
    importsOf(join(cdnDir, 'autoloader.js'), DYNAMIC_IMPORT).map((file) => [relative(cdnDir, file), file]),
  );
  const elements = tags.map((tag) => {
    const chunk = `elements/${tag}.js`;
    if (!loaded.has(chunk)) throw new Error(`the autoloader does not load <${tag}> (expected ${chunk})`);
    return chunk;
  });
  return staticClosure(['autoloader.js', ...elements]);
}

/** The tags the built autoloader can load, read from its `import()` calls. */
export function autoloadedTags() {
  return importsOf(join(cdnDir, 'autoloader.js'), DYNAMIC_IMPORT)
    .map((file) => /elements[\\/](sel-[a-z0-9-]+)\.js$/.exec(file)?.[1])
    .filter((tag) => tag !== undefined)
    .sort();
}

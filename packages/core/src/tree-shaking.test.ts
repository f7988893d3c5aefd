import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';

const sourceDir = dirname(fileURLToPath(import.meta.url));

/**
 * Treats every module of @sel/core as if it had side effects, so the bundle keeps whatever a
 * module's top level would run on import. With `sideEffects: false` a bundler drops a module
 * nothing uses anyway; this asks the stricter question a bundler faces for a module that is used:
 * may it drop the schemas and tables the imported function does not need?
 */
const everyModuleKept: Plugin = {
  name: 'every-core-module-kept',
  setup(builder) {
    builder.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.importer !== '<stdin>' && !args.importer.startsWith(sourceDir)) return undefined;
      return { path: join(args.resolveDir, args.path.replace(/\.js$/, '.ts')), sideEffects: true };
    });
  },
};

/** The modules whose top level survives bundling `import './index.js'` with nothing used. */
async function modulesLeftWhenNothingIsUsed(): Promise<string[]> {
  const result = await build({
    stdin: { contents: `import './index.js';`, resolveDir: sourceDir, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [everyModuleKept],
  });
  const output = Object.values(result.metafile.outputs)[0];
  return Object.entries(output?.inputs ?? {})
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path);
}

describe('tree-shaking', () => {
  it('leaves nothing of any module, zod included, in a bundle that uses none of its exports', async () => {
    // Every schema and table built at a module's top level is marked /* @__PURE__ */, and its
    // messages are functions or plain strings (a template with `${...}` may run code, so a bundler
    // keeps it and the schema around it). A new schema without the mark shows up here.
    expect(await modulesLeftWhenNothingIsUsed()).toEqual([]);
  }, 30_000);
});

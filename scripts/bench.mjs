// `pnpm bench`: bundles the TypeScript benchmark runner (bench/run.ts) with esbuild and runs it.
// The workspace packages are bundled from their sources (the `source` export condition), in
// production mode, so nothing needs to be built first. Options: see bench/run.ts.
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'node_modules', '.cache', 'sel-bench', 'run.mjs');

await build({
  entryPoints: [join(root, 'bench', 'run.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  conditions: ['source', 'module', 'production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  external: ['esbuild', 'playwright'],
  sourcemap: 'inline',
  logLevel: 'warning',
});

const { runBenchmarks } = await import(pathToFileURL(outfile).href);
try {
  await runBenchmarks(root, process.argv.slice(2));
} catch (error) {
  // A missing browser or a benchmark that broke; DEBUG=1 shows where.
  console.error(`pnpm bench: ${error instanceof Error ? error.message : String(error)}`);
  if (process.env.DEBUG && error instanceof Error) console.error(error.stack);
  process.exitCode = 1;
}

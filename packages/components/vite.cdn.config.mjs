// The CDN bundle of @sel/components: one minified ES module, dist/cdn/sel-components.js, with Lit,
// the @sel/core rules and the @sel/data defaults the elements use inlined, which registers every
// <sel-*> element when a page loads it with <script type="module" src="...">.
//
// It bundles tsc's output (dist/cdn.js), not the TypeScript sources, so the classes are compiled
// exactly as npm consumers get them (useDefineForClassFields: false matters for Lit properties).
// Run `tsc -b` first; `pnpm run build` does both.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { minifyCssTemplatesPlugin } from '../../scripts/minify-css-templates.mjs';

const packageDir = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: packageDir,
  configFile: false,
  publicDir: false,
  logLevel: 'warn',
  // The JavaScript minifier leaves template text alone: minify the elements' CSS here (our own
  // modules only; Lit has no stylesheets).
  plugins: [minifyCssTemplatesPlugin(/[\\/]packages[\\/]components[\\/]dist[\\/].*\.js$/)],
  // Production builds of Lit (no dev-mode warnings); never the `source` condition used by tests.
  mode: 'production',
  resolve: { conditions: ['module', 'browser', 'production'] },
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    reportCompressedSize: false,
    lib: {
      entry: 'dist/cdn.js',
      formats: ['es'],
      fileName: () => 'sel-components.js',
    },
    // Library mode leaves ES output unminified unless Rolldown's output minify is set.
    rolldownOptions: { output: { minify: true, codeSplitting: false } },
  },
});

// Custom Elements Manifest for @sel/components: `pnpm run analyze` writes
// packages/components/custom-elements.json (attributes, properties, events, slots, parts and
// CSS properties from each element's JSDoc) and vscode.html-custom-data.json beside it, so
// editors complete `<sel-*>` tags. Storybook's docs tables read the same manifest.
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';

const outdir = 'packages/components';

export default {
  globs: ['packages/components/src/**/*.ts'],
  exclude: [
    'packages/components/src/**/*.test.ts',
    'packages/components/src/**/*.stories.ts',
    'packages/components/src/**/*.bench.ts',
    'packages/components/src/test/**',
  ],
  outdir,
  litelement: true,
  // The manifest belongs to @sel/components, not the workspace root: keep the root package.json untouched.
  packagejson: false,
  plugins: [customElementVsCodePlugin({ outdir, htmlFileName: 'vscode.html-custom-data.json' })],
};

// Custom Elements Manifest for @sel/components: `pnpm run analyze` (part of `pnpm run build`)
// writes into packages/components/
//   - custom-elements.json: attributes, properties, events (with their detail types), slots,
//     parts and CSS properties from each element's JSDoc; public API only, with module paths
//     relative to the package (scripts/manifest/public-api.mjs);
//   - vscode.html-custom-data.json and vscode.css-custom-data.json for VS Code;
//   - custom-elements-jsx.d.ts (React 19), custom-elements-vue.d.ts (Vue 3) and web-types.json
//     (JetBrains IDEs), all from the same manifest (scripts/manifest/framework-types.mjs).
// Storybook's docs tables read the same manifest. scripts/manifest.test.ts checks it against
// the element sources.
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { publicApiPlugin } from './scripts/manifest/public-api.mjs';
import { frameworkTypesPlugin } from './scripts/manifest/framework-types.mjs';

const outdir = 'packages/components';

export default {
  globs: ['packages/components/src/**/*.ts'],
  exclude: [
    'packages/components/src/**/*.test.ts',
    'packages/components/src/**/*.stories.ts',
    'packages/components/src/**/*.bench.ts',
    'packages/components/src/**/*.contract.ts',
    'packages/components/src/**/test-*.ts',
    'packages/components/src/test/**',
  ],
  outdir,
  litelement: true,
  // The manifest belongs to @sel/components, not the workspace root: keep the root package.json untouched.
  packagejson: false,
  plugins: [
    publicApiPlugin({ packageDir: outdir }),
    customElementVsCodePlugin({
      outdir,
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
    }),
    frameworkTypesPlugin({ outdir }),
  ],
};

import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';
import { mergeConfig } from 'vite';
import { customElementsManifest } from './custom-elements-plugin.js';

const root = fileURLToPath(new URL('..', import.meta.url));

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The docs site: guides and reference pages in docs/, element pages attached to the stories.
  stories: ['../docs/**/*.mdx', '../packages/components/src/**/*.mdx', '../packages/components/src/**/*.stories.ts'],
  addons: [
    // GitHub-flavoured Markdown (tables above all) in the docs pages, as on GitHub.
    {
      name: '@storybook/addon-docs',
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
  ],
  core: { disableTelemetry: true },
  viteFinal(viteConfig) {
    return mergeConfig(viteConfig, {
      // Workspace packages resolve to their TypeScript sources, as in vitest.config.ts.
      resolve: { conditions: ['source', 'module', 'browser', 'development|production'] },
      plugins: [customElementsManifest(root)],
    });
  },
};

export default config;

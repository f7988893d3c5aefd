import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';

/** Debian's Chromium; override with SEL_CHROMIUM_PATH. Tests never download a browser. */
const chromiumPath = process.env['SEL_CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * The browser settings shared by the component tests and the story tests in Chromium. A fresh
 * object per project: Vitest writes each instance's project name into it.
 */
function chromiumBrowser() {
  return {
    enabled: true,
    headless: true,
    screenshotFailures: false,
    provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
    instances: [{ browser: 'chromium' as const }],
  };
}

// Workspace packages resolve to their TypeScript sources in tests (the `source` export condition).
const conditions = ['source', 'module', 'browser', 'development|production'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions: ['source', 'module', 'node', 'development|production'] } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['packages/{core,data}/src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['packages/components/src/**/*.test.ts'],
          browser: chromiumBrowser(),
        },
      },
      {
        // Every story in `.storybook/main.ts` rendered in Chromium, with its axe check failing the
        // test on a violation (`a11y.test: 'error'` in the preview) and its play function run.
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'storybook',
          browser: chromiumBrowser(),
        },
      },
    ],
  },
});

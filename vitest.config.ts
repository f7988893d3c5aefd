import { configDefaults, defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { describeEngines, ENGINES_VARIABLE, selectEngines } from './scripts/engines/engines.js';
import { chromiumProvider, engineInstance, firefoxUntransformedTester } from './scripts/engines/providers.js';
import { freePort } from './scripts/engines/webkit-driver.js';

// Chromium, Firefox and WebKit unless SEL_ENGINES narrows a local run (CI always runs all three).
const engines = describeEngines(process.env);
const selected = selectEngines(process.env[ENGINES_VARIABLE]);
const playwrightEngines = selected.filter((name) => name !== 'webkit');
// WebKitWebDriver listens here; the WebKit project's global setup starts it.
const webkitPort = selected.includes('webkit') ? await freePort() : 0;

// Workspace packages resolve to their TypeScript sources in tests (the `source` export condition).
const conditions = ['source', 'module', 'browser', 'development|production'];

/** The component suite: keyboard, pointer, axe, forms, the three ways to give data, bad data. */
const componentTests = ['packages/components/src/**/*.test.ts'];
/** The components' pure modules (reducers, layout arithmetic), tested in Node beside their code. */
const componentUnitTests = ['packages/components/src/**/*.unit.test.ts'];
const componentExclude = [...configDefaults.exclude, ...componentUnitTests];

const projects: TestProjectInlineConfiguration[] = [
  {
    extends: true,
    test: {
      name: 'unit',
      environment: 'node',
      include: [
        'packages/{core,data}/src/**/*.test.ts',
        ...componentUnitTests,
        'scripts/**/*.test.ts',
        'bench/**/*.test.ts',
      ],
    },
  },
];

if (playwrightEngines.length > 0) {
  // Reported as `browser (chromium)` and `browser (firefox)`.
  projects.push({
    extends: true,
    test: {
      name: 'browser',
      include: componentTests,
      exclude: componentExclude,
      browser: {
        enabled: true,
        headless: true,
        screenshotFailures: false,
        orchestratorScripts: [firefoxUntransformedTester],
        instances: playwrightEngines.map((name) => ({
          ...engineInstance(engines[name], webkitPort),
          // One test file at a time in CI: keys go to the page that has the window's focus, a risk
          // for files run side by side in tabs that the serial run does not take.
          ...(name === 'firefox' && process.env['CI'] === 'true' ? { fileParallelism: false } : {}),
        })),
      },
    },
  });
}

if (selected.includes('webkit')) {
  // Reported as `browser (webkit)`: its own project, since its provider is WebdriverIO.
  projects.push({
    extends: true,
    test: {
      name: 'browser-webkit',
      include: componentTests,
      exclude: componentExclude,
      globalSetup: ['scripts/engines/webkit-driver.ts'],
      browser: {
        enabled: true,
        screenshotFailures: false,
        instances: [engineInstance(engines.webkit, webkitPort)],
      },
    },
  });
}

if (selected.includes('chromium')) {
  // Every story in `.storybook/main.ts` rendered in Chromium, with its axe check failing the test
  // on a violation (`a11y.test: 'error'` in the preview) and its play function run.
  projects.push({
    extends: true,
    plugins: [storybookTest({ configDir: '.storybook' })],
    test: {
      name: 'storybook',
      browser: {
        enabled: true,
        headless: true,
        screenshotFailures: false,
        provider: chromiumProvider(engines.chromium),
        instances: [{ browser: 'chromium' }],
      },
    },
  });
}

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions: ['source', 'module', 'node', 'development|production'] } },
  test: {
    projects,
    // `expect.poll` waits up to 10 s (not 1 s) for what a browser draws in later frames: under a
    // loaded CI runner one WebKit frame of a 1,000-card board took 100-300 ms. A guard, not a timing.
    expect: { poll: { timeout: 10_000 } },
  },
});

// The engines the real-navigation page tests drive with Playwright (Chromium, and Firefox ESR over
// WebDriver BiDi), as SEL_ENGINES selects them, launched from Debian's browsers. WebKit has its own
// tests over WebKitWebDriver (`*.webkit.test.ts`).
import { chromium, firefox, type Browser } from 'playwright';
import { describeEngines, ENGINES_VARIABLE, executablePath, selectEngines } from './engines/engines.js';
import { chromiumArgs, chromiumPath } from './static-server.js';

export type PageEngine = 'Chromium' | 'Firefox';

const selected = selectEngines(process.env[ENGINES_VARIABLE]);

/** The Playwright engines this run selects, in a stable order. */
export const pageEngines: readonly PageEngine[] = [
  ...(selected.includes('chromium') ? (['Chromium'] as const) : []),
  ...(selected.includes('firefox') ? (['Firefox'] as const) : []),
];

/** Starts `engine` with no first-run pages, update checks or telemetry. */
export function launchPageEngine(engine: PageEngine): Promise<Browser> {
  if (engine === 'Chromium') return chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });
  return firefox.launch({
    channel: 'moz-firefox',
    executablePath: executablePath(describeEngines(process.env).firefox, 'browser'),
    firefoxUserPrefs: {
      'app.update.auto': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      // A download a page lets through must not open the downloads panel, which takes the keyboard.
      'browser.download.alwaysOpenPanel': false,
    },
  });
}

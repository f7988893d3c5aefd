import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ENGINES,
  describeEngines,
  ENGINE_NAMES,
  executablePath,
  missingEngineMessage,
  missingExecutables,
  selectEngines,
} from './engines.js';

describe('selectEngines', () => {
  it('runs the default engines when SEL_ENGINES is unset or blank, and all three for "all"', () => {
    expect(selectEngines(undefined)).toEqual([...DEFAULT_ENGINES]);
    expect(selectEngines('')).toEqual([...DEFAULT_ENGINES]);
    expect(selectEngines('  ')).toEqual([...DEFAULT_ENGINES]);
    expect(selectEngines(' ALL ')).toEqual(['chromium', 'firefox', 'webkit']);
    expect(ENGINE_NAMES).toEqual(['chromium', 'firefox', 'webkit']);
  });

  it('narrows to the listed engines, in report order, whatever the case, spacing or repeats', () => {
    expect(selectEngines('webkit,chromium')).toEqual(['chromium', 'webkit']);
    expect(selectEngines(' Firefox ,  WEBKIT ')).toEqual(['firefox', 'webkit']);
    expect(selectEngines('chromium chromium')).toEqual(['chromium']);
  });

  it('rejects an unknown engine by name instead of silently running fewer', () => {
    expect(() => selectEngines('chromium,safari')).toThrow(
      'SEL_ENGINES="chromium,safari" names "safari", which is not an engine; expected a comma-separated list of chromium, firefox, webkit.',
    );
    expect(selectEngines(',')).toEqual([]);
  });
});

describe('describeEngines', () => {
  it("uses Debian's paths by default", () => {
    const engines = describeEngines({});
    expect(executablePath(engines.chromium, 'browser')).toBe('/usr/bin/chromium');
    expect(executablePath(engines.firefox, 'browser')).toBe('/usr/bin/firefox-esr');
    expect(executablePath(engines.webkit, 'driver')).toBe('/usr/bin/WebKitWebDriver');
    expect(executablePath(engines.webkit, 'display')).toBe('/usr/bin/Xvfb');
  });

  it('lets an environment variable point at another copy, ignoring empty values', () => {
    const engines = describeEngines({ SEL_FIREFOX_PATH: '/opt/firefox/firefox', SEL_CHROMIUM_PATH: '' });
    expect(executablePath(engines.firefox, 'browser')).toBe('/opt/firefox/firefox');
    expect(executablePath(engines.chromium, 'browser')).toBe('/usr/bin/chromium');
  });

  it('names an executable kind the engine does not have', () => {
    expect(() => executablePath(describeEngines({}).chromium, 'driver')).toThrow(
      'The Chromium (Chromebooks, Chrome, Edge) engine has no driver executable.',
    );
  });
});

describe('missing executables', () => {
  const webkit = describeEngines({}).webkit;

  it('lists only what is missing', () => {
    expect(missingExecutables(webkit, () => true)).toEqual([]);
    const missing = missingExecutables(webkit, (path) => path !== '/usr/bin/Xvfb');
    expect(missing.map((item) => item.kind)).toEqual(['display']);
  });

  it('says which engine cannot run, what to install, and how to leave it out of a local run', () => {
    const message = missingEngineMessage(
      webkit,
      missingExecutables(webkit, () => false),
    );
    expect(message).toContain("The WebKit (Safari's engine, iPads) tests cannot run");
    expect(message).toContain('WebKitWebDriver was not found at /usr/bin/WebKitWebDriver');
    expect(message).toContain('sudo apt-get install webkit2gtk-driver xvfb');
    expect(message).toContain('SEL_WEBKIT_BROWSER_PATH / SEL_WEBKIT_DRIVER_PATH / SEL_XVFB_PATH');
    expect(message).toContain('SEL_ENGINES=chromium,firefox');
  });
});

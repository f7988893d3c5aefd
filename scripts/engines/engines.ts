import { accessSync, constants } from 'node:fs';

/** The three browser engines the components are proven in, in the order they are reported. */
/**
 * The flags every Chromium launch uses (component tests, page tests, benchmarks): headless, no
 * sandbox (root in CI), and none of the background services that would reach the network.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Debian's Chromium, or the one `SEL_CHROMIUM_PATH` names. */
export function chromiumPath(env: Environment = process.env): string {
  return executablePath(describeEngines(env).chromium, 'browser');
}

export const ENGINE_NAMES = ['chromium', 'firefox', 'webkit'] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

/** The engines a run covers when `SEL_ENGINES` is unset: all three. */
export const DEFAULT_ENGINES: readonly EngineName[] = ENGINE_NAMES;

/** The environment variable that narrows a local run to some engines, e.g. `chromium,webkit`. */
export const ENGINES_VARIABLE = 'SEL_ENGINES';

/**
 * The time zone each engine's browser runs in. Chromium can switch zones per test (the timeline's
 * time zone tests do, over CDP) and otherwise keeps the machine's zone; Firefox and WebKit cannot
 * switch over their drivers, so each runs its whole suite in a zone far from UTC, on each side of
 * it: every date a component shows is checked against a local midnight that is not UTC's.
 */
export const ENGINE_TIME_ZONES: Readonly<Record<EngineName, string | undefined>> = {
  chromium: undefined,
  firefox: 'America/Los_Angeles',
  webkit: 'Pacific/Kiritimati',
};

/** An executable an engine needs, where it is looked for and which Debian package provides it. */
export interface EngineExecutable {
  /** What the executable is to the engine: the browser itself, its WebDriver, or a display. */
  readonly kind: 'browser' | 'driver' | 'display';
  readonly role: string;
  readonly path: string;
  /** The environment variable that points at another copy. */
  readonly variable: string;
  readonly debianPackage: string;
}

/** Everything a test run needs to know about one engine on this machine. */
export interface Engine {
  readonly name: EngineName;
  /** What classrooms run it on, for messages. */
  readonly description: string;
  readonly executables: readonly EngineExecutable[];
}

type Environment = Readonly<Record<string, string | undefined>>;

function executable(
  env: Environment,
  kind: EngineExecutable['kind'],
  role: string,
  variable: string,
  fallback: string,
  debianPackage: string,
): EngineExecutable {
  const fromEnv = env[variable];
  return { kind, role, path: fromEnv !== undefined && fromEnv !== '' ? fromEnv : fallback, variable, debianPackage };
}

/** The engines with their executables, Debian's paths unless an environment variable says otherwise. */
export function describeEngines(env: Environment): Record<EngineName, Engine> {
  return {
    chromium: {
      name: 'chromium',
      description: 'Chromium (Chromebooks, Chrome, Edge)',
      executables: [executable(env, 'browser', 'Chromium', 'SEL_CHROMIUM_PATH', '/usr/bin/chromium', 'chromium')],
    },
    firefox: {
      name: 'firefox',
      description: 'Firefox',
      executables: [
        executable(env, 'browser', 'Firefox ESR', 'SEL_FIREFOX_PATH', '/usr/bin/firefox-esr', 'firefox-esr'),
      ],
    },
    webkit: {
      name: 'webkit',
      description: "WebKit (Safari's engine, iPads)",
      executables: [
        executable(
          env,
          'browser',
          'WebKitGTK MiniBrowser',
          'SEL_WEBKIT_BROWSER_PATH',
          '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          'webkit2gtk-driver',
        ),
        executable(
          env,
          'driver',
          'WebKitWebDriver',
          'SEL_WEBKIT_DRIVER_PATH',
          '/usr/bin/WebKitWebDriver',
          'webkit2gtk-driver',
        ),
        executable(env, 'display', 'Xvfb (a virtual display)', 'SEL_XVFB_PATH', '/usr/bin/Xvfb', 'xvfb'),
      ],
    },
  };
}

/** The path of `engine`'s executable of the given kind. */
export function executablePath(engine: Engine, kind: EngineExecutable['kind']): string {
  const found = engine.executables.find((item) => item.kind === kind);
  if (!found) throw new Error(`The ${engine.description} engine has no ${kind} executable.`);
  return found.path;
}

function isEngineName(name: string): name is EngineName {
  return (ENGINE_NAMES as readonly string[]).includes(name);
}

/**
 * The engines a run covers: the defaults unless `SEL_ENGINES` lists some (comma or space
 * separated, any case, `all` for all three). An unknown name is an error, never a silent narrowing.
 */
export function selectEngines(value: string | undefined): EngineName[] {
  if (value === undefined || value.trim() === '') return [...DEFAULT_ENGINES];
  if (value.trim().toLowerCase() === 'all') return [...ENGINE_NAMES];
  const requested = value
    .split(/[\s,]+/)
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '');
  const unknown = requested.filter((name) => !isEngineName(name));
  if (unknown.length > 0) {
    throw new Error(
      `${ENGINES_VARIABLE}=${JSON.stringify(value)} names ${unknown.map((name) => `"${name}"`).join(', ')}, ` +
        `which is not an engine; expected a comma-separated list of ${ENGINE_NAMES.join(', ')}.`,
    );
  }
  return ENGINE_NAMES.filter((name) => requested.includes(name));
}

/** Whether `path` is a file this process may execute. */
export function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The executables of `engine` that are missing, checked with `exists` (the file system by default). */
export function missingExecutables(
  engine: Engine,
  exists: (path: string) => boolean = isExecutable,
): EngineExecutable[] {
  return engine.executables.filter((item) => !exists(item.path));
}

/** A message that says which engine cannot run, what is missing and the ways forward. */
export function missingEngineMessage(engine: Engine, missing: readonly EngineExecutable[]): string {
  const packages = [...new Set(missing.map((item) => item.debianPackage))];
  const lines = [
    `The ${engine.description} tests cannot run: ${missing.map((item) => `${item.role} was not found at ${item.path}`).join('; ')}.`,
    `Install it (Debian or Ubuntu: sudo apt-get install ${packages.join(' ')}), or point ${missing.map((item) => item.variable).join(' / ')} at an existing copy,`,
    `or leave this engine out of a local run with ${ENGINES_VARIABLE}=${ENGINE_NAMES.filter((name) => name !== engine.name).join(',')}.`,
  ];
  return lines.join('\n');
}

import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, Socket } from 'node:net';
import type { Readable } from 'node:stream';
import type { TestProject } from 'vitest/node';
import {
  describeEngines,
  ENGINE_TIME_ZONES,
  executablePath,
  missingEngineMessage,
  missingExecutables,
} from './engines.js';

/**
 * Global setup of the WebKit browser project. WebKitGTK's MiniBrowser has no headless mode, so
 * this starts a virtual display (Xvfb) and Debian's WebKitWebDriver on it; the webdriverio
 * provider then connects to the driver on `127.0.0.1:<port>` instead of downloading one.
 *
 * Both processes outlive this setup's teardown on purpose: Vitest tears global setups down
 * before the provider deletes its WebDriver session. They are unref'd and killed when the test
 * process exits.
 */

/** A free TCP port on the loopback interface, for the driver to listen on. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address !== null && typeof address === 'object') resolve(address.port);
        else reject(new Error('freePort: the operating system gave no port'));
      });
    });
  });
}

const children = new Set<ChildProcess>();
let exitHookInstalled = false;

function killOnExit(child: ChildProcess): void {
  children.add(child);
  child.once('exit', () => children.delete(child));
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const running of children) running.kill('SIGTERM');
  });
}

/**
 * Stops every Xvfb and WebKitWebDriver this module started in this process. For tests that start
 * their own pair (the WebKit CSP page test): a test worker can end without an `exit` event, which
 * would leave the pair running after the run.
 */
export function stopStartedProcesses(): void {
  for (const child of children) child.kill('SIGTERM');
  children.clear();
}

/** Lets the test process exit while a child's pipe is still open (pipes are sockets in Node). */
function unrefPipe(stream: Readable): void {
  if (stream instanceof Socket) stream.unref();
}

function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `was killed by ${signal}` : `exited with code ${String(code)}`;
}

/**
 * Starts Xvfb on the first free display and resolves with its name (`:99`). `-displayfd` makes
 * Xvfb write the display number once it accepts connections; `-noreset` keeps the display alive
 * when the last client (a MiniBrowser between sessions) disconnects.
 */
export function startXvfb(xvfbPath: string, timeoutMs = 20_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const xvfb = spawn(xvfbPath, ['-displayfd', '1', '-noreset', '-nolisten', 'tcp', '-screen', '0', '1280x1024x24'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    killOnExit(xvfb);
    let output = '';
    let errors = '';
    let settled = false;
    const timer = setTimeout(() => {
      fail(new Error(`Xvfb did not report a display within ${timeoutMs} ms.\n${errors}`));
    }, timeoutMs);
    function fail(error: Error): void {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      xvfb.kill('SIGTERM');
      reject(error);
    }
    // Keep reading both pipes for the whole run: a full pipe would block Xvfb.
    xvfb.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      if (!settled) errors += chunk;
    });
    xvfb.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      if (settled) return;
      output += chunk;
      const match = /^(\d+)\n/.exec(output);
      if (!match?.[1]) return;
      settled = true;
      clearTimeout(timer);
      resolve(`:${match[1]}`);
    });
    xvfb.once('error', (error) => {
      fail(new Error(`Xvfb could not be started from ${xvfbPath}: ${error.message}`));
    });
    xvfb.once('exit', (code, signal) => {
      fail(new Error(`Xvfb ${describeExit(code, signal)} before it reported a display.\n${errors}`));
    });
    xvfb.unref();
    unrefPipe(xvfb.stdout);
    unrefPipe(xvfb.stderr);
  });
}

/** Resolves once something accepts HTTP requests at `url`, polling until `timeoutMs` passes. */
async function waitForHttp(url: string, timeoutMs: number, stillRunning: () => string | null): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const exited = stillRunning();
    if (exited !== null) throw new Error(exited);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`Nothing answered at ${url} within ${timeoutMs} ms.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Starts WebKitWebDriver on `port` with `display` and resolves once its `/status` answers. The
 * browsers it launches inherit its environment, so `timeZone` becomes theirs.
 */
export async function startWebKitWebDriver(
  driverPath: string,
  port: number,
  display: string,
  timeZone = ENGINE_TIME_ZONES.webkit,
): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env, DISPLAY: display };
  if (timeZone !== undefined) env['TZ'] = timeZone;
  const driver = spawn(driverPath, [`--port=${port}`, '--host=127.0.0.1'], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  killOnExit(driver);
  let errors = '';
  let exit: string | null = null;
  driver.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    errors = (errors + chunk).slice(-4_000);
  });
  driver.once('error', (error) => {
    exit = `WebKitWebDriver could not be started from ${driverPath}: ${error.message}`;
  });
  driver.once('exit', (code, signal) => {
    exit = `WebKitWebDriver ${describeExit(code, signal)}.\n${errors}`;
  });
  driver.unref();
  unrefPipe(driver.stderr);
  await waitForHttp(`http://127.0.0.1:${port}/status`, 20_000, () => exit);
}

/** The port the project's webdriverio provider was configured to connect to. */
function configuredPort(project: TestProject): number {
  const options: unknown = project.config.browser.provider?.options;
  const port = options !== null && typeof options === 'object' && 'port' in options ? options.port : undefined;
  if (typeof port !== 'number') {
    throw new Error('The WebKit project needs a webdriverio provider with a numeric `port` option.');
  }
  return port;
}

export default async function setup(project: TestProject): Promise<void> {
  const webkit = describeEngines(process.env).webkit;
  const missing = missingExecutables(webkit);
  if (missing.length > 0) throw new Error(missingEngineMessage(webkit, missing));
  const display = await startXvfb(executablePath(webkit, 'display'));
  await startWebKitWebDriver(executablePath(webkit, 'driver'), configuredPort(project), display);
}

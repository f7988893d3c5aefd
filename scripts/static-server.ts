/// <reference types="node" />
// What the end-to-end page tests share: the built files a published page loads (rebuilt when
// stale), a static file server on 127.0.0.1 that serves only those, and Debian's Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, chromiumPath as findChromium } from './engines/engines.js';

export const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Tests, stories and benchmarks do not go into the bundle: editing them needs no rebuild. */
const notBundled = /\.(test|stories|bench)\.ts$/;

/** The newest modification time of a bundled source file under `folder` (0 when there is none). */
function newestChange(folder: string): number {
  if (!existsSync(folder)) return 0;
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestChange(path));
    else if (!notBundled.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function isStale(root: string, output: string, sources: readonly string[]): boolean {
  const file = join(root, output);
  if (!existsSync(file)) return true;
  const built = statSync(file).mtimeMs;
  return sources.some((folder) => newestChange(join(root, folder)) > built);
}

function runStep(root: string, args: readonly string[]): void {
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
}

/**
 * Builds the CDN (the code-split build with its autoloader, and the single file) and the data JSON
 * the example pages load, unless they are up to date. `root` is the repository root (the default
 * is this checkout; the benchmarks, bundled elsewhere, pass theirs).
 */
export function ensureBuilt(root: string = repoRoot): void {
  if (isStale(root, 'packages/data/dist/rubrics/district.json', ['packages/core/src', 'packages/data/src'])) {
    runStep(root, ['packages/data/scripts/build-json.mjs']);
  }
  const sources = ['packages/core/src', 'packages/data/src', 'packages/components/src'];
  const outputs = ['packages/components/dist/cdn/sel-components.js', 'packages/components/dist/cdn/autoloader.js'];
  if (outputs.some((output) => isStale(root, output, sources))) {
    runStep(root, ['node_modules/typescript/bin/tsc', '-b', 'packages/components']);
    runStep(root, ['packages/components/scripts/build-cdn.mjs']);
  }
}

/** Only what a published page would reach: the examples, the CDN bundle and the data JSON. */
export const PUBLISHED_FOLDERS: readonly string[] = ['examples', 'packages/components/dist/cdn', 'packages/data/dist'];

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** How {@link startStaticServer} answers. */
export interface StaticServerOptions {
  /** The repository root to serve from (default: this checkout). */
  readonly root?: string;
  /** Folders under the repository root that may be served (default {@link PUBLISHED_FOLDERS}). */
  readonly folders?: readonly string[];
  /** Extra response headers for a served file or generated path, e.g. a Content-Security-Policy for HTML pages. */
  readonly headers?: (file: string) => Readonly<Partial<Record<string, string>>>;
  /** Answers a path itself before files are looked up (a generated payload); `undefined` falls through. */
  readonly generated?: (pathname: string) => { readonly type: string; readonly body: string | Buffer } | undefined;
}

export interface StaticServer {
  readonly server: Server;
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  close(): Promise<void>;
}

/** Serves files of the repository on 127.0.0.1 (a free port), only from the allowed folders. */
export function startStaticServer(options: StaticServerOptions = {}): Promise<StaticServer> {
  const root = options.root ?? repoRoot;
  const allowedFolders = (options.folders ?? PUBLISHED_FOLDERS).map((folder) => join(root, folder) + sep);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const generated = options.generated?.(url.pathname);
    if (generated) {
      response.writeHead(200, { 'content-type': generated.type, ...options.headers?.(url.pathname) });
      response.end(generated.body);
      return;
    }
    const file = normalize(join(root, decodeURIComponent(url.pathname)));
    const allowed = allowedFolders.some((folder) => file.startsWith(folder));
    if (!allowed || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
      ...options.headers?.(file),
    });
    response.end(readFileSync(file));
  });
  return new Promise((resolvePromise) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolvePromise({
        server,
        origin: `http://127.0.0.1:${String(port)}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => {
              done();
            });
          }),
      });
    });
  });
}

/** Debian's Chromium (override with SEL_CHROMIUM_PATH) and the flags every test launches it with. */
export const chromiumPath = findChromium();
export const chromiumArgs = CHROMIUM_ARGS;

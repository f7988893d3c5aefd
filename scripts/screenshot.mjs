// Makes docs/assets/elements.png, the README's picture of the three elements: serves the static
// docs site (storybook-static/, from `pnpm run build-storybook`) on 127.0.0.1 with a page that
// shows three stories side by side, and has Debian's headless Chromium take a screenshot of it.
//
//   npx pnpm@10 run build-storybook && node scripts/screenshot.mjs [--out=path.png] [--page=URL-path]
//
// `--page` screenshots another page of the site instead (e.g. `iframe.html?id=guides-theming--docs&viewMode=docs`),
// which helps when checking how a docs page renders. SEL_CHROMIUM_PATH points at another Chromium.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const site = join(root, 'storybook-static');
const chromium = process.env.SEL_CHROMIUM_PATH ?? '/usr/bin/chromium';

const options = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const match = /^--(out|page|size)=(.+)$/.exec(arg);
    if (!match) throw new Error(`Unknown option ${arg}. Options: --out=path.png, --page=URL-path`);
    return [match[1], match[2]];
  }),
);
const out = resolve(root, options.out ?? 'docs/assets/elements.png');

/** The stories in the picture: the card sort across the top, the rubric and the timeline below. */
const story = (id) => `iframe.html?id=${id}&viewMode=story`;
const compositionPage = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>@sel elements</title>
    <style>
      body { margin: 0; background: #eef1f4; }
      .grid { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; padding: 16px; }
      iframe { inline-size: 100%; border: 1px solid #c9d1d9; border-radius: 8px; background: #fff; }
      .sort { grid-column: 1 / -1; block-size: 470px; }
      .half { block-size: 760px; }
    </style>
  </head>
  <body>
    <div class="grid">
      <iframe class="sort" title="Partner card sort" src="${story('components-partner-card-sort--partly-sorted')}"></iframe>
      <iframe class="half" title="Rubric" src="${story('components-rubric--partly-filled')}"></iframe>
      <iframe class="half" title="Milestone timeline" src="${story('components-milestone-timeline--partly-done')}"></iframe>
    </div>
  </body>
</html>
`;

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

if (!existsSync(join(site, 'iframe.html'))) {
  throw new Error('No storybook-static/: run `npx pnpm@10 run build-storybook` first.');
}
if (!existsSync(chromium))
  throw new Error(`No Chromium at ${chromium}: apt-get install chromium, or set SEL_CHROMIUM_PATH.`);

const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  if (path === '/__elements.html') {
    response.writeHead(200, { 'content-type': types['.html'] });
    response.end(compositionPage);
    return;
  }
  const file = normalize(join(site, path === '/' ? 'index.html' : path));
  if (!file.startsWith(site + sep) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404);
    response.end();
    return;
  }
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  response.end(readFileSync(file));
});
await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
const address = server.address();
const port = typeof address === 'object' && address ? address.port : 0;
const url = `http://127.0.0.1:${port}/${options.page ?? '__elements.html'}`;

const args = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--hide-scrollbars',
  '--force-device-scale-factor=1',
  `--window-size=${options.size ?? '1400,1290'}`,
  // Lets the stories load, validate and draw before the picture is taken.
  '--virtual-time-budget=20000',
  `--screenshot=${out}`,
  url,
];
const code = await new Promise((done) => {
  const child = spawn(chromium, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  child.on('exit', (exitCode) => done(exitCode ?? 1));
});
server.close();
if (code !== 0 || !existsSync(out)) throw new Error(`Chromium exited with ${String(code)} and wrote no ${out}`);
console.log(`Written: ${out}`);

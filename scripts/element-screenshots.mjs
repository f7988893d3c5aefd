// Makes the reviewers' screenshots of every element: one story of each, as a desktop, a phone, a
// dark host page and print would show it, written to docs/assets/screenshots/<folder>-<view>.png.
// Each element's docs page shows its four. Serves the static docs site (storybook-static/, from
// `pnpm run build-storybook`) on 127.0.0.1 and drives Debian's Chromium with Playwright.
//
//   npx pnpm@10 run build-storybook && node scripts/element-screenshots.mjs [folder ...]
//
// Names of element folders (e.g. `rubric status-map`) limit the run to those elements.
// SEL_CHROMIUM_PATH points at another Chromium.
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { SCREENSHOT_VIEWS, screenshotFile, screenshotStories } from './element-screenshots-list.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const site = join(root, 'storybook-static');
const executablePath = process.env.SEL_CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(join(site, 'iframe.html'))) {
  throw new Error('No storybook-static/: run `npx pnpm@10 run build-storybook` first.');
}
if (!existsSync(executablePath)) {
  throw new Error(`No Chromium at ${executablePath}: apt-get install chromium, or set SEL_CHROMIUM_PATH.`);
}

const wanted = process.argv.slice(2);
const unknown = wanted.filter((folder) => !screenshotStories.some((entry) => entry.folder === folder));
if (unknown.length > 0) {
  const known = screenshotStories.map((entry) => entry.folder).join(', ');
  throw new Error(`No element folder ${unknown.join(', ')}. Known: ${known}`);
}
const stories = wanted.length === 0 ? screenshotStories : screenshotStories.filter((e) => wanted.includes(e.folder));

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
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
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
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

// The story ids as this build of the site names them (index.json lists every story).
const index = JSON.parse(readFileSync(join(site, 'index.json'), 'utf8'));
const storyIds = new Set(Object.keys(index.entries ?? {}));

const outDir = join(root, 'docs/assets/screenshots');
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--hide-scrollbars'] });
try {
  for (const { folder, tag, story } of stories) {
    if (!storyIds.has(story)) throw new Error(`No story ${story} in storybook-static/index.json (for <${tag}>)`);
    for (const view of SCREENSHOT_VIEWS) {
      const page = await browser.newPage({
        viewport: view.viewport,
        deviceScaleFactor: 1,
        colorScheme: view.colorScheme,
        reducedMotion: 'reduce',
      });
      await page.emulateMedia({ media: view.media });
      await page.goto(`${origin}/iframe.html?id=${story}&viewMode=story`);
      // Ready when the element has drawn its data: a shadow root with content and no loading status.
      await page.waitForFunction(
        (name) => {
          const element = document.querySelector(name);
          const shadow = element?.shadowRoot;
          return (
            shadow !== null &&
            shadow !== undefined &&
            shadow.childElementCount > 0 &&
            !shadow.querySelector('[aria-busy="true"]')
          );
        },
        tag,
        { timeout: 30_000 },
      );
      if (view.colorScheme === 'dark') {
        // A dark host page: what a district site in dark mode puts around the element.
        await page.addStyleTag({ content: 'html { color-scheme: dark; background: #14181d; color: #e8eaed; }' });
      }
      // Fonts, lazy chunks and the frames after the data.
      await page.waitForTimeout(600);
      const path = join(root, screenshotFile(folder, view.name));
      // The whole story, down to a height that keeps a long rubric's picture readable.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const clip = { x: 0, y: 0, width: view.viewport.width, height: Math.min(height, view.maxHeight) };
      await page.screenshot({ path, fullPage: true, clip, animations: 'disabled' });
      await page.close();
      console.log(`Written: ${path}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}

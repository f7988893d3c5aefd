/// <reference types="node" />
// The code-split CDN build (packages/components/dist/cdn/) as a page receives it: one chunk per
// element, found from the elements' `define` modules, the autoloader that loads them, and shared
// chunks named by their content. `npm test` builds first; this test rebuilds when the build is stale.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findElementEntries } from '../packages/components/vite.cdn.config.mjs';
import { autoloadedPage, autoloadedTags, cdnDir, staticClosure } from './cdn-chunks.mjs';
import { ensureBuilt, repoRoot } from './static-server.js';

const componentsDir = join(repoRoot, 'packages/components');
const elements = findElementEntries();

interface Manifest {
  readonly exports: Readonly<Record<string, unknown>>;
  readonly sideEffects: readonly string[];
}

describe('the elements of @sel/components', () => {
  it('are the folders with a define module, each registering its own sel-* tag', () => {
    expect(elements.map((element) => element.tag)).toEqual(
      expect.arrayContaining(['sel-rubric', 'sel-milestone-timeline', 'sel-partner-card-sort']),
    );
    for (const { tag, folder } of elements) {
      const source = readFileSync(join(componentsDir, 'src', folder, 'define.ts'), 'utf8');
      expect(source, `src/${folder}/define.ts`).toContain(`customElements.get('${tag}')`);
    }
  });

  it('each have a `define` export for bundlers and a place in the single CDN file', () => {
    const manifest = JSON.parse(readFileSync(join(componentsDir, 'package.json'), 'utf8')) as Manifest;
    const singleFile = readFileSync(join(componentsDir, 'src/cdn.ts'), 'utf8');
    for (const { folder } of elements) {
      expect(Object.keys(manifest.exports), folder).toContain(`./${folder}/define`);
      expect(singleFile, `src/cdn.ts imports ./${folder}/define.js`).toContain(`import './${folder}/define.js';`);
    }
    expect(manifest.sideEffects).toContain('./dist/cdn/**/*.js');
  });
});

describe('dist/cdn, the code-split build', { timeout: 240_000 }, () => {
  beforeAll(() => {
    ensureBuilt();
  }, 240_000);

  const read = (path: string): string => readFileSync(join(repoRoot, path), 'utf8');

  it('has an autoloader that loads every element and imports nothing up front', () => {
    expect(autoloadedTags()).toEqual(elements.map((element) => element.tag));
    // Nothing but the autoloader itself: no element, no Lit, until a page shows a tag.
    expect(staticClosure(['autoloader.js'])).toEqual(['packages/components/dist/cdn/autoloader.js']);
    expect(read('packages/components/dist/cdn/autoloader.js')).not.toMatch(/customElements\.define/);
  });

  it("has the autoloader preload each element's shared chunks beside its chunk", () => {
    const autoloader = read('packages/components/dist/cdn/autoloader.js');
    for (const { tag } of elements) {
      const chunk = `packages/components/dist/cdn/elements/${tag}.js`;
      const shared = staticClosure([`elements/${tag}.js`])
        .filter((path) => path !== chunk)
        .map((path) => `./${path.slice('packages/components/dist/cdn/'.length)}`);
      expect(shared.length, tag).toBeGreaterThan(0);
      expect(autoloader, tag).toContain(`${JSON.stringify(tag)}:${JSON.stringify(shared)}`);
    }
  });

  it('gives each element its own chunk that registers only its tag', () => {
    for (const { tag } of elements) {
      const chunk = read(`packages/components/dist/cdn/elements/${tag}.js`);
      const defined = [...chunk.matchAll(/customElements\.define\(\s*[`'"](sel-[a-z0-9-]+)[`'"]/g)].map((m) => m[1]);
      expect(defined, tag).toEqual([tag]);
    }
  });

  it('shares Lit, the foundation, core rules and zod in chunks named by their content', () => {
    const chunks = readdirSync(join(cdnDir, 'chunks')).filter((name) => name.endsWith('.js'));
    for (const group of ['lit', 'foundation', 'core', 'zod']) {
      expect(
        chunks.some((name) => new RegExp(`^${group}(~[a-z-]+)*-[\\w-]{8}\\.js$`).test(name)),
        `a ${group} chunk among ${chunks.join(', ')}`,
      ).toBe(true);
    }
    // One copy of Lit serves every element: a page with all of them fetches a single Lit chunk.
    const everything = autoloadedPage(elements.map((element) => element.tag));
    expect(everything.filter((path) => /\/chunks\/lit-/.test(path))).toHaveLength(1);
    expect(everything.filter((path) => /\/chunks\/foundation-/.test(path))).toHaveLength(1);
  });

  it("fetches only the chunks of a page's own elements", () => {
    const rubricPage = autoloadedPage(['sel-rubric']);
    expect(rubricPage).toContain('packages/components/dist/cdn/elements/sel-rubric.js');
    for (const { tag } of elements.filter((element) => element.tag !== 'sel-rubric')) {
      expect(rubricPage).not.toContain(`packages/components/dist/cdn/elements/${tag}.js`);
    }
  });

  it("fetches no zod for any element, nor for the rubric's team mode: they read with the plain-code readers", () => {
    const zod = /\/chunks\/zod[~-]/;
    for (const { tag } of elements)
      expect(
        autoloadedPage([tag]).filter((path) => zod.test(path)),
        tag,
      ).toEqual([]);
    const teamMode = readdirSync(join(cdnDir, 'chunks')).filter((name) => /^team-mode-[\w-]{8}\.js$/.test(name));
    expect(teamMode).toHaveLength(1);
    expect(staticClosure([`chunks/${String(teamMode[0])}`]).filter((path) => zod.test(path))).toEqual([]);
  });

  it("leaves @sel/core's JSON reader out of a page's first download: well-formed data of ordinary size never needs it", () => {
    // Words only the reader has, in the message for a string that never closes.
    const readerWords = 'a closing double quote for the string';
    const everything = autoloadedPage(elements.map((element) => element.tag));
    for (const path of everything) expect(read(path), path).not.toContain(readerWords);
    const chunks = readdirSync(join(cdnDir, 'chunks')).filter((name) => name.endsWith('.js'));
    expect(chunks.some((name) => read(`packages/components/dist/cdn/chunks/${name}`).includes(readerWords))).toBe(true);
  });

  it('runs under a strict CSP: no eval, no string-built functions', () => {
    for (const path of autoloadedPage(elements.map((element) => element.tag))) {
      const code = read(path);
      expect(code, path).not.toMatch(/\beval\(|new Function\(/);
    }
  });
});

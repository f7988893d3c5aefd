import { describe, expect, it } from 'vitest';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Bundles `contents` as an app would (ESM, tree-shaken, not minified so strings stay readable). */
async function bundle(contents: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: packageDir, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    treeShaking: true,
    conditions: ['source'],
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

describe('tree-shaking', () => {
  it('keeps the catalog out of a bundle that imports only @sel/data/query', async () => {
    const code = await bundle(`
      import { createCatalogIndex } from '@sel/data/query';
      export const index = createCatalogIndex([]);
    `);
    expect(code).toContain('unknown-indicator'); // the query code is there
    expect(code).not.toContain('SELWell Menu of Supports');
    expect(code).not.toContain('Fully planned and implemented');
    expect(code).not.toContain('Alianzas con la comunidad');
  }, 20_000);

  it('keeps the catalog out even when importing the query API from the package root', async () => {
    const code = await bundle(`
      import { createCatalogIndex } from '@sel/data';
      export const index = createCatalogIndex([]);
    `);
    expect(code).not.toContain('SELWell Menu of Supports');
    expect(code).not.toContain('Prácticas de contratación');
  }, 20_000);

  it('keeps the Spanish state names out of a bundle that shows only the English ones', async () => {
    const code = await bundle(`
      import { usStateNamesEn } from '@sel/data';
      export const name = usStateNamesEn.NY;
    `);
    expect(code).toContain('New York');
    expect(code).not.toContain('Nueva York');
  }, 20_000);

  it('includes the resources when the app uses them', async () => {
    const code = await bundle(`
      import { createCatalogIndex } from '@sel/data/query';
      import { resources } from '@sel/data/resources';
      export const index = createCatalogIndex(resources);
    `);
    expect(code).toContain('SELWell Menu of Supports');
    expect(code).not.toContain('Fully planned and implemented'); // the rubric stays out
  }, 20_000);
});

/// <reference types="node" />
// A guard for module boundaries: no module of a published package imports itself back through
// other modules, so each module can be read, tested and tree-shaken on its own, and no module sees
// another half-initialized. Type-only imports count: they tie the modules together for a reader.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const packages = ['core', 'data', 'components'].map((name) => join(root, 'packages', name, 'src'));

/** The shipped modules under `folder`: no tests, stories, benchmarks or test helpers. */
function modules(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'test' ? [] : modules(path);
    return /\.ts$/.test(entry.name) && !/\.(?:test|stories|bench)\.ts$|(?:^|\/)test-[^/]*\.ts$/.test(entry.name)
      ? [path]
      : [];
  });
}

/** Static `import ... from` / `export ... from` / `import '...'` of relative modules, as `.ts` paths. */
const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^;'"]*?(?:\bfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]/g;

function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(IMPORT)].map((match) => resolve(dirname(file), (match[1] ?? '').replace(/\.js$/, '.ts')));
}

/** Every cycle, each as the chain of modules from its first module back to it. */
function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
}

describe('module boundaries', () => {
  it('finds a cycle when there is one (the check itself)', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(findCycles(graph)).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('has no import cycle in @sel/core, @sel/data or @sel/components', () => {
    const graph = new Map(packages.flatMap(modules).map((file) => [file, importsOf(file)] as const));
    expect(graph.size).toBeGreaterThan(50);
    const cycles = findCycles(graph).map((cycle) => cycle.map((file) => relative(root, file)).join(' -> '));
    expect(cycles).toEqual([]);
  });
});

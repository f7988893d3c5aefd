import { describe, expect, it } from 'vitest';

/** The helpers of scripts/pack-check.mjs under test (a plain Node script, so typed here). */
interface ExportTarget {
  readonly subpath: string;
  readonly conditions: readonly string[];
  readonly target: string;
}
interface PackCheckHelpers {
  readonly exportTargets: (exportsField: unknown) => ExportTarget[];
  readonly targetExists: (files: readonly string[], target: string) => boolean;
  readonly contentProblems: (files: readonly string[], manifest: Record<string, unknown>) => string[];
  readonly defineSubpaths: (manifest: Record<string, unknown>) => string[];
  readonly tagOfDefineSubpath: (subpath: string) => string;
}

const { contentProblems, defineSubpaths, exportTargets, tagOfDefineSubpath, targetExists } =
  (await import('./pack-check.mjs')) as PackCheckHelpers;

const goodManifest = {
  name: '@sel/example',
  license: 'MIT',
  repository: { type: 'git', url: 'git+https://github.com/sel-toolkit/sel.git' },
  sideEffects: false,
  types: './dist/index.d.ts',
  files: ['dist', 'src'],
  exports: {
    '.': { types: './dist/index.d.ts', source: './src/index.ts', default: './dist/index.js' },
    './rubrics/*.json': './dist/rubrics/*.json',
    './package.json': './package.json',
  },
  dependencies: { '@sel/core': '0.1.0' },
};
const goodFiles = [
  'package.json',
  'LICENSE',
  'README.md',
  'dist/index.js',
  'dist/index.d.ts',
  'src/index.ts',
  'dist/rubrics/district.json',
];

describe('exportTargets', () => {
  it('lists every target with its subpath and conditions', () => {
    expect(exportTargets(goodManifest.exports)).toEqual([
      { subpath: '.', conditions: ['types'], target: './dist/index.d.ts' },
      { subpath: '.', conditions: ['source'], target: './src/index.ts' },
      { subpath: '.', conditions: ['default'], target: './dist/index.js' },
      { subpath: './rubrics/*.json', conditions: [], target: './dist/rubrics/*.json' },
      { subpath: './package.json', conditions: [], target: './package.json' },
    ]);
  });

  it('treats a bare string as the root export and walks nested conditions', () => {
    expect(exportTargets('./index.js')).toEqual([{ subpath: '.', conditions: [], target: './index.js' }]);
    expect(exportTargets({ '.': { node: { import: './n.js' }, default: ['./a.js', './b.js'] } })).toEqual([
      { subpath: '.', conditions: ['node', 'import'], target: './n.js' },
      { subpath: '.', conditions: ['default'], target: './a.js' },
      { subpath: '.', conditions: ['default'], target: './b.js' },
    ]);
  });
});

describe('targetExists', () => {
  it('matches exact paths and `*` patterns', () => {
    expect(targetExists(goodFiles, './dist/index.js')).toBe(true);
    expect(targetExists(goodFiles, './dist/missing.js')).toBe(false);
    expect(targetExists(goodFiles, './dist/rubrics/*.json')).toBe(true);
    expect(targetExists(goodFiles, './dist/schemas/*.json')).toBe(false);
  });

  it('does not let a `*` match an empty name or treat dots as wildcards', () => {
    expect(targetExists(['dist/rubrics/.json'], './dist/rubrics/*.json')).toBe(false);
    expect(targetExists(['distXindex.js'], './dist.index.js')).toBe(false);
  });
});

describe('contentProblems', () => {
  it('accepts a tarball that has what its manifest promises', () => {
    expect(contentProblems(goodFiles, goodManifest)).toEqual([]);
  });

  it('names tests, helpers, stories, benchmarks and build info that leaked in', () => {
    const leaked = [
      'src/rubric.test.ts',
      'src/query.bench.ts',
      'src/rubric/sel-rubric.stories.ts',
      'src/test-rubrics.ts',
      'src/test/fixture.ts',
      'dist/.tsbuildinfo',
      'src/test-xss-payloads.json',
      'src/rubric.test.js',
      'src/rubric.spec.mjs',
      'src/fixtures/rubric.json',
      'dist/rubric-fixture.json',
      'src/__tests__/rubric.js',
    ];
    const problems = contentProblems([...goodFiles, ...leaked], goodManifest);
    expect(problems).toHaveLength(leaked.length);
    for (const file of leaked) expect(problems.some((problem) => problem.startsWith(`${file} is `))).toBe(true);
  });

  it('lets through data and modules whose names only resemble tests', () => {
    const files = [...goodFiles, 'dist/rubrics/testing-practices.json', 'src/attestation.ts', 'src/contest.ts'];
    expect(contentProblems(files, goodManifest)).toEqual([]);
  });

  it('reports an export target missing from the tarball with its subpath and conditions', () => {
    const files = goodFiles.filter((file) => file !== 'src/index.ts');
    expect(contentProblems(files, goodManifest)).toEqual([
      'exports["."] (conditions: source) points to ./src/index.ts, which is not in the tarball',
    ]);
  });

  it('reports missing metadata fields, LICENSE and README', () => {
    const { license: _license, repository: _repository, ...bare } = goodManifest;
    const problems = contentProblems(
      ['package.json', 'dist/index.js', 'dist/index.d.ts', 'src/index.ts', 'dist/rubrics/a.json'],
      bare,
    );
    expect(problems).toEqual([
      'package.json has no "license" field',
      'package.json has no "repository" field',
      'the tarball has no LICENSE file',
      'the tarball has no README.md',
    ]);
  });

  it('reports workspace: ranges that survived packing', () => {
    const manifest = { ...goodManifest, dependencies: { '@sel/core': 'workspace:*' } };
    expect(contentProblems(goodFiles, manifest)).toEqual([
      'dependencies["@sel/core"] is still "workspace:*" after packing',
    ]);
  });
});

describe('define subpaths of @sel/components', () => {
  it('finds `./<name>/define` exports and the tag each registers', () => {
    const manifest = {
      exports: {
        '.': './dist/index.js',
        './rubric': './dist/rubric/sel-rubric.js',
        './rubric/define': './dist/rubric/define.js',
        './partner-card-sort/define': './dist/partner-card-sort/define.js',
        './cdn': './dist/cdn/sel-components.js',
      },
    };
    expect(defineSubpaths(manifest)).toEqual(['partner-card-sort/define', 'rubric/define']);
    expect(tagOfDefineSubpath('partner-card-sort/define')).toBe('sel-partner-card-sort');
    expect(defineSubpaths({})).toEqual([]);
  });
});

// Writes the catalog as JSON and the @sel/core schemas it follows as JSON Schema, for apps in
// other languages. Usage: node scripts/build-json.mjs [outDir]   (default: dist)
// The TypeScript sources are bundled with esbuild first, so this needs no prior build and works on
// Node 20. zod is resolved through @sel/core so the schemas are converted by the zod that made them.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const coreDir = resolve(packageDir, '../core');
const outDir = resolve(packageDir, process.argv[2] ?? 'dist');

const entry = `
import { toJSONSchema } from 'zod/mini';
import {
  assessmentSchema, catalogSchema, lifecycleTemplateSchema, resourceQuerySchema, resourceSchema, rubricSchema,
  statusSnapshotSchema, tagSchema, tileGridLayoutSchema,
} from '@sel/core';
import {
  catalog, committeeTexts, districtFullImplementationRubric, districtRubric, districtRubricSpanish, illustrativeAssessmentReport,
  illustrativeStatusSnapshot, learningCommunityTemplate, partnerKindTexts, schoolImplementationStagesRubric,
  schoolPartnershipsRubric, usStateNames, usTileGrid,
} from './src/index.ts';

const schema = (s, title) => ({ title, ...toJSONSchema(s, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) });
export const files = {
  'catalog.json': catalog,
  'rubrics/district.json': districtRubric,
  'rubrics/district-en-es.json': { ...districtRubric, translations: { es: districtRubricSpanish } },
  'rubrics/school.json': schoolPartnershipsRubric,
  'rubrics/district-full-implementation.json': districtFullImplementationRubric,
  'rubrics/school-stages.json': schoolImplementationStagesRubric,
  'lifecycle-template.json': learningCommunityTemplate,
  'partner-kinds.json': partnerKindTexts,
  'committees.json': committeeTexts,
  'us-tile-grid.json': usTileGrid,
  'us-state-names.json': usStateNames,
  'illustrative-status-snapshot.json': illustrativeStatusSnapshot,
  'illustrative-assessment-report.json': illustrativeAssessmentReport,
  'schemas/catalog.json': {
    ...schema(catalogSchema, 'SEL resource catalog'),
    description: 'Beyond this schema, @sel/core parseCatalog also checks that tag slugs and resource ids are unique and that every resource tag is defined in tags.',
  },
  'schemas/resource.json': schema(resourceSchema, 'SEL resource'),
  'schemas/tag.json': schema(tagSchema, 'SEL tag'),
  'schemas/resource-query.json': schema(resourceQuerySchema, 'SEL resource query'),
  'schemas/rubric.json': {
    ...schema(rubricSchema, 'SEL rubric'),
    description: 'Beyond this schema, @sel/core parseRubric also checks that level values strictly increase, that an indicator with descriptors has exactly one per level (or none), that ids are unique across focus areas, practices and indicators, and that translations name only levels, ids and texts the rubric has, in languages other than its own lang (which they require).',
  },
  'schemas/assessment.json': {
    ...schema(assessmentSchema, 'SEL assessment'),
    description: 'Beyond this schema, @sel/core parseAssessment(input, rubric) also checks that the assessment names the rubric and version, rates only its indicators on its level values, and lists each priority practice of the rubric at most once.',
  },
  'schemas/lifecycle-template.json': schema(lifecycleTemplateSchema, 'SEL learning community lifecycle template'),
  'schemas/tile-grid-layout.json': schema(tileGridLayoutSchema, 'US state tile grid layout'),
  'schemas/status-snapshot.json': {
    ...schema(statusSnapshotSchema, 'SEL learning communities status snapshot'),
    description: 'Beyond this schema, @sel/core also checks that community ids are unique, that ids within a community are unique and that each community history is a chain ending in its phase.',
  },
};
`;

const result = await build({
  stdin: { contents: entry, resolveDir: packageDir, loader: 'js', sourcefile: 'build-json-entry.js' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  conditions: ['source'],
  nodePaths: [join(coreDir, 'node_modules')],
  logLevel: 'warning',
});
const [output] = result.outputFiles;
if (!output) throw new Error('esbuild produced no output');

const workDir = await mkdtemp(join(tmpdir(), 'sel-data-json-'));
try {
  const bundle = join(workDir, 'entry.mjs');
  await writeFile(bundle, output.contents);
  const { files } = await import(pathToFileURL(bundle).href);
  for (const [name, value] of Object.entries(files)) {
    const target = join(outDir, name);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, `${JSON.stringify(value, null, 2)}\n`);
  }
  console.log(`Wrote ${Object.keys(files).length} JSON files to ${outDir}`);
} finally {
  await rm(workDir, { recursive: true, force: true });
}

import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  lifecycleTemplateSchema,
  parseCatalog,
  parseRubric,
  parseWith,
  safeParseAssessmentReport,
  statusSnapshotSchema,
  tileGridLayoutSchema,
} from '@sel/core';
import { illustrativeAssessmentReport } from './illustrative-assessment-report.js';
import { illustrativeStatusSnapshot } from './illustrative-status-snapshot.js';
import { usTileGrid } from './us-tile-grid.js';
import { catalog } from './catalog.js';
import { districtRubric } from './rubrics/district.js';
import { districtRubricSpanish } from './rubrics/district-es.js';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

describe('scripts/build-json.mjs', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'sel-data-json-test-'));
  execFileSync(process.execPath, [join(packageDir, 'scripts/build-json.mjs'), outDir], { stdio: 'pipe' });
  afterAll(() => {
    rmSync(outDir, { recursive: true, force: true });
  });
  const read = (name: string): unknown => JSON.parse(readFileSync(join(outDir, name), 'utf8'));

  it('writes the catalog and the rubrics as JSON that core reads back unchanged', () => {
    expect(parseCatalog(read('catalog.json'))).toEqual(JSON.parse(JSON.stringify(catalog)));
    expect(parseRubric(read('rubrics/district.json')).id).toBe('district-systemic-sel');
    expect(parseRubric(read('rubrics/district-en-es.json'))).toEqual({
      ...districtRubric,
      translations: { es: districtRubricSpanish },
    });
    expect(parseRubric(read('rubrics/school.json')).scope).toBe('school');
    expect(parseRubric(read('rubrics/district-full-implementation.json')).levels).toHaveLength(4);
    expect(parseRubric(read('rubrics/school-stages.json')).levels).toHaveLength(5);
    expect(parseWith(lifecycleTemplateSchema, read('lifecycle-template.json'), 'template').phases).toHaveLength(5);
  });

  it('writes the tile grid and the illustrative snapshot as JSON that core reads back unchanged', () => {
    expect(parseWith(tileGridLayoutSchema, read('us-tile-grid.json'), 'tile layout')).toEqual(usTileGrid);
    expect(parseWith(statusSnapshotSchema, read('illustrative-status-snapshot.json'), 'snapshot')).toEqual(
      illustrativeStatusSnapshot,
    );
    expect(read('us-state-names.json')).toHaveProperty('NY', { en: 'New York', es: 'Nueva York' });
  });

  it('writes the illustrative assessment report as JSON that core reads back unchanged', () => {
    expect(safeParseAssessmentReport(read('illustrative-assessment-report.json'))).toEqual({
      ok: true,
      value: JSON.parse(JSON.stringify(illustrativeAssessmentReport)) as unknown,
    });
  });

  it('writes a rubric schema in which descriptors are optional and an assessment schema with priorities', () => {
    type Node = { properties?: Record<string, Node>; required?: string[]; items?: Node; $defs?: Record<string, Node> };
    const find = (node: Node, key: string): Node | undefined => {
      if (node.properties?.[key] !== undefined) return node;
      for (const child of [...Object.values(node.properties ?? {}), ...(node.items ? [node.items] : [])]) {
        const found = find(child, key);
        if (found) return found;
      }
      return undefined;
    };
    const indicator = find(read('schemas/rubric.json') as Node, 'descriptors');
    expect(indicator?.properties).toHaveProperty('fullImplementation');
    expect(indicator?.required).toEqual(expect.arrayContaining(['id', 'text']));
    expect(indicator?.required).not.toContain('descriptors');
    const assessment = read('schemas/assessment.json') as Node;
    expect(assessment.properties).toHaveProperty('priorities');
    expect(assessment.required).not.toContain('priorities');
  });

  it('writes JSON Schema (draft 2020-12) for the resource, catalog, rubric and template shapes', () => {
    const resource = read('schemas/resource.json') as {
      $schema: string;
      required: string[];
      properties: Record<string, { enum?: unknown[] }>;
    };
    expect(resource.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(resource.required).toEqual(
      expect.arrayContaining(['id', 'title', 'source', 'kind', 'focusAreas', 'tags', 'audience', 'origin', 'summary']),
    );
    expect(resource.required).not.toContain('url');
    expect(resource.properties['kind']?.enum).toContain('org-chart');
    for (const name of [
      'catalog',
      'tag',
      'rubric',
      'assessment',
      'lifecycle-template',
      'resource-query',
      'tile-grid-layout',
      'status-snapshot',
    ]) {
      expect(read(`schemas/${name}.json`)).toHaveProperty('type', 'object');
    }
  });
});

import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { SelValidationError } from './errors.js';
import { LANGUAGE_TAG_MESSAGE } from './language-tag.js';
import { safeParseWith } from './zod-parse.js';
import type { SelIssue } from './errors.js';
import {
  catalogSchema,
  focusAreaNumberSchema,
  parseCatalog,
  parseResource,
  resourceQuerySchema,
  resourceSchema,
  safeParseCatalog,
  slugSchema,
  tagSchema,
} from './resource.js';
import type { Catalog, Resource } from './resource.js';
import { parseResourceQuery } from './resource-query.js';

const resource: Resource = {
  id: 'selwell-menu-of-supports',
  title: 'SELWell Menu of Supports',
  source: 'Boston Public Schools',
  kind: 'menu-of-supports',
  focusAreas: [1, 3],
  tags: ['trauma', 'mtss'],
  audience: ['district-sel-team', 'school-leaders'],
  origin: 'district-artifact',
  district: 'Boston Public Schools',
  summary: { en: 'A tiered list of services.', es: 'Una lista de servicios por niveles.' },
};

const catalog: Catalog = {
  tags: [
    { slug: 'trauma', label: { en: 'Trauma', es: 'Trauma' } },
    { slug: 'mtss', label: { en: 'MTSS', es: 'MTSS' } },
  ],
  resources: [resource],
};

function issuesOf(schema: z.core.$ZodType, input: unknown): SelIssue[] {
  const result = safeParseWith(schema, input, 'test input');
  if (result.ok) throw new Error('expected the input to be rejected');
  return [...result.error.issues];
}

describe('slugSchema', () => {
  it.each(['equity', 'sel-partnerships', 'k12-equity-directors', '2011-to-2021'])('accepts %s', (slug) => {
    expect(z.safeParse(slugSchema, slug).success).toBe(true);
  });

  it.each(['', 'Equity', 'sel partnerships', '-equity', 'equity-', 'sel--partnerships', 'équité', 'sel_lead'])(
    'rejects %j',
    (slug) => {
      const [issue] = issuesOf(slugSchema, slug);
      expect(issue?.message).toMatch(/Expected a slug/);
    },
  );
});

describe('tagSchema', () => {
  it('accepts a slug with both labels', () => {
    expect(z.parse(tagSchema, catalog.tags[0])).toEqual(catalog.tags[0]);
  });

  it('requires the Spanish label and names its path', () => {
    const issues = issuesOf(tagSchema, { slug: 'equity', label: { en: 'Equity' } });
    expect(issues.map((i) => i.path)).toEqual([['label', 'es']]);
    expect(issues[0]?.message).toMatch(/Spanish/);
  });

  it('rejects a label made only of spaces', () => {
    const issues = issuesOf(tagSchema, { slug: 'equity', label: { en: '   ', es: 'Equidad' } });
    expect(issues.map((i) => i.path)).toEqual([['label', 'en']]);
  });
});

describe('focusAreaNumberSchema', () => {
  it('accepts 1 to 4 only', () => {
    for (const n of [1, 2, 3, 4]) expect(z.safeParse(focusAreaNumberSchema, n).success).toBe(true);
    for (const n of [0, 5, 1.5, '1']) {
      expect(issuesOf(focusAreaNumberSchema, n)[0]?.message).toBe('Expected a focus area number: 1, 2, 3 or 4');
    }
  });
});

describe('resourceSchema', () => {
  it('accepts a complete resource and keeps every field', () => {
    expect(parseResource(resource)).toEqual(resource);
  });

  it('accepts a learn-more resource with a URL and an English-only summary', () => {
    const learnMore = {
      ...resource,
      id: 'community-network-partners',
      origin: 'learn-more',
      district: undefined,
      url: 'https://casel.org/about-us/our-mission-work/community-network-partners/',
      summary: { en: 'A monthly network of districts.' },
    };
    expect(parseResource(learnMore).url).toBe(learnMore.url);
  });

  it('reports each bad field at its path with what was expected', () => {
    const issues = issuesOf(resourceSchema, {
      ...resource,
      id: 'Not A Slug',
      kind: 'poster',
      focusAreas: [],
      audience: ['everyone'],
      url: 'casel.org',
      summary: { es: 'solo español' },
    });
    const byPath = new Map(issues.map((i) => [i.path.join('.'), i.message]));
    expect([...byPath.keys()].sort()).toEqual(['audience.0', 'focusAreas', 'id', 'kind', 'summary.en', 'url']);
    expect(byPath.get('kind')).toMatch(/^Expected a resource kind: report, tool/);
    expect(byPath.get('focusAreas')).toBe('Expected at least one focus area (1 to 4)');
    expect(byPath.get('url')).toMatch(/web address \(http or https\)/);
    expect(byPath.get('audience.0')).toMatch(/^Expected an audience/);
  });

  it('accepts only web addresses, so no link to a resource can run script', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'ftp://example.org/a',
    ]) {
      const issues = issuesOf(resourceSchema, { ...resource, url });
      expect(
        issues.map((i) => i.path.join('.')),
        url,
      ).toEqual(['url']);
    }
    expect(safeParseWith(resourceSchema, { ...resource, url: 'http://example.org/a' }, 'resource').ok).toBe(true);
  });

  it('rejects repeated tags, focus areas and audiences at the repeated index', () => {
    const issues = issuesOf(resourceSchema, {
      ...resource,
      focusAreas: [1, 3, 1],
      tags: ['trauma', 'mtss', 'trauma'],
      audience: ['teachers', 'teachers'],
    });
    expect(issues.map((i) => i.path)).toEqual([
      ['focusAreas', 2],
      ['tags', 2],
      ['audience', 1],
    ]);
    expect(issues[1]?.message).toBe('Expected each tag once, but "trauma" is repeated');
  });

  it("keeps the language of a resource's title, and leaves it out when absent (English)", () => {
    expect(parseResource({ ...resource, lang: 'es-MX' }).lang).toBe('es-MX');
    expect(parseResource(resource)).not.toHaveProperty('lang');
  });

  it('reports a language that is not a BCP 47 tag at lang', () => {
    for (const lang of ['es_MX', 'español', '', 7]) {
      const issues = issuesOf(resourceSchema, { ...resource, lang });
      expect(issues.map((i) => i.path)).toEqual([['lang']]);
      if (typeof lang === 'string') expect(issues[0]?.message).toBe(LANGUAGE_TAG_MESSAGE);
    }
  });

  it('requires the district for a district artifact', () => {
    const issues = issuesOf(resourceSchema, { ...resource, district: undefined });
    expect(issues.map((i) => i.path)).toEqual([['district']]);
  });

  it('throws SelValidationError rather than a TypeError for non-objects', () => {
    for (const input of [null, undefined, 42, 'resource', []]) {
      expect(() => parseResource(input)).toThrow(SelValidationError);
    }
  });
});

describe('catalogSchema', () => {
  it('accepts a consistent catalog', () => {
    expect(parseCatalog(catalog)).toEqual(catalog);
  });

  it('reports a resource tag missing from the vocabulary at its path', () => {
    const bad = { ...catalog, resources: [{ ...resource, tags: ['trauma', 'trauma-informed'] }] };
    const result = safeParseCatalog(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues).toEqual([
      {
        path: ['resources', 0, 'tags', 1],
        message: 'Expected a tag from the vocabulary, but "trauma-informed" is not defined',
        code: 'custom',
      },
    ]);
    expect(result.error.message).toContain('resources[0].tags[1]');
  });

  it('reports duplicate tag slugs and resource ids at the second occurrence', () => {
    const issues = issuesOf(catalogSchema, {
      tags: [...catalog.tags, { slug: 'mtss', label: { en: 'MTSS again', es: 'MTSS otra vez' } }],
      resources: [resource, resource],
    });
    expect(issues.map((i) => i.path)).toEqual([
      ['tags', 2, 'slug'],
      ['resources', 1, 'id'],
    ]);
  });

  it('reports shape errors inside entries with their full path', () => {
    const issues = issuesOf(catalogSchema, { tags: catalog.tags, resources: [resource, { ...resource, id: 7 }] });
    expect(issues.map((i) => i.path)).toEqual([['resources', 1, 'id']]);
  });

  it("reports a resource's bad language at its full path", () => {
    const issues = issuesOf(catalogSchema, {
      ...catalog,
      resources: [resource, { ...resource, id: 'b', lang: 'es_MX' }],
    });
    expect(issues.map((i) => i.path.join('.'))).toEqual(['resources.1.lang']);
  });

  it('names the subject in the thrown error', () => {
    expect(() => parseCatalog({ tags: 'none' })).toThrow(/Invalid resource catalog/);
  });
});

describe('resourceQuerySchema', () => {
  it('accepts single values or lists and leaves absent fields out', () => {
    expect(parseResourceQuery({})).toEqual({});
    expect(parseResourceQuery({ focusArea: [1, 4], kind: 'guide', tags: ['equity'], text: 'plan' })).toEqual({
      focusArea: [1, 4],
      kind: 'guide',
      tags: ['equity'],
      text: 'plan',
    });
  });

  it('names each bad field and what it expected', () => {
    const issues = issuesOf(resourceQuerySchema, {
      focusArea: [1, 9],
      source: '',
      origin: 'elsewhere',
      tags: ['Equity'],
      text: null,
    });
    const byPath = new Map(issues.map((i) => [i.path.join('.'), i.message]));
    expect([...byPath.keys()]).toEqual(['focusArea', 'source', 'origin', 'tags.0', 'text']);
    expect(byPath.get('focusArea')).toBe('Expected a focus area number (1 to 4), or a list of them');
    expect(byPath.get('text')).toBe('Expected the search text as a string');
  });

  it('throws SelValidationError for a non-object query', () => {
    expect(() => parseResourceQuery('equity')).toThrow(/Invalid resource query/);
  });
});

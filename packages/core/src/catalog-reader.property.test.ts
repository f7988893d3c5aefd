import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCatalog, checkCatalogInSteps } from './catalog-reader.js';
import { catalogSchema, safeParseCatalog } from './resource.js';
import { hostileText, NAUGHTY_STRINGS, XSS_PAYLOADS } from './test-hostile.js';
import { brokenDocuments, expectSameReading } from './test-plain-reader.js';
import { safeParseWith } from './zod-parse.js';

/** A catalog with every optional field of the schema, and a key it does not know. */
const catalog = {
  tags: [
    { slug: 'sel-partnerships', label: { en: 'SEL partnerships', es: 'Alianzas de ASE' } },
    { slug: 'planning', label: { en: 'Planning', es: 'Planificación' } },
  ],
  resources: [
    {
      id: 'partner-guide',
      title: 'Partnering with community organisations',
      lang: 'en-GB',
      source: 'CASEL',
      kind: 'guide',
      focusAreas: [1, 3],
      tags: ['sel-partnerships'],
      audience: ['district-sel-team', 'community-partners'],
      origin: 'district-artifact',
      district: 'Springfield',
      url: ' https://example.org/guide ',
      summary: { en: 'How to start', es: 'Cómo empezar' },
      rating: 'a key the schema does not know',
    },
    {
      id: 'plan-tool',
      title: 'Planning tool',
      source: 'CASEL',
      kind: 'tool',
      focusAreas: [2],
      tags: ['planning', 'sel-partnerships'],
      audience: ['school-sel-team'],
      origin: 'learn-more',
      summary: { en: 'A tool' },
    },
  ],
};

/** The reading in steps run to the end, and how many steps it gave back. */
function inSteps(input: unknown) {
  const steps = checkCatalogInSteps(input, 'catalog');
  let step = steps.next();
  let count = 0;
  while (!step.done) {
    count += 1;
    step = steps.next();
  }
  return { result: step.value, steps: count };
}

/** That the plain reader, at once and in steps, gives what the schema gives for `input`. */
function expectAgreement(input: unknown, what: string): void {
  expectSameReading(checkCatalog(input), safeParseCatalog(input), what);
  expectSameReading(inSteps(input).result, safeParseWith(catalogSchema, input, 'catalog'), `${what} (in steps)`);
}

describe('checkCatalog', () => {
  it("gives the schema's value for a valid catalog, unknown keys left out, addresses trimmed", () => {
    const read = checkCatalog(catalog);
    expect(read.ok).toBe(true);
    expectSameReading(read, safeParseCatalog(catalog), 'valid');
    expect(read.ok && read.value.resources[0]?.url).toBe('https://example.org/guide');
    expect(read.ok && Object.keys(read.value.resources[0] ?? {})).not.toContain('rating');
  });

  it('gives the main thread back once per resource, and names the subject it is given', () => {
    const { result, steps } = inSteps(catalog);
    expect(steps).toBe(catalog.resources.length);
    expectSameReading(result, safeParseWith(catalogSchema, catalog, 'catalog'), 'valid in steps');
    const bad = checkCatalog({ tags: [], resources: 'none' }, 'catalog');
    expect(bad.ok || bad.error.subject).toBe('catalog');
    expect(bad.ok || bad.error.issues).toEqual([
      { path: ['resources'], code: 'invalid_type', message: 'Invalid input: expected array, received string' },
    ]);
  });

  it('reports the cross-checks at their paths: repeated ids, slugs and values, unknown tags, a district left out', () => {
    const [first, second] = catalog.resources;
    const input = {
      tags: [...catalog.tags, catalog.tags[0]],
      resources: [
        { ...first, focusAreas: [1, 3, 1], tags: ['sel-partnerships', 'sel-partnerships'], district: undefined },
        { ...second, id: 'partner-guide', tags: ['planning', 'no-such-tag'], audience: ['teachers', 'teachers'] },
      ],
    };
    const read = checkCatalog(input);
    expectAgreement(input, 'cross-checks');
    expect(read.ok || read.error.issues.map(({ path }) => path)).toEqual([
      ['resources', 0, 'focusAreas', 2],
      ['resources', 0, 'tags', 1],
      ['resources', 0, 'district'],
      ['resources', 1, 'audience', 1],
      ['tags', 2, 'slug'],
      ['resources', 1, 'id'],
      ['resources', 1, 'tags', 1],
    ]);
  });

  it('agrees with the schema on hostile text in every text field and address', () => {
    const texts = [...NAUGHTY_STRINGS, ...XSS_PAYLOADS];
    for (const text of texts) {
      const [first, second] = catalog.resources;
      const input = {
        tags: [{ slug: text, label: { en: text, es: text } }],
        resources: [
          { ...first, id: text, title: text, source: text, district: text, url: text, summary: { en: text, es: text } },
          { ...second, tags: [text], kind: text, audience: [text], origin: text },
        ],
      };
      expectAgreement(input, JSON.stringify(text));
    }
    fc.assert(
      fc.property(hostileText, hostileText, (title, url) => {
        const input = { ...catalog, resources: [{ ...catalog.resources[0], title, url }] };
        expectAgreement(input, JSON.stringify([title, url]));
      }),
    );
  });

  it('agrees with the schema on values only a program gives: no prototype, class instances, getters, __proto__ keys', () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, structuredClone(catalog));
    const withGetter = {
      ...catalog,
      resources: [Object.defineProperty({ ...catalog.resources[1] }, 'title', { get: () => 'Got', enumerable: true })],
    };
    const sparse: unknown[] = [catalog.resources[1]];
    sparse[2] = catalog.resources[0];
    const inputs: Record<string, unknown> = {
      'no prototype': bare,
      'a Map': new Map(Object.entries(catalog)),
      'a Date': new Date(0),
      'a getter': withGetter,
      'a __proto__ key': JSON.parse('{"__proto__": {"tags": []}, "tags": [], "resources": []}') as unknown,
      'a resource with a __proto__ key': JSON.parse(
        JSON.stringify({ tags: catalog.tags, resources: [catalog.resources[1]] }).replace(
          '{"id":',
          '{"__proto__":{"district":"Springfield"},"id":',
        ),
      ) as unknown,
      'a sparse list': { ...catalog, resources: sparse },
      'an array': [catalog],
      null: null,
      'a string': JSON.stringify(catalog),
    };
    for (const [what, input] of Object.entries(inputs)) expectAgreement(input, what);
  });

  it('gives the same verdict, value and issues (paths, codes, messages, order) as the schema, at once and in steps', () => {
    fc.assert(
      fc.property(brokenDocuments(catalog), ({ input, describe: what }) => {
        expectAgreement(input, what);
      }),
      { numRuns: 1_500 },
    );
  }, 60_000);

  it("reports a language that is not a BCP 47 tag at its path, with the schema's message", () => {
    for (const lang of ['es_MX', 'español', '', ' es', 42, null]) {
      const input = { ...catalog, resources: [catalog.resources[1], { ...catalog.resources[0], lang }] };
      const read = checkCatalog(input);
      expectAgreement(input, JSON.stringify(lang));
      expect(read.ok || read.error.issues.map(({ path }) => path)).toEqual([['resources', 1, 'lang']]);
    }
    const spanish = { ...catalog, resources: [{ ...catalog.resources[1], lang: 'es-419' }] };
    const read = checkCatalog(spanish);
    expectAgreement(spanish, 'es-419');
    expect(read.ok && read.value.resources[0]?.lang).toBe('es-419');
  });

  it('agrees with the schema on addresses of every kind', () => {
    const urls = fc.oneof(
      fc.webUrl(),
      fc.string(),
      fc.constantFrom(
        'javascript:alert(1)',
        'http:example.org',
        'https:/x',
        'HTTPS://EXAMPLE.ORG/',
        ' https://a.b/\tc ',
        'ftp://x.org',
        'https://',
      ),
    );
    fc.assert(
      fc.property(urls, (url) => {
        const input = { ...catalog, resources: [{ ...catalog.resources[1], url }] };
        expectSameReading(checkCatalog(input), safeParseCatalog(input), JSON.stringify(url));
      }),
    );
  });
});

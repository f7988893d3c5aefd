import { describe, expect, it } from 'vitest';
import { isLanguageTag, primaryLanguage } from './language-tag.js';
import { languageTagSchema } from './language-tag-schema.js';
import { safeParseWith } from './zod-parse.js';
import { partnerCardSortDataSchema } from './card-sort-data.js';
import { communitySchema, lifecycleTemplateSchema } from './community.js';
import { emptyPartnerWorkbook, partnerWorkbookSchema } from './partner-workbook.js';
import { resourceSchema } from './resource.js';
import { rubricSchema } from './rubric-schema.js';
import { statusSnapshotSchema } from './status-snapshot.js';
import { communityWith } from './test-communities.js';
import { districtRubric } from './test-rubrics.js';

const WELL_FORMED = [
  'en',
  'es',
  'EN-us',
  'es-MX',
  'es-419',
  'zh-Hant-TW',
  'sr-Latn-RS',
  'zh-yue-HK',
  'de-CH-1901',
  'sl-rozaj-biske',
  'en-US-u-ca-gregory',
  'en-a-bbb-x-a-ccc',
  'x-district',
  'nv',
];

const ILL_FORMED = [
  '',
  ' ',
  'e',
  'en_US',
  'english language',
  'en-',
  '-en',
  'en--US',
  'en-US-',
  'es-MXX1',
  'en-x',
  'en-a',
  'en US',
  '123',
  'en-u-',
  ' en',
  `en-${'a-bb-'.repeat(40)}cc`,
];

describe('isLanguageTag', () => {
  it.each(WELL_FORMED)('takes the well-formed tag %j', (tag) => {
    expect(isLanguageTag(tag)).toBe(true);
  });

  it.each(ILL_FORMED)('refuses %j', (tag) => {
    expect(isLanguageTag(tag)).toBe(false);
  });

  it('agrees with the platform on tags both read the same way', () => {
    // Intl reads Unicode locale identifiers, which leave out extended language subtags and
    // private-use-only tags: every other tag taken here is one Intl takes too.
    for (const tag of WELL_FORMED.filter((each) => !/^x-|-yue-/.test(each))) {
      expect(() => Intl.getCanonicalLocales(tag), tag).not.toThrow();
    }
  });
});

describe('languageTagSchema', () => {
  it('says what it expects, at the path of the tag', () => {
    const result = safeParseWith(languageTagSchema, 'en_US', 'rubric');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.issues[0]?.message).toBe('Expected a BCP 47 language tag, e.g. "en" or "es-MX"');
    expect(safeParseWith(languageTagSchema, 'es-MX', 'rubric')).toEqual({ ok: true, value: 'es-MX' });
  });
});

describe('primaryLanguage', () => {
  it('is the first subtag in lowercase', () => {
    expect(primaryLanguage('ES-mx')).toBe('es');
    expect(primaryLanguage('en')).toBe('en');
  });
});

describe('documents that say their language', () => {
  const documents = [
    ['rubric', rubricSchema, districtRubric],
    ['community', communitySchema, communityWith([])],
    ['partner workbook', partnerWorkbookSchema, emptyPartnerWorkbook()],
    ['card sort', partnerCardSortDataSchema, { partners: [] }],
    ['status snapshot', statusSnapshotSchema, { asOf: '2026-10-01', communities: [] }],
    [
      'resource',
      resourceSchema,
      {
        id: 'a',
        title: 'A',
        source: 'S',
        kind: 'tool',
        focusAreas: [1],
        tags: [],
        audience: ['teachers'],
        origin: 'learn-more',
        summary: { en: 'A' },
      },
    ],
    [
      'lifecycle template',
      lifecycleTemplateSchema,
      { id: 'network', title: 'Network', phases: [], committees: [], cadences: [] },
    ],
  ] as const;

  it.each(documents)('a %s keeps its lang, may leave it out, and a bad one is reported at lang', (_, schema, valid) => {
    expect(safeParseWith(schema, valid, 'document').ok).toBe(true);
    const said = safeParseWith(schema, { ...valid, lang: 'es-MX' }, 'document');
    expect(said.ok && (said.value as { lang?: string }).lang).toBe('es-MX');
    const bad = safeParseWith(schema, { ...valid, lang: 'es_MX' }, 'document');
    expect(!bad.ok && bad.error.issues.map((issue) => issue.path)).toEqual([['lang']]);
  });
});

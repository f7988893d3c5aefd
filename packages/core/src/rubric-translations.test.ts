import { describe, expect, it } from 'vitest';
import { parseJson, toJson } from './json.js';
import { checkRubric } from './rubric-reader.js';
import { rubricSchema, safeParseRubric, type Rubric } from './rubric-schema.js';
import { districtRubric, labelOnlyRubric } from './test-rubrics.js';
import { expectSameReading } from './test-plain-reader.js';

/** The test district rubric in English, with a Spanish translation of some of its texts. */
const translated: Rubric = {
  ...districtRubric,
  lang: 'en',
  translations: {
    es: {
      title: 'Rúbrica del distrito',
      levels: { '1': { label: 'Sin planificación' } },
      focusAreas: { fa1: { title: 'Área de enfoque 1' } },
      practices: { 'fa1-p1': { title: 'Práctica 1.1' } },
      indicators: {
        'fa1-p1-i1': { text: 'Indicador 1.1.1', descriptors: ['Uno', 'Dos', 'Tres', 'Cuatro'] },
      },
    },
  },
};

/** The issues both readers find in `input`, after checking that they find the same ones. */
function issuesOf(input: unknown): { path: readonly PropertyKey[]; message: string }[] {
  const schema = safeParseRubric(input);
  expectSameReading(checkRubric(input), schema, 'translations');
  return schema.ok ? [] : schema.error.issues.map(({ path, message }) => ({ path, message }));
}

/** `translated` with its Spanish translation replaced by `es`, and more translations when given. */
function withSpanish(es: unknown, more: Record<string, unknown> = {}): unknown {
  return { ...translated, translations: { es, ...more } };
}

describe('rubric translations', () => {
  it('are read by the schema and the plain reader alike', () => {
    expect(issuesOf(translated)).toEqual([]);
    const read = checkRubric(translated);
    expect(read.ok && read.value.translations).toEqual(translated.translations);
  });

  it('keep every existing rubric valid: translations are optional', () => {
    expect(issuesOf(districtRubric)).toEqual([]);
    expect(issuesOf({ ...districtRubric, translations: {} })).toEqual([]);
  });

  it('round-trip through JSON', () => {
    expect(parseJson(toJson(translated), rubricSchema, 'rubric')).toEqual(translated);
  });

  it('report a key that is not a language tag at its place', () => {
    expect(issuesOf({ ...translated, translations: { 'not a tag': {}, es_MX: {} } })).toEqual([
      {
        path: ['translations', 'not a tag'],
        message: 'Expected a BCP 47 language tag for each translation, e.g. "es" or "es-MX"',
      },
      {
        path: ['translations', 'es_MX'],
        message: 'Expected a BCP 47 language tag for each translation, e.g. "es" or "es-MX"',
      },
    ]);
  });

  it('report empty and blank texts at their paths', () => {
    expect(
      issuesOf(
        withSpanish({
          title: '',
          levels: { '2': { label: '  ' } },
          indicators: { 'fa1-p1-i1': { descriptors: ['Uno', '', 'Tres', 'Cuatro'] } },
        }),
      ),
    ).toEqual([
      { path: ['translations', 'es', 'title'], message: 'Expected non-empty text' },
      { path: ['translations', 'es', 'levels', '2', 'label'], message: 'Expected non-empty text' },
      {
        path: ['translations', 'es', 'indicators', 'fa1-p1-i1', 'descriptors', 1],
        message: 'Expected non-empty text',
      },
    ]);
  });

  it('report a translation of a level, focus area, practice or indicator the rubric does not have', () => {
    expect(
      issuesOf(
        withSpanish({
          levels: { '9': { label: 'Nueve' } },
          focusAreas: { fa9: { title: 'Área 9' } },
          practices: { fa1: { title: 'Un área, no una práctica' } },
          indicators: { 'no-such-indicator': { text: 'Ninguno' } },
        }),
      ),
    ).toEqual([
      {
        path: ['translations', 'es', 'levels', '9'],
        message: 'Expected the value of a level of this rubric, but none has "9"',
      },
      {
        path: ['translations', 'es', 'focusAreas', 'fa9'],
        message: 'Expected the id of a focus area of this rubric, but none has "fa9"',
      },
      {
        path: ['translations', 'es', 'practices', 'fa1'],
        message: 'Expected the id of a practice of this rubric, but none has "fa1"',
      },
      {
        path: ['translations', 'es', 'indicators', 'no-such-indicator'],
        message: 'Expected the id of an indicator of this rubric, but none has "no-such-indicator"',
      },
    ]);
  });

  it('report descriptors that are not one per level, and ignore a text the rubric does not have', () => {
    expect(
      issuesOf(
        withSpanish({
          description: 'El distrito no tiene descripción',
          practices: { 'fa1-p1': { description: 'Tampoco la práctica' } },
          indicators: { 'fa1-p1-i1': { descriptors: ['Uno', 'Dos'] } },
        }),
      ),
    ).toEqual([
      {
        path: ['translations', 'es', 'indicators', 'fa1-p1-i1', 'descriptors'],
        message: 'Expected 4 descriptors, one per rubric level, but found 2',
      },
    ]);
    const labelsOnly = { ...labelOnlyRubric, lang: 'en' };
    const indicator = labelsOnly.focusAreas[0]?.practices[0]?.indicators[0]?.id ?? '';
    expect(
      issuesOf({ ...labelsOnly, translations: { es: { indicators: { [indicator]: { descriptors: ['a'] } } } } }),
    ).toEqual([
      {
        path: ['translations', 'es', 'indicators', indicator, 'descriptors'],
        message: 'Expected no descriptors: this indicator has none to translate',
      },
    ]);
  });

  it("need the rubric's own language: the language of each text left out", () => {
    const { lang: _, ...withoutLang } = translated;
    expect(issuesOf(withoutLang)).toEqual([
      { path: ['lang'], message: "Expected the language of the rubric's own texts (lang) beside its translations" },
    ]);
    expect(issuesOf({ ...withoutLang, translations: {} })).toEqual([]);
  });

  it('report a translation of the wrong type where it stands', () => {
    expect(issuesOf(withSpanish({ levels: [], indicators: { 'fa1-p1-i1': 'Indicador' } }))).toEqual([
      { path: ['translations', 'es', 'levels'], message: 'Invalid input: expected record, received array' },
      {
        path: ['translations', 'es', 'indicators', 'fa1-p1-i1'],
        message: 'Invalid input: expected object, received string',
      },
    ]);
    expect(issuesOf({ ...translated, translations: 'es' })).toEqual([
      { path: ['translations'], message: 'Invalid input: expected record, received string' },
    ]);
  });
});

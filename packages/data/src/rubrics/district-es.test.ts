import { describe, expect, it } from 'vitest';
import { checkRubric, listIndicators, localizeRubric, safeParseRubric, type Rubric } from '@sel/core';
import { districtRubric } from './district.js';
import { districtRubricSpanish } from './district-es.js';

const bilingual: Rubric = { ...districtRubric, translations: { es: districtRubricSpanish } };

/** Every text of a rubric, each with the place it stands and the language it is in. */
function textsOf(rubric: Rubric, langOf: ReturnType<typeof localizeRubric>['langOf']) {
  const texts: { where: string; text: string; lang: string | undefined }[] = [];
  const add = (
    where: string,
    owner: Parameters<typeof langOf>[0],
    field: Parameters<typeof langOf>[1],
    text?: string,
  ) => {
    if (text) texts.push({ where: `${where}.${field}`, text, lang: langOf(owner, field) });
  };
  add('rubric', rubric, 'title', rubric.title);
  add('rubric', rubric, 'description', rubric.description);
  add('rubric', rubric, 'source', rubric.source);
  for (const level of rubric.levels) {
    add(`level ${level.value}`, level, 'label', level.label);
    add(`level ${level.value}`, level, 'description', level.description);
  }
  for (const area of rubric.focusAreas) {
    add(area.id, area, 'title', area.title);
    add(area.id, area, 'description', area.description);
    for (const practice of area.practices) {
      add(practice.id, practice, 'title', practice.title);
      add(practice.id, practice, 'description', practice.description);
    }
  }
  for (const { indicator } of listIndicators(rubric)) {
    add(indicator.id, indicator, 'text', indicator.text);
    add(indicator.id, indicator, 'fullImplementation', indicator.fullImplementation);
    indicator.descriptors?.forEach((descriptor, i) => {
      add(`${indicator.id}[${i}]`, indicator, 'descriptors', descriptor);
    });
  }
  return texts;
}

describe('the district rubric in Spanish', () => {
  it('is a valid translation of the district rubric, for the schema and the plain reader', () => {
    const schema = safeParseRubric(bilingual);
    if (!schema.ok) throw schema.error;
    expect(schema.value).toEqual(bilingual);
    expect(checkRubric(bilingual)).toEqual(schema);
  });

  it('translates every text of the rubric: each is in Spanish, none is left as it was', () => {
    const english = textsOf(districtRubric, () => 'en');
    const { rubric: spanish, translation, langOf } = localizeRubric(bilingual, 'es-US');
    expect(translation).toBe('es');
    const translated = textsOf(spanish, langOf);
    expect(translated.map(({ where }) => where)).toEqual(english.map(({ where }) => where));
    for (const [i, { where, text, lang }] of translated.entries()) {
      expect(lang, where).toBe('es');
      expect(text, where).not.toBe(english[i]?.text);
      expect(text.trim(), where).toBe(text);
    }
  });

  it('leaves the English rubric without translations, and English pages in English', () => {
    expect(districtRubric.translations).toBeUndefined();
    const { rubric, translation } = localizeRubric(bilingual, 'en-US');
    expect(translation).toBeUndefined();
    expect(rubric).toBe(bilingual);
  });

  it('writes SEL as families read it: aprendizaje socioemocional (SEL) on first use', () => {
    expect(districtRubricSpanish.title).toContain('aprendizaje socioemocional (SEL)');
    expect(districtRubricSpanish.description).toContain('aprendizaje socioemocional (SEL)');
  });
});

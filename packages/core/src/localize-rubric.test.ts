import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localizeRubric, rubricTranslationFor } from './localize-rubric.js';
import { listIndicators } from './rubric.js';
import { mayTranslateRubric } from './rubric-may-translate.js';
import { checkRubric } from './rubric-reader.js';
import type { Rubric, RubricTranslation } from './rubric-schema.js';
import { visibleHostileText } from './test-hostile.js';
import { districtRubric } from './test-rubrics.js';

/** The test district rubric in English with `translations`. */
function inEnglish(translations: Record<string, RubricTranslation>): Rubric {
  return { ...districtRubric, lang: 'en', translations };
}

const spanish: RubricTranslation = {
  title: 'Rúbrica del distrito',
  levels: { '1': { label: 'Sin planificación' } },
  focusAreas: { fa1: { title: 'Área de enfoque 1' } },
  practices: { 'fa1-p1': { title: 'Práctica 1.1' } },
  indicators: { 'fa1-p1-i1': { text: 'Indicador 1.1.1', descriptors: ['Uno', 'Dos', 'Tres', 'Cuatro'] } },
};
const rubric = inEnglish({ es: spanish, 'es-MX': { title: 'Rúbrica del distrito escolar' }, fr: { title: 'Grille' } });

describe('rubricTranslationFor', () => {
  it('takes the tag, then its primary language, ignoring letter case', () => {
    expect(rubricTranslationFor(rubric, 'es')).toBe('es');
    expect(rubricTranslationFor(rubric, 'ES-mx')).toBe('es-MX');
    expect(rubricTranslationFor(rubric, 'es-419')).toBe('es');
    expect(rubricTranslationFor(rubric, 'es-US-x-district')).toBe('es');
    expect(rubricTranslationFor(rubric, 'fr-CA')).toBe('fr');
  });

  it("gives none for the rubric's own language or a language it has no translation in", () => {
    expect(rubricTranslationFor(rubric, 'en')).toBeUndefined();
    expect(rubricTranslationFor(rubric, 'en-US')).toBeUndefined();
    expect(rubricTranslationFor(rubric, 'de')).toBeUndefined();
    expect(rubricTranslationFor(districtRubric, 'es')).toBeUndefined();
  });

  it('falls back to a translation in the same primary language', () => {
    expect(rubricTranslationFor(inEnglish({ 'es-419': spanish }), 'es-MX')).toBe('es-419');
    expect(rubricTranslationFor(inEnglish({ 'es-419': spanish }), 'es')).toBe('es-419');
  });

  it('prefers the rubric itself when it is in that language', () => {
    const spanishRubric: Rubric = { ...districtRubric, lang: 'es-ES', translations: { 'es-MX': spanish, en: {} } };
    expect(rubricTranslationFor(spanishRubric, 'es-MX')).toBe('es-MX');
    expect(rubricTranslationFor(spanishRubric, 'es')).toBeUndefined();
    expect(rubricTranslationFor(spanishRubric, 'es-AR')).toBeUndefined();
  });
});

describe('mayTranslateRubric', () => {
  it('says a translation may fit wherever rubricTranslationFor picks one, and not for the rubric as written', () => {
    const tags = ['es', 'ES-mx', 'es-419', 'fr-CA', 'en', 'en-US', 'en-GB', 'de', 'x'];
    const british = { ...rubric, translations: { ...rubric.translations, 'en-GB': { title: 'District rubric' } } };
    for (const shown of [rubric, british, districtRubric, { ...rubric, lang: undefined }]) {
      for (const tag of tags) {
        if (rubricTranslationFor(shown, tag) !== undefined) expect(mayTranslateRubric(shown, tag)).toBe(true);
      }
    }
    expect(mayTranslateRubric(rubric, 'en-US')).toBe(false);
    expect(mayTranslateRubric(rubric, undefined)).toBe(false);
    expect(mayTranslateRubric(districtRubric, 'es')).toBe(false);
    expect(mayTranslateRubric(british, 'en-gb')).toBe(true);
  });
});

describe('localizeRubric', () => {
  it('gives the translated texts, each with the language it is in', () => {
    const { rubric: shown, translation, langOf } = localizeRubric(rubric, 'es-US');
    expect(translation).toBe('es');
    expect(shown.title).toBe('Rúbrica del distrito');
    expect(langOf(shown, 'title')).toBe('es');
    const [first, second] = shown.levels;
    expect(first?.label).toBe('Sin planificación');
    expect(first && langOf(first, 'label')).toBe('es');
    expect(second?.label).toBe(districtRubric.levels[1]?.label);
    expect(second && langOf(second, 'label')).toBe('en');
    const [entry, untranslated] = listIndicators(shown);
    expect(entry?.focusArea.title).toBe('Área de enfoque 1');
    expect(entry && langOf(entry.focusArea, 'title')).toBe('es');
    expect(entry && langOf(entry.practice, 'title')).toBe('es');
    expect(entry?.indicator.text).toBe('Indicador 1.1.1');
    expect(entry && langOf(entry.indicator, 'text')).toBe('es');
    expect(entry?.indicator.descriptors).toEqual(['Uno', 'Dos', 'Tres', 'Cuatro']);
    expect(entry && langOf(entry.indicator, 'descriptors')).toBe('es');
    expect(untranslated?.indicator).toBe(listIndicators(districtRubric)[1]?.indicator);
    expect(untranslated && langOf(untranslated.indicator, 'text')).toBe('en');
  });

  it('keeps ids, level values, tags and order, and leaves the rubric as it was', () => {
    const before = structuredClone(rubric);
    const { rubric: shown } = localizeRubric(rubric, 'es');
    expect(rubric).toEqual(before);
    const ids = (r: Rubric) =>
      listIndicators(r).map((e) => [e.focusAreaId, e.practiceId, e.indicator.id, e.indicator.tags]);
    expect(ids(shown)).toEqual(ids(rubric));
    expect(shown.levels.map((l) => l.value)).toEqual(rubric.levels.map((l) => l.value));
    expect(checkRubric(shown).ok).toBe(true);
  });

  it("gives the rubric itself, every text in the rubric's language, when no translation fits", () => {
    for (const lang of ['en', 'de', undefined]) {
      const localized = localizeRubric(rubric, lang);
      expect(localized.rubric).toBe(rubric);
      expect(localized.translation).toBeUndefined();
      expect(localized.langOf(rubric, 'title')).toBe('en');
    }
    expect(localizeRubric(districtRubric, 'es').langOf(districtRubric, 'title')).toBeUndefined();
  });

  it('keeps a text the translation gives where the rubric has none, or descriptors that do not fit', () => {
    // Unchecked data: a checked rubric reports both (rubric-translations.test.ts).
    const odd = inEnglish({
      es: { description: 'Sin original', indicators: { 'fa1-p1-i1': { descriptors: ['Uno'] } } },
    });
    const { rubric: shown, langOf } = localizeRubric(odd, 'es');
    expect(shown.description).toBeUndefined();
    expect(langOf(shown, 'description')).toBe('en');
    expect(shown.focusAreas[0]?.practices[0]?.indicators[0]?.descriptors).toEqual(
      districtRubric.focusAreas[0]?.practices[0]?.indicators[0]?.descriptors,
    );
  });

  it('gives hostile translated text as it is, in its place, marked with its language', () => {
    fc.assert(
      fc.property(
        fc.record({ title: visibleHostileText, label: visibleHostileText, text: visibleHostileText }),
        fc.constantFrom('es', 'es-MX', 'ES'),
        ({ title, label, text }, tag) => {
          const hostile = inEnglish({
            [tag]: { title, levels: { '4': { label } }, indicators: { 'fa2-p1-i1': { text } } },
          });
          expect(checkRubric(hostile).ok).toBe(true);
          const { rubric: shown, langOf, translation } = localizeRubric(hostile, 'es-MX');
          expect(translation).toBe(tag);
          expect(shown.title).toBe(title);
          expect(langOf(shown, 'title')).toBe(tag);
          const level = shown.levels.find((l) => l.value === 4);
          expect(level?.label).toBe(label);
          expect(level && langOf(level, 'label')).toBe(tag);
          const entry = listIndicators(shown).find((e) => e.indicator.id === 'fa2-p1-i1');
          expect(entry?.indicator.text).toBe(text);
          expect(entry && langOf(entry.indicator, 'text')).toBe(tag);
          expect(entry && langOf(entry.practice, 'title')).toBe('en');
        },
      ),
      { numRuns: 200 },
    );
  });
});

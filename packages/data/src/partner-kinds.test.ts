import { describe, expect, it } from 'vitest';
import { PARTNER_KINDS, bilingualTextSchema, parseWith, partnerKindSchema } from '@sel/core';
import { partnerKindDescriptions, partnerKindLabels, partnerKindTexts } from './partner-kinds.js';

describe('partnerKindTexts', () => {
  it('describes exactly the partner kinds core defines', () => {
    expect(Object.keys(partnerKindTexts).sort()).toEqual([...PARTNER_KINDS].sort());
    for (const kind of Object.keys(partnerKindTexts)) parseWith(partnerKindSchema, kind, 'partner kind');
  });

  it('has a valid English and Spanish label and description for each kind', () => {
    for (const [kind, text] of Object.entries(partnerKindTexts)) {
      parseWith(bilingualTextSchema, text.label, `${kind} label`);
      parseWith(bilingualTextSchema, text.description, `${kind} description`);
      expect(text.label.es, kind).not.toBe(text.label.en);
    }
  });

  it('uses distinct labels in each language', () => {
    const texts = Object.values(partnerKindTexts);
    expect(new Set(texts.map((t) => t.label.en)).size).toBe(texts.length);
    expect(new Set(texts.map((t) => t.label.es)).size).toBe(texts.length);
  });

  it('pairs the label and the description of each kind, the same objects as the separate maps', () => {
    expect(Object.keys(partnerKindLabels)).toEqual(Object.keys(partnerKindTexts));
    expect(Object.keys(partnerKindDescriptions).sort()).toEqual([...PARTNER_KINDS].sort());
    for (const kind of PARTNER_KINDS) {
      expect(partnerKindTexts[kind].label).toBe(partnerKindLabels[kind]);
      expect(partnerKindTexts[kind].description).toBe(partnerKindDescriptions[kind]);
    }
    expect(partnerKindLabels['health-care']).toEqual({
      en: 'Health care provider',
      es: 'Proveedor de atención médica',
    });
  });
});

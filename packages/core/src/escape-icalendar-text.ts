/** A lone UTF-16 surrogate, which no UTF-8 text can hold. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Control characters an iCalendar TEXT value may not hold (tab and line breaks are kept). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

/**
 * Writes `value` as an RFC 5545 TEXT value (section 3.3.11): backslash, semicolon and comma are
 * escaped, every line break (CRLF, CR or LF) becomes `\n`, control characters other than tab are
 * dropped, and a lone surrogate becomes U+FFFD, so the value reads back as the same text in any
 * calendar.
 */
export function escapeICalendarText(value: string): string {
  return value
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .replace(/[\\;,\n]/g, (char) => (char === '\n' ? '\\n' : `\\${char}`));
}

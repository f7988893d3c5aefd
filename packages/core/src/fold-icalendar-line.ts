/** RFC 5545 section 3.1: a content line is at most 75 octets long, not counting its line break. */
const MAX_OCTETS = 75;

const octetsOf = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/**
 * Folds one iCalendar content line into physical lines of at most 75 UTF-8 octets each, joined by
 * CRLF and a space (RFC 5545 section 3.1). A fold never falls inside a character, so every
 * physical line is valid UTF-8 on its own. A line that fits is returned as it is.
 */
export function foldICalendarLine(line: string): string {
  let out = '';
  let width = 0;
  for (const char of line) {
    const octets = octetsOf(char.codePointAt(0) ?? 0);
    if (width + octets > MAX_OCTETS) {
      out += '\r\n ';
      width = 1; // the space that starts a continuation line counts
    }
    out += char;
    width += octets;
  }
  return out;
}

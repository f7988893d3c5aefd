import { describe, expect, it } from 'vitest';
import { escapeICalendarText } from './escape-icalendar-text.js';

describe('escapeICalendarText', () => {
  it('escapes backslash, semicolon and comma, and writes line breaks as \\n', () => {
    expect(escapeICalendarText('a\\b;c,d')).toBe('a\\\\b\\;c\\,d');
    expect(escapeICalendarText('one\r\ntwo\rthree\nfour')).toBe('one\\ntwo\\nthree\\nfour');
    expect(escapeICalendarText('\\n')).toBe('\\\\n');
  });

  it('drops control characters other than tab and keeps everything else', () => {
    expect(escapeICalendarText('a\u0000b\u0007c\u001Bd\u007Fe\tf')).toBe('abcde\tf');
    expect(escapeICalendarText('Año 🎓 "x" <script>: é')).toBe('Año 🎓 "x" <script>: é');
  });

  it('writes a lone surrogate as U+FFFD and keeps pairs', () => {
    expect(escapeICalendarText('a\uD800b\uDC00c')).toBe('a\uFFFDb\uFFFDc');
    expect(escapeICalendarText('\uD83C\uDF93')).toBe('🎓');
  });
});
